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
import { GridHead, SelectField } from './ui';
import { addMember, endMembership } from './commands';
import { useSignAs } from '@renderer/features/staff/sign-as';
import { useFailureText } from './useFailureText';
import { useLanguage } from '@renderer/i18n/language';
import { DateField, DateInput } from '@renderer/ui/DateField';

/** Who serves now (each can be ended on a date), a new member, and who served before. */
export function Composition({ commission }: { commission: CommissionRow }) {
  const { t, lang } = useLanguage();
  // Changes of composition follow the akim's decisions: the akim signs them (adding and ending alike).
  const signer = useSignAs('commissionMemberAdded');
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
    if (!isIsoDate(to)) return setMessage({ error: t('commission.badDate') });
    if (to < m.from) return setMessage({ error: t('commission.endBefore') });
    const signed = await signer.confirm();
    if (!signed) return;
    try {
      await endMembership(signed, commission.id, m.id, to);
      setMessage({ ok: t('commission.memberEnded', { name: m.fullName }) });
    } catch (error) {
      setMessage({ failure: error });
    }
  }
  async function add() {
    setTried(true);
    if (!adding.fullName.trim() || !adding.position.trim() || !isIsoDate(adding.from)) return;
    const signed = await signer.confirm();
    if (!signed) return;
    try {
      await addMember(signed, commission.id, adding);
      setMessage({ ok: t('commission.memberAdded', { name: adding.fullName.trim() }) });
      setAdding({ fullName: '', position: '', role: 'member', from: today });
      setTried(false);
    } catch (error) {
      setMessage({ failure: error });
    }
  }
  const need = (v: string) => (tried && !v.trim() ? t('common.required') : null);

  return (
    <section>
      <h2>{t('commission.members')}</h2>
      <table className="grid" data-testid="members">
        <GridHead
          labels={[
            t('commission.fullName'),
            t('common.position'),
            t('commission.memberRole'),
            t('commission.memberFrom'),
            t('commission.endDate'),
          ]}
        />
        <tbody>
          {current.map((m) => (
            <tr key={m.id}>
              <td>{m.fullName}</td>
              <td>{m.position}</td>
              <td>{MEMBER_ROLE_NAMES[m.role][lang]}</td>
              <td className="mono">{printedDate(m.from)}</td>
              <td>
                <DateInput
                  aria-label={t('commission.endDate')}
                  value={ending[m.id] ?? today}
                  onChange={(v) => setEnding({ ...ending, [m.id]: v })}
                />{' '}
                <button type="button" onClick={() => void end(m)} data-testid={`end-${m.id}`}>
                  {t('commission.endMembership')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {signer.fields}
      <h3>{t('commission.addMember')}</h3>
      <div className="row">
        <Field
          label={t('commission.fullName')}
          value={adding.fullName}
          onChange={(fullName) => setAdding({ ...adding, fullName })}
          error={need(adding.fullName)}
          data-testid="new-member-name"
        />
        <Field
          label={t('common.position')}
          value={adding.position}
          onChange={(position) => setAdding({ ...adding, position })}
          error={need(adding.position)}
          data-testid="new-member-position"
        />
        <SelectField
          label={t('commission.memberRole')}
          value={adding.role}
          options={MemberRole.options.map((r) => [r, MEMBER_ROLE_NAMES[r][lang]])}
          onChange={(role) => setAdding({ ...adding, role })}
        />
        <DateField
          label={t('commission.memberFrom')}
          value={adding.from}
          onChange={(from) => setAdding({ ...adding, from })}
          error={tried && !isIsoDate(adding.from) ? t('commission.badDate') : null}
        />
      </div>
      <button type="button" onClick={() => void add()} data-testid="new-member-add">
        {t('commission.addMemberRow')}
      </button>
      {message && (
        <div className={`banner ${'ok' in message ? 'ok' : 'error'}`} data-testid="members-message">
          {'ok' in message ? message.ok : 'error' in message ? message.error : failureText(message.failure)}
        </div>
      )}
      <h3>{t('commission.history')}</h3>
      {past.length === 0 ? (
        <p className="empty">{t('commission.historyNone')}</p>
      ) : (
        <ul data-testid="members-history">
          {past.map((m) => (
            <li key={m.id}>
              {m.fullName} — {MEMBER_ROLE_NAMES[m.role][lang]}, {m.position}:{' '}
              {m.to
                ? t('commission.served', { from: printedDate(m.from), to: printedDate(m.to) })
                : t('commission.serving', { from: printedDate(m.from) })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
