// One case before the commission: its inspection acts (recorded, never edited,
// superseded with a reason), the per-capita income against the threshold, and
// the conclusion adopted at a session with each present member's vote.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import {
  assessIncome,
  conclusionChoices,
  HOUSING_CONDITIONS,
  HOUSING_TYPES,
  OWNERSHIP_KINDS,
  UTILITIES,
  type ConclusionKind,
  type InspectionAct,
} from '@shared/commission/act';
import { membersOn } from '@shared/commission/commission';
import { INCOME_CATEGORIES } from '@shared/commission/income';
import { ADOPTION_REFUSAL_NAMES, INCOME_CATEGORY_NAMES, INCOME_PROBLEM_NAMES, QUORUM_FAILURE_NAMES } from '@shared/i18n/commission';
import {
  CONCLUSION_NAMES,
  CONDITION_NAMES,
  HOUSING_TYPE_NAMES,
  OWNERSHIP_NAMES,
  SUPERSEDE_PROBLEM_NAMES,
  UTILITY_NAMES,
} from '@shared/i18n/commission-act';
import { incomeMonths } from '@shared/commission/act';
import { printedAmount, printedDate, printedMoment } from '@shared/forms/input';
import type { CaseState } from '@shared/case';
import { db } from '@renderer/db/database';
import { useSession } from '@renderer/app/session';
import { writeContextOf } from '@renderer/app/write-context';
import { loadCase } from '@renderer/db/case-store';
import { localDate, localMoment } from '@renderer/db/clock';
import { findCatalogEntry } from '@renderer/catalog/catalog';
import { newestThresholds } from '@renderer/catalog/published';
import { actFormFor, checkActForm, familyFromCase, type ActForm, type ActProblems } from './act-form';
import { actsOf, ActRefused, AdoptionRefused, adoptConclusion, recordAct, type AdoptionProblem } from './store';
import type { CommissionRow, SessionRow } from './tables';
import { useCommissionText } from './text';
import { printAct, printConclusion } from './print';
import { GridHead, InputCell, RemoveRowCell, SelectField, TextArea } from './ui';
import { Check, Field } from '@renderer/ui/Field';
import { writeErrorText } from '@renderer/ui/problems';
import { PrintButtons } from '@renderer/print/PrintButtons';
import { useCommission } from './CommissionScreen';
import './commission.css';

type Api = ReturnType<typeof useCommissionText>;

const printedMonth = (m: string) => `${m.slice(5, 7)}.${m.slice(0, 4)}`;
const serviceSlug = (state: CaseState) => findCatalogEntry(state.entryId)?.service ?? state.entryId;
const applicationDate = (state: CaseState) => state.events[0].at.slice(0, 10);

