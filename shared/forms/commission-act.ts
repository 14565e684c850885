// The household inspection act on material and living conditions, with the
// per-capita income arithmetic and the comparison with the threshold (or a
// plain statement that no threshold is set for the service on that date).
import { assessIncome, type InspectionAct } from '../commission/act';
import { BUNDLED_THRESHOLDS, type ThresholdTable } from '../commission/thresholds';
import { CONDITION_NAMES, HOUSING_TYPE_NAMES, OWNERSHIP_NAMES, UTILITY_NAMES } from '../i18n/commission-act';
import { INCOME_CATEGORY_NAMES, INCOME_PROBLEM_NAMES } from '../i18n/commission';
import type { Language } from '../i18n/translate';
import { z } from 'zod';
import {
  printedAmount,
  printedDate,
  type Bilingual,
  type FormBase,
  checkInput,
  FormBilingual,
  FormDate,
  FormIin,
  FormText,
  nonEmpty,
  within,
} from './input';
import { FormWriter, mm, type TableColumn } from './layout';
import { COMMISSION_HEADING, drawCommissionHeading, headingOf, labelled, paragraphs, type CommissionHeading } from './commission-layout';
import { commissionLabel, commissionText } from './commission-texts';

export interface InspectionActPdfInput extends FormBase, CommissionHeading {
  caseNumber: string;
  service: Bilingual;
  /** Catalog service slug, for the threshold table. */
  serviceSlug: string;
  /** The application's date: the threshold and the income period are taken as of it. */
  applicationDate: string;
  applicant: { fullName: string; iin: string };
  act: InspectionAct;
  thresholds?: ThresholdTable;
}

/** "2026-07" → "07.2026". */
export const printedMonth = (month: string) => `${month.slice(5, 7)}.${month.slice(0, 4)}`;

const joinNames = (languages: Language[], names: { kk: string; ru: string }[]) =>
  names
    .map((n) =>
      languages
        .map((l) => n[l])
        .filter((t, i, all) => all.indexOf(t) === i)
        .join(' / '),
    )
    .join('; ');

const InspectionActSchema = z.object({
  ...COMMISSION_HEADING,
  caseNumber: FormText,
  service: FormBilingual,
  applicationDate: FormDate,
  applicant: within({ fullName: FormText, iin: FormIin }),
  act: within({
    date: FormDate,
    address: FormText,
    family: nonEmpty(z.unknown()),
    visitedBy: nonEmpty(z.unknown()),
    months: nonEmpty(z.unknown()),
  }),
});

export async function buildInspectionActPdf(input: InspectionActPdfInput): Promise<Uint8Array> {
  const checked = checkInput(InspectionActSchema, input);
  const { languages, fonts, caseNumber, service, applicant } = checked;
  const heading = headingOf(checked);
  // Drawn as recorded: the check only makes sure the parts are there.
  const act = input.act;

  const label = (key: Parameters<typeof commissionLabel>[1]) => commissionLabel(languages, key);
  const w = await FormWriter.open(fonts, { title: `${label('actTitle')} № ${act.actId}`, pageSize: 'A4', margin: mm(16) });
  drawCommissionHeading(w, languages, heading, 'actTitle');
  w.text(`№ ${act.actId}    ${printedDate(act.date)}`, { size: 10, align: 'center' });
  w.gap(6);
  if (act.supersedes) paragraphs(w, languages, 'actSupersedes', { act: act.supersedes, reason: act.reason ?? '' }, { bold: true });

  labelled(w, languages, 'caseNumber', caseNumber);
  labelled(w, languages, 'service', languages.map((l) => service[l]).join(' / '));
  labelled(w, languages, 'applicant', `${applicant.fullName}, ${label('iin')} ${applicant.iin}`);
  labelled(w, languages, 'actDate', printedDate(act.date));
  labelled(w, languages, 'address', act.address);
  labelled(w, languages, 'visitedBy', act.visitedBy.map((m) => m.fullName).join(', '));
  w.gap(6);

  w.text(label('family'), { size: 10, bold: true });
  const familyColumns: TableColumn[] = [
    { title: [label('colNo')], weight: 0.5, align: 'center' },
    { title: languages.map((l) => commissionText(l, 'colFullName')), weight: 4 },
    { title: [label('colIin')], weight: 2 },
    { title: languages.map((l) => commissionText(l, 'colRelation')), weight: 2 },
  ];
  w.table(
    familyColumns,
    act.family.map((m, i) => [String(i + 1), m.fullName, m.iin, m.relation]),
    { size: 9 },
  );
  w.gap(4);
  if (act.familyChangeReason?.trim()) paragraphs(w, languages, 'familyChanged', { reason: act.familyChangeReason.trim() });
  w.gap(6);

  w.text(label('housing'), { size: 10, bold: true });
  const h = act.housing;
  labelled(w, languages, 'housingType', joinNames(languages, [HOUSING_TYPE_NAMES[h.type]]));
  labelled(w, languages, 'ownership', joinNames(languages, [OWNERSHIP_NAMES[h.ownership]]));
  labelled(w, languages, 'rooms', String(h.rooms));
  if (h.area !== undefined) labelled(w, languages, 'area', printedAmount(h.area));
  labelled(w, languages, 'condition', joinNames(languages, [CONDITION_NAMES[h.condition]]));
  labelled(
    w,
    languages,
    'utilities',
    h.utilities.length
      ? joinNames(
          languages,
          h.utilities.map((u) => UTILITY_NAMES[u]),
        )
      : label('notStated'),
  );
  labelled(w, languages, 'landPlot', act.landPlot || label('notStated'));
  labelled(w, languages, 'livestock', act.livestock || label('notStated'));
  labelled(w, languages, 'vehicles', act.vehicles || label('notStated'));
  labelled(w, languages, 'otherProperty', act.otherProperty || label('notStated'));
  w.gap(6);

  drawIncomes(w, languages, input);
  w.gap(6);

  if (act.notes) {
    w.text(label('notes'), { size: 10, bold: true });
    w.text(act.notes, { size: 9.5 });
    w.gap(4);
  }
  if (act.photos.length) paragraphs(w, languages, 'photos', { count: act.photos.length });
  w.gap(10);

  w.text(label('memberSignatures'), { size: 10, bold: true });
  for (const member of act.visitedBy) w.signatureLine({ caption: `(${label('signature')})`, value: member.fullName, lineWidth: mm(55) });
  w.gap(6);
  w.signatureLine({ prefix: label('applicantAcquainted'), value: applicant.fullName, lineWidth: mm(45) });
  w.pageNumbers(languages);
  return w.save();
}

