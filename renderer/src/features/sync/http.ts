// One JSON request to the sync server, reported as client-core's TransportResult:
// an HTTP answer (with Retry-After) or no answer at all. Never throws.
import type { TransportResult } from '@shared/sync/client-core';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** How long a request may hang before it counts as a lost link. */
export const REQUEST_TIMEOUT_MS = 30_000;

export async function httpRequest(
  fetchImpl: FetchLike,
  baseUrl: string,
  method: 'GET' | 'POST',
  path: string,
  token: string | undefined,
  body?: unknown,
): Promise<TransportResult> {
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS);
  try {
    const response = await fetchImpl(baseUrl + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: controller.signal,
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON: left as text, the caller's schema check refuses it
    }
    const retryAfter = response.headers.get('retry-after');
    return { kind: 'response', status: response.status, body: parsed, retryAfterSeconds: retryAfter ? Number(retryAfter) : undefined };
  } catch (error) {
    return { kind: 'networkError', message: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}
