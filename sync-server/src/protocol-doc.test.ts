// docs/sync-protocol.md must describe the protocol the code speaks.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { PROTOCOL_VERSION, SYNC_ERROR_CODES } from '../../shared/sync/protocol';

const doc = readFileSync(new URL('../../docs/sync-protocol.md', import.meta.url), 'utf8');

it('states the same protocol version as the code', () => {
  const stated = /\*\*Protocol version: (\d+)\*\*/.exec(doc);
  expect(Number(stated?.[1])).toBe(PROTOCOL_VERSION);
});

it('documents every error code the server can send', () => {
  const missing = SYNC_ERROR_CODES.filter((code) => !doc.includes(`\`${code}\``));
  expect(missing).toEqual([]);
});
