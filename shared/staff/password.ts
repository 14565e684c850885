// Placeholder schema of a stored password hash; the KDF itself lives here (scrypt).
import { z } from 'zod';

const Hex = (max: number) =>
  z
    .string()
    .regex(/^[0-9a-f]+$/)
    .max(max);

export const PasswordHash = z.discriminatedUnion('kdf', [
  z.strictObject({
    kdf: z.literal('scrypt'),
    N: z
      .number()
      .int()
      .min(1024)
      .max(2 ** 20),
    r: z.number().int().min(1).max(32),
    p: z.number().int().min(1).max(16),
    salt: Hex(128),
    hash: Hex(256),
  }),
  z.strictObject({ kdf: z.literal('pbkdf2'), iterations: z.number().int().min(1000).max(10_000_000), salt: Hex(128), hash: Hex(256) }),
]);
export type PasswordHash = z.infer<typeof PasswordHash>;
