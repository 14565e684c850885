// First run on this PC: the office, its regulations and its first user.
import { PasswordPair } from './PasswordPair';
import { useState } from 'react';
import { OfficeHours } from '@shared/deadlines';
import { sortActsInForceFirst } from '@shared/catalog/act-status';
import { actsWithAkimServices, currentEntries } from '@renderer/catalog/catalog';
import { actNote } from '@renderer/catalog/act-note';
import { localDate } from '@renderer/db/clock';
import { setUpThisPc } from './commands';
import type { Role } from '@renderer/db/schema';
import { useLanguage } from '@renderer/i18n/language';
import { Check, Field } from '@renderer/ui/Field';
import { writeErrorText } from '@renderer/ui/problems';
import { TimeField } from '@renderer/ui/TimeField';
import { RolePicker } from '@renderer/features/staff/RolePicker';
import type { TextKey } from '@renderer/texts';

/** Once set up, the app frame (reading the settings live) moves on to sign-in. */
export function SetupScreen() {
  const i18n = useLanguage();
  const { t, pick, lang } = i18n;
  // Acts in force first; every bundled act (the seeds) is repealed and says since when.
  const today = localDate();
  const actOf = new Map(currentEntries().map((e) => [e.act.id, e.act]));
  const order = sortActsInForceFirst([...actOf.values()], today).map((a) => a.id);
  const acts = actsWithAkimServices().sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  const [v, setV] = useState({
    nameKk: '',
    nameRu: '',
    okrug: '',
    district: '',
    officeCode: '',
    deviceLetter: 'A',
    open: '09:00',
    close: '18:00',
    breakStart: '13:00',
    breakEnd: '14:00',
    // The counter's reception window inside the working day (seed 003: 09:00–17:30, lunch 13:00–14:30).
    receptionOpen: '09:00',
    receptionClose: '17:30',
    receptionBreakStart: '13:00',
    receptionBreakEnd: '14:30',
    userName: '',
    role: 'clerk' as Role,
    password: '',
    password2: '',
  });
  const [actIds, setActIds] = useState<string[]>(acts.length === 1 ? [acts[0].id] : []);
  const [tried, setTried] = useState(false);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const set = (key: keyof typeof v) => (value: string) => setV((old) => ({ ...old, [key]: value }));

  const hours = OfficeHours.safeParse({
    open: v.open,
    close: v.close,
    ...(v.breakStart || v.breakEnd ? { breakStart: v.breakStart, breakEnd: v.breakEnd } : {}),
    reception: {
      open: v.receptionOpen,
      close: v.receptionClose,
      ...(v.receptionBreakStart || v.receptionBreakEnd ? { breakStart: v.receptionBreakStart, breakEnd: v.receptionBreakEnd } : {}),
    },
  });
  const errors: Partial<Record<string, TextKey>> = {};
  for (const key of ['nameKk', 'nameRu', 'okrug', 'district', 'userName'] as const) if (!v[key].trim()) errors[key] = 'common.required';
  if (!/^[0-9A-Z]{2,12}$/.test(v.officeCode)) errors.officeCode = 'setup.officeCodeBad';
  if (!/^[A-Z]$/.test(v.deviceLetter)) errors.deviceLetter = 'setup.deviceLetterBad';
  if (!hours.success) errors.hours = 'setup.hoursBad';
  if (actIds.length === 0) errors.acts = 'setup.actsNone';
  if (v.password.length < 6) errors.password = 'common.passwordShort';
  else if (v.password !== v.password2) errors.password2 = 'setup.passwordMismatch';
  const err = (key: string) => (tried && errors[key] ? t(errors[key]!) : null);

  async function submit() {
    setTried(true);
    if (Object.keys(errors).length > 0 || !hours.success) return;
    try {
      await setUpThisPc(
        {
          nameKk: v.nameKk.trim(),
          nameRu: v.nameRu.trim(),
          okrug: v.okrug.trim(),
          district: v.district.trim(),
          officeCode: v.officeCode,
          deviceLetter: v.deviceLetter,
          hours: hours.data,
          actIds,
        },
        { name: v.userName, role: v.role, password: v.password },
      );
    } catch (error) {
      setFailure({ error });
    }
  }

  return (
    <form
      className="screen narrow"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      noValidate
    >
      <h1>{t('setup.title')}</h1>
      <p>{t('setup.intro')}</p>
      <fieldset>
        <Field label={t('setup.officeNameKk')} value={v.nameKk} onChange={set('nameKk')} error={err('nameKk')} autoFocus />
        <Field label={t('setup.officeNameRu')} value={v.nameRu} onChange={set('nameRu')} error={err('nameRu')} />
        <div className="row">
          <Field label={t('setup.okrug')} value={v.okrug} onChange={set('okrug')} error={err('okrug')} />
          <Field label={t('setup.district')} value={v.district} onChange={set('district')} error={err('district')} />
        </div>
        <div className="row">
          <Field
            label={t('setup.officeCode')}
            value={v.officeCode}
            onChange={(x) => set('officeCode')(x.toUpperCase())}
            error={err('officeCode')}
          />
          <Field
            label={t('setup.deviceLetter')}
            value={v.deviceLetter}
            onChange={(x) => set('deviceLetter')(x.toUpperCase())}
            error={err('deviceLetter')}
            maxLength={1}
          />
        </div>
        <div className="row">
          <TimeField label={t('setup.officeOpen')} value={v.open} onChange={set('open')} />
          <TimeField label={t('setup.officeClose')} value={v.close} onChange={set('close')} />
          <TimeField label={t('setup.breakStart')} value={v.breakStart} onChange={set('breakStart')} />
          <TimeField label={t('setup.breakEnd')} value={v.breakEnd} onChange={set('breakEnd')} />
        </div>
        <div className="row" data-testid="reception-hours">
          <TimeField label={t('setup.receptionOpen')} value={v.receptionOpen} onChange={set('receptionOpen')} />
          <TimeField label={t('setup.receptionClose')} value={v.receptionClose} onChange={set('receptionClose')} />
          <TimeField label={t('setup.receptionBreakStart')} value={v.receptionBreakStart} onChange={set('receptionBreakStart')} />
          <TimeField label={t('setup.receptionBreakEnd')} value={v.receptionBreakEnd} onChange={set('receptionBreakEnd')} />
        </div>
        {err('hours') && <div className="msg error">{err('hours')}</div>}
      </fieldset>
      <fieldset>
        <legend>{t('setup.acts')}</legend>
        {acts.map((act) => (
          <Check
            key={act.id}
            testId={`act-${act.id}`}
            checked={actIds.includes(act.id)}
            onChange={(on) => setActIds((ids) => (on ? [...ids, act.id] : ids.filter((id) => id !== act.id)))}
            label={
              <span>
                {t('setup.actLabel', {
                  issuer: pick(act.issuer),
                  number: act.number ?? '—',
                  date: act.date ?? '—',
                  count: act.akimServices,
                })}
                <ActNote note={actNote(actOf.get(act.id)!, lang, today)} />
              </span>
            }
          />
        ))}
        {err('acts') && <div className="msg error">{err('acts')}</div>}
      </fieldset>
      <fieldset>
        <legend>{t('setup.firstUser')}</legend>
        <Field label={t('common.userName')} value={v.userName} onChange={set('userName')} error={err('userName')} />
        <RolePicker value={v.role} onChange={(role) => setV((old) => ({ ...old, role }))} />
        <PasswordPair values={v} set={set} err={err} />
      </fieldset>
      {failure && <div className="banner error">{writeErrorText(failure.error, i18n)}</div>}
      <button type="submit" className="primary">
        {t('setup.done')}
      </button>
    </form>
  );
}

/** "repealed on …" beside an act that is no longer in force. */
function ActNote({ note }: { note: string }) {
  return note ? <span className="repealed" data-testid="act-repealed">{` (${note})`}</span> : null;
}
