import { beforeAll, describe, expect, it } from 'vitest';
import { caseShortCode } from '../case/short-code';
import { buildTalonPdf, talonQrContent, type TalonInput } from './talon';
import { loadFormFonts } from '../../scripts/testing/node-fonts';
import {
  collapseSpaces,
  decodeQr,
  inkShare,
  pdfFlatText,
  pdfLayoutText,
  readPng,
  renderPng,
  wordBoxes,
  writeTempPdf,
} from '../../scripts/testing/pdf-tools';
import { SAMPLE_CASE_ID, sampleTalon } from './samples';
import type { FormFonts } from './input';

let fonts: FormFonts;
let input: TalonInput;
beforeAll(async () => {
  fonts = await loadFormFonts();
  input = sampleTalon(fonts);
});

describe('tear-off talon', () => {
  it('prints the number on both parts, the applicant, service, dates, the acceptor and the short code', async () => {
    const file = writeTempPdf(await buildTalonPdf(input), 'talon');
    const text = pdfLayoutText(file);
    expect(text.match(/0512-26A-0042/g)?.length).toBeGreaterThanOrEqual(2);
    expect(text).toContain('Өтемісова Гүлнәр Қайратқызы');
    expect(text).toContain('850314450123');
    expect(text.match(/05\.03\.2026 09:40/g)?.length).toBe(2);
    expect(text.match(/17\.03\.2026/g)?.length).toBe(2);
    expect(text).toContain('Жұмабаев Ғ. Ө.');
    expect(text).toContain(caseShortCode(SAMPLE_CASE_ID));
    expect(text).toContain('Өтініштің үзбелі талоны');
    expect(text).toContain('Отрывной талон заявления');
    expect(text).toContain('Нәтижені алу күні / Дата получения результата');
    const flat = pdfFlatText(file);
    expect(flat).toContain(input.service.kk);
    expect(flat).toContain(input.service.ru);
    expect(text).not.toContain('ДУБЛИКАТ');
  });

  it('renders one non-blank page whose QR code opens the case', async () => {
    const file = writeTempPdf(await buildTalonPdf(input), 'talon');
    const pages100 = renderPng(file, 100);
    expect(pages100).toHaveLength(1);
    expect(inkShare(readPng(pages100[0]))).toBeGreaterThan(0.01);
    const [page200] = renderPng(file, 200);
    expect(decodeQr(readPng(page200))).toBe(`akimat-desk:case/${SAMPLE_CASE_ID}`);
  });

  it("once the PC is enrolled, the QR holds the server's status page of the case, keyed by its short code", async () => {
    const file = writeTempPdf(await buildTalonPdf({ ...input, statusUrl: 'https://sync.akimat.example.kz/' }), 'talon-url');
    const [page200] = renderPng(file, 200);
    const url = decodeQr(readPng(page200));
    expect(url).toBe(`https://sync.akimat.example.kz/s/${caseShortCode(SAMPLE_CASE_ID)}`);
    expect(url).not.toContain(SAMPLE_CASE_ID);
    expect(talonQrContent(SAMPLE_CASE_ID, 'http://10.0.0.5:8080/sync')).toBe(
      `http://10.0.0.5:8080/sync/s/${caseShortCode(SAMPLE_CASE_ID)}`,
    );
    await expect(buildTalonPdf({ ...input, statusUrl: 'javascript:alert(1)' })).rejects.toThrow(/statusUrl/);
  });

  it('marks a duplicate clearly on both parts', async () => {
    const file = writeTempPdf(await buildTalonPdf({ ...input, duplicate: true }), 'talon-dup');
    expect(pdfLayoutText(file).match(/ТЕЛНҰСҚА \/ ДУБЛИКАТ/g)?.length).toBe(2);
  });

  it('prints a Kazakh-only copy without Russian labels', async () => {
    const file = writeTempPdf(await buildTalonPdf({ ...input, languages: ['kk'], duplicate: true }), 'talon-kk');
    const text = pdfLayoutText(file);
    expect(text).toContain('Өтініш беруші');
    expect(text).toContain('ТЕЛНҰСҚА');
    expect(text).not.toContain('Заявитель');
    expect(text).not.toContain('ДУБЛИКАТ');
    expect(pdfFlatText(file)).not.toContain(input.service.ru);
  });

  it('wraps a very long service title and name inside the page and keeps the talon on one sheet', async () => {
    const service = {
      kk: 'Жұмыссыздар үшін әлеуметтік көмек, ауылдық елді мекендерде тұратын әлеуметтік сала мамандарына отын сатып алуға әлеуметтік көмек және әкімдіктің шешімі бойынша өзге де әлеуметтік көмек түрлерін тағайындау және төлеу',
      ru: 'Назначение и выплата социальной помощи безработным, социальной помощи специалистам социальной сферы, проживающим в сельских населённых пунктах, на приобретение топлива и иных видов социальной помощи по решению акимата',
    };
    const applicant = {
      surname: 'Әбдіқадыроваһұлымбетова-Сүлейменқызы',
      name: 'Гүлнәрайшаңғыл',
      patronymic: 'Қайратқызы',
      iin: '850314450123',
    };
    const file = writeTempPdf(await buildTalonPdf({ ...input, service, applicant, duplicate: true }), 'talon-long');
    const flat = pdfFlatText(file);
    expect(flat).toContain(service.kk);
    expect(flat).toContain(service.ru);
    expect(collapseSpaces(flat)).toContain('Әбдіқадыроваһұлымбетова-Сүлейменқызы Гүлнәрайшаңғыл Қайратқызы');
    const boxes = wordBoxes(file);
    expect(new Set(boxes.map((b) => b.page))).toEqual(new Set([1]));
    for (const box of boxes) {
      expect(box.xMin, box.text).toBeGreaterThanOrEqual(0);
      expect(box.xMax, box.text).toBeLessThanOrEqual(box.pageWidth - 10);
      expect(box.yMax, box.text).toBeLessThanOrEqual(box.pageHeight - 10);
    }
  });

  it('refuses an impossible result date, a result before registration, a bad time and a bad case id', async () => {
    await expect(buildTalonPdf({ ...input, resultDate: '2026-02-30' })).rejects.toThrow(/resultDate: not a real date/);
    await expect(buildTalonPdf({ ...input, resultDate: '2026-03-01' })).rejects.toThrow(/resultDate: is before the registration date/);
    await expect(buildTalonPdf({ ...input, registeredAt: '2026-03-05 25:00' })).rejects.toThrow(/registeredAt/);
    await expect(buildTalonPdf({ ...input, caseId: 'not-a-case' })).rejects.toThrow(/caseId: not a case id/);
    await expect(buildTalonPdf({ ...input, applicant: { ...input.applicant, iin: '12345' } })).rejects.toThrow(/applicant\.iin/);
    await expect(buildTalonPdf({ ...input, languages: [] })).rejects.toThrow(/languages/);
  });
});
