import { beforeAll, describe, expect, it } from 'vitest';
import { buildInspectionActPdf } from './commission-act';
import { buildConclusionPdf } from './commission-conclusion';
import { buildAgendaPdf, buildSessionProtocolPdf } from './commission-session';
import { loadFormFonts } from '../../scripts/testing/node-fonts';
import { inkShare, pdfFlatText, readPng, renderPng, wordBoxes, writeTempPdf } from '../../scripts/testing/pdf-tools';
import {
  DAUGHTER,
  MOTHER,
  SON,
  sampleAct,
  sampleActPdf,
  sampleAgenda,
  sampleConclusion,
  sampleProtocol,
  sampleTsaActPdf,
} from './commission-samples';
import type { FormFonts } from './input';
import { QUORUM_FAILURE_NAMES } from '../i18n/commission';

let fonts: FormFonts;
beforeAll(async () => {
  fonts = await loadFormFonts();
});

/** pdftotext output with no-break spaces (thousands) read as plain spaces. */
const flat = (pdf: Uint8Array, name: string) => pdfFlatText(writeTempPdf(pdf, name)).replace(/\u00a0/g, ' ');

function looksPrinted(pdf: Uint8Array, name: string): void {
  const file = writeTempPdf(pdf, name);
  const pngs = renderPng(file, 60);
  expect(pngs.length).toBeGreaterThan(0);
  for (const png of pngs) expect(inkShare(readPng(png))).toBeGreaterThan(0.005);
  for (const box of wordBoxes(file)) expect(box.xMax, box.text).toBeLessThanOrEqual(box.pageWidth - 25);
}

describe('household inspection act', () => {
  it('prints the household, every family member, the incomes per month and the per-capita arithmetic in both languages', async () => {
    const pdf = await buildInspectionActPdf(sampleActPdf(fonts));
    const text = flat(pdf, 'act');
    expect(text).toContain('Отбасының (адамның) материалдық жағдайын және тұрмыстық жағдайын тексеру актісі');
    expect(text).toContain('Акт обследования материального положения и жилищно-бытовых условий семьи (лица)');
    expect(text).toContain('№ 17');
    for (const iin of [MOTHER, SON, DAUGHTER]) expect(text).toContain(iin);
    expect(text).toContain('Өтемісова Іңкәр Серікқызы');
    expect(text).toContain('Қызы Іңкәр өтініште көрсетілмеген');
    expect(text).toContain('Жеке үй / Частный дом');
    expect(text).toContain('Электр / Электричество; Газ; Су құбыры / Водопровод');
    expect(text).toContain('Сиыр — 1, қой — 4');
    expect(text).toContain('07.2026');
    expect(text).toContain('09.2026');
    // Wages 85 000 in July and September, nothing in August; benefits every month.
    expect(text).toContain('Кезеңдегі отбасының жиынтық табысы: 234 501,50 теңге');
    expect(text).toContain('Совокупный доход семьи за период: 234 501,50 тенге');
    expect(text).toContain('Айлық орташа табыс: 234 501,50 ÷ 3 = 78 167,17 теңге');
    expect(text).toContain('Среднедушевой месячный доход: 78 167,17 ÷ 3 чел. = 26 055,72 тенге');
    // No threshold row for child benefit: said plainly, no comparison.
    expect(text).toContain('Осы қызмет үшін 23.11.2026 күнгі шекті мөлшер кестеде жоқ');
    expect(text).toContain('Порог для этой услуги на 23.11.2026 в таблице не установлен');
    expect(text).toContain('Жұмабеков Серік Әлібекұлы');
    expect(text).toContain('Приложено фотографий: 1');
    looksPrinted(pdf, 'act-look');
  });

  it('compares with the threshold in force for targeted social assistance', async () => {
    const text = flat(await buildInspectionActPdf(sampleTsaActPdf(fonts)), 'act-tsa');
    expect(text).toContain('46 228 × 0,7 = 32 359,60 теңге (кесте 2026.1)');
    expect(text).toContain('= 13 333,33 тенге');
    expect(text).toContain('Среднедушевой доход ниже порога на 19 026,27 тенге');
  });

  it('prints a superseding act with the act it replaces and why', async () => {
    const act = sampleAct({ actId: 'A-0512-0002', supersedes: 'A-0512-0001', reason: 'Табыс туралы жаңа анықтама' });
    const text = flat(await buildInspectionActPdf(sampleActPdf(fonts, { act })), 'act-2');
    expect(text).toContain('Бұл акт № A-0512-0001 актінің орнына жасалды. Себебі: Табыс туралы жаңа анықтама');
    expect(text).toContain('Акт составлен взамен акта № A-0512-0001');
  });

  it('says why income cannot be computed instead of printing a wrong figure', async () => {
    const act = sampleAct({ incomes: [{ memberIin: '111111111111', category: 'wages', month: '2026-07', amount: 1 }] });
    const text = flat(await buildInspectionActPdf(sampleActPdf(fonts, { act })), 'act-bad');
    expect(text).toContain('Табысты есептеу мүмкін емес: Табыс отбасы құрамында жоқ адамға жазылған');
    expect(text).not.toContain('Среднедушевой месячный доход:');
  });

  it('refuses an act without a family or a date', async () => {
    await expect(buildInspectionActPdf(sampleActPdf(fonts, { act: sampleAct({ family: [] }) }))).rejects.toThrow(
      'act.family: the list is empty',
    );
    await expect(buildInspectionActPdf(sampleActPdf(fonts, { act: sampleAct({ date: '2026-02-30' }) }))).rejects.toThrow(
      /act.date: not a real date/,
    );
  });
});

