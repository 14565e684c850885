// The precinct commission: created by the akim's decision, its composition with
// history, the cases it holds with their due dates, and its sessions.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { MEMBER_ROLE_NAMES } from '@shared/i18n/commission';
import { MemberRole, membersOn, type CommissionMember } from '@shared/commission/commission';
import { isIsoDate } from '@shared/calendar/dates';
import { printedDate, printedMoment } from '@shared/forms/input';
import { db } from '@renderer/db/database';
import { useSession } from '@renderer/app/session';
import { navigate } from '@renderer/app/router';
import { localDate, localMoment } from '@renderer/db/clock';
import { loadCase } from '@renderer/db/case-store';
import { findCatalogEntry } from '@renderer/catalog/catalog';
import {
  addMember,
  createCommission,
  createSession,
  currentCommission,
  endMembership,
  InvalidCommission,
  listSessions,
  type MemberInput,
} from './store';
import type { CommissionRow } from './tables';
import { useCommissionText } from './text';
import { GridHead, InputCell, RemoveRowCell, SelectField } from './ui';
import { Field } from '@renderer/ui/Field';
import { writeErrorText } from '@renderer/ui/problems';
import './commission.css';

export const commissionQueryKey = (officeCode: string) => ['commission', officeCode];

export function useCommission() {
  const { settings } = useSession();
  return useQuery({
    queryKey: commissionQueryKey(settings.officeCode),
    queryFn: async () => (await currentCommission(db, settings.officeCode)) ?? null,
  });
}

export function CommissionScreen() {
  const { ct, t } = useCommissionText();
  const commission = useCommission();
  if (commission.isLoading) return <div className="screen">{t('loading')}</div>;
  if (!commission.data) return <CreateCommission />;
  return (
    <div className="screen commission" data-testid="commission-screen">
      <h1>{ct('title')}</h1>
      <p className="muted">
        {ct('decision', { number: commission.data.decision.number, date: printedDate(commission.data.decision.date) })}
      </p>
      <Composition commission={commission.data} />
      <CasesAtCommission />
      <Sessions commission={commission.data} />
    </div>
  );
}

const ROLES = MemberRole.options;

function useFailureText() {
  const i18n = useCommissionText();
  return (error: unknown) =>
    error instanceof InvalidCommission ? i18n.ct('invalidCommission', { field: error.field }) : writeErrorText(error, i18n);
}

