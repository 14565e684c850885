// The services of seed 000 and every channel's totals as the catalogue states them, for
// kyzylorda-2014.test.ts. Data, transcribed by hand from the catalogue: not computed by the code.
import type { Channel } from './schema';
import type { DurationTotals } from './totals';

/** Working days and minutes; the act uses no hours and no calendar days in any step. */
export function t(workingDays: number, minutes: number): DurationTotals {
  return { workingDays, minutes, hours: 0, calendarDays: 0 };
}

export const SERVICES = [
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

export type Row = [service: string, channel: Channel, branch: string | undefined, expected: DurationTotals];

// Transcribed from the catalogue (Part A.2 and §7 of each service).
export const TOTALS: Row[] = [
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