describe('conclusion', () => {
  it('prints the conclusion, its reasons, a signature line for each agreeing member and the dissenting opinion', async () => {
    const pdf = await buildConclusionPdf(sampleConclusion(fonts));
    const text = flat(pdf, 'conclusion');
    expect(text).toContain('Учаскелік комиссияның қорытындысы');
    expect(text).toContain('Заключение участковой комиссии');
    expect(text).toContain('КӨМЕККЕ МҰҚТАЖ');
    expect(text).toContain('НУЖДАЕТСЯ В ПОМОЩИ');
    expect(text).toContain('үш баланы жалғыз анасы асырайды');
    expect(text).toContain('Дауыс беру: келісті — 2, ерекше пікір — 1');
    expect(text).toContain('Ерекше пікір / Особое мнение: Қосалқы шаруашылықтан түсетін табыс есепке алынбаған.');
    expect(text).toContain('На основании акта обследования № A-0512-0001 от 25.11.2026');
    expect(text).toContain('Среднедушевой доход: 33 555,61 тенге');
    for (const name of ['Жұмабеков Серік Әлібекұлы', 'Ғалымжанова Әсел Нұрланқызы', 'Құрманов Бақыт Өмірұлы']) expect(text).toContain(name);
    looksPrinted(pdf, 'conclusion-look');
  });

  it('refuses a dissent without its opinion', async () => {
    const input = sampleConclusion(fonts);
    input.members[2] = { ...input.members[2], opinion: ' ' };
    await expect(buildConclusionPdf(input)).rejects.toThrow('members[2].opinion: is empty');
  });
});

describe('session agenda and protocol', () => {
  it('prints the agenda with each case and its due moment', async () => {
    const pdf = await buildAgendaPdf(sampleAgenda(fonts));
    const text = flat(pdf, 'agenda');
    expect(text).toContain('Учаскелік комиссия отырысының күн тәртібі');
    expect(text).toContain('Повестка заседания участковой комиссии');
    expect(text).toContain('0512-26A-0007');
    expect(text).toContain('Әбілқасымов Нұрлан Үсенұлы');
    expect(text).toContain('30.11.2026 18:00');
    looksPrinted(pdf, 'agenda-look');
  });

  it('prints the protocol with those present and absent, the quorum and each decision', async () => {
    const pdf = await buildSessionProtocolPdf(sampleProtocol(fonts));
    const text = flat(pdf, 'protocol');
    expect(text).toContain('Учаскелік комиссия отырысының хаттамасы');
    expect(text).toContain('Кворум бар: қатысқаны — 3, комиссия мүшелері — 4');
    expect(text).toContain('Кворум есть: присутствуют 3 из 4 членов');
    expect(text).toContain('Сейітов Мұрат Ерланұлы');
    expect(text).toContain('Көмекке мұқтаж / Нуждается в помощи');
    expect(text).toContain('қаралмады / не рассмотрено');
    expect(text).toContain('Комиссия төрағасы / Председатель комиссии');
    looksPrinted(pdf, 'protocol-look');
  });

  it('states a missing quorum with its reason', async () => {
    const input = {
      ...sampleProtocol(fonts),
      quorum: { ok: false as const, reason: { kk: 'Төраға қатысуы керек', ru: 'Должен присутствовать председатель' } },
    };
    const text = flat(await buildSessionProtocolPdf(input), 'protocol-noq');
    expect(text).toContain('Кворум жоқ: Төраға қатысуы керек');
    expect(text).toContain('Кворума нет: Должен присутствовать председатель');
  });

  it('prints the missing-quorum prefix once, whatever the reason (issue 14)', async () => {
    for (const reason of Object.values(QUORUM_FAILURE_NAMES)) {
      const text = flat(
        await buildSessionProtocolPdf({ ...sampleProtocol(fonts), quorum: { ok: false as const, reason } }),
        'protocol-once',
      );
      expect(text.match(/Кворум жоқ/g)).toHaveLength(1);
      expect(text.match(/кворума/gi)).toHaveLength(1);
    }
  });
});
