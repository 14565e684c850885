// Reasoned refusal (дәлелді бас тарту): the department refuses the service and
// lists its reasons.
import { RESULT_NAMES } from '../i18n/domain';
import { requireBilingual, requireFonts, requireLanguages, requireNonEmpty, type Bilingual } from './input';
import { bilingualLabel, FormWriter, mm, pick } from './layout';
import { checkLetter, drawLetterHead, drawLetterSignature, type LetterInput } from './letter';
import { formText } from './texts';

export interface RefusalInput extends LetterInput {
  /** Why the service is refused; at least one reason. */
  reasons: Bilingual[];
}

export async function buildRefusalPdf(input: RefusalInput): Promise<Uint8Array> {
  const languages = requireLanguages(input.languages);
  const fonts = requireFonts(input.fonts);
  const letter = checkLetter(input);
  const reasons = requireNonEmpty('reasons', input.reasons).map((reason, i) => requireBilingual(`reasons[${i}]`, reason));

  const title = pick(languages, RESULT_NAMES.refusal);
  const w = await FormWriter.open(fonts, { title: `${title.join(' / ')} ${letter.outgoingNumber}`, pageSize: 'A4', margin: mm(20) });
  drawLetterHead(w, languages, letter);
  w.title(title, 13);
  for (const language of languages) {
    w.text(formText(language, 'refusalBody', { provider: letter.provider[language], service: letter.service[language] }), { size: 11 });
    w.numbered(
      reasons.map((reason, i) => `${reason[language]}${i < reasons.length - 1 ? ';' : '.'}`),
      { size: 11, indent: mm(4) },
    );
    w.gap(4);
    w.text(formText(language, 'appeal'), { size: 10 });
    w.gap(10);
  }
  drawLetterSignature(w, languages, letter);
  return w.save(input.duplicate ? bilingualLabel(languages, 'duplicate') : undefined);
}
