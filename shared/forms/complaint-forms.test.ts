import { beforeAll, describe, expect, it } from 'vitest';
import { loadFormFonts } from '../../scripts/testing/node-fonts';
import { collapseSpaces, pageTexts, pdfFlatText, pdfLayoutText, renderPng, writeTempPdf } from '../../scripts/testing/pdf-tools';
import { complaintJournalRows } from '../complaint/journal';
import { foldComplaint } from '../complaint/fold';
import { makeEvent } from '../testing/case-events';
import { complaintAnsweredEvent, complaintRegisteredEvent } from '../testing/complaint-events';
import { buildComplaintAnswerPdf, type ComplaintAnswerInput } from './complaint-answer';
import { buildComplaintJournalPdf } from './complaint-journal';
import { buildComplaintTalonPdf, type ComplaintTalonInput } from './complaint-talon';
import type { FormFonts } from './input';
import { FormInputError } from './input';
import { SAMPLE_OFFICE } from './samples';

let fonts: FormFonts;
beforeAll(async () => {
  fonts = await loadFormFonts();
});

const talon = (f: FormFonts): ComplaintTalonInput => ({
  fonts: f,
  languages: ['kk', 'ru'],
  office: SAMPLE_OFFICE,
  number: 'Ш-0512-26A-0003',
  registeredAt: '2026-11-23T10:15',
  acceptedBy: 'Жұмабаев Ғ. Ө.',
  complainant: 'Өтемісова Гүлнәр Қайратқызы',
  form: 'written',
  about: { kind: 'case', caseNumber: '0512-26A-0042' },
  dueDate: '2026-11-30',
  workingDays: 5,
});

describe('complaint talon', () => {
  it('prints the journal number, the date and time of acceptance, who accepted it and the term on both parts', async () => {
    const file = writeTempPdf(await buildComplaintTalonPdf(talon(fonts)), 'complaint-talon');
    const text = pdfLayoutText(file);
    expect(pageTexts(file)).toHaveLength(1);
    expect(text.match(/Ш-0512-26A-0003/g)?.length).toBe(2);
    expect(text.match(/23\.11\.2026 10:15/g)?.length).toBe(2);
    expect(text.match(/Жұмабаев Ғ\. Ө\./g)?.length).toBe(2);
    expect(text.match(/30\.11\.2026/g)?.length).toBe(2);
    const flat = collapseSpaces(pdfFlatText(file));
    expect(flat).toContain('Шағымның үзбелі талоны');
    expect(flat).toContain('Отрывной талон жалобы');
    expect(flat).toContain('Шағым қабылданған күні мен уақыты / Дата и время приёма жалобы');
    expect(flat).toContain('тіркелген күннен бастап 5 жұмыс күні / 5 рабочих дней со дня регистрации');
    expect(flat).toContain('Іс № 0512-26A-0042 / Дело № 0512-26A-0042');
    expect(renderPng(file, 60)).toHaveLength(1);
  });

  it('names the field that is missing instead of printing a blank talon', async () => {
    await expect(buildComplaintTalonPdf({ ...talon(fonts), acceptedBy: ' ' })).rejects.toThrow(FormInputError);
    await expect(buildComplaintTalonPdf({ ...talon(fonts), registeredAt: '2026-11-23' })).rejects.toThrow(/registeredAt/);
  });
});

const answer = (f: FormFonts, languages: ('kk' | 'ru')[]): ComplaintAnswerInput => ({
  fonts: f,
  languages,
  office: SAMPLE_OFFICE,
  outgoingNumber: '0512-26A/0007',
  date: '2026-12-01',
  complainant: { name: 'Өтемісова Гүлнәр Қайратқызы', address: 'Ақсу ауылы, Абай көшесі, 12' },
  complaint: { number: 'Ш-0512-26A-0003', registeredAt: '2026-11-23T10:15' },
  text: 'Анықтама 24.11.2026 берілді.\nҚызметкерге ескерту жасалды.',
  justified: true,
  signer: { name: 'Ермеков Б.', kind: 'akim' },
});

