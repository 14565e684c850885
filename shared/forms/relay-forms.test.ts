import { beforeAll, describe, expect, it } from 'vitest';
import { loadFormFonts } from '../../scripts/testing/node-fonts';
import { inkShare, pageTexts, pdfFlatText, readPng, renderPng, wordBoxes, writeTempPdf } from '../../scripts/testing/pdf-tools';
import type { FormFonts } from './input';
import { buildRelayLetterPdf } from './relay-letter';
import { buildRelayRegisterPdf } from './relay-register';
import { sampleRelayLetter, sampleRelayRegister } from './relay-samples';

let fonts: FormFonts;
beforeAll(async () => {
  fonts = await loadFormFonts();
});

function looksPrinted(file: ReturnType<typeof writeTempPdf>): void {
  const pngs = renderPng(file, 60);
  expect(pngs.length).toBeGreaterThan(0);
  for (const png of pngs) expect(inkShare(readPng(png))).toBeGreaterThan(0.005);
  for (const box of wordBoxes(file)) expect(box.xMax, box.text).toBeLessThanOrEqual(box.pageWidth - 20);
}

describe('cover letter (ілеспе хат)', () => {
  it('lists every case with its applicant, service and files, the totals and the akim, in both languages', async () => {
    const file = writeTempPdf(await buildRelayLetterPdf(sampleRelayLetter(fonts)), 'relay-letter');
    const text = pdfFlatText(file);
    expect(text).toContain('Ілеспе хат');
    expect(text).toContain('Сопроводительное письмо');
    expect(text).toContain('Жаңақорған ауданының жұмыспен қамту');
    expect(text).toContain('Отдел занятости и социальных программ');
    for (const n of ['0101-26-0007', '0101-26-0009', '0101-26-0012']) expect(text).toContain(n);
    expect(text).toContain('Құрманғалиев Нұрлан Әбілұлы');
    expect(text).toContain('ЖСН / ИИН 850314450000');
    expect(text).toContain('(3 іс)');
    expect(text).toContain('Барлығы: 3 іс, 6 файл / Всего: дел 3, файлов 6');
    expect(text).toContain('Сұлтанбеков Ерлан Маратұлы');
    expect(text).toContain('24.11.2026');
    looksPrinted(file);
  });

  it('prints in one language when asked, and refuses an empty list or a bad file count', async () => {
    const ru = pdfFlatText(writeTempPdf(await buildRelayLetterPdf({ ...sampleRelayLetter(fonts), languages: ['ru'] }), 'relay-letter-ru'));
    expect(ru).toContain('Сопроводительное письмо');
    expect(ru).not.toContain('Ілеспе хат');
    await expect(buildRelayLetterPdf({ ...sampleRelayLetter(fonts), items: [] })).rejects.toThrow(/items: the list is empty/);
    // A district known only by its code prints it once.
    const coded = pdfFlatText(
      writeTempPdf(await buildRelayLetterPdf({ ...sampleRelayLetter(fonts), addressee: { kk: 'D05', ru: 'D05' } }), 'relay-letter-code'),
    );
    expect(coded.match(/D05/g)).toHaveLength(1);
    const bad = sampleRelayLetter(fonts);
    bad.items[1] = { ...bad.items[1], files: -1 };
    await expect(buildRelayLetterPdf(bad)).rejects.toThrow(/items\[1\]\.files/);
  });
});

describe('relay register', () => {
  it('paginates the relayed cases in the order they were sent, with the header and totals', async () => {
    const input = sampleRelayRegister(fonts, 40);
    const file = writeTempPdf(await buildRelayRegisterPdf(input), 'relay-register');
    const pages = pageTexts(file);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const page of pages) {
      expect(page).toContain('Жолданған күні');
      expect(page).toContain('Дата отправки');
    }
    const all = pages.join('\n');
    expect(all).toContain('Аудандық бөлімге жолданған істер журналы');
    expect(all).toContain('Журнал дел, направленных в районный отдел');
    expect(pages[0]).toContain('Кезең / Период: 01.11.2026 – 30.11.2026');
    expect(pages[pages.length - 1]).toContain('Барлығы / Всего: 40');
    // sent order: the last row of the input was sent first
    const first = input.rows[input.rows.length - 1];
    expect(all.indexOf(first.number)).toBeLessThan(all.indexOf(input.rows[0].number));
    looksPrinted(file);
  });

  it('says so when nothing was relayed, and refuses a row sent outside the period', async () => {
    const empty = pageTexts(writeTempPdf(await buildRelayRegisterPdf({ ...sampleRelayRegister(fonts), rows: [] }), 'relay-register-empty'));
    expect(empty[0]).toContain('Осы кезеңде жазба жоқ / За период записей нет');
    const input = sampleRelayRegister(fonts);
    input.rows[0] = { ...input.rows[0], relayedAt: '2026-12-01T10:00' };
    await expect(buildRelayRegisterPdf(input)).rejects.toThrow(/relayed outside the period/);
  });
});
