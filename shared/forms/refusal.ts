// Reasoned refusal (дәлелді бас тарту): the department refuses the service and
// lists its reasons.
import { RESULT_NAMES } from '../i18n/domain';
import { z } from 'zod';
import { checkInput, FormBilingual, nonEmpty, type Bilingual } from './input';
import { bilingualLabel, FormWriter, mm, pick } from './layout';
import { drawLetterHead, drawLetterSignature, LETTER, letterOf, type LetterInput } from './letter';
import { formText } from './texts';

export interface RefusalInput extends LetterInput {
  /** Why the service is refused; at least one reason. */
  reasons: Bilingual[];
}

const RefusalSchema = z.object({ ...LETTER, reasons: nonEmpty(FormBilingual) });

export async function buildRefusalPdf(input: RefusalInput): Promise<Uint8Array> {
  const checked = checkInput(RefusalSchema, input);
  const { languages, fonts, reasons } = checked;
  const letter = letterOf(checked);

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
