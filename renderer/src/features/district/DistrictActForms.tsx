// The department's smaller acts on a package: register it under an incoming
// number, assign the executor, record the special commission's decision, or
// send it back to the akimat for rework. Each checks its input in the command
// and shows the problems beside the fields.
import { useState } from 'react';
import { useSession } from '@renderer/app/session';
import { localDate, localMoment } from '@renderer/db/clock';
import { useLanguage } from '@renderer/i18n/language';
import { Field, YesNo } from '@renderer/ui/Field';
import { fieldProblemText } from '@renderer/ui/field-problem-text';
import { ActMessages } from './ActMessages';
import { assignDistrictExecutor, checkRegistration, recordSpecialCommission, registerPackage, returnForRework } from './commands';
import { useIncomingProposal, useUsers } from './queries';
import { useCaseAct } from './useCaseAct';
import { runSigned, useSignAs } from '@renderer/features/staff/sign-as';
import { DateField } from '@renderer/ui/DateField';

export function RegisterForm({ caseId }: { caseId: string }) {
  const { lang, t } = useLanguage();
  const signer = useSignAs('receivedByDistrict');
  const act = useCaseAct();
  const session = useSession();
  // The next number of this PC's incoming series, until the user types another.
  const proposal = useIncomingProposal(session.settings, localMoment());
  const [typed, setNumber] = useState<string | null>(null);
  const number = typed ?? proposal.data ?? '';
  const [date, setDate] = useState(localDate());
  // After a first try the problems follow the typing, so a fixed field stops being marked.
  const [tried, setTried] = useState(false);
  const live = tried ? checkRegistration({ incomingNumber: number, incomingDate: date }, localDate()) : {};
  return (
    <form
      className="act-form"
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        void runSigned(act, signer, (ctx) => registerPackage(ctx, caseId, { incomingNumber: number, incomingDate: date }));
      }}
      noValidate
      data-testid="register-package"
    >
      <h3>{t('district.registerPackage')}</h3>
      <div className="row">
        <Field
          label={t('district.incomingNumber')}
          value={number}
          onChange={setNumber}
          hint={typed === null && proposal.data ? t('district.incomingProposed') : undefined}
          error={fieldProblemText(live.incomingNumber, t, lang)}
          data-testid="incoming-number"
        />
        <DateField
          label={t('district.incomingDate')}
          value={date}
          onChange={setDate}
          error={fieldProblemText(live.incomingDate, t, lang)}
          data-testid="incoming-date"
        />
      </div>
      {signer.fields}
      <ActMessages act={act} />
      <button type="submit" className="primary" disabled={act.busy} data-testid="register-package-submit">
        {t('district.registerPackageButton')}
      </button>
    </form>
  );
}

export function AssignForm({ caseId }: { caseId: string }) {
  const { t } = useLanguage();
  const signer = useSignAs('districtExecutorAssigned');
  const act = useCaseAct();
  const users = useUsers();
  const [chosen, setChosen] = useState('');
  const people = users.data ?? [];
  const executorId = chosen || people.find((u) => u.role === 'executor')?.id || people[0]?.id || '';
  const executor = people.find((u) => u.id === executorId);
  return (
    <form
      className="act-form"
      onSubmit={(e) => {
        e.preventDefault();
        void runSigned(act, signer, (ctx) => assignDistrictExecutor(ctx, caseId, { id: executor?.id ?? '', name: executor?.name ?? '' }));
      }}
      data-testid="assign-executor"
    >
      <h3>{t('district.assignExecutor')}</h3>
      <p className="hint">{t('district.assignHint')}</p>
      <label className="field">
        {t('district.executor')}
        <select value={executorId} onChange={(e) => setChosen(e.target.value)} data-testid="executor-select">
          {people.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </label>
      {signer.fields}
      <ActMessages act={act} field="executor" />
      <button type="submit" className="primary" disabled={act.busy || !executor} data-testid="assign-executor-submit">
        {t('district.assignButton')}
      </button>
    </form>
  );
}

export function SpecialCommissionForm({ caseId }: { caseId: string }) {
  const { lang, t } = useLanguage();
  const signer = useSignAs('specialCommissionDecided');
  const act = useCaseAct();
  const [needs, setNeeds] = useState(true);
  const [amount, setAmount] = useState('');
  const [reasons, setReasons] = useState('');
  return (
    <form
      className="act-form"
      onSubmit={(e) => {
        e.preventDefault();
        void runSigned(act, signer, (ctx) => recordSpecialCommission(ctx, caseId, { needs, amount, reasons }));
      }}
      noValidate
      data-testid="special-commission-form"
    >
      <h3>{t('district.specialCommission')}</h3>
      <YesNo
        value={needs}
        onChange={setNeeds}
        yes={t('district.specialNeedsChoice')}
        no={t('district.specialNoNeed')}
        testIds={['special-needs', 'special-no-need']}
      />
      {needs && (
        <Field
          label={t('district.amount')}
          value={amount}
          onChange={setAmount}
          inputMode="decimal"
          error={fieldProblemText(act.problems.amount, t, lang)}
          data-testid="special-amount"
        />
      )}
      <label className="field">
        {t('common.reasons')}
        <textarea value={reasons} onChange={(e) => setReasons(e.target.value)} data-testid="special-reasons" />
      </label>
      {signer.fields}
      <ActMessages act={act} field="reasons" />
      <button type="submit" className="primary" disabled={act.busy} data-testid="special-submit">
        {t('district.specialButton')}
      </button>
    </form>
  );
}

export function ReworkForm({ caseId }: { caseId: string }) {
  const { t } = useLanguage();
  const signer = useSignAs('returnedForRework');
  const act = useCaseAct();
  const [open, setOpen] = useState(false);
  const [remarks, setRemarks] = useState('');
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)} data-testid="rework-open">
        {t('district.reworkOpen')}
      </button>
    );
  return (
    <form
      className="act-form"
      onSubmit={(e) => {
        e.preventDefault();
        void runSigned(act, signer, (ctx) => returnForRework(ctx, caseId, remarks));
      }}
      noValidate
      data-testid="rework-form"
    >
      <h3>{t('district.rework')}</h3>
      <label className="field">
        {t('district.reworkRemarks')}
        <textarea value={remarks} onChange={(e) => setRemarks(e.target.value)} data-testid="rework-remarks-input" />
      </label>
      {signer.fields}
      <ActMessages act={act} field="remarks" />
      <button type="submit" className="primary" disabled={act.busy} data-testid="rework-submit">
        {t('district.reworkButton')}
      </button>
    </form>
  );
}
