// The inspection act as typed on the screen (strings, as entered) and its
// check (a zod schema): every problem is named by field so the screen shows it inline and
// keeps what was typed; a clean form becomes the act's fields.
import {
  type InspectionAct,
  type InspectionActFields,
  familyChanged,
  type HOUSING_CONDITIONS,
  type HOUSING_TYPES,
  type OWNERSHIP_KINDS,
  type UTILITIES,
} from '@shared/commission/act';
import { INCOME_CATEGORIES, type IncomeCategory } from '@shared/commission/income';
import type { CaseState } from '@shared/case';
import { isIsoDate } from '@shared/calendar/dates';
import { parseIin } from '@shared/iin/iin';
import { parseAmount } from '@shared/input/amount';
import { hasProblems, type Problems } from '@renderer/ui/form-problems';
import { zodProblems } from '@renderer/ui/zod-problems';
import { z } from 'zod';
import type { TextKey } from '@renderer/texts';

export interface FamilyRowForm {
  iin: string;
  fullName: string;
  relation: string;
}

export interface IncomeRowForm {
  memberIin: string;
  category: IncomeCategory;
  /** Amount typed for each month of the period ("" = nothing that month). */
  amounts: Record<string, string>;
}

export interface ActForm {
  date: string;
  visitedBy: string[];
  address: string;
  family: FamilyRowForm[];
  familyChangeReason: string;
  housingType: (typeof HOUSING_TYPES)[number];
  ownership: (typeof OWNERSHIP_KINDS)[number];
  rooms: string;
  area: string;
  condition: (typeof HOUSING_CONDITIONS)[number];
  utilities: (typeof UTILITIES)[number][];
  landPlot: string;
  livestock: string;
  vehicles: string;
  otherProperty: string;
  incomes: IncomeRowForm[];
  notes: string;
  supersedeReason: string;
}

const fullNameOf = (p: { surname: string; name: string; patronymic?: string }) =>
  [p.surname, p.name, p.patronymic].filter(Boolean).join(' ');

/** The family as the application gave it: the applicant first, then the members listed. */
export function familyFromCase(state: CaseState): FamilyRowForm[] {
  const reg = state.registered;
  if (!reg) return [];
  return [
    { iin: reg.applicant.iin, fullName: fullNameOf(reg.applicant), relation: '' },
    ...reg.family.map((m) => ({ iin: m.iin, fullName: fullNameOf(m), relation: m.relation })),
  ];
}

/** A new act starts from the case (or from the act it will supersede), dated today. */
export function actFormFor(state: CaseState, today: string, previous?: InspectionAct): ActForm {
  if (previous) {
    const amounts = new Map<string, IncomeRowForm>();
    for (const line of previous.incomes) {
      const key = `${line.memberIin}:${line.category}`;
      const row = amounts.get(key) ?? { memberIin: line.memberIin, category: line.category, amounts: {} };
      row.amounts[line.month] = String(line.amount).replace('.', ',');
      amounts.set(key, row);
    }
    return {
      date: today,
      visitedBy: previous.visitedBy.map((m) => m.id),
      address: previous.address,
      family: previous.family.map((m) => ({ ...m })),
      familyChangeReason: previous.familyChangeReason ?? '',
      housingType: previous.housing.type,
      ownership: previous.housing.ownership,
      rooms: String(previous.housing.rooms),
      area: previous.housing.area === undefined ? '' : String(previous.housing.area).replace('.', ','),
      condition: previous.housing.condition,
      utilities: [...previous.housing.utilities],
      landPlot: previous.landPlot,
      livestock: previous.livestock,
      vehicles: previous.vehicles,
      otherProperty: previous.otherProperty,
      incomes: [...amounts.values()],
      notes: previous.notes,
      supersedeReason: '',
    };
  }
  return {
    date: today,
    visitedBy: [],
    address: state.registered?.applicant.address ?? '',
    family: familyFromCase(state),
    familyChangeReason: '',
    housingType: 'house',
    ownership: 'own',
    rooms: '',
    area: '',
    condition: 'satisfactory',
    utilities: [],
    landPlot: '',
    livestock: '',
    vehicles: '',
    otherProperty: '',
    incomes: [],
    notes: '',
    supersedeReason: '',
  };
}

export type ActProblems = Problems<TextKey>;

export interface ActCheckContext {
  commissionId: string;
  members: { id: string; fullName: string }[];
  caseFamily: readonly { iin: string }[];
  months: string[];
  superseding: boolean;
}

