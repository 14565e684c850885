// The precinct commission's two facts as they travel in case events, strict
// (an unknown key anywhere is refused) and bounded: the household inspection
// act (shared/commission/act.ts is the form it is filled in with) and the
// conclusion adopted at a session (renderer's adoptConclusion writes it).
import { z } from 'zod';
import { NoThresholdChoice } from '../commission/threshold-rule';
import { CONCLUSION_KINDS, HOUSING_CONDITIONS, HOUSING_TYPES, OWNERSHIP_KINDS, UTILITIES } from '../commission/act';
import { MemberRole } from '../commission/commission';
import { INCOME_CATEGORIES } from '../commission/income';

/** Bounds of the free text in commission facts. */
export const TEXT_LIMITS = { id: 100, name: 300, line: 1000, text: 4000 } as const;

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
const Iin = z.string().regex(/^\d{12}$/);
const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const Id = z.string().trim().min(1).max(TEXT_LIMITS.id);
const Name = z.string().trim().min(1).max(TEXT_LIMITS.name);
const Line = (min = 0) => z.string().trim().min(min).max(TEXT_LIMITS.line);
const LongText = z.string().trim().max(TEXT_LIMITS.text);
/** Money in tenge: finite, not negative, below a trillion. */
const Money = z.number().nonnegative().max(1e12);

export const InspectionRecordedPayload = z.strictObject({
  actId: Id,
  /** The act in force this one replaces, with the reason (shared/commission/act.ts checkSupersede). */
  supersedes: Id.optional(),
  reason: LongText.optional(),
  date: IsoDate,
  commissionId: Id,
  visitedBy: z
    .array(z.strictObject({ id: Id, fullName: Name }))
    .min(1)
    .max(50),
  address: Line(1),
  family: z
    .array(z.strictObject({ iin: Iin, fullName: Name, relation: Line(1) }))
    .min(1)
    .max(50),
  familyChangeReason: LongText.optional(),
  housing: z.strictObject({
    type: z.enum(HOUSING_TYPES),
    ownership: z.enum(OWNERSHIP_KINDS),
    rooms: z.number().int().min(0).max(50),
    area: z.number().nonnegative().max(100_000).optional(),
    condition: z.enum(HOUSING_CONDITIONS),
    utilities: z.array(z.enum(UTILITIES)).max(UTILITIES.length),
  }),
  landPlot: LongText.default(''),
  livestock: LongText.default(''),
  vehicles: LongText.default(''),
  otherProperty: LongText.default(''),
  months: z.array(Month).min(1).max(24),
  /** One line per member, month and income category. */
  incomes: z
    .array(z.strictObject({ memberIin: Iin, category: z.enum(INCOME_CATEGORIES), month: Month, amount: Money }))
    .max(50 * 24 * INCOME_CATEGORIES.length),
  notes: LongText.default(''),
  photos: z
    .array(z.strictObject({ sha256: Sha256, name: Name, mime: z.enum(['image/jpeg', 'image/png']) }))
    .max(100)
    .default([]),
});
export type InspectionRecordedPayload = z.infer<typeof InspectionRecordedPayload>;

const SigningMember = {
  memberId: Id,
  fullName: Name,
  /** The member's position; empty when the commission's record has none. */
  position: z.string().trim().max(TEXT_LIMITS.name),
  role: MemberRole,
};

export const ConclusionAdoptedPayload = z.strictObject({
  conclusion: z.enum(CONCLUSION_KINDS),
  reasons: z.string().trim().min(1).max(TEXT_LIMITS.text),
  sessionId: Id.optional(),
  commissionId: Id.optional(),
  /** The inspection act in force the conclusion rests on. */
  actId: Id.optional(),
  sessionDate: IsoDate.optional(),
  adoptedBy: z.strictObject(SigningMember).optional(),
  signatures: z
    .array(z.strictObject({ ...SigningMember, vote: z.enum(['agree', 'dissent']), opinion: LongText.optional() }))
    .max(50)
    .optional(),
  /** The composition as it stood on the session's date (the akim's decision and every member serving, present or not), so the district sees who decided. */
  composition: z
    .strictObject({
      decision: z.strictObject({ number: Name, date: IsoDate }),
      members: z.array(z.strictObject({ ...SigningMember, present: z.boolean() })).max(50),
    })
    .optional(),
  /** The family's average income per person and month the conclusion found. */
  perCapita: Money.optional(),
  /** The explicit, recorded choice to conclude with no income threshold in force (absent: a threshold was in force or not needed). */
  noThresholdInForce: NoThresholdChoice.optional(),
});
export type ConclusionAdoptedPayload = z.infer<typeof ConclusionAdoptedPayload>;