function CreateCommission() {
  const { ct, lang } = useCommissionText();
  const { settings, user } = useSession();
  const queryClient = useQueryClient();
  const failureText = useFailureText();
  const [number, setNumber] = useState('');
  const [date, setDate] = useState('');
  const blank = (): MemberInput => ({ fullName: '', position: '', role: 'member', from: '' });
  const [members, setMembers] = useState<MemberInput[]>([{ ...blank(), role: 'chair' }, { ...blank(), role: 'secretary' }, blank()]);
  const [tried, setTried] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  const need = (v: string) => (tried && !v.trim() ? ct('required') : null);
  const dateError = tried && !isIsoDate(date) ? ct('badDate') : null;
  const hasChair = members.some((m) => m.role === 'chair');
  const update = (i: number, patch: Partial<MemberInput>) => setMembers(members.map((m, j) => (j === i ? { ...m, ...patch } : m)));

  async function submit() {
    setTried(true);
    const bad =
      !number.trim() ||
      !isIsoDate(date) ||
      !hasChair ||
      members.some((m) => !m.fullName.trim() || !m.position.trim() || (m.from && !isIsoDate(m.from)));
    if (bad) return;
    try {
      await createCommission(
        db,
        { officeCode: settings.officeCode, decision: { number, date }, members: members.map((m) => ({ ...m, from: m.from || date })) },
        { name: user.name, at: localMoment() },
      );
      await queryClient.invalidateQueries({ queryKey: ['commission'] });
    } catch (error) {
      setFailure(error);
    }
  }

  return (
    <div className="screen commission" data-testid="commission-create">
      <h1>{ct('createTitle')}</h1>
      <p className="muted">{ct('createIntro')}</p>
      <form onSubmit={(e) => (e.preventDefault(), void submit())} noValidate>
        <div className="row">
          <Field label={ct('decisionNumber')} value={number} onChange={setNumber} error={need(number)} data-testid="decision-number" />
          <Field label={ct('decisionDate')} type="date" value={date} onChange={setDate} error={dateError} data-testid="decision-date" />
        </div>
        <table className="grid">
          <GridHead labels={[ct('memberName'), ct('memberPosition'), ct('memberRole'), ct('memberFrom'), '']} />
          <tbody>
            {members.map((m, i) => (
              <tr key={i}>
                <InputCell
                  label={ct('memberName')}
                  value={m.fullName}
                  onChange={(fullName) => update(i, { fullName })}
                  testId={`member-${i}-name`}
                  error={need(m.fullName)}
                />
                <InputCell
                  label={ct('memberPosition')}
                  value={m.position}
                  onChange={(position) => update(i, { position })}
                  testId={`member-${i}-position`}
                  error={need(m.position)}
                />
                <td>
                  <select
                    aria-label={ct('memberRole')}
                    value={m.role}
                    onChange={(e) => update(i, { role: e.target.value as MemberRole })}
                    data-testid={`member-${i}-role`}
                  >
                    {ROLES.map((r) => (
                      <option key={r} value={r}>
                        {MEMBER_ROLE_NAMES[r][lang]}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input type="date" aria-label={ct('memberFrom')} value={m.from} onChange={(e) => update(i, { from: e.target.value })} />
                </td>
                <RemoveRowCell onRemove={() => setMembers(members.filter((_, j) => j !== i))} disabled={members.length === 1} />
              </tr>
            ))}
          </tbody>
        </table>
        {tried && !hasChair && <div className="msg error">{ct('needChair')}</div>}
        <div className="actions">
          <button type="button" onClick={() => setMembers([...members, blank()])} data-testid="member-add-row">
            {ct('addMemberRow')}
          </button>
          <button type="submit" className="primary" data-testid="commission-create-submit">
            {ct('createCommission')}
          </button>
        </div>
        {failure !== null && <div className="banner error">{failureText(failure)}</div>}
      </form>
    </div>
  );
}

function Composition({ commission }: { commission: CommissionRow }) {
  const { ct, lang } = useCommissionText();
  const queryClient = useQueryClient();
  const failureText = useFailureText();
  const today = localDate();
  const current = membersOn(commission, today);
  const past = commission.members.filter((m) => !current.includes(m));
  const [ending, setEnding] = useState<Record<string, string>>({});
  const [adding, setAdding] = useState<MemberInput>({ fullName: '', position: '', role: 'member', from: today });
  const [tried, setTried] = useState(false);
  const [message, setMessage] = useState<{ ok: string } | { failure: unknown } | { error: string } | null>(null);

  const refresh = () => queryClient.invalidateQueries({ queryKey: ['commission'] });
  async function end(m: CommissionMember) {
    const to = ending[m.id] ?? today;
    if (!isIsoDate(to)) return setMessage({ error: ct('badDate') });
    if (to < m.from) return setMessage({ error: ct('endBefore') });
    try {
      await endMembership(db, commission.id, m.id, to);
      setMessage({ ok: ct('memberEnded', { name: m.fullName }) });
      await refresh();
    } catch (error) {
      setMessage({ failure: error });
    }
  }
  async function add() {
    setTried(true);
    if (!adding.fullName.trim() || !adding.position.trim() || !isIsoDate(adding.from)) return;
    try {
      await addMember(db, commission.id, adding);
      setMessage({ ok: ct('memberAdded', { name: adding.fullName.trim() }) });
      setAdding({ fullName: '', position: '', role: 'member', from: today });
      setTried(false);
      await refresh();
    } catch (error) {
      setMessage({ failure: error });
    }
  }
  const need = (v: string) => (tried && !v.trim() ? ct('required') : null);

  return (
    <section>
      <h2>{ct('members')}</h2>
      <table className="grid" data-testid="members">
        <GridHead labels={[ct('memberName'), ct('memberPosition'), ct('memberRole'), ct('memberFrom'), ct('endDate')]} />
        <tbody>
          {current.map((m) => (
            <tr key={m.id}>
              <td>{m.fullName}</td>
              <td>{m.position}</td>
              <td>{MEMBER_ROLE_NAMES[m.role][lang]}</td>
              <td className="mono">{printedDate(m.from)}</td>
              <td>
                <input
                  type="date"
                  aria-label={ct('endDate')}
                  value={ending[m.id] ?? today}
                  onChange={(e) => setEnding({ ...ending, [m.id]: e.target.value })}
                />{' '}
                <button type="button" onClick={() => void end(m)} data-testid={`end-${m.id}`}>
                  {ct('endMembership')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{ct('addMember')}</h3>
      <div className="row">
        <Field
          label={ct('memberName')}
          value={adding.fullName}
          onChange={(fullName) => setAdding({ ...adding, fullName })}
          error={need(adding.fullName)}
          data-testid="new-member-name"
        />
        <Field
          label={ct('memberPosition')}
          value={adding.position}
          onChange={(position) => setAdding({ ...adding, position })}
          error={need(adding.position)}
          data-testid="new-member-position"
        />
        <SelectField
          label={ct('memberRole')}
          value={adding.role}
          options={ROLES.map((r) => [r, MEMBER_ROLE_NAMES[r][lang]])}
          onChange={(role) => setAdding({ ...adding, role })}
        />
        <Field
          label={ct('memberFrom')}
          type="date"
          value={adding.from}
          onChange={(from) => setAdding({ ...adding, from })}
          error={tried && !isIsoDate(adding.from) ? ct('badDate') : null}
        />
      </div>
      <button type="button" onClick={() => void add()} data-testid="new-member-add">
        {ct('addMemberRow')}
      </button>
      {message && (
        <div className={`banner ${'ok' in message ? 'ok' : 'error'}`} data-testid="members-message">
          {'ok' in message ? message.ok : 'error' in message ? message.error : failureText(message.failure)}
        </div>
      )}
      <h3>{ct('history')}</h3>
      {past.length === 0 ? (
        <p className="empty">{ct('historyNone')}</p>
      ) : (
        <ul data-testid="members-history">
          {past.map((m) => (
            <li key={m.id}>
              {m.fullName} — {MEMBER_ROLE_NAMES[m.role][lang]}, {m.position}:{' '}
              {m.to ? ct('served', { from: printedDate(m.from), to: printedDate(m.to) }) : ct('serving', { from: printedDate(m.from) })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function CasesAtCommission() {
  const { ct, pick } = useCommissionText();
  const now = localMoment();
  const cases = useQuery({
    queryKey: ['cases', 'commission-list'],
    queryFn: async () => {
      const rows = await db.cases.where('status').anyOf('atCommission', 'commissionConcluded').toArray();
      const states = await Promise.all(rows.map((r) => loadCase(db, r.id, now)));
      return states.filter((s) => s !== undefined).sort((a, b) => (a.number < b.number ? -1 : 1));
    },
  });
  return (
    <section>
      <h2>{ct('casesTitle')}</h2>
      {cases.data?.length === 0 && <p className="empty">{ct('casesNone')}</p>}
      {!!cases.data?.length && (
        <table className="grid" data-testid="commission-cases">
          <GridHead labels={[ct('colCase'), ct('colApplicant'), ct('colService'), ct('colDue'), ct('colAct'), '']} />
          <tbody>
            {cases.data.map((c) => {
              const step = c.steps.find((s) => s.milestone === 'commissionConclusion');
              const act = c.inspections.at(-1);
              const a = c.registered?.applicant;
              const entry = findCatalogEntry(c.entryId);
              return (
                <tr key={c.caseId} className={step?.overdue ? 'overdue' : undefined}>
                  <td className="mono">{c.number}</td>
                  <td>{[a?.surname, a?.name, a?.patronymic].filter(Boolean).join(' ')}</td>
                  <td>{entry ? pick(entry.title) : c.entryId}</td>
                  <td className="mono">
                    {step ? printedMoment(step.due) : '—'}
                    {step?.overdue ? ` (${ct('overdue')})` : ''}
                  </td>
                  <td>{act ? ct('actYes', { id: act.actId }) : ct('actNo')}</td>
                  <td>
                    <a href={`#/commission/case/${c.caseId}`} data-testid={`commission-case-${c.number}`}>
                      {ct('openCommissionCase')}
                    </a>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Sessions({ commission }: { commission: CommissionRow }) {
  const { ct } = useCommissionText();
  const { user } = useSession();
  const failureText = useFailureText();
  const sessions = useQuery({ queryKey: ['commission', 'sessions', commission.id], queryFn: () => listSessions(db, commission.id) });
  const [date, setDate] = useState(localDate());
  const [place, setPlace] = useState('');
  const [tried, setTried] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  async function start() {
    setTried(true);
    if (!isIsoDate(date) || !place.trim()) return;
    try {
      const row = await createSession(
        db,
        { commissionId: commission.id, date, place, presentIds: [], caseIds: [] },
        { name: user.name, at: localMoment() },
      );
      navigate({ screen: 'commission', view: 'session', id: row.id });
    } catch (error) {
      setFailure(error);
    }
  }

  return (
    <section>
      <h2>{ct('sessions')}</h2>
      {sessions.data?.length === 0 && <p className="empty">{ct('sessionsNone')}</p>}
      <ul data-testid="sessions">
        {sessions.data?.map((s) => (
          <li key={s.id}>
            <a href={`#/commission/session/${s.id}`}>
              {ct('sessionLine', { number: s.number, date: printedDate(s.date), place: s.place })}
            </a>
          </li>
        ))}
      </ul>
      <h3>{ct('newSession')}</h3>
      <div className="row">
        <Field
          label={ct('sessionDate')}
          type="date"
          value={date}
          onChange={setDate}
          error={tried && !isIsoDate(date) ? ct('badDate') : null}
          data-testid="session-date"
        />
        <Field
          label={ct('sessionPlace')}
          value={place}
          onChange={setPlace}
          error={tried && !place.trim() ? ct('required') : null}
          data-testid="session-place"
        />
      </div>
      <button type="button" className="primary" onClick={() => void start()} data-testid="session-create">
        {ct('createSession')}
      </button>
      {failure !== null && <div className="banner error">{failureText(failure)}</div>}
    </section>
  );
}
