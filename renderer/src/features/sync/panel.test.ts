// The header badge's state and the window's CSP for talking to the sync server.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { badgeState } from './badge-state';
import { INITIAL_STATUS } from './state';
import type { SyncOverview } from './queries';

const identity = {
  key: 'device' as const,
  serverUrl: 'http://127.0.0.1:8787',
  deviceId: '0101-A',
  letter: 'A',
  token: 't',
  scope: { kind: 'office' as const, officeCode: '0101', districtCode: 'D01' },
  enrolledAt: '',
};
const view = (over: Partial<SyncOverview> = {}): SyncOverview => ({
  identity,
  status: { ...INITIAL_STATUS, reachable: true },
  counts: { pending: 0, sent: 4, error: 0 },
  uploadsWaiting: 0,
  uploadErrors: [],
  refused: [],
  publications: [],
  ...over,
});

describe('header badge', () => {
  it('says what a clerk needs to know first', () => {
    expect(badgeState(view({ identity: undefined }))).toBe('notEnrolled');
    expect(badgeState(view())).toBe('online');
    expect(badgeState(view({ counts: { pending: 3, sent: 0, error: 0 } }))).toBe('waiting');
    expect(badgeState(view({ uploadsWaiting: 1 }))).toBe('waiting');
    expect(badgeState(view({ counts: { pending: 3, sent: 0, error: 0 }, status: { ...INITIAL_STATUS, reachable: false } }))).toBe(
      'offline',
    );
    expect(badgeState(view({ counts: { pending: 3, sent: 0, error: 1 }, status: { ...INITIAL_STATUS, reachable: false } }))).toBe('error');
    const stopped = { code: 'deviceRevoked', message: { kk: 'x', ru: 'x' }, at: '' };
    expect(badgeState(view({ status: { ...INITIAL_STATUS, stopped } }))).toBe('stopped');
  });
});

describe('renderer CSP', () => {
  it('lets the window reach a sync server on this PC or over HTTPS, and nothing else by default', () => {
    const html = readFileSync(new URL('../../../index.html', import.meta.url), 'utf8');
    const csp = html.match(/Content-Security-Policy" content="([^"]+)"/)![1];
    const connect = csp
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith('connect-src'))!;
    expect(connect.split(/\s+/)).toEqual(['connect-src', "'self'", 'http://127.0.0.1:*', 'http://localhost:*', 'https:']);
    expect(csp).toContain("default-src 'self'");
  });
});
