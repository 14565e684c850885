// The Kyzylorda 2014 catalog file (resolution No. 590 of 21.05.2014, seed 000): it loads through
// the schema, and every channel's step durations add up to the totals of the reference catalogue
// (../shared/domain/catalog-kyzylorda-2014.md, Part A.2 and each service's §7 "Totals").
import { describe, it, expect } from 'vitest';
import file from './seed/kzo-590-2014.json';
import { loadCatalogFile } from './load';
import { channelTotals, stepsFor, sumDurations, type DurationTotals } from './totals';
import { MILESTONES, type CatalogEntry, type Channel } from './schema';

const entries = loadCatalogFile(file);
const byService = new Map(entries.map((e) => [e.service, e]));

function entry(service: string): CatalogEntry {
  const e = byService.get(service);
  if (!e) throw new Error(`no entry for ${service}`);
  return e;
}

/** Working days and minutes; the act uses no hours and no calendar days in any step. */
function t(workingDays: number, minutes: number): DurationTotals {
  return { workingDays, minutes, hours: 0, calendarDays: 0 };
}

const SERVICES = [
  'unemployed-registration', // S1
  'semey-test-victims', // S2
  'unemployed-certificate', // S3
  'pwd-prosthetic-orthopedic-docs', // S4
  'pwd-surdo-tiflo-hygiene-docs', // S5
  'child-benefit-under-18', // S6
  'targeted-social-assistance', // S7
  'pwd-personal-assistant-sign-language-docs', // S8
  'pwd-wheelchair-docs', // S9
  'pwd-sanatorium-docs', // S10
  'special-social-services-institutional-docs', // S11
  'special-social-services-home-care-docs', // S12
  'local-social-assistance', // S13
  'active-employment-referrals', // S14
  'fuel-aid-rural-social-specialists', // S15
  'asp-recipient-certificate', // S16
  'homeschooled-disabled-children-aid', // S17
  'foreign-labour-permits', // S18
  'oralman-status', // S19
];

type Row = [service: string, channel: Channel, branch: string | undefined, expected: DurationTotals];