describe('reasoned answer letter', () => {
  it('prints in Kazakh the complaint it answers, the answer, the verdict and the akim’s signature', async () => {
    const text = collapseSpaces(pdfFlatText(writeTempPdf(await buildComplaintAnswerPdf(answer(fonts, ['kk'])), 'answer-kk')));
    expect(text).toContain('Шағымға дәлелді жауап');
    expect(text).toContain('Сіздің 23.11.2026 № Ш-0512-26A-0003 шағымыңыз қаралды.');
    expect(text).toContain('Қызметкерге ескерту жасалды.');
    expect(text).toContain('Шағым негізді деп танылды.');
    expect(text).toContain('Ермеков Б.');
    expect(text).toContain('0512-26A/0007');
    expect(text).not.toContain('Жалоба');
  });

  it('prints in Russian, an unjustified complaint so worded', async () => {
    const file = writeTempPdf(await buildComplaintAnswerPdf({ ...answer(fonts, ['ru']), justified: false }), 'answer-ru');
    const text = collapseSpaces(pdfFlatText(file));
    expect(text).toContain('Мотивированный ответ на жалобу');
    expect(text).toContain('Ваша жалоба от 23.11.2026 № Ш-0512-26A-0003 рассмотрена.');
    expect(text).toContain('Жалоба признана необоснованной.');
    expect(text).toContain('Аким');
    expect(text).not.toContain('Шағым');
  });
});

describe('journal of complaints', () => {
  it('lists each complaint with its acceptance, term and answer — late answers marked — and the total', async () => {
    const a = { caseId: crypto.randomUUID() };
    const b = { caseId: crypto.randomUUID() };
    const late = foldComplaint([complaintRegisteredEvent(a, '2026-11-23T10:15'), complaintAnsweredEvent(a, '2026-12-02T11:00')], {
      now: '2026-12-03',
    })!;
    const open = foldComplaint(
      [
        complaintRegisteredEvent(b, '2026-11-24T16:05', {
          number: 'Ш-0512-26A-0004',
          about: { kind: 'staff', staffName: 'Ілиясов Нұрлан' },
          form: 'oral',
        }),
        makeEvent(b, 'complaintEscalated', { body: 'Сапа комитеті' }, '2026-11-25T09:00'),
      ],
      { now: '2026-12-03' },
    )!;
    const rows = complaintJournalRows([open, late], { from: '2026-11-01', to: '2026-11-30' });
    expect(rows.map((r) => r.number)).toEqual(['Ш-0512-26A-0001', 'Ш-0512-26A-0004']);
    const file = writeTempPdf(
      await buildComplaintJournalPdf({ fonts, languages: ['kk', 'ru'], office: SAMPLE_OFFICE, from: '2026-11-01', to: '2026-11-30', rows }),
      'complaint-journal',
    );
    const text = collapseSpaces(pdfFlatText(file));
    expect(text).toContain('Шағымдарды есепке алу журналы');
    expect(text).toContain('Журнал учёта жалоб');
    expect(text).toContain('01.11.2026 – 30.11.2026');
    expect(text).toContain('Ш-0512-26A-0001');
    expect(text).toContain('23.11.2026 10:15');
    expect(text).toContain('кешіктірілді / с опозданием');
    expect(text).toContain('Ілиясов Нұрлан');
    // Escalated: 15 working days from 24.11.2026.
    expect(text).toContain('15.12.2026');
    expect(text).toContain('уәкілетті органда');
    expect(text).toContain('Барлығы / Всего: 2');
    const empty = collapseSpaces(
      pdfFlatText(
        writeTempPdf(
          await buildComplaintJournalPdf({
            fonts,
            languages: ['kk'],
            office: SAMPLE_OFFICE,
            from: '2026-10-01',
            to: '2026-10-31',
            rows: [],
          }),
          'complaint-journal-empty',
        ),
      ),
    );
    expect(empty).toContain('Бұл кезеңде шағым жоқ');
  });
});
