// Forming the commission: the akim's decision (number, date) and its members,
// at least one of them the chair.
import { useState } from 'react';
import { MEMBER_ROLE_NAMES } from '@shared/i18n/commission';
import { MemberRole } from '@shared/commission/commission';
import { isIsoDate } from '@shared/calendar/dates';
import { useSession } from '@renderer/app/session';
import { Field } from '@renderer/ui/Field';
import type { MemberInput } from './commands';
import { GridHead, InputCell, RemoveRowCell } from './ui';
import { createCommission } from './commands';
import { useSignAs } from '@renderer/features/staff/sign-as';
import { useFailureText } from './useFailureText';
import { useLanguage } from '@renderer/i18n/language';
import { DateField, DateInput } from '@renderer/ui/DateField';

/** The commission formed by the akim's decision, with its first members. */
export function CreateCommission() {
  const { t, lang } = useLanguage();
  const { settings } = useSession();
  // The akim's decision forms the commission: the akim signs it.
  const signer = useSignAs('commissionFormed');
  const failureText = useFailureText();
  const [number, setNumber] = useState('');
  const [date, setDate] = useState('');
  const blank = (): MemberInput => ({ fullName: '', position: '', role: 'member', from: '' });
  const [members, setMembers] = useState<MemberInput[]>([{ ...blank(), role: 'chair' }, { ...blank(), role: 'secretary' }, blank()]);
  const [tried, setTried] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  const need = (v: string) => (tried && !v.trim() ? t('common.required') : null);
  const dateError = tried && !isIsoDate(date) ? t('commission.badDate') : null;
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
    const signed = await signer.confirm();
    if (!signed) return;
    try {
      await createCommission(signed, {
        officeCode: settings.officeCode,
        decision: { number, date },
        members: members.map((m) => ({ ...m, from: m.from || date })),
      });
    } catch (error) {
      setFailure(error);
    }
  }

  return (
    <div className="screen commission" data-testid="commission-create">
      <h1>{t('commission.createTitle')}</h1>
      <p className="muted">{t('commission.createIntro')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        noValidate
      >
        <div className="row">
          <Field
            label={t('commission.decisionNumber')}
            value={number}
            onChange={setNumber}
            error={need(number)}
            data-testid="decision-number"
          />
          <DateField label={t('commission.decisionDate')} value={date} onChange={setDate} error={dateError} data-testid="decision-date" />
        </div>
        <table className="grid">
          <GridHead labels={[t('commission.fullName'), t('common.position'), t('commission.memberRole'), t('commission.memberFrom'), '']} />
          <tbody>
            {members.map((m, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are typed in place and have no id of their own.
              <tr key={i}>
                <InputCell
                  label={t('commission.fullName')}
                  value={m.fullName}
                  onChange={(fullName) => update(i, { fullName })}
                  testId={`member-${i}-name`}
                  error={need(m.fullName)}
                />
                <InputCell
                  label={t('common.position')}
                  value={m.position}
                  onChange={(position) => update(i, { position })}
                  testId={`member-${i}-position`}
                  error={need(m.position)}
                />
                <td>
                  <select
                    aria-label={t('commission.memberRole')}
                    value={m.role}
                    onChange={(e) => update(i, { role: e.target.value as MemberRole })}
                    data-testid={`member-${i}-role`}
                  >
                    {MemberRole.options.map((r) => (
                      <option key={r} value={r}>
                        {MEMBER_ROLE_NAMES[r][lang]}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <DateInput aria-label={t('commission.memberFrom')} value={m.from} onChange={(v) => update(i, { from: v })} />
                </td>
                <RemoveRowCell onRemove={() => setMembers(members.filter((_, j) => j !== i))} disabled={members.length === 1} />
              </tr>
            ))}
          </tbody>
        </table>
        {tried && !hasChair && <div className="msg error">{t('commission.needChair')}</div>}
        <div className="actions">
          <button type="button" onClick={() => setMembers([...members, blank()])} data-testid="member-add-row">
            {t('commission.addMemberRow')}
          </button>
          {signer.fields}
          <button type="submit" className="primary" data-testid="commission-create-submit">
            {t('commission.createCommission')}
          </button>
        </div>
        {failure !== null && <div className="banner error">{failureText(failure)}</div>}
      </form>
    </div>
  );
}
