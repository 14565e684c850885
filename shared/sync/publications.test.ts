// Income threshold publications checked on the device the way calendar ones are:
// applied when valid, refused with the field or version at fault, newest wins.
import { describe, expect, it } from 'vitest';
import { BUNDLED_THRESHOLDS, thresholdFor, type ThresholdTable } from '../commission/thresholds';
import { acceptPublication, versionsFrom, type StoredPublication } from './publications';

const table = (version: string, subsistenceMinimum: number): ThresholdTable => ({
  version,
  rows: [{ ...BUNDLED_THRESHOLDS.rows[1], from: '2026-01-01', to: '2026-12-31', subsistenceMinimum }],
});
const thresholds = (serverSeq: number, version: string, data: unknown): StoredPublication => ({
  serverSeq,
  kind: 'thresholds',
  version,
  data,
});
const newest = (list: readonly ThresholdTable[]) => list[list.length - 1];

describe('income threshold publications', () => {
  it('applies a valid table: it is in force after the bundled one', () => {
    const verdict = acceptPublication(versionsFrom([]), thresholds(1, '2026.2', table('2026.2', 50851)));
    expect(verdict.ok && newest(verdict.versions.thresholds).version).toBe('2026.2');
    expect(verdict.ok && thresholdFor('targeted-social-assistance', '2026-03-01', newest(verdict.versions.thresholds))?.amount).toBe(
      35595.7,
    );
  });

  it('refuses a table its schema rejects, one with another version inside, and a reused version name with other rows', () => {
    const versions = versionsFrom([]);
    const badRow = { version: '2026.3', rows: [{ ...table('2026.3', 50851).rows[0], share: 0 }] };
    expect(acceptPublication(versions, thresholds(1, '2026.3', badRow))).toEqual({
      ok: false,
      problem: { code: 'fieldInvalid', field: 'rows.0.share', problem: expect.any(String) },
    });
    expect(acceptPublication(versions, thresholds(2, '2026.4', table('2026.9', 50851)))).toEqual({
      ok: false,
      problem: { code: 'versionMismatch', declared: '2026.9' },
    });
    expect(acceptPublication(versions, thresholds(3, BUNDLED_THRESHOLDS.version, table(BUNDLED_THRESHOLDS.version, 1)))).toEqual({
      ok: false,
      problem: { code: 'versionReused' },
    });
  });

  it('the newest accepted table wins, in server order; refused ones change nothing; calendars are untouched', () => {
    const versions = versionsFrom([
      thresholds(7, '2026.3', table('2026.3', 52000)),
      thresholds(5, '2026.2', table('2026.2', 50851)),
      thresholds(9, '2026.4', { version: '2026.4', rows: 'none' }),
    ]);
    expect(versions.thresholds.map((t) => t.version)).toEqual([BUNDLED_THRESHOLDS.version, '2026.2', '2026.3']);
    expect(versions.calendars).toHaveLength(1);
  });
});
