// `npm run bench:kdf`: how long one staff password hash takes with the chosen scrypt
// parameters (shared/staff/password.ts), next to its neighbours N/2 and 2N and to the
// PBKDF2-SHA-256 100,000 rounds used before (WebCrypto, as staff-store.ts hashed, and
// @noble/hashes, as legacy rows are now verified). Prints figures only; nothing fails.
// BENCH_RUNS (default 20) timed runs each, after 2 warm-up runs.
import { webcrypto } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { hashPassword, SCRYPT_PARAMS, verifyPassword } from '../shared/staff/password';

const runs = Number(process.env.BENCH_RUNS ?? 20);
const password = 'Құпия-сөз-2026';
const salt = webcrypto.getRandomValues(new Uint8Array(16));

async function webCryptoPbkdf2(): Promise<void> {
  const key = await webcrypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveBits']);
  await webcrypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 100_000 }, key, 256);
}

const legacy = {
  kdf: 'pbkdf2' as const,
  iterations: 100_000,
  salt: Buffer.from(salt).toString('hex'),
  hash: '00'.repeat(32),
};
const { N } = SCRYPT_PARAMS;
const mib = (n: number, r: number) => `${(128 * n * r) / 2 ** 20} MiB`;

const cases: [string, () => Promise<unknown>][] = [
  [`scrypt N=2^${Math.log2(N)} r=8 p=1 (chosen, ${mib(N, 8)})`, () => hashPassword(password)],
  [`scrypt N=2^${Math.log2(N) - 1} (${mib(N / 2, 8)})`, () => hashPassword(password, { ...SCRYPT_PARAMS, N: N / 2 })],
  [`scrypt N=2^${Math.log2(N) + 1} (${mib(N * 2, 8)})`, () => hashPassword(password, { ...SCRYPT_PARAMS, N: N * 2 })],
  ['PBKDF2-SHA-256 100k, WebCrypto (before)', webCryptoPbkdf2],
  ['PBKDF2-SHA-256 100k, noble (legacy verify)', () => verifyPassword(password, legacy)],
];

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

console.log(
  `KDF bench: ${runs} runs each (2 warm-up runs first), Node ${process.version}, ${cpus()[0]?.model ?? '?'}, ` +
    `load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`,
);
console.log(['kdf'.padEnd(48), 'median ms'.padStart(10), 'p95 ms'.padStart(8), 'min ms'.padStart(8)].join(' '));
for (const [name, run] of cases) {
  for (let i = 0; i < 2; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(
    [
      name.padEnd(48),
      quantile(times, 0.5).toFixed(0).padStart(10),
      quantile(times, 0.95).toFixed(0).padStart(8),
      times[0].toFixed(0).padStart(8),
    ].join(' '),
  );
}
