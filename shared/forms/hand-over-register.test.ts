import { beforeAll, describe, expect, it } from 'vitest';
import { buildHandOverRegisterPdf, type HandOverRegisterInput } from './hand-over-register';
import { loadFormFonts } from '../../scripts/testing/node-fonts';
import { inkShare, pageTexts, readPng, renderPng, writeTempPdf } from '../../scripts/testing/pdf-tools';
import { sampleHandOverRegister } from './samples';

let input: HandOverRegisterInput;
beforeAll(async () => {
  input = sampleHandOverRegister(await loadFormFonts(), 40);
});

describe('hand-over register', () => {
  it('paginates with the signature column header and page numbers on every page', async () => {
    const file = writeTempPdf(await buildHandOverRegisterPdf(input), 'hand-over');
    const pages = pageTexts(file);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((page, i) => {
      expect(page).toContain('Алушының қолы');
      expect(page).toContain('Подпись получателя');
      expect(page).toContain(`бет / стр. ${i + 1} / ${pages.length}`);
    });
    const all = pages.join('\n');
    for (const row of input.rows) expect(all).toContain(row.number);
    expect(pages[0]).toContain('Нәтижелерді беру журналы');
    expect(pages[0]).toContain('01.04.2026 09:00');
    expect(pages[0]).toContain('Хабарлама');
    expect(pages[0]).toContain('Мотивированный');
    expect(pages[0]).toContain('Дәлелді бас тарту');
    expect(pages[pages.length - 1]).toContain('Барлығы / Всего: 40');
    const pngs = renderPng(file, 100);
    for (const png of pngs) expect(inkShare(readPng(png))).toBeGreaterThan(0.01);
  });

  it('refuses an unknown result and an impossible hand-over time', async () => {
    await expect(buildHandOverRegisterPdf({ ...input, rows: [{ ...input.rows[0], result: 'medal' as never }] })).rejects.toThrow(
      /rows\[0\]\.result: unknown result "medal"/,
    );
    await expect(buildHandOverRegisterPdf({ ...input, rows: [{ ...input.rows[0], handedOverAt: '2026-04-31T10:00' }] })).rejects.toThrow(
      /rows\[0\]\.handedOverAt/,
    );
  });
});