export function CommissionCaseScreen({ caseId }: { caseId: string }) {
  const i18n = useCommissionText();
  const { ct, t, pick } = i18n;
  const { settings } = useSession();
  const commission = useCommission();
  const now = localMoment();
  const state = useQuery({ queryKey: ['cases', 'case', caseId], queryFn: async () => (await loadCase(db, caseId, now)) ?? null });
  const [superseding, setSuperseding] = useState(false);

  if (state.isLoading || commission.isLoading) return <div className="screen">{t('loading')}</div>;
  const c = state.data;
  if (!c?.registered) return <div className="screen">{t('caseNotFound')}</div>;
  if (!commission.data) return <div className="screen banner warn">{ct('sendNoCommission')}</div>;
  const acts = actsOf(c);
  const current = acts.at(-1);
  const step = c.steps.find((s) => s.milestone === 'commissionConclusion');
  const a = c.registered.applicant;
  const entry = findCatalogEntry(c.entryId);

  return (
    <div className="screen commission" data-testid="commission-case">
      <h1>{ct('caseHeading', { number: c.number })}</h1>
      <dl className="facts">
        <dt>{ct('colApplicant')}</dt>
        <dd>
          {[a.surname, a.name, a.patronymic].filter(Boolean).join(' ')} <span className="mono">{a.iin}</span>
        </dd>
        <dt>{ct('colService')}</dt>
        <dd>{entry ? pick(entry.title) : c.entryId}</dd>
        {step && (
          <>
            <dt>{ct('colDue')}</dt>
            <dd className={step.overdue ? 'overdue' : undefined}>
              {printedMoment(step.due)}
              {step.overdue ? ` (${ct('overdue')})` : ''}
            </dd>
          </>
        )}
        <dt>
          <a href={`#/case/${c.caseId}`}>{ct('open')}</a>
        </dt>
        <dd />
      </dl>

      <section>
        <h2>{ct('acts')}</h2>
        {acts.length === 0 && <p className="empty">{ct('actsNone')}</p>}
        {acts.map((act) => (
          <div key={act.actId} className={`act-card${act === current ? '' : ' superseded'}`} data-testid={`act-${act.actId}`}>
            <strong>{ct('actLine', { id: act.actId, date: printedDate(act.date) })}</strong> —{' '}
            {act === current ? ct('actInForce') : ct('actSuperseded')}
            {act.supersedes && <div>{ct('actSupersedes', { id: act.supersedes, reason: act.reason ?? '' })}</div>}
            <IncomeBox act={act} state={c} i18n={i18n} />
            <PrintButtons
              form="commissionAct"
              testId={`print-act-${act.actId.replace('/', '-')}`}
              title={`${ct('printAct')} ${act.actId}`}
              fileName={`act-${act.actId.replace('/', '-')}.pdf`}
              build={() => printAct(c, act, commission.data!, settings)}
              printLabel={ct('printAct')}
            />
          </div>
        ))}
        {c.status === 'atCommission' && (!current || superseding) && (
          <ActEditor
            key={current?.actId ?? 'first'}
            state={c}
            commission={commission.data}
            previous={current}
            onDone={() => setSuperseding(false)}
          />
        )}
        {c.status === 'atCommission' && current && !superseding && (
          <button type="button" onClick={() => setSuperseding(true)} data-testid="act-supersede">
            {ct('supersedeAct')}
          </button>
        )}
        {c.status === 'commissionConcluded' && <p className="banner subtle">{ct('actLocked')}</p>}
        {c.status !== 'atCommission' && c.status !== 'commissionConcluded' && acts.length === 0 && (
          <p className="banner warn">{ct('actNotAtCommission')}</p>
        )}
      </section>

      <section>
        <h2>{ct('conclusion')}</h2>
        {c.conclusion ? (
          <AdoptedConclusion state={c} commission={commission.data} />
        ) : current && c.status === 'atCommission' ? (
          <ConclusionForm state={c} commission={commission.data} act={current} />
        ) : null}
      </section>
    </div>
  );
}

function IncomeBox({ act, state, i18n }: { act: Pick<InspectionAct, 'family' | 'months' | 'incomes'>; state: CaseState; i18n: Api }) {
  const { ct, lang } = i18n;
  const assessed = assessIncome(act, serviceSlug(state), applicationDate(state), newestThresholds());
  return (
    <div className="income-box" data-testid="income">
      <strong>{ct('incomeTitle')}</strong>
      {!assessed.ok ? (
        <p className="msg error">{ct('incomeProblem', { problem: INCOME_PROBLEM_NAMES[assessed.problem.code][lang] })}</p>
      ) : (
        <>
          <p>{ct('incomeTotal', { total: printedAmount(assessed.result.total) })}</p>
          <p>
            {ct('incomeMonthly', {
              total: printedAmount(assessed.result.total),
              months: assessed.result.monthCount,
              monthly: printedAmount(assessed.result.monthlyFamilyIncome),
            })}
          </p>
          <p className="strong" data-testid="per-capita">
            {ct('incomePerCapita', {
              monthly: printedAmount(assessed.result.monthlyFamilyIncome),
              size: assessed.result.familySize,
              perCapita: printedAmount(assessed.result.perCapita),
            })}
          </p>
          {assessed.threshold ? (
            <>
              <p>{ct('threshold', { basis: assessed.threshold.row.basis[lang], amount: printedAmount(assessed.threshold.amount) })}</p>
              <p className="strong">
                {assessed.below
                  ? ct('below', { difference: printedAmount(assessed.difference!) })
                  : ct('notBelow', { difference: printedAmount(Math.abs(assessed.difference!)) })}
              </p>
            </>
          ) : (
            <p className="strong" data-testid="no-threshold">
              {ct('noThreshold', { date: printedDate(applicationDate(state)) })}
            </p>
          )}
        </>
      )}
    </div>
  );
}

