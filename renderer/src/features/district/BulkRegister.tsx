// Registering several packages at once: the chosen ones, one incoming date,
// one signer (the department's clerk or head); each package gets the next
// number of this PC's incoming series. A package the rules refuse does not
// stop the others; the result line says how many went in and why any did not.
import { useState } from 'react';
import { localDate } from '@renderer/db/clock';
import { useLanguage } from '@renderer/i18n/language';
import { runSigned, useSignAs } from '@renderer/features/staff/sign-as';
import { fieldProblemText } from '@renderer/ui/field-problem-text';
import { writeErrorText } from '@renderer/ui/problems';
import { ActMessages } from './ActMessages';
import { type BatchOutcome, checkRegistration, registerPackages } from './commands';
import { useCaseAct } from './useCaseAct';
import { DateField } from '@renderer/ui/DateField';

interface Props {
  /** The chosen packages, in the inbox's order, with their case numbers for the result line. */
  chosen: ReadonlyArray<{ caseId: string; number: string }>;
  /** Called after a run, so the inbox clears the registered ones from the choice. */
  done(registered: string[]): void;
}

export function BulkRegister({ chosen, done }: Props) {
  const i18n = useLanguage();
  const { lang, t } = i18n;
  const signer = useSignAs('receivedByDistrict');
  const act = useCaseAct();
  const [date, setDate] = useState(localDate());
  const [tried, setTried] = useState(false);
  const [outcome, setOutcome] = useState<BatchOutcome | null>(null);
  const live = tried ? checkRegistration({ incomingNumber: '-', incomingDate: date }, localDate()) : {};
  const numberOf = (caseId: string) => chosen.find((c) => c.caseId === caseId)?.number ?? caseId;
  const [numbers, setNumbers] = useState<Record<string, string>>({});
  return (
    <form
      className="act-form bulk-register"
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        const ids = chosen.map((c) => c.caseId);
        // The numbers the result line names, kept before the registered rows leave the choice.
        setNumbers(Object.fromEntries(chosen.map((c) => [c.caseId, c.number])));
        void runSigned(act, signer, async (ctx) => {
          const result = await registerPackages(ctx, ids, date);
          setOutcome(result);
          done(result.registered.map((r) => r.caseId));
        });
      }}
      noValidate
      data-testid="bulk-register"
    >
      <h3>{t('district.bulkTitle')}</h3>
      <p className="hint">{t('district.bulkHint')}</p>
      <div className="row">
        <DateField
          label={t('district.incomingDate')}
          value={date}
          onChange={setDate}
          error={fieldProblemText(live.incomingDate ?? act.problems.incomingDate, t, lang)}
          data-testid="bulk-incoming-date"
        />
        <span className="hint" data-testid="bulk-selected">
          {t('district.bulkSelected', { count: chosen.length })}
        </span>
      </div>
      {signer.fields}
      <ActMessages act={act} />
      <button type="submit" className="primary" disabled={act.busy || chosen.length === 0} data-testid="bulk-register-submit">
        {t('district.bulkButton')}
      </button>
      {outcome && (
        <div className={`msg bulk-result ${outcome.refused.length ? 'error' : 'ok'}`} role="status" data-testid="bulk-result">
          {t('district.bulkResult', { registered: outcome.registered.length, refused: outcome.refused.length })}
          {outcome.refused.length > 0 &&
            ` (${outcome.refused
              .map((r) =>
                t('district.bulkRefused', { number: numbers[r.caseId] ?? numberOf(r.caseId), reason: writeErrorText(r.error, i18n) }),
              )
              .join('; ')})`}
        </div>
      )}
    </form>
  );
}
