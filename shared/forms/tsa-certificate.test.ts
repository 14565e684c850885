import { beforeAll, describe, expect, it } from 'vitest';
import { buildTsaCertificatePdf, type TsaCertificateInput } from './tsa-certificate';
import { loadFormFonts } from '../../scripts/testing/node-fonts';
import { collapseSpaces, inkShare, pdfFlatText, readPng, renderPng, writeTempPdf } from '../../scripts/testing/pdf-tools';
import { sampleTsaCertificate } from './samples';

let input: TsaCertificateInput;
beforeAll(async () => {
  input = sampleTsaCertificate(await loadFormFonts());
});

describe('certificate of targeted social assistance', () => {
  it('certifies that the family receives TSA in the quarter, lists the family and the signing akim', async () => {
    const file = writeTempPdf(await buildTsaCertificatePdf(input), 'tsa');
    const flat = collapseSpaces(pdfFlatText(file));
    expect(flat).toContain('АНЫҚТАМА');
    expect(flat).toContain('СПРАВКА');
    expect(flat).toContain('0512-26A-0051');
    expect(flat).toContain('05.03.2026');
    expect(flat).toContain(
      'Сәрсенбаев Нұрлан Һашимұлы (ЖСН 800101300123) отбасының 2026 жылдың 1-тоқсанында атаулы әлеуметтік көмек алушы болып табылатыны',
    );
    expect(flat).toContain('является получателем адресной социальной помощи в 1 квартале 2026 года');
    expect(flat).toContain('1) Сәрсенбаева Әйгерім Өмірзаққызы, жұбайы / супруга, ЖСН / ИИН 820512400456');
    expect(flat).toContain('3) Сәрсенбаева Іңкәр Нұрланқызы, қызы / дочь');
    expect(flat).toContain('Үмбетов Қ. Ғ.');
    const [png] = renderPng(file, 100);
    expect(inkShare(readPng(png))).toBeGreaterThan(0.01);
  });

  it('certifies that a family does not receive TSA', async () => {
    const flat = collapseSpaces(
      pdfFlatText(writeTempPdf(await buildTsaCertificatePdf({ ...input, receives: false, family: [] }), 'tsa-no')),
    );
    expect(flat).toContain('атаулы әлеуметтік көмек алушы болып табылмайтыны');
    expect(flat).toContain('не является получателем адресной социальной помощи');
    expect(flat).not.toContain('Отбасы мүшелері');
  });

  it('refuses a quarter outside 1–4 and an impossible date', async () => {
    await expect(buildTsaCertificatePdf({ ...input, quarter: 5 as never })).rejects.toThrow(/quarter: must be 1 to 4/);
    await expect(buildTsaCertificatePdf({ ...input, date: '2026-00-10' })).rejects.toThrow(/date: not a real date/);
  });
});
