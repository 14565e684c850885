// Turns any failed answer of the server into a code and a reason in both
// languages: the server's own {code, message} when it sent one, else the
// shared texts of shared/sync/messages.ts.
import type { TransportResult } from '@shared/sync/client-core';
import { syncErrorMessage } from '@shared/sync/messages';
import { ErrorBody, type Bilingual } from '@shared/sync/protocol';
import { bilingual } from '@renderer/texts';

export interface Failure {
  code: string;
  message: Bilingual;
  /** No answer reached us: the server is off or the link is down. */
  offline: boolean;
  /** A person must act before syncing can go on (revoked device, unknown token, other protocol). */
  fatal: boolean;
}

const NO_LINK: Bilingual = bilingual('sync.noLink');

const FATAL_CODES = new Set(['deviceRevoked', 'unauthorized', 'protocolMismatch']);

export function describeFailure(result: TransportResult): Failure {
  if (result.kind === 'networkError') return { code: 'network', message: NO_LINK, offline: true, fatal: false };
  const parsed = ErrorBody.safeParse(result.body);
  if (parsed.success) {
    const { code, message } = parsed.data;
    return { code, message, offline: false, fatal: FATAL_CODES.has(code) };
  }
  if (result.status === 401) return { code: 'unauthorized', message: syncErrorMessage('unauthorized'), offline: false, fatal: true };
  return { code: 'internal', message: syncErrorMessage('internal'), offline: false, fatal: false };
}

export function networkFailure(message?: string): Failure {
  return describeFailure({ kind: 'networkError', message: message ?? '' });
}