const required = z.string().refine((v) => v.trim() !== '', 'common.required');
const amountText = z.string().refine((v) => parseAmount(v) !== null, 'commission.badAmount');

/**
 * The act form's rules: each field on its own, then what spans fields (a
 * repeated IIN, the reason for a changed family, incomes of members of the
 * family, the amounts of the period's months). Messages are commission text keys.
 */
export function actFormSchema(ctx: ActCheckContext) {
  return z
    .object({
      date: z.string().refine(isIsoDate, 'commission.badDate'),
      visitedBy: z.array(z.string()).min(1, 'commission.visitedNone'),
      address: required,
      family: z
        .array(
          z.object({ iin: z.string().refine((v) => parseIin(v.trim()).ok, 'commission.badIin'), fullName: required, relation: required }),
        )
        .min(1, 'common.required'),
      familyChangeReason: z.string(),
      rooms: z.string().refine((v) => /^\d{1,2}$/.test(v.trim()), 'commission.badNumber'),
      area: amountText,
      incomes: z.array(z.object({ memberIin: z.string(), amounts: z.record(z.string(), z.string()) })),
      supersedeReason: ctx.superseding ? required : z.string(),
    })
    .superRefine((form, issues) => {
      const flag = (path: (string | number)[], message: TextKey) => issues.addIssue({ code: 'custom', path, message });
      const seen = new Set<string>();
      form.family.forEach((m, i) => {
        // A bad IIN has its own problem already.
        if (parseIin(m.iin.trim()).ok && seen.has(m.iin.trim())) flag(['family', i, 'iin'], 'commission.duplicateIin');
        seen.add(m.iin.trim());
      });
      const changed = familyChanged(
        ctx.caseFamily,
        form.family.map((m) => ({ iin: m.iin.trim() })),
      );
      if (changed && !form.familyChangeReason.trim()) flag(['familyChangeReason'], 'commission.familyReasonRequired');
      form.incomes.forEach((row, i) => {
        if (!form.family.some((m) => m.iin.trim() === row.memberIin)) flag(['incomes', i, 'member'], 'common.required');
        // Nothing typed for a month is no income that month; months outside the period are not asked.
        for (const month of ctx.months)
          if (parseAmount(row.amounts[month] ?? '') === null) flag(['incomes', i, month], 'commission.badAmount');
      });
    });
}

/** Problems by field ("family.1.iin", "incomes.0.2025-08" …), or the act's fields. */
export function checkActForm(form: ActForm, ctx: ActCheckContext): { problems: ActProblems; fields?: Omit<InspectionActFields, 'photos'> } {
  const problems = zodProblems<TextKey>(actFormSchema(ctx).safeParse(form));
  if (hasProblems(problems)) return { problems };
  const changed = familyChanged(
    ctx.caseFamily,
    form.family.map((m) => ({ iin: m.iin.trim() })),
  );
  const rooms = Number(form.rooms.trim());
  const area = parseAmount(form.area);
  const lines: InspectionActFields['incomes'] = form.incomes.flatMap((row) =>
    ctx.months.flatMap((month) => {
      const amount = parseAmount(row.amounts[month] ?? '');
      return amount ? [{ memberIin: row.memberIin, category: row.category, month, amount }] : [];
    }),
  );
  const names = new Map(ctx.members.map((m) => [m.id, m.fullName]));
  return {
    problems,
    fields: {
      date: form.date,
      commissionId: ctx.commissionId,
      visitedBy: form.visitedBy.map((id) => ({ id, fullName: names.get(id) ?? id })),
      address: form.address.trim(),
      family: form.family.map((m) => ({ iin: m.iin.trim(), fullName: m.fullName.trim(), relation: m.relation.trim() })),
      familyChangeReason: changed ? form.familyChangeReason.trim() : undefined,
      housing: {
        type: form.housingType,
        ownership: form.ownership,
        rooms,
        ...(area != null ? { area } : {}),
        condition: form.condition,
        utilities: form.utilities,
      },
      landPlot: form.landPlot.trim(),
      livestock: form.livestock.trim(),
      vehicles: form.vehicles.trim(),
      otherProperty: form.otherProperty.trim(),
      months: ctx.months,
      incomes: lines,
      notes: form.notes.trim(),
    },
  };
}

export { INCOME_CATEGORIES };
