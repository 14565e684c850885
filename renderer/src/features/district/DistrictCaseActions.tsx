// The district department's part of the case page: what the package holds
// (the commission's act and conclusion, the per-capita income, the files),
// then the act the department owes next — register, assign, special
// commission, decide or return for rework — and the decision's paper.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { CaseEventOf, CaseState } from '@shared/case';
import { perCapitaIncome } from '@shared/commission/income';
import { printedAmount, printedDate, printedMoment } from '@shared/forms/input';
import { db } from '@renderer/db/database';
import { useSession } from '@renderer/app/session';
import { findCatalogEntry } from '@renderer/catalog/catalog';
import { localDate, localMoment } from '@renderer/db/clock';
import { listUsers } from '@renderer/features/staff/staff-store';
import { writeContextFor } from './device';
import { fetchPackageFiles, missingPackageFiles } from './files';
import { loadDirectory } from './directory';
import { buildResultLetter } from './print-lazy';
import {
  assignDistrictExecutor,
  checkDecision,
  checkRegistration,
  decide,
  recordSpecialCommission,
  registerPackage,
  returnForRework,
  type DecisionInput,
} from './store';
import { useCaseAct, type CaseAct } from './useCaseAct';
import { proposeOutgoingNumber } from './outgoing';
import { useDistrictText, type DistrictTextKey } from './texts';
import { useLanguage } from '@renderer/i18n/language';
import { Check, Field } from '@renderer/ui/Field';
import { writeErrorText } from '@renderer/ui/problems';
import { PrintButtons } from '@renderer/print/PrintButtons';

const CONCLUSION_TEXT: Record<string, DistrictTextKey> = {
  needs: 'conclusionNeeds',
  doesNotNeed: 'conclusionDoesNotNeed',
  confirmed: 'conclusionConfirmed',
  notConfirmed: 'conclusionNotConfirmed',
};

export function useWriteContext() {
  const session = useSession();
  return () => writeContextFor(db, session.settings, session.user, localMoment());
}

/** The problem and failure lines of an act, under its form. */
export function ActMessages({ act, field }: { act: CaseAct; field?: string }) {
  const i18n = useLanguage();
  const d = useDistrictText();
  const problem = field ? act.problems[field] : undefined;
  return (
    <>
      {problem && (
        <div className="msg error" role="alert">
          {d(problem)}
        </div>
      )}
      {act.failure !== null && (
        <div className="banner error" role="alert" data-testid="act-failure">
          {writeErrorText(act.failure, i18n)}
        </div>
      )}
    </>
  );
}

const done = (state: CaseState, milestone: string) => state.steps.some((s) => s.milestone === milestone && s.doneAt);
const has = (state: CaseState, milestone: string) => state.steps.some((s) => s.milestone === milestone);

export function DistrictCaseActions({ state }: { state: CaseState }) {
  const d = useDistrictText();
  return (
    <section className="district-actions" data-testid="district-actions">
      <h2>{d('districtSection')}</h2>
      <PackageView state={state} />
      {state.status === 'relayed' && <RegisterForm caseId={state.caseId} />}
      {state.status === 'atDistrict' && !done(state, 'districtAssign') && <AssignForm caseId={state.caseId} />}
      {state.status === 'atDistrict' &&
        done(state, 'districtAssign') &&
        has(state, 'specialCommission') &&
        !done(state, 'specialCommission') && <SpecialCommissionForm caseId={state.caseId} />}
      {state.status === 'atDistrict' &&
        done(state, 'districtAssign') &&
        (!has(state, 'specialCommission') || done(state, 'specialCommission')) && <DecideForm state={state} />}
      {state.status === 'atDistrict' && <ReworkForm caseId={state.caseId} />}
      {state.decision && <ResultPaper state={state} />}
    </section>
  );
}

