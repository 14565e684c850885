// Bearer-token authentication and the per-device rate limit, as a preHandler.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Device, SyncStore } from '../storage/types';
import { sendError } from './errors';
import type { TokenBucketLimiter } from './rate-limit';

declare module 'fastify' {
  interface FastifyRequest {
    device?: Device;
  }
}

export function bearerToken(header: string | undefined): string | null {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return m ? m[1] : null;
}

export function authenticate(store: SyncStore, limiter: TokenBucketLimiter) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const token = bearerToken(request.headers.authorization);
    if (!token) return sendError(reply, 401, 'unauthorized');
    const auth = await store.devices.authenticate(token);
    if (auth.kind === 'unknown') {
      request.log.warn({ ip: request.ip }, 'unknown device token');
      return sendError(reply, 401, 'unauthorized');
    }
    if (auth.kind === 'revoked') {
      request.log.warn({ deviceId: auth.device.id }, 'revoked device refused');
      return sendError(reply, 401, 'deviceRevoked', undefined, { deviceId: auth.device.id });
    }
    const decision = limiter.take(`device:${auth.device.id}`);
    if (!decision.ok) {
      reply.header('Retry-After', String(decision.retryAfterSeconds));
      return sendError(reply, 429, 'rateLimited', { seconds: decision.retryAfterSeconds });
    }
    request.device = auth.device;
  };
}
