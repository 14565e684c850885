// Every error leaves the server as { code, message: { kk, ru }, ...details }.
import type { FastifyReply } from 'fastify';
import { syncErrorMessage } from '../../../shared/sync/messages';
import type { ErrorBody, SyncErrorCode } from '../../../shared/sync/protocol';

export function errorBody(code: SyncErrorCode, params?: Record<string, string | number>, details?: Record<string, unknown>): ErrorBody {
  return { code, message: syncErrorMessage(code, params), ...details };
}

export function sendError(
  reply: FastifyReply,
  status: number,
  code: SyncErrorCode,
  params?: Record<string, string | number>,
  details?: Record<string, unknown>,
): FastifyReply {
  return reply
    .code(status)
    .type('application/json; charset=utf-8')
    .send(errorBody(code, params, details));
}

/** The first zod issue, for a badRequest message. */
export function describeIssue(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>): string {
  const issue = issues[0];
  if (!issue) return '';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}
