// Seeds 001–004 (Kostanay 2015, Zhambyl/NKO 2007, MHSD standard, Almaty 2012): the catalog files load through
// the schema, and each channel's step durations add up to the totals the reference catalogue computes
// (../shared/domain/catalog-kostanay-almaty-and-standards.md, each act's "Deadlines" item and §G).
import { describe, expect, it } from 'vitest';
import kstFile from './seed/kst-565-2015.json';
import skoFile from './seed/sko-zhambyl-352-2007.json';
import stdFile from './seed/std-tsa-certificate.json';
import almFile from './seed/alm-349-2012.json';
import { loadCatalog, loadCatalogFile } from './load';
import type { CatalogEntry } from './schema';
import { channelTotals, stepsFor, sumDurations } from './totals';
import { EXPECTED, t } from './seeds-001-004.expected';

const files = { kst: kstFile, sko: skoFile, std: stdFile, alm: almFile } as const;
const all = loadCatalog(Object.values(files));
const byId = new Map(all.map((e) => [e.id, e]));

function entry(id: string): CatalogEntry {
  const found = byId.get(id);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
}

/** Entries whose akim channel routes the result back through the akim, who hands it over. */
const AKIM_HANDS_OVER = new Set([
  'kst-565-2015/fuel-aid-rural-social-specialists',
  'kst-565-2015/child-benefit-under-18',
  'kst-565-2015/asp-recipient-certificate',
  'kst-565-2015/targeted-social-assistance',
  'std-tsa-certificate/asp-recipient-certificate',
  'alm-349-2012/asp-recipient-certificate',
]);
/** Akim channels where the result does not come back through the akim. */
const AKIM_NOT_HANDING_OVER = new Set([
  'kst-565-2015/local-social-assistance', // the provider's executor issues the result (001:L761)
  'alm-349-2012/child-benefit-under-18', // entry point only; the authorised body issues the notification (004:L9253)
]);

describe('seed files 001–004', () => {
  it('load through the schema with the expected entry counts and unique ids', () => {
    expect(loadCatalogFile(files.kst)).toHaveLength(7);
    expect(loadCatalogFile(files.sko)).toHaveLength(1);
    expect(loadCatalogFile(files.std)).toHaveLength(1);
    expect(loadCatalogFile(files.alm)).toHaveLength(7);
    expect(all).toHaveLength(16);
    expect(new Set(all.map((e) => e.id)).size).toBe(16);
  });

  it('carry the act metadata', () => {
    const acts = Object.fromEntries(all.map((e) => [e.act.id, e.act]));
    expect(acts['kst-565-2015']).toMatchObject({
      kind: 'regulation',
      region: 'kostanay',
      number: '565',
      date: '2015-12-30',
      effectiveTo: '2016-06-10',
      seed: '001',
    });
    expect(acts['sko-zhambyl-352-2007']).toMatchObject({
      kind: 'modelStandard',
      region: 'north-kazakhstan-zhambyl',
      number: '352',
      date: '2007-12-26',
      effectiveTo: '2009-11-02',
      seed: '002',
    });
    expect(acts['std-tsa-certificate']).toMatchObject({
      kind: 'standard',
      region: 'republic',
      number: null,
      date: null,
      effectiveFrom: null,
      effectiveTo: null,
      repealedBy: null,
      seed: '003',
    });
    expect(acts['alm-349-2012']).toMatchObject({
      kind: 'regulation',
      region: 'almaty',
      number: '349',
      date: '2012-11-05',
      effectiveTo: '2014-06-02',
      seed: '004',
    });
  });

  it('use the shared service slugs', () => {
    const services = (actId: string) => all.filter((e) => e.act.id === actId).map((e) => e.service);
    expect(services('kst-565-2015')).toEqual([
      'fuel-aid-rural-social-specialists',
      'child-benefit-under-18',
      'asp-recipient-certificate',
      'targeted-social-assistance',
      'disabled-child-home-education-compensation',
      'local-social-assistance',
      'housing-assistance',
    ]);
    expect(services('sko-zhambyl-352-2007')).toEqual(['home-social-care-disabled-documents']);
    expect(services('std-tsa-certificate')).toEqual(['asp-recipient-certificate']);
    expect(services('alm-349-2012')).toEqual([
      'sanatorium-voucher-documents-disabled',
      'personal-assistant-sign-language-documents',
      'wheelchair-documents-disabled',
      'active-employment-participation-certificate',
      'local-social-assistance',
      'asp-recipient-certificate',
      'child-benefit-under-18',
    ]);
  });

  it('cite their own seed in every source', () => {
    for (const e of all) {
      const prefix = `${e.act.seed}:L`;
      expect(e.source.startsWith(prefix), e.id).toBe(true);
      for (const c of e.channels) for (const s of c.steps) expect(s.source.startsWith(prefix), `${e.id} ${c.channel} ${s.id}`).toBe(true);
      for (const d of e.requiredDocuments) expect(d.source.startsWith(prefix), `${e.id} ${d.id}`).toBe(true);
    }
  });

  it('flag family-based services and consent at the akim', () => {
    const family = all
      .filter((e) => e.familyBased)
      .map((e) => e.id)
      .sort();
    expect(family).toEqual([
      'alm-349-2012/child-benefit-under-18',
      'alm-349-2012/local-social-assistance',
      'kst-565-2015/child-benefit-under-18',
      'kst-565-2015/housing-assistance',
      'kst-565-2015/local-social-assistance',
      'kst-565-2015/targeted-social-assistance',
    ]);
    const consent = all
      .filter((e) => e.consentAtAkim)
      .map((e) => e.id)
      .sort();
    expect(consent).toEqual(['kst-565-2015/asp-recipient-certificate', 'std-tsa-certificate/asp-recipient-certificate']);
    expect(all.every((e) => e.commissions.length === 0)).toBe(true);
  });

  it('record the documents and refusal grounds the acts list', () => {
    const sko = entry('sko-zhambyl-352-2007/home-social-care-disabled-documents');
    expect(sko.requiredDocuments).toHaveLength(9);
    expect(sko.requiredDocuments.filter((d) => !d.always).map((d) => d.id)).toEqual([
      'rehabilitation-programme-extract-copy',
      'pmpc-conclusion',
    ]);
    expect(sko.refusalGrounds).toHaveLength(2);
    const std = entry('std-tsa-certificate/asp-recipient-certificate');
    expect(std.requiredDocuments.map((d) => [d.id, d.always])).toEqual([
      ['application', true],
      ['identity-document', true],
      ['power-of-attorney', false],
    ]);
    expect(std.refusalGrounds).toHaveLength(1);
  });
});

