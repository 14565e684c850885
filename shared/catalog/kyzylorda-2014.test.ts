// The Kyzylorda 2014 catalog file (resolution No. 590 of 21.05.2014, seed 000): it loads through
// the schema, and every channel's step durations add up to the totals of the reference catalogue
// (../shared/domain/catalog-kyzylorda-2014.md, Part A.2 and each service's §7 "Totals").
import { describe, it, expect } from 'vitest';
import file from './seed/kzo-590-2014.json';
import { loadCatalogFile } from './load';
import { channelTotals, stepsFor, sumDurations } from './totals';
import { MILESTONES, type CatalogEntry } from './schema';
import { SERVICES, t, TOTALS } from './kyzylorda-2014.expected';

const entries = loadCatalogFile(file);
const byService = new Map(entries.map((e) => [e.service, e]));

function entry(service: string): CatalogEntry {
  const e = byService.get(service);
  if (!e) throw new Error(`no entry for ${service}`);
  return e;
}

describe('Kyzylorda 2014 catalog (resolution No. 590, seed 000)', () => {
  it('loads through the schema: 19 entries with unique ids, in the order of the act', () => {
    expect(entries).toHaveLength(19);
    expect(new Set(entries.map((e) => e.id)).size).toBe(19);
    expect(entries.map((e) => e.service)).toEqual(SERVICES);
    for (const e of entries) expect(e.id).toBe(`kzo-590-2014/${e.service}`);
  });

  it('carries the act', () => {
    const act = entries[0].act;
    expect(act).toMatchObject({
      id: 'kzo-590-2014',
      kind: 'regulation',
      region: 'kyzylorda',
      number: '590',
      date: '2014-05-21',
      effectiveFrom: null, // 10 calendar days after first official publication; the publication date is not in the seed
      effectiveTo: '2014-11-13',
      seed: '000',
    });
    expect(act.repealedBy).toContain('№ 759');
    for (const e of entries) expect(e.act).toEqual(act);
  });

  it('has a totals row for every channel and branch of every entry', () => {
    const rows = new Set(TOTALS.map(([s, c, b]) => `${s}|${c}|${b ?? ''}`));
    const needed: string[] = [];
    for (const e of entries) {
      for (const procedure of e.channels) {
        const branches = e.branches.length ? e.branches.map((b) => b.id) : [''];
        for (const b of branches) needed.push(`${e.service}|${procedure.channel}|${b}`);
      }
    }
    expect(needed.filter((k) => !rows.has(k))).toEqual([]);
    expect([...rows].filter((k) => !needed.includes(k))).toEqual([]);
  });

  describe.each(TOTALS)('%s / %s / %s', (service, channel, branch, expected) => {
    it('adds up to the catalogue total', () => {
      expect(channelTotals(entry(service), channel, branch)).toEqual(expected);
    });
  });

  it('S2 registration: 13 WD + 30 min up to the issue of the special commission decision', () => {
    const steps = stepsFor(entry('semey-test-victims'), 'provider', 'registration');
    const upTo = steps.findIndex((s) => s.id === 'reg-exec-issue-decision');
    expect(upTo).toBeGreaterThan(0);
    expect(sumDurations(steps.slice(0, upTo + 1))).toEqual(t(13, 30));
    expect(steps[steps.length - 1]).toMatchObject({ id: 'reg-ztmo-pay', duration: null });
  });

  it('S16 Center: only the forwarding to the provider is excluded from the term (gross 3 WD + 45 min)', () => {
    const e = entry('asp-recipient-certificate');
    const excluded = entries.flatMap((x) =>
      x.channels.flatMap((c) => c.steps.filter((s) => !s.countsTowardTerm).map((s) => `${x.service}/${c.channel}/${s.id}`)),
    );
    expect(excluded).toEqual(['asp-recipient-certificate/psc/psc-forward']);
    const gross = stepsFor(e, 'psc').map((s) => ({ ...s, countsTowardTerm: true }));
    expect(sumDurations(gross)).toEqual(t(3, 45));
  });

  describe('akim channels', () => {
    const withAkim = entries.filter((e) => e.channels.some((c) => c.channel === 'akim'));

    it('exist for S6, S7, S13, S15 and S16 only', () => {
      expect(withAkim.map((e) => e.service)).toEqual([
        'child-benefit-under-18',
        'targeted-social-assistance',
        'local-social-assistance',
        'fuel-aid-rural-social-specialists',
        'asp-recipient-certificate',
      ]);
    });

    const cases: [service: string, branch: string | undefined][] = withAkim.flatMap((e) =>
      e.branches.length ? e.branches.map((b): [string, string | undefined] => [e.service, b.id]) : [[e.service, undefined]],
    );

    describe.each(cases)('%s / %s', (service, branch) => {
      const steps = stepsFor(entry(service), 'akim', branch);
      const official = steps.filter((s) => s.actor !== 'applicant');

      it('starts with the applicant submitting to the akim, with no duration', () => {
        expect(steps[0]).toMatchObject({ actor: 'applicant', duration: null });
        expect(steps.filter((s) => s.actor === 'applicant')).toHaveLength(1);
      });

      it('has "accept" first among the official steps and "handOver" last', () => {
        if (service === 'asp-recipient-certificate') {
          // S16: the akim is a co-provider; one step registers, prepares and issues the certificate (≤15 min).
          expect(official).toHaveLength(1);
          expect(official[0]).toMatchObject({ actor: 'akim', milestone: 'handOver' });
          return;
        }
        expect(official[0]).toMatchObject({ actor: 'akim', milestone: 'accept' });
        expect(official[official.length - 1]).toMatchObject({ actor: 'akim', milestone: 'handOver' });
      });

      it('uses each milestone at most once, in workflow order', () => {
        const order = steps.filter((s) => s.milestone).map((s) => MILESTONES.indexOf(s.milestone!));
        expect(new Set(order).size).toBe(order.length);
        expect([...order].sort((a, b) => a - b)).toEqual(order);
      });
    });

    it('S6 and S7: the akim registers, sends to the precinct commission, relays for 7 WD, and hands over', () => {
      for (const service of ['child-benefit-under-18', 'targeted-social-assistance']) {
        const ms = stepsFor(entry(service), 'akim').map((s) => s.milestone ?? '-');
        expect(ms).toEqual([
          '-',
          'accept',
          'sendToCommission',
          'commissionConclusion',
          'relay',
          'districtRegister',
          'districtAssign',
          'districtExamine',
          'districtSign',
          'districtReturn',
          'handOver',
        ]);
        const relay = stepsFor(entry(service), 'akim').find((s) => s.milestone === 'relay');
        expect(relay?.duration).toEqual({ amount: 7, unit: 'workingDays', asWritten: 'жеті жұмыс күні ішінде' });
      }
    });

    it('milestones appear only in akim channels', () => {
      for (const e of entries) {
        for (const c of e.channels) {
          if (c.channel !== 'akim') expect(c.steps.filter((s) => s.milestone)).toEqual([]);
        }
      }
    });
  });

  it('flags family-based services and consent at the akim as the act states them', () => {
    expect(entries.filter((e) => e.familyBased).map((e) => e.service)).toEqual([
      'child-benefit-under-18',
      'targeted-social-assistance',
      'local-social-assistance',
    ]);
    expect(entries.filter((e) => e.consentAtAkim).map((e) => e.service)).toEqual(['child-benefit-under-18', 'targeted-social-assistance']);
  });

  it('cites the seed: every step lies within its entry’s lines, and durations read as written', () => {
    const range = (src: string): [number, number] => {
      const m = /^000:L(\d+)(?:-(\d+))?$/.exec(src);
      if (!m) throw new Error(`bad source "${src}"`);
      return [Number(m[1]), Number(m[2] ?? m[1])];
    };
    for (const e of entries) {
      const [from, to] = range(e.source);
      for (const c of e.channels) {
        for (const s of c.steps) {
          const [a, b] = range(s.source);
          expect(a <= b && a >= from && b <= to, `${e.service}/${c.channel}/${s.id}`).toBe(true);
          if (s.duration?.unit === 'minutes') expect(s.duration.asWritten).toMatch(/минуттан аспайды$/);
          if (s.duration?.unit === 'workingDays') expect(s.duration.asWritten).toMatch(/^\S+( \S+)? жұмыс күні ішінде/);
          if (s.actor === 'applicant') expect(s.duration).toBeNull();
        }
      }
    }
  });
});

describe('S18 overall terms stated by the act', () => {
  it('keeps the permit terms beside the step sums and uses them for the result date', async () => {
    const { computeDeadlines } = await import('../deadlines/deadlines');
    const entry = loadCatalogFile(file).find((e) => e.service === 'foreign-labour-permits')!;
    expect(entry.statedTerms.map((t) => [t.id, t.duration.amount])).toEqual([
      ['employer-issue', 40],
      ['employer-reissue', 30],
      ['employer-extension', 7],
      ['worker-issue-extension', 30],
      ['worker-reissue', 3],
    ]);
    const bySteps = computeDeadlines(entry, { channel: 'provider', branch: 'employer-permit', registeredAt: '2026-02-02T10:00' });
    const byTerm = computeDeadlines(entry, {
      channel: 'provider',
      branch: 'employer-permit',
      registeredAt: '2026-02-02T10:00',
      statedTerm: 'employer-issue',
    });
    expect(byTerm.resultDate > bySteps.resultDate).toBe(true);
  });
});
