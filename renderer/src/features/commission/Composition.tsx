// The commission's composition: members serving today, adding one from a date,
// ending one's membership, and the history of those who served.
import { useState } from 'react';
import { MEMBER_ROLE_NAMES } from '@shared/i18n/commission';
import { MemberRole, membersOn, type CommissionMember } from '@shared/commission/commission';
import { isIsoDate } from '@shared/calendar/dates';
import { printedDate } from '@shared/forms/input';
import { localDate } from '@renderer/db/clock';
import { Field } from '@renderer/ui/Field';
import type { MemberInput } from './commands';
import type { CommissionRow } from './tables';
import { useCommissionText } from './text';
import { GridHead, SelectField } from './ui';
import { useCommissionCommands } from './use-commands';
import { useFailureText } from './useFailureText';

/** Who serves now (each can be ended on a date), a new member, and who served before. */
export function Composition({ commission }: { commission: CommissionRow }) {
  const { ct, lang } = useCommissionText();
  const commands = useCommissionCommands();
  const failureText = useFailureText();
  const today = localDate();
  const current = membersOn(commission, today);
  const past = commission.members.filter((m) => !current.includes(m));
  const [ending, setEnding] = useState<Record<string, string>>({});
  const [adding, setAdding] = useState<MemberInput>({ fullName: '', position: '', role: 'member', from: today });
  const [tried, setTried] = useState(false);
  const [message, setMessage] = useState<{ ok: string } | { failure: unknown } | { error: string } | null>(null);

  async function end(m: CommissionMember) {
    const to = ending[m.id] ?? today;
    if (!isIsoDate(to)) return setMessage({ error: ct('badDate') });
    if (to < m.from) return setMessage({ error: ct('endBefore') });
    try {
      await commands.endMembership(commission.id, m.id, to);
      setMessage({ ok: ct('memberEnded', { name: m.fullName }) });
    } catch (error) {
      setMessage({ failure: error });
    }
  }
  async function add() {
    setTried(true);
    if (!adding.fullName.trim() || !adding.position.trim() || !isIsoDate(adding.from)) return;
    try {
      await commands.addMember(commission.id, adding);
      setMessage({ ok: ct('memberAdded', { name: adding.fullName.trim() }) });
      setAdding({ fullName: '', position: '', role: 'member', from: today });
      setTried(false);
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
          options={MemberRole.options.map((r) => [r, MEMBER_ROLE_NAMES[r][lang]])}
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
