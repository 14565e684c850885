import type { FastifyReply } from 'fastify';
import { PROTOCOL_VERSION } from '../../../shared/sync/protocol';
import { sendError } from '../http/errors';

/** Sends 426 when the body names another protocol version; true when it did. */
export function checkProtocol(body: unknown, reply: FastifyReply): boolean {
  const protocol = (body as { protocol?: unknown } | null)?.protocol;
  if (typeof protocol === 'number' && protocol !== PROTOCOL_VERSION) {
    sendError(reply, 426, 'protocolMismatch', { expected: PROTOCOL_VERSION }, { expected: PROTOCOL_VERSION });
    return true;
  }
  return false;
}
