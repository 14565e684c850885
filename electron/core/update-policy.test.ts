import { describe, expect, it } from 'vitest';
import { CHECK_INTERVAL_MS, checkDue, decideUpdate, feedUrl } from './update-policy';

describe('update policy', () => {
  it("builds the district's feed URL on the sync server", () => {
    expect(feedUrl('https://sync.example.kz//', 'D01')).toBe('https://sync.example.kz/updates/D01/');
    expect(feedUrl('http://10.0.0.5:8787', 'D 1')).toBe('http://10.0.0.5:8787/updates/D%201/');
  });

  it('installs only a newer version: never an older one, which the data folder would refuse', () => {
    expect(decideUpdate('0.1.0', '0.2.0')).toEqual({ kind: 'install', version: '0.2.0' });
    expect(decideUpdate('0.1.0', '0.1.0').kind).toBe('current');
    expect(decideUpdate('0.2.0', '0.1.9').kind).toBe('downgrade');
    expect(decideUpdate('1.0.0-beta.2', '1.0.0').kind).toBe('install');
    expect(decideUpdate('1.0.0', '1.0.0-beta.2').kind).toBe('downgrade');
    expect(decideUpdate('0.1.0', 'latest').kind).toBe('invalid');
  });

  it('checks at most once an hour', () => {
    expect(checkDue(undefined, 0)).toBe(true);
    expect(checkDue(1000, 1000 + CHECK_INTERVAL_MS - 1)).toBe(false);
    expect(checkDue(1000, 1000 + CHECK_INTERVAL_MS)).toBe(true);
  });
});
