// The end of a complete package: print the consent, mark it signed, register.
import type { CatalogEntry } from '@shared/catalog/schema';
import { parseIin } from '@shared/iin/iin';
import { localMoment } from '@renderer/db/clock';
import { useLanguage } from '@renderer/i18n/language';
import { buildConsentBeforeRegistering } from '@renderer/print/lazy';
import { PrintButtons } from '@renderer/print/PrintButtons';
import { printedMoment } from '@shared/forms/input';
import { Check } from '@renderer/ui/Field';
import type { TextKey } from '@renderer/texts';
import type { Intake } from './useIntakeForm';
import { validateIntake } from './validate';

const OUTSIDE_TEXT: Record<NonNullable<Intake['reception']['reason']>, TextKey> = {
  dayOff: 'intake.outsideDayOff',
  beforeOpening: 'intake.outsideBeforeOpening',
  lunch: 'intake.outsideLunch',
  afterClosing: 'intake.outsideAfterClosing',
};

export function RegisterActions({ intake, entry }: { intake: Intake; entry: CatalogEntry }) {
  const { t } = useLanguage();
  const { form, set, settings, today, attempt, setAttempt, busy, duplicateList, consentPrinted, setConsentPrinted, record } = intake;
  const { reception, outsideConfirmed, setOutsideConfirmed } = intake;
  const needsConfirmation = !reception.inside && !outsideConfirmed;
  return (
    <div className="actions">
      <PrintButtons
        form="consent"
        testId="consent"
        title={t('intake.printConsent')}
        fileName="consent.pdf"
        printLabel={t('intake.printConsent')}
        before={async () => {
          setAttempt('register');
          const check = validateIntake(form, entry, 'register', today);
          if (Object.keys(check).length > 0) throw new Error(t('intake.fixErrors', { count: Object.keys(check).length }));
        }}
        build={async () => {
          const iin = parseIin(form.iin);
          const pdf = await buildConsentBeforeRegistering(
            settings,
            entry,
            {
              surname: form.surname.trim(),
              name: form.name.trim(),
              patronymic: form.patronymic.trim() || undefined,
              iin: iin.ok ? form.iin : '',
              idDocument: { number: form.idNumber.trim(), issuer: form.idIssuer.trim(), date: form.idDate },
            },
            localMoment().slice(0, 10),
          );
          setConsentPrinted(true);
          return pdf;
        }}
      />
      <Check
        label={t('intake.consentSigned')}
        checked={form.consentSigned}
        onChange={(v) => set('consentSigned', v)}
        testId="consent-signed"
      />
      {attempt === 'register' && !form.consentSigned && <div className="msg error">{t('intake.consentFirst')}</div>}
      {!reception.inside && reception.reason && (
        <div className="banner warn" role="alert" data-testid="outside-reception">
          {t(OUTSIDE_TEXT[reception.reason])} {t('intake.termsRunFrom', { moment: printedMoment(reception.termsRunFrom) })}
          <Check
            label={t('intake.outsideConfirm')}
            checked={outsideConfirmed}
            onChange={setOutsideConfirmed}
            testId="outside-reception-confirm"
          />
        </div>
      )}
      <button
        type="button"
        className="primary"
        disabled={busy || !form.consentSigned || (duplicateList.length > 0 && !form.duplicateConfirmed) || needsConfirmation}
        onClick={() => void record('register')}
        data-testid="register"
        title={consentPrinted ? undefined : t('intake.consentFirst')}
      >
        {t('intake.register')}
      </button>
    </div>
  );
}