// Transcribed from the catalogue (Part A.2 and §7 of each service).
const TOTALS: Row[] = [
  // S1
  ['unemployed-registration', 'provider', undefined, t(4, 30)],
  ['unemployed-registration', 'psc', undefined, t(4, 45)],
  ['unemployed-registration', 'portal', undefined, t(4, 30)],
  // S2: the registration branch runs on to the authorised body's compensation decision (20 WD + 30 min);
  // the payment step has no term. "13 WD + 30 min to the decision" is checked separately below.
  ['semey-test-victims', 'provider', 'registration', t(20, 30)],
  ['semey-test-victims', 'psc', 'registration', t(13, 60)],
  ['semey-test-victims', 'provider', 'certificate', t(3, 45)],
  ['semey-test-victims', 'psc', 'certificate', t(5, 60)],
  // S3 (the portal channel states no terms at all)
  ['unemployed-certificate', 'provider', undefined, t(0, 20)],
  ['unemployed-certificate', 'psc', undefined, t(0, 15)],
  ['unemployed-certificate', 'portal', undefined, t(0, 0)],
  // S4, S5, S8, S9, S10
  ['pwd-prosthetic-orthopedic-docs', 'provider', undefined, t(8, 80)],
  ['pwd-surdo-tiflo-hygiene-docs', 'provider', undefined, t(8, 80)],
  ['pwd-personal-assistant-sign-language-docs', 'provider', undefined, t(8, 80)],
  ['pwd-wheelchair-docs', 'provider', undefined, t(8, 80)],
  ['pwd-sanatorium-docs', 'provider', undefined, t(8, 80)],
  // S6
  ['child-benefit-under-18', 'provider', undefined, t(6, 60)],
  ['child-benefit-under-18', 'akim', undefined, t(14, 75)],
  ['child-benefit-under-18', 'psc', undefined, t(7, 75)],
  // S7
  ['targeted-social-assistance', 'provider', undefined, t(6, 60)],
  ['targeted-social-assistance', 'akim', undefined, t(14, 75)],
  ['targeted-social-assistance', 'psc', undefined, t(7, 75)],
  // S11
  ['special-social-services-institutional-docs', 'provider', 'notification', t(12, 80)],
  ['special-social-services-institutional-docs', 'provider', 'refusal', t(3, 80)],
  // S12: the text's steps 5-6 name only the notification; the refusal is signed and issued (or posted) as in the App1 table.
  ['special-social-services-home-care-docs', 'provider', 'notification-handover', t(10, 80)],
  ['special-social-services-home-care-docs', 'provider', 'notification-post', t(11, 60)],
  ['special-social-services-home-care-docs', 'provider', 'refusal-handover', t(3, 80)],
  // Not in the catalogue: a refusal posted to the medical organisation (App1 table), 3 + 1 WD, 3 × 20 min.
  ['special-social-services-home-care-docs', 'provider', 'refusal-post', t(4, 60)],
  // S13
  ['local-social-assistance', 'provider', 'normal', t(7, 60)],
  ['local-social-assistance', 'provider', 'documents-missing', t(18, 60)],
  ['local-social-assistance', 'akim', 'normal', t(7, 60)],
  ['local-social-assistance', 'akim', 'documents-missing', t(18, 60)],
  // Catalogue: "30 min + unstated" — the portal's para-6 interaction step has no term in the text.
  ['local-social-assistance', 'portal', 'normal', t(0, 30)],
  ['local-social-assistance', 'portal', 'documents-missing', t(0, 30)],
  // S14
  ['active-employment-referrals', 'provider', undefined, t(0, 30)],
  ['active-employment-referrals', 'portal', undefined, t(1, 30)],
  // S15
  // Akim → provider or Centre (000:L6098-6103); via the Centre: 2 WD + para 10 steps 3–9 (1 + 7 + 1 WD, 4 × 15 min) + akim 15 min.
  ['fuel-aid-rural-social-specialists', 'provider', 'via-provider', t(8, 60)],
  ['fuel-aid-rural-social-specialists', 'provider', 'via-centre', t(8, 60)],
  ['fuel-aid-rural-social-specialists', 'akim', 'via-provider', t(10, 75)],
  ['fuel-aid-rural-social-specialists', 'akim', 'via-centre', t(11, 75)],
  ['fuel-aid-rural-social-specialists', 'psc', 'via-provider', t(9, 75)],
  ['fuel-aid-rural-social-specialists', 'psc', 'via-centre', t(9, 75)],
  // S16: the Center's counted term excludes the accumulation-sector forwarding day (gross 3 WD + 45 min, below).
  ['asp-recipient-certificate', 'provider', undefined, t(0, 15)],
  ['asp-recipient-certificate', 'akim', undefined, t(0, 15)],
  ['asp-recipient-certificate', 'psc', undefined, t(2, 45)],
  // S17
  ['homeschooled-disabled-children-aid', 'provider', undefined, t(8, 60)],
  ['homeschooled-disabled-children-aid', 'psc', undefined, t(9, 75)],
  ['homeschooled-disabled-children-aid', 'portal', undefined, t(7, 35)],
  // S18: sums of the steps; the act also states overall terms (employer 40/30/7 WD, worker 30/3 WD) that
  // the schema has no field for. Portal: "40 min + unstated" (the para-6 interaction has no term).
  ['foreign-labour-permits', 'provider', 'employer-refusal', t(5, 80)],
  ['foreign-labour-permits', 'provider', 'employer-permit', t(8, 80)],
  ['foreign-labour-permits', 'provider', 'worker-permit', t(3, 60)],
  ['foreign-labour-permits', 'portal', 'employer-refusal', t(0, 40)],
  ['foreign-labour-permits', 'portal', 'employer-permit', t(0, 40)],
  ['foreign-labour-permits', 'portal', 'worker-permit', t(0, 40)],
  // S19
  ['oralman-status', 'provider', undefined, t(4, 80)],
];

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
