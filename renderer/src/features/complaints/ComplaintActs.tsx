// What is done to a complaint after registration: escalation to the authorised
// body (the term becomes 15 working days), the reasoned answer signed by the
// akim or the head (sign-as when someone else is at the PC), and its delivery.
import { useState } from 'react';
import type { ComplaintState } from '@shared/complaint';
import { useSession } from '@renderer/app/session';
import { localDate, localMoment } from '@renderer/db/clock';
import { ActMessages } from '@renderer/features/district/ActMessages';
import { useOutgoingProposal } from '@renderer/features/district/queries';
import { useCaseAct } from '@renderer/features/district/useCaseAct';
import { useWriteContext } from '@renderer/features/district/use-commands';
import { runSigned, useSignAs } from '@renderer/features/staff/sign-as';
import { useLanguage } from '@renderer/i18n/language';
import { Field } from '@renderer/ui/Field';
import { DateField } from '@renderer/ui/DateField';
import { fieldProblemText } from '@renderer/ui/field-problem-text';
import { answerComplaint, escalateComplaint, recordDelivery } from './commands';
import { DELIVERY_TEXT } from './labels';

export function EscalateForm({ state }: { state: ComplaintState }) {
  const { t, lang } = useLanguage();
  const ctx = useWriteContext();
  const act = useCaseAct();
  const [body, setBody] = useState(() => t('complaints.escalateBodyDefault'));
  return (
    <form
      className="act-form"
      onSubmit={(e) => {
        e.preventDefault();
        void act.run(() => escalateComplaint(ctx(), state.id, body));
      }}
      noValidate
      data-testid="complaint-escalate-form"
    >
      <h3>{t('complaints.escalate')}</h3>
      <Field
        label={t('complaints.escalateBody')}
        value={body}
        onChange={setBody}
        hint={t('complaints.escalateHint')}
        error={fieldProblemText(act.problems.body, t, lang)}
      />
      <ActMessages act={act} />
      <button type="submit" disabled={act.busy} data-testid="complaint-escalate">
        {t('complaints.escalate')}
      </button>
    </form>
  );
}

export function AnswerForm({ state }: { state: ComplaintState }) {
  const { t, lang } = useLanguage();
  const { settings } = useSession();
  const signer = useSignAs('complaintAnswered');
  const act = useCaseAct();
  const proposal = useOutgoingProposal(settings, localMoment()).data;
  const [text, setText] = useState('');
  const [justified, setJustified] = useState<boolean | null>(null);
  const [number, setNumber] = useState<string | null>(null);
  const outgoingNumber = number ?? proposal ?? '';
  const problem = (field: string) => fieldProblemText(act.problems[field], t, lang);
  return (
    <form
      className="act-form"
      onSubmit={(e) => {
        e.preventDefault();
        void runSigned(act, signer, (ctx) => answerComplaint(ctx, state.id, { text, justified, outgoingNumber }));
      }}
      noValidate
      data-testid="complaint-answer-form"
    >
      <h3>{t('complaints.answerTitle')}</h3>
      <label className="field">
        {t('complaints.answerText')}
        <textarea rows={6} value={text} onChange={(e) => setText(e.target.value)} data-testid="complaint-answer-text" />
        {problem('text') && (
          <span className="msg error" role="alert">
            {problem('text')}
          </span>
        )}
      </label>
      <fieldset>
        <legend>{t('complaints.justifiedQuestion')}</legend>
        {([true, false] as const).map((value) => (
          <label key={String(value)} className="check">
            <input
              type="radio"
              name="justified"
              checked={justified === value}
              onChange={() => setJustified(value)}
              data-testid={`complaint-justified-${value ? 'yes' : 'no'}`}
            />{' '}
            {t(value ? 'complaints.justified' : 'complaints.notJustified')}
          </label>
        ))}
        {problem('justified') && (
          <span className="msg error" role="alert">
            {problem('justified')}
          </span>
        )}
      </fieldset>
      <Field
        label={t('district.outgoingNumber')}
        value={outgoingNumber}
        onChange={setNumber}
        error={problem('outgoingNumber')}
        data-testid="complaint-outgoing"
      />
      {signer.fields}
      <ActMessages act={act} />
      <button type="submit" className="primary" disabled={act.busy} data-testid="complaint-answer-submit">
        {t('complaints.answerSubmit')}
      </button>
    </form>
  );
}

export function DeliveryForm({ state }: { state: ComplaintState }) {
  const { t, lang } = useLanguage();
  const ctx = useWriteContext();
  const act = useCaseAct();
  const [how, setHow] = useState<'inPerson' | 'post' | 'email'>('inPerson');
  const [date, setDate] = useState(localDate());
  const [note, setNote] = useState('');
  return (
    <form
      className="act-form"
      onSubmit={(e) => {
        e.preventDefault();
        void act.run(() => recordDelivery(ctx(), state.id, { how, date, note }));
      }}
      noValidate
      data-testid="complaint-delivery-form"
    >
      <h3>{t('complaints.deliveryTitle')}</h3>
      <fieldset>
        <legend>{t('complaints.deliveryHow')}</legend>
        {(['inPerson', 'post', 'email'] as const).map((value) => (
          <label key={value} className="check">
            <input
              type="radio"
              name="how"
              checked={how === value}
              onChange={() => setHow(value)}
              data-testid={`complaint-delivery-${value}`}
            />{' '}
            {t(DELIVERY_TEXT[value])}
          </label>
        ))}
      </fieldset>
      <div className="row">
        <DateField label={t('common.date')} value={date} onChange={setDate} error={fieldProblemText(act.problems.date, t, lang)} />
        <Field label={t('complaints.deliveryNote')} value={note} onChange={setNote} error={fieldProblemText(act.problems.note, t, lang)} />
      </div>
      <ActMessages act={act} />
      <button type="submit" disabled={act.busy} data-testid="complaint-delivery-submit">
        {t('complaints.deliverySubmit')}
      </button>
    </form>
  );
}
