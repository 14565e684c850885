// The totals of every channel of seeds 001–004 as the catalogues state them (line references
// in the comments), for seeds-001-004.test.ts. Data, transcribed by hand: not computed by the code.
import type { Channel } from './schema';
import type { DurationTotals } from './totals';

/** Totals with every unit present; units are never converted into each other. */
export function t(parts: Partial<DurationTotals>): DurationTotals {
  return { minutes: 0, hours: 0, workingDays: 0, calendarDays: 0, ...parts };
}

export type Expected = { id: string; channel: Channel; branch?: string; totals: DurationTotals };

// The psc channels of seed 001 fork after the completeness check: the accepted path and the refusal-receipt
// path are separate branches, so the main psc total is taken on branch "documents-accepted".
export const EXPECTED: Expected[] = [
  // A1 fuel aid (001:L35-160)
  { id: 'kst-565-2015/fuel-aid-rural-social-specialists', channel: 'provider', totals: t({ workingDays: 9, minutes: 30 }) },
  {
    id: 'kst-565-2015/fuel-aid-rural-social-specialists',
    channel: 'psc',
    branch: 'documents-accepted',
    totals: t({ workingDays: 10, minutes: 20 }),
  },
  { id: 'kst-565-2015/fuel-aid-rural-social-specialists', channel: 'psc', branch: 'refusal-receipt', totals: t({ minutes: 10 }) },
  { id: 'kst-565-2015/fuel-aid-rural-social-specialists', channel: 'akim', totals: t({ workingDays: 14, minutes: 30 }) },
  // A2 child benefit (001:L163-284)
  { id: 'kst-565-2015/child-benefit-under-18', channel: 'provider', totals: t({ workingDays: 6, hours: 6, minutes: 25 }) },
  { id: 'kst-565-2015/child-benefit-under-18', channel: 'psc', branch: 'documents-accepted', totals: t({ workingDays: 7, minutes: 30 }) },
  { id: 'kst-565-2015/child-benefit-under-18', channel: 'psc', branch: 'refusal-receipt', totals: t({ minutes: 15 }) },
  { id: 'kst-565-2015/child-benefit-under-18', channel: 'akim', totals: t({ workingDays: 21, hours: 4, minutes: 20 }) },
  // A3 TSA certificate (001:L287-398): the akim decides and issues it himself
  { id: 'kst-565-2015/asp-recipient-certificate', channel: 'provider', totals: t({ minutes: 30 }) },
  {
    id: 'kst-565-2015/asp-recipient-certificate',
    channel: 'psc',
    branch: 'documents-accepted',
    totals: t({ workingDays: 3, minutes: 15 }),
  },
  { id: 'kst-565-2015/asp-recipient-certificate', channel: 'psc', branch: 'refusal-receipt', totals: t({ minutes: 10 }) },
  { id: 'kst-565-2015/asp-recipient-certificate', channel: 'akim', totals: t({ minutes: 30 }) },
  // A4 targeted social assistance (001:L402-516)
  { id: 'kst-565-2015/targeted-social-assistance', channel: 'provider', totals: t({ workingDays: 6, hours: 6, minutes: 25 }) },
  {
    id: 'kst-565-2015/targeted-social-assistance',
    channel: 'psc',
    branch: 'documents-accepted',
    totals: t({ workingDays: 7, minutes: 30 }),
  },
  // Not summed in the catalogue; from the seed: 10 min check + 5 min refusal receipt (001:L478-480).
  { id: 'kst-565-2015/targeted-social-assistance', channel: 'psc', branch: 'refusal-receipt', totals: t({ minutes: 15 }) },
  { id: 'kst-565-2015/targeted-social-assistance', channel: 'akim', totals: t({ workingDays: 21, hours: 4, minutes: 20 }) },
  // A5 home education of disabled children (001:L518-664): the portal states no durations
  { id: 'kst-565-2015/disabled-child-home-education-compensation', channel: 'provider', totals: t({ workingDays: 9, minutes: 30 }) },
  {
    id: 'kst-565-2015/disabled-child-home-education-compensation',
    channel: 'psc',
    branch: 'documents-accepted',
    totals: t({ workingDays: 10, minutes: 20 }),
  },
  // Not summed in the catalogue; from the seed: 10 min check + 5 min refusal receipt (001:L596-598).
  { id: 'kst-565-2015/disabled-child-home-education-compensation', channel: 'psc', branch: 'refusal-receipt', totals: t({ minutes: 15 }) },
  { id: 'kst-565-2015/disabled-child-home-education-compensation', channel: 'portal', totals: t({}) },
  // A6 local social assistance (001:L666-805): 20 WD overall where documents are lacking, damaged or lost (L716)
  {
    id: 'kst-565-2015/local-social-assistance',
    channel: 'provider',
    branch: 'documents-complete',
    totals: t({ workingDays: 7, minutes: 30 }),
  },
  {
    id: 'kst-565-2015/local-social-assistance',
    channel: 'provider',
    branch: 'documents-incomplete-or-lost',
    totals: t({ workingDays: 20 }),
  },
  { id: 'kst-565-2015/local-social-assistance', channel: 'akim', totals: t({ workingDays: 7, hours: 5, minutes: 30 }) },
  { id: 'kst-565-2015/local-social-assistance', channel: 'portal', totals: t({}) },
  // A7 housing assistance (001:L807-907): plus the provider's term from MNE order No. 319 para 4, which is not in the seed
  { id: 'kst-565-2015/housing-assistance', channel: 'psc', branch: 'documents-accepted', totals: t({ calendarDays: 1, minutes: 20 }) },
  { id: 'kst-565-2015/housing-assistance', channel: 'psc', branch: 'refusal-receipt', totals: t({ minutes: 10 }) },
  { id: 'kst-565-2015/housing-assistance', channel: 'portal', totals: t({}) },
  // B (002): "10 күн" is unqualified; stored as calendar days (the stricter reading). The two 20-min queue limits are excluded from the term.
  { id: 'sko-zhambyl-352-2007/home-social-care-disabled-documents', channel: 'provider', totals: t({ calendarDays: 10 }) },
  // C (003): 15 min from submission in every channel (para 4)
  { id: 'std-tsa-certificate/asp-recipient-certificate', channel: 'akim', totals: t({ minutes: 15 }) },
  { id: 'std-tsa-certificate/asp-recipient-certificate', channel: 'provider', totals: t({ minutes: 15 }) },
  { id: 'std-tsa-certificate/asp-recipient-certificate', channel: 'portal', totals: t({ minutes: 15 }) },
  { id: 'std-tsa-certificate/asp-recipient-certificate', channel: 'psc', branch: 'state-corporation', totals: t({ minutes: 15 }) },
  { id: 'std-tsa-certificate/asp-recipient-certificate', channel: 'psc', branch: 'employment-centre', totals: t({ minutes: 15 }) },
  { id: 'std-tsa-certificate/asp-recipient-certificate', channel: 'psc', branch: 'state-corporation-refusal-receipt', totals: t({}) },
  { id: 'std-tsa-certificate/asp-recipient-certificate', channel: 'psc', branch: 'employment-centre-refusal-receipt', totals: t({}) },
  // D1–D3 (004): App. 4's second row of terms read as actions 4–6 (catalogue §D): up to 10 CD + 90 min
  { id: 'alm-349-2012/sanatorium-voucher-documents-disabled', channel: 'provider', totals: t({ calendarDays: 10, minutes: 90 }) },
  { id: 'alm-349-2012/personal-assistant-sign-language-documents', channel: 'provider', totals: t({ calendarDays: 10, minutes: 90 }) },
  { id: 'alm-349-2012/wheelchair-documents-disabled', channel: 'provider', totals: t({ calendarDays: 10, minutes: 90 }) },
  // D4 active employment certificate: 6 × 5 min
  { id: 'alm-349-2012/active-employment-participation-certificate', channel: 'provider', totals: t({ minutes: 30 }) },
  // D5 local social assistance: 15 CD + 90 min
  { id: 'alm-349-2012/local-social-assistance', channel: 'provider', totals: t({ calendarDays: 15, minutes: 90 }) },
  // D6 TSA certificate: 6 × 2 min at the district department; the akim path has no terms in the act (App. 4 is "when applying to local executive bodies")
  { id: 'alm-349-2012/asp-recipient-certificate', channel: 'provider', totals: t({ minutes: 12 }) },
  { id: 'alm-349-2012/asp-recipient-certificate', channel: 'akim', totals: t({}) },
  // D7 child benefit: district 6 WD + 1 h + 75 min (= the catalogue's "6 WD + 2 h 15 min"); ХҚКО 1 WD + 3 h + 105 min
  // plus the courier run and "within the working day", which are not durations; the akim is an entry point only.
  { id: 'alm-349-2012/child-benefit-under-18', channel: 'provider', totals: t({ workingDays: 6, hours: 1, minutes: 75 }) },
  { id: 'alm-349-2012/child-benefit-under-18', channel: 'psc', totals: t({ workingDays: 1, hours: 3, minutes: 105 }) },
  { id: 'alm-349-2012/child-benefit-under-18', channel: 'akim', totals: t({}) },
];