const draftId = (caseId: string) => `commission-act:${caseId}`;

function ActEditor({
  state,
  commission,
  previous,
  onDone,
}: {
  state: CaseState;
  commission: CommissionRow;
  previous?: InspectionAct;
  onDone(): void;
}) {
  const i18n = useCommissionText();
  const { ct, lang } = i18n;
  const session = useSession();
  const queryClient = useQueryClient();
  const months = incomeMonths(serviceSlug(state), applicationDate(state), newestThresholds());
  const [form, setForm] = useState<ActForm>(() => actFormFor(state, localDate(), previous));
  const [photos, setPhotos] = useState<(File & { name: string })[]>([]);
  const [problems, setProblems] = useState<ActProblems>({});
  const [tried, setTried] = useState(false);
  const [outcome, setOutcome] = useState<{ saved: string } | { failure: unknown } | null>(null);
  const loaded = useRef(false);
  const members = membersOn(commission, form.date || localDate());

  // The half-filled act is kept as it is typed, so leaving the screen loses nothing.
  useEffect(() => {
    void db.drafts.get(draftId(state.caseId)).then((row) => {
      const data = row?.data as { form?: ActForm; supersedes?: string } | undefined;
      if (data?.form && data.supersedes === previous?.actId) setForm(data.form);
      loaded.current = true;
    });
  }, [state.caseId, previous?.actId]);
  useEffect(() => {
    if (!loaded.current) return;
    const timer = setTimeout(
      () =>
        void db.drafts.put({
          id: draftId(state.caseId),
          userId: session.user.id,
          updatedAt: new Date().toISOString(),
          data: { form, supersedes: previous?.actId },
        }),
      300,
    );
    return () => clearTimeout(timer);
  }, [form, state.caseId, session.user.id, previous?.actId]);

  const ctx = { commissionId: commission.id, members, caseFamily: familyFromCase(state), months, superseding: !!previous };
  useEffect(() => {
    if (tried) setProblems(checkActForm(form, ctx).problems);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [form, tried]);
  const err = (field: string) => (problems[field] ? ct(problems[field]) : null);
  const set = (patch: Partial<ActForm>) => setForm({ ...form, ...patch });
  const setFamily = (i: number, patch: Partial<ActForm['family'][number]>) =>
    set({ family: form.family.map((m, j) => (j === i ? { ...m, ...patch } : m)) });
  const setIncome = (i: number, patch: Partial<ActForm['incomes'][number]>) =>
    set({ incomes: form.incomes.map((r, j) => (j === i ? { ...r, ...patch } : r)) });

  async function submit() {
    setTried(true);
    const checked = checkActForm(form, ctx);
    setProblems(checked.problems);
    if (!checked.fields) return setOutcome(null);
    try {
      const saved = await recordAct(writeContextOf(session), state.caseId, checked.fields, {
        photos,
        supersedes: previous?.actId,
        reason: previous ? form.supersedeReason : undefined,
      });
      await db.drafts.delete(draftId(state.caseId));
      setOutcome({ saved: actsOf(saved).at(-1)!.actId });
      await queryClient.invalidateQueries({ queryKey: ['cases'] });
      onDone();
    } catch (error) {
      setOutcome({ failure: error });
    }
  }

  function failureText(error: unknown): string {
    if (error instanceof ActRefused) {
      const p = error.problem;
      if ('photo' in p)
        return ct(p.photo === 'notImage' || p.photo === 'type' ? 'photoNotImage' : p.photo === 'empty' ? 'photoEmpty' : 'photoTooLarge', {
          name: p.name,
        });
      if ('supersede' in p) return SUPERSEDE_PROBLEM_NAMES[p.supersede][lang];
      return ct('actFieldInvalid', { field: p.field });
    }
    return writeErrorText(error, i18n);
  }

  return (
    <form className="act-editor" onSubmit={(e) => (e.preventDefault(), void submit())} noValidate data-testid="act-form">
      <h3>{previous ? ct('supersedeAct') : ct('newAct')}</h3>
      {previous && (
        <TextArea
          label={ct('supersedeReason')}
          value={form.supersedeReason}
          onChange={(supersedeReason) => set({ supersedeReason })}
          error={err('supersedeReason')}
          testId="act-supersede-reason"
        />
      )}
      <div className="row">
        <Field
          label={ct('actDate')}
          type="date"
          value={form.date}
          onChange={(date) => set({ date })}
          error={err('date')}
          data-testid="act-date"
        />
        <Field
          label={ct('address')}
          value={form.address}
          onChange={(address) => set({ address })}
          error={err('address')}
          data-testid="act-address"
        />
      </div>
      <fieldset>
        <legend>{ct('visitedBy')}</legend>
        <div className="checks">
          {members.map((m) => (
            <Check
              key={m.id}
              label={m.fullName}
              checked={form.visitedBy.includes(m.id)}
              onChange={(on) => set({ visitedBy: on ? [...form.visitedBy, m.id] : form.visitedBy.filter((id) => id !== m.id) })}
              testId={`visited-${m.fullName}`}
            />
          ))}
        </div>
        {err('visitedBy') && <div className="msg error">{err('visitedBy')}</div>}
      </fieldset>

      <fieldset>
        <legend>{ct('family')}</legend>
        <p className="muted">{ct('familyHint')}</p>
        <table className="grid" data-testid="act-family">
          <GridHead labels={[ct('famIin'), ct('famName'), ct('famRelation'), '']} />
          <tbody>
            {form.family.map((m, i) => (
              <tr key={i}>
                <InputCell
                  label={ct('famIin')}
                  value={m.iin}
                  onChange={(iin) => setFamily(i, { iin })}
                  testId={`family-${i}-iin`}
                  error={err(`family.${i}.iin`)}
                />
                <InputCell
                  label={ct('famName')}
                  value={m.fullName}
                  onChange={(fullName) => setFamily(i, { fullName })}
                  testId={`family-${i}-name`}
                  error={err(`family.${i}.fullName`)}
                />
                <InputCell
                  label={ct('famRelation')}
                  value={m.relation}
                  onChange={(relation) => setFamily(i, { relation })}
                  testId={`family-${i}-relation`}
                  error={err(`family.${i}.relation`)}
                />
                <RemoveRowCell onRemove={() => set({ family: form.family.filter((_, j) => j !== i) })} />
              </tr>
            ))}
          </tbody>
        </table>
        <button
          type="button"
          onClick={() => set({ family: [...form.family, { iin: '', fullName: '', relation: '' }] })}
          data-testid="family-add"
        >
          {ct('addFamilyMember')}
        </button>
        <TextArea
          label={ct('familyReason')}
          value={form.familyChangeReason}
          onChange={(familyChangeReason) => set({ familyChangeReason })}
          error={err('familyChangeReason')}
          testId="family-reason"
        />
      </fieldset>

      <fieldset>
        <legend>{ct('housing')}</legend>
        <div className="row">
          <SelectField
            label={ct('housingType')}
            value={form.housingType}
            options={HOUSING_TYPES.map((k) => [k, HOUSING_TYPE_NAMES[k][lang]])}
            onChange={(housingType) => set({ housingType })}
            testId="housing-type"
          />
          <SelectField
            label={ct('ownership')}
            value={form.ownership}
            options={OWNERSHIP_KINDS.map((k) => [k, OWNERSHIP_NAMES[k][lang]])}
            onChange={(ownership) => set({ ownership })}
            testId="ownership"
          />
          <Field
            label={ct('rooms')}
            value={form.rooms}
            onChange={(rooms) => set({ rooms })}
            error={err('rooms')}
            inputMode="numeric"
            data-testid="rooms"
          />
          <Field
            label={ct('area')}
            value={form.area}
            onChange={(area) => set({ area })}
            error={err('area')}
            inputMode="decimal"
            data-testid="area"
          />
          <SelectField
            label={ct('condition')}
            value={form.condition}
            options={HOUSING_CONDITIONS.map((k) => [k, CONDITION_NAMES[k][lang]])}
            onChange={(condition) => set({ condition })}
            testId="condition"
          />
        </div>
        <div className="checks">
          <span className="muted">{ct('utilities')}:</span>
          {UTILITIES.map((u) => (
            <Check
              key={u}
              label={UTILITY_NAMES[u][lang]}
              checked={form.utilities.includes(u)}
              onChange={(on) => set({ utilities: on ? [...form.utilities, u] : form.utilities.filter((x) => x !== u) })}
              testId={`utility-${u}`}
            />
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend>{ct('property')}</legend>
        <div className="row">
          <Field label={ct('landPlot')} value={form.landPlot} onChange={(landPlot) => set({ landPlot })} data-testid="land" />
          <Field label={ct('livestock')} value={form.livestock} onChange={(livestock) => set({ livestock })} data-testid="livestock" />
          <Field label={ct('vehicles')} value={form.vehicles} onChange={(vehicles) => set({ vehicles })} data-testid="vehicles" />
          <Field
            label={ct('otherProperty')}
            value={form.otherProperty}
            onChange={(otherProperty) => set({ otherProperty })}
            data-testid="other-property"
          />
        </div>
      </fieldset>

      <fieldset>
        <legend>{ct('incomes')}</legend>
        <p className="muted">{ct('incomesHint', { from: printedMonth(months[0]), to: printedMonth(months[months.length - 1]) })}</p>
        <table className="grid" data-testid="act-incomes">
          <GridHead labels={[ct('incomeMember'), ct('incomeCategory'), ...months.map((m) => printedMonth(m)), '']} />
          <tbody>
            {form.incomes.map((row, i) => (
              <tr key={i}>
                <td>
                  <select
                    aria-label={ct('incomeMember')}
                    value={row.memberIin}
                    onChange={(e) => setIncome(i, { memberIin: e.target.value })}
                    data-testid={`income-${i}-member`}
                  >
                    {form.family.map((m) => (
                      <option key={m.iin} value={m.iin.trim()}>
                        {m.fullName || m.iin}
                      </option>
                    ))}
                  </select>
                  {err(`incomes.${i}.member`) && <div className="cell-error">{err(`incomes.${i}.member`)}</div>}
                </td>
                <td>
                  <select
                    aria-label={ct('incomeCategory')}
                    value={row.category}
                    onChange={(e) => setIncome(i, { category: e.target.value as (typeof INCOME_CATEGORIES)[number] })}
                    data-testid={`income-${i}-category`}
                  >
                    {INCOME_CATEGORIES.map((k) => (
                      <option key={k} value={k}>
                        {INCOME_CATEGORY_NAMES[k][lang]}
                      </option>
                    ))}
                  </select>
                </td>
                {months.map((m) => (
                  <InputCell
                    key={m}
                    className="num"
                    label={printedMonth(m)}
                    value={row.amounts[m] ?? ''}
                    onChange={(amount) => setIncome(i, { amounts: { ...row.amounts, [m]: amount } })}
                    inputMode="decimal"
                    testId={`income-${i}-${m}`}
                    error={err(`incomes.${i}.${m}`)}
                  />
                ))}
                <RemoveRowCell onRemove={() => set({ incomes: form.incomes.filter((_, j) => j !== i) })} />
              </tr>
            ))}
          </tbody>
        </table>
        <button
          type="button"
          onClick={() =>
            set({ incomes: [...form.incomes, { memberIin: form.family[0]?.iin.trim() ?? '', category: 'wages', amounts: {} }] })
          }
          data-testid="income-add"
        >
          {ct('addIncomeRow')}
        </button>
        <LiveIncome form={form} state={state} months={months} i18n={i18n} />
      </fieldset>

      <TextArea label={ct('notes')} value={form.notes} onChange={(notes) => set({ notes })} testId="act-notes" />
      <div className="field">
        <label className="file-button">
          {ct('photos')}
          <input
            type="file"
            multiple
            accept="image/jpeg,image/png"
            onChange={(e) => setPhotos(Array.from(e.target.files ?? []))}
            data-testid="act-photos"
          />
        </label>
        {photos.length > 0 && <div className="msg hint">{ct('photosChosen', { names: photos.map((p) => p.name).join(', ') })}</div>}
      </div>
      <div className="actions">
        <button type="submit" className="primary" data-testid="act-save">
          {ct('saveAct')}
        </button>
      </div>
      {tried && Object.keys(problems).length > 0 && (
        <div className="banner error" data-testid="act-problems">
          {ct('fixErrors')}
        </div>
      )}
      {outcome && (
        <div className={`banner ${'saved' in outcome ? 'ok' : 'error'}`} data-testid="act-message">
          {'saved' in outcome ? ct('actSaved', { id: outcome.saved }) : failureText(outcome.failure)}
        </div>
      )}
    </form>
  );
}

/** The income as typed so far, when it can be computed. */
function LiveIncome({ form, state, months, i18n }: { form: ActForm; state: CaseState; months: string[]; i18n: Api }) {
  const checked = checkActForm(form, { commissionId: 'x', members: [], caseFamily: form.family, months, superseding: false });
  const lines = form.incomes.flatMap((row) =>
    months.map((month) => ({
      memberIin: row.memberIin,
      category: row.category,
      month,
      amount: Number((row.amounts[month] ?? '').replace(/[\s\u00a0]/g, '').replace(',', '.')) || 0,
    })),
  );
  const bad = Object.keys(checked.problems).some((k) => k.startsWith('incomes.') || k.startsWith('family.'));
  if (bad || form.family.length === 0) return null;
  return (
    <IncomeBox
      act={{ family: form.family.map((m) => ({ ...m, iin: m.iin.trim() })), months, incomes: lines.filter((l) => l.amount > 0) }}
      state={state}
      i18n={i18n}
    />
  );
}

function AdoptedConclusion({ state, commission }: { state: CaseState; commission: CommissionRow }) {
  const { ct, pick } = useCommissionText();
  const { settings } = useSession();
  const c = state.conclusion as unknown as { conclusion: ConclusionKind; reasons: string; sessionId?: string; sessionDate?: string };
  const session = useQuery({
    queryKey: ['commission', 'session', c.sessionId],
    queryFn: async () => (c.sessionId ? ((await db.commissionSessions.get(c.sessionId)) ?? null) : null),
  });
  return (
    <div className="act-card" data-testid="conclusion-adopted">
      <strong>{pick(CONCLUSION_NAMES[c.conclusion])}</strong>
      <p>{c.reasons}</p>
      {c.sessionDate && <p className="muted">{ct('conclusionAdoptedAt', { date: printedDate(c.sessionDate) })}</p>}
      {session.data && (
        <PrintButtons
          form="conclusion"
          testId="print-conclusion"
          title={`${ct('printConclusion')} ${state.number}`}
          fileName={`conclusion-${state.number}.pdf`}
          printLabel={ct('printConclusion')}
          build={() => printConclusion(state, commission, session.data!, settings)}
        />
      )}
    </div>
  );
}

type Vote = 'agree' | 'dissent' | 'none';

function ConclusionForm({ state, commission, act }: { state: CaseState; commission: CommissionRow; act: InspectionAct }) {
  const i18n = useCommissionText();
  const { ct, lang } = i18n;
  const session = useSession();
  const queryClient = useQueryClient();
  const sessions = useQuery({
    queryKey: ['commission', 'sessions-of', state.caseId],
    queryFn: async () =>
      (await db.commissionSessions.where('commissionId').equals(commission.id).toArray())
        .filter((s) => s.caseIds.includes(state.caseId))
        .sort((a, b) => b.number - a.number),
  });
  const [sessionId, setSessionId] = useState('');
  const choices = conclusionChoices(state.registered?.branch);
  const [kind, setKind] = useState<ConclusionKind>(choices[0]);
  const [reasons, setReasons] = useState('');
  const [votes, setVotes] = useState<Record<string, Vote>>({});
  const [opinions, setOpinions] = useState<Record<string, string>>({});
  const [adoptedBy, setAdoptedBy] = useState('');
  const [outcome, setOutcome] = useState<{ refusal: AdoptionProblem } | { failure: unknown } | null>(null);

  if (!sessions.data) return null;
  if (sessions.data.length === 0)
    return (
      <p className="banner warn" data-testid="conclusion-no-session">
        {ct('conclusionNoSession')}
      </p>
    );
  const chosen: SessionRow = sessions.data.find((s) => s.id === sessionId) ?? sessions.data[0];
  const present = membersOn(commission, chosen.date).filter((m) => chosen.presentIds.includes(m.id));
  const recorder = adoptedBy || present.find((m) => m.role === 'secretary')?.id || present[0]?.id || '';
  const names = new Map(commission.members.map((m) => [m.id, m.fullName]));
  const perCapita = (() => {
    const assessed = assessIncome(act, serviceSlug(state), applicationDate(state), newestThresholds());
    return assessed.ok ? assessed.result.perCapita : undefined;
  })();

  async function adopt() {
    const signatures = present
      .filter((m) => (votes[m.id] ?? 'none') !== 'none')
      .map((m) => ({ memberId: m.id, vote: votes[m.id] as 'agree' | 'dissent', opinion: opinions[m.id] }));
    try {
      await adoptConclusion(writeContextOf(session), {
        caseId: state.caseId,
        commission,
        session: chosen,
        conclusion: kind,
        reasons,
        adoptedBy: recorder,
        signatures,
        perCapita,
      });
      setOutcome(null);
      await queryClient.invalidateQueries({ queryKey: ['cases'] });
    } catch (error) {
      setOutcome(error instanceof AdoptionRefused ? { refusal: error.refusal } : { failure: error });
    }
  }

  function refusalText(r: AdoptionProblem): string {
    if (r.reason === 'notOnAgenda' || r.reason === 'noReasons') return ct('refused', { reason: ct(r.reason) });
    const base = ADOPTION_REFUSAL_NAMES[r.reason][lang];
    if (r.reason === 'noQuorum') return ct('refused', { reason: `${base}: ${QUORUM_FAILURE_NAMES[r.quorum.reason][lang]}` });
    if (r.reason === 'unsigned')
      return `${ct('refused', { reason: base })} ${ct('refusedUnsigned', { names: r.who.map((id) => names.get(id) ?? id).join(', ') })}`;
    if (r.reason === 'notMember' || r.reason === 'dissentWithoutOpinion')
      return ct('refused', { reason: `${base} (${names.get(r.who) ?? r.who})` });
    return ct('refused', { reason: base });
  }

  return (
    <form onSubmit={(e) => (e.preventDefault(), void adopt())} noValidate data-testid="conclusion-form">
      <SelectField
        label={ct('conclusionSession')}
        value={chosen.id}
        options={sessions.data.map((s) => [s.id, ct('sessionLine', { number: s.number, date: printedDate(s.date), place: s.place })])}
        onChange={setSessionId}
        testId="conclusion-session"
      />
      <SelectField
        label={ct('conclusionKind')}
        value={kind}
        options={choices.map((k) => [k, CONCLUSION_NAMES[k][lang]])}
        onChange={(k) => setKind(k as ConclusionKind)}
        testId="conclusion-kind"
      />
      <TextArea label={ct('reasons')} value={reasons} onChange={setReasons} testId="conclusion-reasons" />
      <h3>{ct('votes')}</h3>
      <table className="grid" data-testid="votes">
        <tbody>
          {present.map((m) => (
            <tr key={m.id}>
              <td>{m.fullName}</td>
              <td>
                <select
                  aria-label={m.fullName}
                  value={votes[m.id] ?? 'none'}
                  onChange={(e) => setVotes({ ...votes, [m.id]: e.target.value as Vote })}
                  data-testid={`vote-${m.fullName}`}
                >
                  <option value="none">{ct('voteNone')}</option>
                  <option value="agree">{ct('voteAgree')}</option>
                  <option value="dissent">{ct('voteDissent')}</option>
                </select>
              </td>
              <td>
                {votes[m.id] === 'dissent' && (
                  <textarea
                    aria-label={ct('opinion')}
                    placeholder={ct('opinion')}
                    value={opinions[m.id] ?? ''}
                    onChange={(e) => setOpinions({ ...opinions, [m.id]: e.target.value })}
                    data-testid={`opinion-${m.fullName}`}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <SelectField
        label={ct('adoptedBy')}
        value={recorder}
        options={present.map((m) => [m.id, m.fullName])}
        onChange={setAdoptedBy}
        testId="adopted-by"
      />
      <div className="actions">
        <button type="submit" className="primary" data-testid="adopt">
          {ct('adopt')}
        </button>
      </div>
      {outcome && (
        <div className="banner error" role="alert" data-testid="adopt-message">
          {'refusal' in outcome ? refusalText(outcome.refusal) : writeErrorText(outcome.failure, i18n)}
        </div>
      )}
    </form>
  );
}