function PackageView({ state }: { state: CaseState }) {
  const d = useDistrictText();
  const queryClient = useQueryClient();
  const files = useQuery({
    queryKey: ['cases', 'district-files', state.caseId, state.events.length],
    queryFn: async () => {
      const result = await fetchPackageFiles(db, state.caseId);
      if (result.fetched > 0) await queryClient.invalidateQueries({ queryKey: ['cases', 'attachments', state.caseId] });
      return missingPackageFiles(db, state.caseId);
    },
  });
  const { pick } = useLanguage();
  const directory = useQuery({ queryKey: ['cases', 'directory'], queryFn: async () => (await loadDirectory(db)) ?? null });
  const officeCode = state.events[0].office;
  const officeName = directory.data?.offices[officeCode];
  const received = [...state.events].reverse().find((e): e is CaseEventOf<'receivedByDistrict'> => e.type === 'receivedByDistrict');
  const executor = [...state.events]
    .reverse()
    .find((e): e is CaseEventOf<'districtExecutorAssigned'> => e.type === 'districtExecutorAssigned');
  const special = [...state.events]
    .reverse()
    .find((e): e is CaseEventOf<'specialCommissionDecided'> => e.type === 'specialCommissionDecided');
  const act = state.inspections.at(-1) as Record<string, unknown> | undefined;
  const conclusion = state.conclusion as (CaseState['conclusion'] & { sessionDate?: string; perCapita?: number }) | undefined;
  const income = perCapitaOf(act) ?? conclusion?.perCapita;
  return (
    <div className="package" data-testid="package-view">
      <dl className="facts">
        <dt>{d('packageOffice')}</dt>
        <dd data-testid="package-office">
          {officeName ? `${pick(officeName)} ` : ''}
          <span className="mono">{officeCode}</span>
        </dd>
        {received && (
          <>
            <dt>{d('incomingNumber')}</dt>
            <dd data-testid="incoming">
              {d('incomingValue', { number: received.payload.incomingNumber, date: printedDate(received.payload.incomingDate) })}
            </dd>
          </>
        )}
        {executor && (
          <>
            <dt>{d('executor')}</dt>
            <dd data-testid="district-executor">{executor.payload.executorName}</dd>
          </>
        )}
        <dt>{d('commissionConclusion')}</dt>
        <dd data-testid="conclusion">
          {conclusion
            ? `${d(CONCLUSION_TEXT[conclusion.conclusion])} — ${conclusion.reasons}${conclusion.sessionDate ? ` (${printedDate(conclusion.sessionDate)})` : ''}`
            : d('none')}
        </dd>
        <dt>{d('inspectionAct')}</dt>
        <dd data-testid="inspection">
          {act
            ? d('actSummary', { count: state.inspections.length, members: Array.isArray(act.family) ? act.family.length : '—' })
            : d('none')}
        </dd>
        <dt>{d('perCapita')}</dt>
        <dd data-testid="per-capita">{income !== undefined ? d('tenge', { amount: printedAmount(income) }) : d('none')}</dd>
        {special && (
          <>
            <dt>{d('specialCommission')}</dt>
            <dd data-testid="special-commission">
              {special.payload.needs ? d('specialNeeds', { amount: printedAmount(special.payload.amount ?? 0) }) : d('specialNoNeed')}
              {special.payload.reasons ? ` — ${special.payload.reasons}` : ''}
            </dd>
          </>
        )}
        <dt>{d('packageFiles')}</dt>
        <dd data-testid="package-files">
          {files.data
            ? files.data.length > 0
              ? d('filesMissingNames', { names: files.data.map((f) => f.name).join(', ') })
              : d('filesAll')
            : d('loading')}
        </dd>
      </dl>
      {state.status === 'returnedForRework' && state.reworkRemarks && (
        <div className="banner warn" data-testid="rework-remarks">
          {d('reworkSent', { remarks: state.reworkRemarks })}
        </div>
      )}
    </div>
  );
}

