// The department's decision on a package, signed and registered as outgoing.
// After a first try the problems follow the typing, so a fixed field stops being marked.
import { useState } from 'react';
import type { CaseEventOf, CaseState } from '@shared/case';
import { useSession } from '@renderer/app/session';
import { findCatalogEntry } from '@renderer/catalog/catalog';
import { localMoment } from '@renderer/db/clock';
import { useLanguage } from '@renderer/i18n/language';
import { Check, Field } from '@renderer/ui/Field';
import { fieldProblemText } from '@renderer/ui/field-problem-text';
import { ActMessages } from './ActMessages';
import { checkDecision, decide, type DecisionInput } from './commands';
import { useOutgoingProposal } from './queries';
import { useCaseAct } from './useCaseAct';
import { runSigned, useSignAs } from '@renderer/features/staff/sign-as';
import { DateField } from '@renderer/ui/DateField';

/** The decision: a notification (amount, period) or a refusal (grounds), its outgoing number and who signs it. */
export function DecideForm({ state }: { state: CaseState }) {
  const { pick, lang, t } = useLanguage();
  const session = useSession();
  const signer = useSignAs('decided');
  const act = useCaseAct();
  const entry = findCatalogEntry(state.entryId);
  const special = [...state.events]
    .reverse()
    .find((e): e is CaseEventOf<'specialCommissionDecided'> => e.type === 'specialCommissionDecided');
  const [v, setV] = useState<Omit<DecisionInput, 'signedBy'>>({
    outcome: special && !special.payload.needs ? 'refusal' : 'notification',
    amount: special?.payload.amount !== undefined ? String(special.payload.amount) : '',
    periodFrom: '',
    periodTo: '',
    reasons: [],
    outgoingNumber: '',
  });
  const [otherReason, setOtherReason] = useState('');
  // The next number of this PC's series, until the user types another.
  const proposal = useOutgoingProposal(session.settings, localMoment());
  const [outgoingTyped, setOutgoingTyped] = useState<string | null>(null);
  const outgoingNumber = outgoingTyped ?? proposal.data ?? '';
  const input = { ...v, outgoingNumber, reasons: [...v.reasons, otherReason] };
  const [tried, setTried] = useState(false);
  // Who signs is not typed: the signer's own name goes in at submit.
  const live = tried ? checkDecision({ ...input, signedBy: session.user.name }) : {};
  const err = (key: keyof DecisionInput) => fieldProblemText(live[key], t, lang);
  const toggleGround = (kk: string, on: boolean) =>
    setV((old) => ({ ...old, reasons: on ? [...old.reasons, kk] : old.reasons.filter((r) => r !== kk) }));
  return (
    <form
      className="act-form"
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        // The head signs the decision in their own name (their sign-in, or their password here).
        void runSigned(act, signer, (ctx) => decide(ctx, state.caseId, { ...input, signedBy: ctx.actor.name }));
      }}
      noValidate
      data-testid="decide-form"
    >
      <h3>{t('district.decide')}</h3>
      <div className="row">
        <label className="check">
          <input
            type="radio"
            checked={v.outcome === 'notification'}
            onChange={() => setV({ ...v, outcome: 'notification' })}
            data-testid="outcome-notification"
          />{' '}
          {t('common.outcomeNotification')}
        </label>
        <label className="check">
          <input
            type="radio"
            checked={v.outcome === 'refusal'}
            onChange={() => setV({ ...v, outcome: 'refusal' })}
            data-testid="outcome-refusal"
          />{' '}
          {t('common.outcomeRefusal')}
        </label>
      </div>
      {v.outcome === 'notification' ? (
        <div className="row">
          <Field
            label={t('district.amount')}
            value={v.amount}
            onChange={(x) => setV({ ...v, amount: x })}
            inputMode="decimal"
            error={err('amount')}
            hint={t('district.amountHint')}
            data-testid="decision-amount"
          />
          <DateField
            label={t('district.periodFrom')}
            value={v.periodFrom}
            onChange={(x) => setV({ ...v, periodFrom: x })}
            error={err('periodFrom')}
            data-testid="period-from"
          />
          <DateField
            label={t('district.periodTo')}
            value={v.periodTo}
            onChange={(x) => setV({ ...v, periodTo: x })}
            error={err('periodTo')}
            data-testid="period-to"
          />
        </div>
      ) : (
        <fieldset>
          <legend>{t('district.refusalReasons')}</legend>
          {entry?.refusalGrounds.map((g, i) => (
            <Check
              key={g.kk}
              label={pick(g)}
              checked={v.reasons.includes(g.kk)}
              onChange={(on) => toggleGround(g.kk, on)}
              testId={`ground-${i}`}
            />
          ))}
          <label className="field">
            {t('district.otherReason')}
            <textarea value={otherReason} onChange={(e) => setOtherReason(e.target.value)} data-testid="other-reason" />
          </label>
          {err('reasons') && (
            <div className="msg error" role="alert">
              {err('reasons')}
            </div>
          )}
        </fieldset>
      )}
      <div className="row">
        <Field
          label={t('district.outgoingNumber')}
          value={outgoingNumber}
          onChange={setOutgoingTyped}
          error={err('outgoingNumber')}
          hint={outgoingTyped === null && proposal.data ? t('district.outgoingProposed') : undefined}
          data-testid="outgoing-number"
        />
      </div>
      {signer.fields}
      <ActMessages act={act} />
      <button type="submit" className="primary" disabled={act.busy} data-testid="decide-submit">
        {t('district.decideButton')}
      </button>
    </form>
  );
}
