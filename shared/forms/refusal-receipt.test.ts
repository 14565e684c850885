import { beforeAll, describe, expect, it } from 'vitest';
import { buildRefusalReceiptPdf, type RefusalReceiptInput } from './refusal-receipt';
import { loadFormFonts } from '../../scripts/testing/node-fonts';
import {
  collapseSpaces,
  inkShare,
  pageTexts,
  pdfFlatText,
  readPng,
  renderPng,
  wordBoxes,
  writeTempPdf,
} from '../../scripts/testing/pdf-tools';
import { sampleRefusalReceipt } from './samples';

let input: RefusalReceiptInput;
beforeAll(async () => {
  input = sampleRefusalReceipt(await loadFormFonts());
});

describe('receipt of refusal to accept documents', () => {
  it('prints two copies, each with the recipient, the legal basis, every missing document, the executor and the date', async () => {
    const file = writeTempPdf(await buildRefusalReceiptPdf(input), 'receipt');
    const pages = pageTexts(file);
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain('1-дана (2 данадан)');
    expect(pages[0]).toContain('Экземпляр 1 из 2');
    expect(pages[1]).toContain('2-дана (2 данадан)');
    expect(pages[1]).toContain('Экземпляр 2 из 2');
    for (const page of pages) {
      const flat = collapseSpaces(page);
      expect(flat).toContain('Сәрсенбаев Нұрлан Һашимұлы');
      expect(flat).toContain('Бәйтерек ауылы, Абай көшесі, 12-үй, 3-пәтер');
      expect(flat).toContain('Құжаттарды қабылдаудан бас тарту туралы қолхат');
      expect(flat).toContain('Расписка об отказе в приёме документов');
      expect(flat).toContain('0512-26A-0043');
      expect(flat).toContain('Жоқ құжаттардың атауы:');
      expect(flat).toContain('Наименование отсутствующих документов:');
      input.missingDocuments.forEach((doc, i) => {
        expect(flat).toContain(`${i + 1}) ${doc.kk}`);
        expect(flat).toContain(`${i + 1}) ${doc.ru}`);
      });
      expect(flat).toContain('Осы қолхат әрбір тарапқа бір-бірден 2 данада жасалды.');
      expect(flat).toContain('составлена в 2 экземплярах');
      expect(flat).toContain('Ғаббасова Әйгерім Өмірзаққызы');
      expect(flat).toContain('8 (72775) 2-14-56');
      expect(flat).toContain('Күні / Дата: 05.03.2026');
      expect(flat).toContain('Алдым: ТАӘ / қызмет алушының қолы');
    }
    const flat = pdfFlatText(file);
    expect(flat).toContain('Заңының 20-бабының 2-тармағын басшылыққа ала отырып');
    expect(flat).toContain(`«${input.service.kk}»`);
    expect(flat).toContain(`«${input.service.ru}»`);
  });

  it('renders both copies as non-blank pages with all text inside the margins', async () => {
    const file = writeTempPdf(await buildRefusalReceiptPdf(input), 'receipt');
    const pngs = renderPng(file, 100);
    expect(pngs).toHaveLength(2);
    for (const png of pngs) expect(inkShare(readPng(png))).toBeGreaterThan(0.01);
    for (const box of wordBoxes(file)) expect(box.xMax, box.text).toBeLessThanOrEqual(box.pageWidth - 30);
  });

  it('prints a Russian-only copy', async () => {
    const file = writeTempPdf(await buildRefusalReceiptPdf({ ...input, languages: ['ru'] }), 'receipt-ru');
    const flat = pdfFlatText(file);
    expect(flat).toContain('Наименование отсутствующих документов:');
    expect(flat).not.toContain('Жоқ құжаттардың атауы');
  });

  it('leaves a blank phone line when the executor has no phone', async () => {
    const file = writeTempPdf(await buildRefusalReceiptPdf({ ...input, executor: { name: 'Ғаббасова Ә. Ө.' } }), 'receipt-nophone');
    expect(pageTexts(file)[0]).toMatch(/\n\s*Телефон: _{10,}/);
  });

  it('refuses an empty list of missing documents and an impossible date', async () => {
    await expect(buildRefusalReceiptPdf({ ...input, missingDocuments: [] })).rejects.toThrow('missingDocuments: the list is empty');
    await expect(buildRefusalReceiptPdf({ ...input, issuedAt: '2026-13-01T10:00' })).rejects.toThrow(/issuedAt: not a real date/);
    await expect(buildRefusalReceiptPdf({ ...input, missingDocuments: [{ kk: 'Анықтама', ru: ' ' }] })).rejects.toThrow(
      'missingDocuments[0].ru: is empty',
    );
  });
});
