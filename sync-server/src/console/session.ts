// Console sign-in: scrypt-checked passwords, a lockout with a growing delay, an
// HttpOnly SameSite=Strict session cookie, and CSRF protection (a per-session token
// in a header on every state-changing request, plus an Origin check).
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ConsoleSession } from '../storage/repositories/console';
import type { SyncStore } from '../storage/types';
import { burnPasswordCheck, verifyPassword } from './passwords';

export const COOKIE = 'akimat_console';
export const SESSION_HOURS = 12;
/** Wrong passwords before the first lock; each failure after that doubles the wait. */
export const MAX_FAILURES = 5;
export const FIRST_LOCK_SECONDS = 30;
const MAX_LOCK_SECONDS = 3600;

declare module 'fastify' {
  interface FastifyRequest {
    consoleSession?: ConsoleSession & { idHash: string };
  }
}

const hashId = (id: string) => createHash('sha256').update(id).digest('hex');

export function lockSeconds(failures: number): number {
  return failures < MAX_FAILURES ? 0 : Math.min(FIRST_LOCK_SECONDS * 2 ** (failures - MAX_FAILURES), MAX_LOCK_SECONDS);
}

export type SignIn =
  | { ok: true; session: ConsoleSession; cookie: string }
  | { ok: false; reason: 'badCredentials' }
  | { ok: false; reason: 'locked'; seconds: number };

export async function signIn(store: SyncStore, login: string, password: string, secure: boolean, at = new Date()): Promise<SignIn> {
  const admin = await store.console.admin(login);
  if (!admin) {
    await burnPasswordCheck(password);
    return { ok: false, reason: 'badCredentials' };
  }
  if (admin.lockedUntil && Date.parse(admin.lockedUntil) > at.getTime()) {
    return { ok: false, reason: 'locked', seconds: Math.ceil((Date.parse(admin.lockedUntil) - at.getTime()) / 1000) };
  }
  if (!(await verifyPassword(password, admin.passwordHash))) {
    const until = (failures: number) =>
      lockSeconds(failures) ? new Date(at.getTime() + lockSeconds(failures) * 1000).toISOString() : null;
    const seconds = lockSeconds(await store.console.recordFailure(login, until));
    return seconds ? { ok: false, reason: 'locked', seconds } : { ok: false, reason: 'badCredentials' };
  }
  await store.console.setFailures(login, 0, null);
  const id = randomBytes(32).toString('base64url');
  const csrf = randomBytes(24).toString('base64url');
  const expiresAt = new Date(at.getTime() + SESSION_HOURS * 3600_000).toISOString();
  await store.console.createSession(hashId(id), login, csrf, expiresAt);
  return {
    ok: true,
    session: { login, districtCode: admin.districtCode, csrf, expiresAt },
    cookie: sessionCookie(id, SESSION_HOURS * 3600, secure),
  };
}

export function sessionCookie(value: string, maxAge: number, secure: boolean): string {
  return `${COOKIE}=${value}; Path=/console; HttpOnly; SameSite=Strict; Max-Age=${maxAge}${secure ? '; Secure' : ''}`;
}

export function cookieValue(header: string | undefined, name = COOKIE): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

/** The page's own origin, from the Host the browser used. */
export function sameOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  return typeof origin === 'string' && origin === `${request.protocol}://${request.headers.host}`;
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** preHandler for the console API: a live session; for anything but GET, the same origin and the session's CSRF token. */
export function requireSession(store: SyncStore) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const id = cookieValue(request.headers.cookie);
    const session = id ? await store.console.session(hashId(id)) : undefined;
    if (!session) return reply.code(401).send({ error: 'signedOut' });
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      const token = request.headers['x-csrf-token'];
      if (!sameOrigin(request) || typeof token !== 'string' || !safeEqual(token, session.csrf)) {
        request.log.warn({ login: session.login, url: request.url }, 'console request without a valid CSRF token or origin');
        return reply.code(403).send({ error: 'csrf' });
      }
    }
    request.consoleSession = { ...session, idHash: hashId(id!) };
  };
}