describe('channel totals', () => {
  it.each(EXPECTED.map((x) => [`${x.id} ${x.channel}${x.branch ? ` [${x.branch}]` : ''}`, x] as const))('%s', (_label, x) => {
    expect(channelTotals(entry(x.id), x.channel, x.branch)).toEqual(x.totals);
  });

  it('cover every channel of every entry', () => {
    for (const e of all) {
      for (const c of e.channels) {
        expect(
          EXPECTED.some((x) => x.id === e.id && x.channel === c.channel),
          `${e.id} ${c.channel}`,
        ).toBe(true);
      }
    }
  });

  it('keep the psc refusal-receipt path to the check and the receipt (seed 001)', () => {
    for (const e of all.filter((x) => x.act.id === 'kst-565-2015' && x.channels.some((c) => c.channel === 'psc'))) {
      expect(
        stepsFor(e, 'psc', 'refusal-receipt').map((s) => s.id),
        e.id,
      ).toEqual(['apply', 'check-completeness', 'refusal-receipt']);
    }
  });

  it('exclude the queue limits of seed 002 from the term', () => {
    const steps = stepsFor(entry('sko-zhambyl-352-2007/home-social-care-disabled-documents'), 'provider');
    const excluded = steps.filter((s) => !s.countsTowardTerm);
    expect(excluded.map((s) => s.id)).toEqual(['queue-at-submission', 'queue-at-collection']);
    expect(sumDurations(excluded.map((s) => ({ ...s, countsTowardTerm: true })))).toEqual(t({ minutes: 40 }));
  });
});

describe('akim channels', () => {
  const withAkim = all.filter((e) => e.channels.some((c) => c.channel === 'akim'));

  it('are the expected ones', () => {
    expect(withAkim.map((e) => e.id).sort()).toEqual([...AKIM_HANDS_OVER, ...AKIM_NOT_HANDING_OVER].sort());
  });

  it.each(withAkim.map((e) => [e.id, e] as const))('%s starts with "accept" and ends as the act routes the result', (id, e) => {
    const steps = e.channels.find((c) => c.channel === 'akim')!.steps;
    const afterApplicant = steps[0].actor === 'applicant' ? steps.slice(1) : steps;
    expect(afterApplicant[0].milestone).toBe('accept');
    expect(steps.filter((s) => s.milestone === 'accept')).toHaveLength(1);
    const last = steps[steps.length - 1];
    if (AKIM_HANDS_OVER.has(id)) {
      expect(last.milestone).toBe('handOver');
    } else {
      expect(steps.some((s) => s.milestone === 'handOver')).toBe(false);
    }
  });

  it('are the only channels with milestones', () => {
    for (const e of all) {
      for (const c of e.channels) {
        if (c.channel !== 'akim')
          expect(
            c.steps.every((s) => s.milestone === undefined),
            `${e.id} ${c.channel}`,
          ).toBe(true);
      }
    }
  });

  it('relay to the district department where the act says so (seed 001)', () => {
    const milestones = (id: string) => stepsFor(entry(id), 'akim').map((s) => s.milestone ?? null);
    expect(milestones('kst-565-2015/fuel-aid-rural-social-specialists')).toEqual([
      'accept',
      'endorse',
      'relay',
      'districtExamine',
      'handOver',
    ]);
    expect(milestones('kst-565-2015/child-benefit-under-18')).toEqual(['accept', null, 'endorse', 'relay', 'districtExamine', 'handOver']);
    expect(milestones('kst-565-2015/targeted-social-assistance')).toEqual([
      'accept',
      null,
      'endorse',
      'relay',
      'districtExamine',
      'handOver',
    ]);
    expect(milestones('kst-565-2015/asp-recipient-certificate')).toEqual(['accept', 'endorse', null, null, 'handOver']);
    expect(milestones('kst-565-2015/local-social-assistance')).toEqual(['accept', 'endorse', 'relay', 'districtExamine', null]);
  });
});
