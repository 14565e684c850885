// Any reprinted form is marked as a duplicate on every page.
import { describe, expect, it } from 'vitest';
import { buildConsentPdf, buildRefusalReceiptPdf } from './index';
import { loadFormFonts } from '../../scripts/testing/node-fonts';
import { pdfFlatText, writeTempPdf } from '../../scripts/testing/pdf-tools';
import { sampleConsent, sampleRefusalReceipt } from './samples';

describe('duplicates', () => {
  it('a reprinted refusal receipt is marked on both copies', async () => {
    const fonts = await loadFormFonts();
    const text = pdfFlatText(
      writeTempPdf(await buildRefusalReceiptPdf({ ...sampleRefusalReceipt(fonts), duplicate: true }), 'refusal-dup'),
    );
    expect(text.match(/ТЕЛНҰСҚА \/ ДУБЛИКАТ/g)).toHaveLength(2);
  });
  it('a reprinted consent is marked; the original is not', async () => {
    const fonts = await loadFormFonts();
    const dup = pdfFlatText(writeTempPdf(await buildConsentPdf({ ...sampleConsent(fonts), duplicate: true }), 'consent-dup'));
    const original = pdfFlatText(writeTempPdf(await buildConsentPdf(sampleConsent(fonts)), 'consent-orig'));
    expect(dup).toContain('ТЕЛНҰСҚА / ДУБЛИКАТ');
    expect(original).not.toContain('ДУБЛИКАТ');
  });
});
