import { beforeAll, describe, expect, it } from 'vitest';
import { buildIncomingRegisterPdf, type IncomingRegisterInput } from './incoming-register';
import { loadFormFonts } from '../../scripts/testing/node-fonts';
import { inkShare, pageTexts, readPng, renderPng, wordBoxes, writeTempPdf } from '../../scripts/testing/pdf-tools';
import { sampleIncomingRegister } from './samples';

let input: IncomingRegisterInput;
beforeAll(async () => {
  input = sampleIncomingRegister(await loadFormFonts(), 60);
});

describe('incoming register', () => {
  it('paginates 60 rows with the header and "бет / стр. N / M" on every page', async () => {
    const file = writeTempPdf(await buildIncomingRegisterPdf(input), 'register');
    const pages = pageTexts(file);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((page, i) => {
      expect(page).toContain('Тіркеу нөмірі');
      expect(page).toContain('Рег. номер');
      expect(page).toContain(`бет / стр. ${i + 1} / ${pages.length}`);
    });
    const all = pages.join('\n');
    for (const row of input.rows) expect(all).toContain(row.number);
    expect(pages[0]).toContain('Кезең / Период: 01.03.2026 – 31.03.2026');
    expect(pages[0]).toContain('02.03.2026 09:00');
    expect(pages[0]).toContain('Өтемісова Гүлнәр');
    expect(pages[0]).toContain('ЖСН / ИИН 850314450000');
    expect(pages[0]).toContain('Тіркелді');
    expect(pages[0]).toContain('Зарегистрировано');
    expect(pages[pages.length - 1]).toContain('Барлығы / Всего: 60');
    // landscape, and no text past the right margin
    const boxes = wordBoxes(file);
    expect(boxes[0].pageWidth).toBeGreaterThan(boxes[0].pageHeight);
    for (const box of boxes) expect(box.xMax, box.text).toBeLessThanOrEqual(box.pageWidth - 20);
    const pngs = renderPng(file, 100);
    expect(pngs).toHaveLength(pages.length);
    for (const png of pngs) expect(inkShare(readPng(png))).toBeGreaterThan(0.01);
  });

  it('says so when the period has no applications', async () => {
    const file = writeTempPdf(await buildIncomingRegisterPdf({ ...input, rows: [] }), 'register-empty');
    const pages = pageTexts(file);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('Осы кезеңде жазба жоқ / За период записей нет');
  });

  it('refuses a period that ends before it starts, an impossible date and an unknown status', async () => {
    await expect(buildIncomingRegisterPdf({ ...input, from: '2026-03-31', to: '2026-03-01' })).rejects.toThrow(
      /to: the period ends before it starts/,
    );
    await expect(buildIncomingRegisterPdf({ ...input, from: '2026-04-31' })).rejects.toThrow(/from: not a real date/);
    const rows = [{ ...input.rows[0], status: 'lost' as never }];
    await expect(buildIncomingRegisterPdf({ ...input, rows })).rejects.toThrow(/rows\[0\]\.status: unknown status "lost"/);
  });

  it('lists 0001 before 0002 of the same minute, and a refusal without a result date as a dash (issue 14)', async () => {
    const [a, b] = input.rows;
    const first = { ...a, number: '0512-26A-0001', registeredAt: '2026-03-02T09:00', resultDate: '2026-03-12' };
    const refused = {
      ...b,
      number: '0512-26A-0002',
      registeredAt: '2026-03-02T09:00',
      status: 'refusedAtIntake' as const,
      resultDate: undefined,
    };
    const file = writeTempPdf(await buildIncomingRegisterPdf({ ...input, rows: [refused, first] }), 'register-order');
    const text = pageTexts(file).join('\n');
    expect(text.indexOf('0512-26A-0001')).toBeLessThan(text.indexOf('0512-26A-0002'));
    expect(text).not.toMatch(/\d{2}\.04\.2026/);
    expect(text).toContain('—');
  });
});
