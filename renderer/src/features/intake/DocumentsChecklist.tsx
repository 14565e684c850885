// The documents the service asks for, each marked as an original and/or a copy,
// and what is still missing (which makes it a refusal receipt).
import { useLanguage } from '@renderer/i18n/language';
import { Check } from '@renderer/ui/Field';
import { isPowerOfAttorney } from './checklist';
import type { Intake } from './useIntakeForm';

export function DocumentsChecklist({ intake }: { intake: Intake }) {
  const { t, pick } = useLanguage();
  const { form, set, checklist, missing } = intake;
  // A power of attorney concerns only an applicant who is represented: without one it is no row and no Tab stops.
  const shown = checklist.filter((item) => !isPowerOfAttorney(item.id) || form.represented);
  return (
    <fieldset>
      <legend>{t('intake.sectionDocuments')}</legend>
      <table className="checklist">
        <tbody>
          {shown.map((item) => {
            const mark = form.documents[item.id] ?? { original: false, copy: false };
            const toggle = (key: 'original' | 'copy') => (value: boolean) =>
              set('documents', { ...form.documents, [item.id]: { ...mark, [key]: value } });
            return (
              <tr key={item.id} data-doc={item.id}>
                <td>
                  {pick(item.title)} {!item.required && <span className="muted">{t('intake.docOptional')}</span>}
                </td>
                <td>
                  <Check
                    label={t('intake.docOriginal')}
                    checked={mark.original}
                    onChange={toggle('original')}
                    testId={`doc-${item.id}-original`}
                  />
                </td>
                <td>
                  <Check label={t('intake.docCopy')} checked={mark.copy} onChange={toggle('copy')} testId={`doc-${item.id}-copy`} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {missing.length > 0 ? (
        <div className="banner warn" data-testid="missing">
          {t('intake.missingList', { list: missing.map((m) => pick(m.title)).join('; ') })}
        </div>
      ) : (
        <div className="banner ok">{t('intake.packageComplete')}</div>
      )}
    </fieldset>
  );
}