/** Per-capita income of an inspection act, when the act carries the family, months and incomes. */
function perCapitaOf(act: Record<string, unknown> | undefined): number | undefined {
  if (!act || !Array.isArray(act.family) || !Array.isArray(act.months) || !Array.isArray(act.incomes)) return undefined;
  const result = perCapitaIncome({
    familyIins: act.family.map((m: { iin: string }) => m.iin),
    months: act.months as string[],
    lines: act.incomes as never,
  });
  return result.ok ? result.result.perCapita : undefined;
}

function RegisterForm({ caseId }: { caseId: string }) {
  const d = useDistrictText();
  const ctx = useWriteContext();
  const act = useCaseAct();
  const [number, setNumber] = useState('');
  const [date, setDate] = useState(localDate());
  // After a first try the problems follow the typing, so a fixed field stops being marked.
  const [tried, setTried] = useState(false);
  const live = tried ? checkRegistration({ incomingNumber: number, incomingDate: date }, localDate()) : {};
  return (
    <form
      className="act-form"
      onSubmit={(e) => (
        e.preventDefault(),
        setTried(true),
        void act.run(() => registerPackage(ctx(), caseId, { incomingNumber: number, incomingDate: date }))
      )}
      noValidate
      data-testid="register-package"
    >
      <h3>{d('registerPackage')}</h3>
      <div className="row">
        <Field
          label={d('incomingNumber')}
          value={number}
          onChange={setNumber}
          error={live.incomingNumber ? d(live.incomingNumber) : null}
          data-testid="incoming-number"
        />
        <Field
          label={d('incomingDate')}
          type="date"
          value={date}
          onChange={setDate}
          error={live.incomingDate ? d(live.incomingDate) : null}
          data-testid="incoming-date"
        />
      </div>
      <ActMessages act={act} />
      <button type="submit" className="primary" disabled={act.busy} data-testid="register-package-submit">
        {d('registerPackageButton')}
      </button>
    </form>
  );
}

