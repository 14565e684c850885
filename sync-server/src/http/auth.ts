// Bearer-token authentication and the per-device rate limit, checked in onRequest:
// before any body is read or parsed, so a stranger's request costs one hash and
// one indexed lookup. Only /health, /enroll and CORS preflights go without a token.
import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerHookHandler } from 'fastify';
import type { Device, SyncStore } from '../storage/types';
import { sendError } from './errors';
import type { TokenBucketLimiter } from './rate-limit';

declare module 'fastify' {
  interface FastifyRequest {
    device?: Device;
    /** The server's epoch when the device's token was checked: stamped on its push and pull answers. */
    epoch?: string;
  }
}

/** Routes anyone may call: "METHOD /url" as registered. */
const PUBLIC_ROUTES = new Set(['GET /health', 'HEAD /health', 'POST /enroll']);

/**
 * Pages for people, not PCs, which check who is calling themselves: the console (its own sign-in,
 * cookie and CSRF token) and the talon's public status page (/s/<short code>, rate-limited per address).
 */
const PUBLIC_PREFIXES = ['/console', '/s'];

const isPublic = (method: string, url: string | undefined) =>
  PUBLIC_ROUTES.has(`${method} ${url}`) ||
  (url !== undefined && PUBLIC_PREFIXES.some((prefix) => url === prefix || url.startsWith(`${prefix}/`)));

export function bearerToken(header: string | undefined): string | null {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return m ? m[1] : null;
}

/**
 * Refuses a request that is not from an enrolled device before its body is read.
 * The answer closes the connection, so the rest of a body is never waited for.
 */
export function guardRequests(app: FastifyInstance, store: SyncStore, limiter: TokenBucketLimiter): preHandlerHookHandler {
  const refuse = (reply: FastifyReply, status: number, code: 'unauthorized' | 'deviceRevoked', details?: Record<string, unknown>) => {
    reply.header('connection', 'close');
    return sendError(reply, status, code, undefined, details);
  };

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.method === 'OPTIONS' || isPublic(request.method, request.routeOptions.url)) return;
    const token = bearerToken(request.headers.authorization);
    // Strangers are throttled per address too, so guessing tokens costs them more than us.
    if (!token) return limitStranger(request, reply, limiter) ?? refuse(reply, 401, 'unauthorized');
    const auth = await store.devices.authenticate(token);
    if (auth.kind === 'unknown') {
      request.log.warn({ ip: request.ip }, 'unknown device token');
      return limitStranger(request, reply, limiter) ?? refuse(reply, 401, 'unauthorized');
    }
    if (auth.kind === 'revoked') {
      request.log.warn({ deviceId: auth.device.id }, 'revoked device refused');
      return refuse(reply, 401, 'deviceRevoked', { deviceId: auth.device.id });
    }
    const decision = limiter.take(`device:${auth.device.id}`);
    if (!decision.ok) return tooFast(reply, decision.retryAfterSeconds);
    request.device = auth.device;
    request.epoch = auth.epoch;
  });

  // What the routes get as their preHandler: onRequest has already let only devices through.
  return async (request, reply) => {
    if (!request.device) return refuse(reply, 401, 'unauthorized');
  };
}

function limitStranger(request: FastifyRequest, reply: FastifyReply, limiter: TokenBucketLimiter): FastifyReply | undefined {
  const decision = limiter.take(`stranger:${request.ip}`);
  if (decision.ok) return undefined;
  reply.header('connection', 'close');
  return tooFast(reply, decision.retryAfterSeconds);
}

export function tooFast(reply: FastifyReply, seconds: number): FastifyReply {
  reply.header('Retry-After', String(seconds));
  return sendError(reply, 429, 'rateLimited', { seconds });
}
