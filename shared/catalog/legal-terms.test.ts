// Terms and notes the acts state, checked against the seed text.
import { describe, expect, it } from 'vitest';
import { findEntry } from './index';
import { stepsFor } from './totals';

describe('seed 001 L716 (Kostanay local social assistance): 20 WD when documents are missing or lost', () => {
  const e = findEntry('kst-565-2015/local-social-assistance')!;
  it('the akim channel carries the stated term for that branch, applied without being chosen', () => {
    expect(e.statedTerms).toEqual([
      expect.objectContaining({
        channel: 'akim',
        branch: 'documents-incomplete-or-lost',
        automatic: true,
        duration: { amount: 20, unit: 'workingDays', asWritten: '20 (жиырма) жұмыс күні' },
        source: '001:L716',
      }),
    ]);
  });
});

describe('seed 003 para 9 (003:L161-171): the identity document is not required when the state information system confirms it', () => {
  it('says so on the checklist item, in kk and ru', () => {
    const doc = findEntry('std-tsa-certificate/asp-recipient-certificate')!.requiredDocuments.find((d) => d.id === 'identity-document')!;
    expect(doc.note?.kk).toMatch(/мемлекеттік ақпараттық жүйе растаған жағдайда.*талап етілмейді/);
    expect(doc.note?.ru).toMatch(/государственной информационной системой.*не требуется/);
  });
});

describe('seed 000 S13/S15 (Kyzylorda): registration and the akim forwarding are separate steps', () => {
  it('S13 complete documents: accept (no term of its own), then forward to the provider within 1 WD (000:L4972-4975)', () => {
    const steps = stepsFor(findEntry('kzo-590-2014/local-social-assistance')!, 'akim', 'normal');
    expect(steps.slice(1, 3).map((s) => [s.milestone, s.duration?.asWritten ?? null])).toEqual([
      ['accept', null],
      ['relay', 'бір жұмыс күні ішінде'],
    ]);
  });
  it('S13 documents missing: accept, then send to the precinct commission within 3 WD (000:L4997-5001)', () => {
    const steps = stepsFor(findEntry('kzo-590-2014/local-social-assistance')!, 'akim', 'documents-missing');
    expect(steps.slice(1, 3).map((s) => [s.milestone, s.duration?.asWritten ?? null])).toEqual([
      ['accept', null],
      ['sendToCommission', 'үш жұмыс күні ішінде'],
    ]);
  });
  it('S15: "to the provider or to the Centre" (000:L6098-6103) are two routes; the provider is the default', () => {
    const e = findEntry('kzo-590-2014/fuel-aid-rural-social-specialists')!;
    expect(e.branches.map((b) => b.id)).toEqual(['via-provider', 'via-centre']);
    expect(e.defaultBranch).toBe('via-provider');
    const centre = stepsFor(e, 'akim', 'via-centre').map((s) => s.actor);
    expect(centre).toEqual([
      'applicant',
      'akim',
      'akim',
      'pscAccumulationWorker',
      'deptOfficeClerk',
      'deptHead',
      'deptExecutor',
      'deptHead',
      'deptOfficeClerk',
      'pscWorker',
      'akim',
    ]);
  });
});