function AssignForm({ caseId }: { caseId: string }) {
  const d = useDistrictText();
  const ctx = useWriteContext();
  const act = useCaseAct();
  const users = useQuery({ queryKey: ['users'], queryFn: () => listUsers(db) });
  const [chosen, setChosen] = useState('');
  const people = users.data ?? [];
  const executorId = chosen || people.find((u) => u.role === 'executor')?.id || people[0]?.id || '';
  const executor = people.find((u) => u.id === executorId);
  return (
    <form
      className="act-form"
      onSubmit={(e) => (
        e.preventDefault(),
        void act.run(() => assignDistrictExecutor(ctx(), caseId, { id: executor?.id ?? '', name: executor?.name ?? '' }))
      )}
      data-testid="assign-executor"
    >
      <h3>{d('assignExecutor')}</h3>
      <p className="hint">{d('assignHint')}</p>
      <label className="field">
        {d('executor')}
        <select value={executorId} onChange={(e) => setChosen(e.target.value)} data-testid="executor-select">
          {people.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </label>
      <ActMessages act={act} field="executor" />
      <button type="submit" className="primary" disabled={act.busy || !executor} data-testid="assign-executor-submit">
        {d('assignButton')}
      </button>
    </form>
  );
}

function SpecialCommissionForm({ caseId }: { caseId: string }) {
  const d = useDistrictText();
  const ctx = useWriteContext();
  const act = useCaseAct();
  const [needs, setNeeds] = useState(true);
  const [amount, setAmount] = useState('');
  const [reasons, setReasons] = useState('');
  return (
    <form
      className="act-form"
      onSubmit={(e) => (e.preventDefault(), void act.run(() => recordSpecialCommission(ctx(), caseId, { needs, amount, reasons })))}
      noValidate
      data-testid="special-commission-form"
    >
      <h3>{d('specialCommission')}</h3>
      <div className="row">
        <label className="check">
          <input type="radio" checked={needs} onChange={() => setNeeds(true)} data-testid="special-needs" /> {d('specialNeedsChoice')}
        </label>
        <label className="check">
          <input type="radio" checked={!needs} onChange={() => setNeeds(false)} data-testid="special-no-need" /> {d('specialNoNeed')}
        </label>
      </div>
      {needs && (
        <Field
          label={d('amount')}
          value={amount}
          onChange={setAmount}
          inputMode="decimal"
          error={act.problems.amount ? d(act.problems.amount) : null}
          data-testid="special-amount"
        />
      )}
      <label className="field">
        {d('specialReasons')}
        <textarea value={reasons} onChange={(e) => setReasons(e.target.value)} data-testid="special-reasons" />
      </label>
      <ActMessages act={act} field="reasons" />
      <button type="submit" className="primary" disabled={act.busy} data-testid="special-submit">
        {d('specialButton')}
      </button>
    </form>
  );
}

function DecideForm({ state }: { state: CaseState }) {
  const { pick } = useLanguage();
  const d = useDistrictText();
  const session = useSession();
  const ctx = useWriteContext();
  const act = useCaseAct();
  const users = useQuery({ queryKey: ['users'], queryFn: () => listUsers(db) });
  const entry = findCatalogEntry(state.entryId);
  const special = [...state.events]
    .reverse()
    .find((e): e is CaseEventOf<'specialCommissionDecided'> => e.type === 'specialCommissionDecided');
  const heads = (users.data ?? []).filter((u) => u.role === 'akim');
  const [v, setV] = useState<DecisionInput>({
    outcome: special && !special.payload.needs ? 'refusal' : 'notification',
    amount: special?.payload.amount !== undefined ? String(special.payload.amount) : '',
    periodFrom: '',
    periodTo: '',
    reasons: [],
    outgoingNumber: '',
    signedBy: '',
  });
  const [otherReason, setOtherReason] = useState('');
  // The next number of this PC's series, until the user types another.
  const proposal = useQuery({
    queryKey: ['cases', 'outgoing-proposal'],
    queryFn: () => proposeOutgoingNumber(db, session.settings, localMoment()),
  });
  const [outgoingTyped, setOutgoingTyped] = useState<string | null>(null);
  const outgoingNumber = outgoingTyped ?? proposal.data ?? '';
  const signedBy = v.signedBy || (session.user.role === 'akim' ? session.user.name : (heads[0]?.name ?? ''));
  const input: DecisionInput = { ...v, outgoingNumber, signedBy, reasons: [...v.reasons, otherReason] };
  const [tried, setTried] = useState(false);
  const live = tried ? checkDecision(input) : {};
  const err = (key: keyof DecisionInput) => (live[key] ? d(live[key]!) : null);
  const toggleGround = (kk: string, on: boolean) =>
    setV((old) => ({ ...old, reasons: on ? [...old.reasons, kk] : old.reasons.filter((r) => r !== kk) }));
  return (
    <form
      className="act-form"
      onSubmit={(e) => (e.preventDefault(), setTried(true), void act.run(() => decide(ctx(), state.caseId, input)))}
      noValidate
      data-testid="decide-form"
    >
      <h3>{d('decide')}</h3>
      <div className="row">
        <label className="check">
          <input
            type="radio"
            checked={v.outcome === 'notification'}
            onChange={() => setV({ ...v, outcome: 'notification' })}
            data-testid="outcome-notification"
          />{' '}
          {d('outcomeNotification')}
        </label>
        <label className="check">
          <input
            type="radio"
            checked={v.outcome === 'refusal'}
            onChange={() => setV({ ...v, outcome: 'refusal' })}
            data-testid="outcome-refusal"
          />{' '}
          {d('outcomeRefusal')}
        </label>
      </div>
      {v.outcome === 'notification' ? (
        <div className="row">
          <Field
            label={d('amount')}
            value={v.amount}
            onChange={(x) => setV({ ...v, amount: x })}
            inputMode="decimal"
            error={err('amount')}
            hint={d('amountHint')}
            data-testid="decision-amount"
          />
          <Field
            label={d('periodFrom')}
            type="date"
            value={v.periodFrom}
            onChange={(x) => setV({ ...v, periodFrom: x })}
            error={err('periodFrom')}
            data-testid="period-from"
          />
          <Field
            label={d('periodTo')}
            type="date"
            value={v.periodTo}
            onChange={(x) => setV({ ...v, periodTo: x })}
            error={err('periodTo')}
            data-testid="period-to"
          />
        </div>
      ) : (
        <fieldset>
          <legend>{d('refusalReasons')}</legend>
          {entry?.refusalGrounds.map((g, i) => (
            <Check
              key={i}
              label={pick(g)}
              checked={v.reasons.includes(g.kk)}
              onChange={(on) => toggleGround(g.kk, on)}
              testId={`ground-${i}`}
            />
          ))}
          <label className="field">
            {d('otherReason')}
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
          label={d('outgoingNumber')}
          value={outgoingNumber}
          onChange={setOutgoingTyped}
          error={err('outgoingNumber')}
          hint={outgoingTyped === null && proposal.data ? d('outgoingProposed') : undefined}
          data-testid="outgoing-number"
        />
        <Field
          label={d('signedBy')}
          value={signedBy}
          onChange={(x) => setV({ ...v, signedBy: x })}
          error={err('signedBy')}
          list="district-heads"
          data-testid="signed-by"
        />
        <datalist id="district-heads">
          {heads.map((h) => (
            <option key={h.id} value={h.name} />
          ))}
        </datalist>
      </div>
      <ActMessages act={act} />
      <button type="submit" className="primary" disabled={act.busy} data-testid="decide-submit">
        {d('decideButton')}
      </button>
    </form>
  );
}

function ReworkForm({ caseId }: { caseId: string }) {
  const d = useDistrictText();
  const ctx = useWriteContext();
  const act = useCaseAct();
  const [open, setOpen] = useState(false);
  const [remarks, setRemarks] = useState('');
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)} data-testid="rework-open">
        {d('reworkOpen')}
      </button>
    );
  return (
    <form
      className="act-form"
      onSubmit={(e) => (e.preventDefault(), void act.run(() => returnForRework(ctx(), caseId, remarks)))}
      noValidate
      data-testid="rework-form"
    >
      <h3>{d('rework')}</h3>
      <label className="field">
        {d('reworkRemarks')}
        <textarea value={remarks} onChange={(e) => setRemarks(e.target.value)} data-testid="rework-remarks-input" />
      </label>
      <ActMessages act={act} field="remarks" />
      <button type="submit" className="primary" disabled={act.busy} data-testid="rework-submit">
        {d('reworkButton')}
      </button>
    </form>
  );
}

