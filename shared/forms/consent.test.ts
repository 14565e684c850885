import { beforeAll, describe, expect, it } from 'vitest';
import { buildConsentPdf, type ConsentInput } from './consent';
import { loadFormFonts } from '../../scripts/testing/node-fonts';
import { inkShare, pdfFlatText, pdfLayoutText, readPng, renderPng, writeTempPdf } from '../../scripts/testing/pdf-tools';
import { SAMPLE_OFFICE, sampleConsent } from './samples';

let input: ConsentInput;
beforeAll(async () => {
  input = sampleConsent(await loadFormFonts());
});

describe('consent to the use of information protected by law', () => {
  it('prints the applicant, IIN, ID document, service, office, the consent clause in both languages, the date and a signature line', async () => {
    const file = writeTempPdf(await buildConsentPdf(input), 'consent');
    const text = pdfLayoutText(file);
    const flat = pdfFlatText(file);
    expect(text).toContain('Өтемісова Гүлнәр Қайратқызы');
    expect(text).toContain('850314450123');
    expect(text).toContain('№ 045812369, ҚР ІІМ берген, 21.06.2019');
    expect(text).toContain('№ 0512-26A-0042');
    expect(text).toContain('Күні / Дата: 05.03.2026');
    expect(text).toContain('Өтініш берушінің қолы');
    expect(flat).toContain(input.service.kk);
    expect(flat).toContain(SAMPLE_OFFICE.name.ru);
    expect(flat).toContain(
      'ақпараттық жүйелерде қамтылған, заңмен қорғалатын құпияны құрайтын мәліметтерді пайдалануға жазбаша келісімімді беремін',
    );
    expect(flat).toContain(
      'даю письменное согласие на использование сведений, составляющих охраняемую законом тайну, содержащихся в информационных системах',
    );
    const [png] = renderPng(file, 100);
    expect(inkShare(readPng(png))).toBeGreaterThan(0.01);
  });

  it('prints without the ID document and the number when they are not given', async () => {
    const { idDocument: _, ...applicant } = input.applicant;
    const file = writeTempPdf(await buildConsentPdf({ ...input, applicant, number: undefined }), 'consent-short');
    const text = pdfLayoutText(file);
    expect(text).not.toContain('Жеке басын куәландыратын құжат');
    expect(text).not.toContain('Нөмірі / Номер');
    expect(text).toContain('850314450123');
  });

  it('prints a Kazakh-only copy', async () => {
    const flat = pdfFlatText(writeTempPdf(await buildConsentPdf({ ...input, languages: ['kk'] }), 'consent-kk'));
    expect(flat).toContain('жазбаша келісімімді беремін');
    expect(flat).not.toContain('даю письменное согласие');
  });

  it('refuses an impossible date and a malformed IIN', async () => {
    await expect(buildConsentPdf({ ...input, date: '2026-02-29' })).rejects.toThrow(/date: not a real date/);
    await expect(buildConsentPdf({ ...input, applicant: { ...input.applicant, iin: '85031445012X' } })).rejects.toThrow(/applicant\.iin/);
    await expect(
      buildConsentPdf({ ...input, applicant: { ...input.applicant, idDocument: { number: '1', issuer: 'ҚР ІІМ', date: '2019-02-31' } } }),
    ).rejects.toThrow(/idDocument\.date/);
  });
});
