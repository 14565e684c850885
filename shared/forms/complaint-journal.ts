// The journal of complaints (ақпаратты есепке алу журналы, seed 002 para 23)
// for a period: one row per complaint in journal order with its acceptance,
// complainant, subject, term and answer, the header repeated on every page.
// A4 landscape, the same frame as the office's other journals.
import { z } from 'zod';
import type { ComplaintJournalRow } from '../complaint/journal';
import { type ComplaintFormTextKey, complaintLabel } from './complaint-texts';
import { aboutLine } from './complaint-talon';
import { checkInput, FormInputError, printedDate, printedMoment, type FormBase, type FormOffice } from './input';
import { FormWriter, mm, type TableColumn } from './layout';
import { PERIOD_REGISTER } from './period-register';

export interface ComplaintJournalInput extends FormBase {
  office: FormOffice;
  from: string;
  to: string;
  rows: ComplaintJournalRow[];
}

const JournalSchema = z.object({
  ...PERIOD_REGISTER,
  rows: z.array(z.custom<ComplaintJournalRow>((v) => typeof v === 'object' && v !== null)),
});

export async function buildComplaintJournalPdf(input: ComplaintJournalInput): Promise<Uint8Array> {
  const c = checkInput(JournalSchema, input);
  const { languages, from, to } = c;
  if (to < from) throw new FormInputError('to', `the period ends before it starts: ${from} – ${to}`);
  const label = (key: ComplaintFormTextKey) => complaintLabel(languages, key);
  const lines = (key: ComplaintFormTextKey) => languages.map((l) => complaintLabel([l], key));
  const w = await FormWriter.open(c.fonts, { title: label('journalTitle'), pageSize: 'A4Landscape', margin: mm(12) });
  w.officeHeader(languages, c.office.name, 10);
  w.title(lines('journalTitle'), 13);
  w.text(`${label('period')}: ${printedDate(from)} – ${printedDate(to)}`, { size: 10, align: 'center' });
  w.gap(8);
  const columns: Array<[ComplaintFormTextKey, Omit<TableColumn, 'title'>]> = [
    ['colNo', { weight: 3.5, align: 'center' }],
    ['colNumber', { weight: 11 }],
    ['colAcceptedAt', { weight: 12 }],
    ['colComplainant', { weight: 15, boldFirstLine: true }],
    ['colAbout', { weight: 25 }],
    ['colDue', { weight: 11 }],
    ['colAnswer', { weight: 14 }],
    ['colDelivery', { weight: 8.5 }],
  ];
  const body = c.rows.map((r, i) => {
    const about =
      r.aboutKind === 'case'
        ? { kind: 'case' as const, caseNumber: r.aboutWhat }
        : r.aboutKind === 'staff'
          ? { kind: 'staff' as const, staffName: r.aboutWhat }
          : { kind: 'service' as const };
    const answer = r.answeredAt
      ? [
          printedMoment(r.answeredAt),
          `№ ${r.outgoingNumber}`,
          label(r.justified ? 'justified' : 'notJustified'),
          r.late ? label('late') : '',
        ]
      : [r.overdue ? label('overdue') : '—'];
    return [
      String(i + 1),
      r.number,
      `${printedMoment(r.registeredAt)}\n${r.acceptedBy}`,
      [r.complainant, r.complainantAddress, r.complainantPhone].filter(Boolean).join('\n'),
      `${aboutLine(languages, about)} (${label(r.form)})\n${r.subject}`,
      printedDate(r.dueDate) + (r.escalated ? `\n${label('escalated')}` : ''),
      answer.filter(Boolean).join('\n'),
      r.deliveredHow ? `${label(r.deliveredHow)}\n${printedDate(r.deliveredOn)}` : '—',
    ];
  });
  w.table(
    columns.map(([key, column]) => ({ ...column, title: lines(key) })),
    body,
    { size: 7.5, headerSize: 7 },
  );
  w.gap(8);
  w.text(body.length ? `${label('total')}: ${body.length}` : label('noRows'), { size: 10, bold: true });
  w.pageNumbers(languages);
  return w.save();
}