/** The decision's paper; on a district PC the letterhead is the department's own name. */
export function ResultPaper({ state }: { state: CaseState }) {
  const d = useDistrictText();
  const session = useSession();
  const decision = state.decision!;
  const own = session.settings.kind === 'district' ? { kk: session.settings.nameKk, ru: session.settings.nameRu } : undefined;
  const decided = [...state.events].reverse().find((e) => e.type === 'decided');
  return (
    <div className="result-paper" data-testid="result-paper">
      <h3>{decision.outcome === 'refusal' ? d('outcomeRefusal') : d('outcomeNotification')}</h3>
      <p data-testid="decision-facts">
        {d('decisionFacts', { number: decision.outgoingNumber, date: decided ? printedMoment(decided.at) : '—', head: decision.signedBy })}
        {decision.amount !== undefined && ` · ${d('tenge', { amount: printedAmount(decision.amount) })}`}
        {decision.periodFrom && decision.periodTo && ` · ${printedDate(decision.periodFrom)} – ${printedDate(decision.periodTo)}`}
      </p>
      <PrintButtons
        form={decision.outcome}
        testId="result-print"
        title={`${state.number} ${decision.outgoingNumber}`}
        fileName={`${decision.outcome}-${state.number}.pdf`}
        build={async () => buildResultLetter(state, own)}
      />
    </div>
  );
}