function drawIncomes(w: FormWriter, languages: Language[], input: InspectionActPdfInput): void {
  const { act } = input;
  const label = (key: Parameters<typeof commissionLabel>[1]) => commissionLabel(languages, key);
  w.text(label('incomes'), { size: 10, bold: true });
  const names = new Map(act.family.map((m) => [m.iin, m.fullName]));
  const rows: string[][] = [];
  for (const member of act.family) {
    const lines = act.incomes.filter((l) => l.memberIin === member.iin);
    const categories = [...new Set(lines.map((l) => l.category))];
    // A member with no income still gets a row, so the page shows they were counted.
    if (categories.length === 0) rows.push([member.fullName, '—', ...act.months.map(() => '0'), '0']);
    for (const category of categories) {
      const ofCategory = lines.filter((l) => l.category === category);
      const perMonth = act.months.map(
        (m) => ofCategory.filter((l) => l.month === m).reduce((sum, l) => sum + Math.round(l.amount * 100), 0) / 100,
      );
      const total = perMonth.reduce((a, b) => a + b, 0);
      rows.push([
        names.get(member.iin) ?? member.iin,
        joinNames(languages, [INCOME_CATEGORY_NAMES[category]]),
        ...perMonth.map(printedAmount),
        printedAmount(total),
      ]);
    }
  }
  const columns: TableColumn[] = [
    { title: languages.map((l) => commissionText(l, 'colMember')), weight: 3.2 },
    { title: languages.map((l) => commissionText(l, 'colCategory')), weight: 2.6 },
    ...act.months.map((m) => ({ title: [printedMonth(m)], weight: 1.3, align: 'center' as const })),
    { title: [label('colTotal')], weight: 1.5, align: 'center' },
  ];
  w.table(columns, rows, { size: 8.5 });
  w.gap(6);

  // Keep the heading with its first lines of arithmetic.
  w.ensureSpace(w.lineHeight(10) * 5);
  w.text(label('arithmetic'), { size: 10, bold: true });
  const assessed = assessIncome(act, input.serviceSlug, input.applicationDate, input.thresholds);
  if (!assessed.ok) {
    for (const l of languages)
      w.text(commissionText(l, 'incomeProblem', { problem: INCOME_PROBLEM_NAMES[assessed.problem.code][l] }), { size: 9.5, bold: true });
    return;
  }
  const r = assessed.result;
  const money = printedAmount;
  paragraphs(w, languages, 'period', {
    from: printedMonth(act.months[0]),
    to: printedMonth(act.months[act.months.length - 1]),
    months: r.monthCount,
  });
  paragraphs(w, languages, 'totalIncome', { total: money(r.total) });
  paragraphs(w, languages, 'monthlyIncome', { total: money(r.total), months: r.monthCount, monthly: money(r.monthlyFamilyIncome) });
  paragraphs(
    w,
    languages,
    'perCapita',
    { monthly: money(r.monthlyFamilyIncome), size: r.familySize, perCapita: money(r.perCapita) },
    { bold: true },
  );
  if (!assessed.threshold) {
    paragraphs(w, languages, 'noThreshold', { date: printedDate(input.applicationDate) }, { bold: true });
    return;
  }
  const t = assessed.threshold;
  for (const l of languages) {
    w.text(
      commissionText(l, 'threshold', {
        basis: t.row.basis[l],
        minimum: money(t.row.subsistenceMinimum),
        share: String(t.row.share).replace('.', ','),
        amount: money(t.amount),
        version: (input.thresholds ?? BUNDLED_THRESHOLDS).version,
      }),
      { size: 9.5 },
    );
  }
  paragraphs(
    w,
    languages,
    assessed.below ? 'belowThreshold' : 'notBelowThreshold',
    { difference: money(Math.abs(assessed.difference ?? 0)) },
    { bold: true },
  );
}
