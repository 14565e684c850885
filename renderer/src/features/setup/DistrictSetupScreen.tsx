// First run of a district department's PC: the department and its first user.
import { PasswordPair } from './PasswordPair';
import { useState } from 'react';
import { DEFAULT_OFFICE_HOURS } from '@shared/deadlines';
import { actsWithAkimServices } from '@renderer/catalog/catalog';
import { setUpThisPc } from './commands';
import type { Role } from '@renderer/db/schema';
import { useLanguage } from '@renderer/i18n/language';
import { Field } from '@renderer/ui/Field';
import { writeErrorText } from '@renderer/ui/problems';
import { DISTRICT_ROLE_TEXT } from '@renderer/features/staff/roles';
import type { TextKey } from '@renderer/texts';

export function DistrictSetupScreen() {
  const i18n = useLanguage();
  const { t } = i18n;
  const [v, setV] = useState({
    nameKk: '',
    nameRu: '',
    district: '',
    code: '',
    userName: '',
    role: 'akim' as Role,
    password: '',
    password2: '',
  });
  const [tried, setTried] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const set = (key: keyof typeof v) => (value: string) => setV((old) => ({ ...old, [key]: value }));

  const errors: Partial<Record<keyof typeof v, TextKey>> = {};
  for (const key of ['nameKk', 'nameRu', 'district', 'userName'] as const) if (!v[key].trim()) errors[key] = 'common.problemRequired';
  if (!/^[0-9A-Z]{2,12}$/.test(v.code)) errors.code = 'setup.problemDistrictCode';
  if (v.password.length < 6) errors.password = 'setup.problemPasswordShort';
  else if (v.password !== v.password2) errors.password2 = 'setup.passwordMismatch';
  const err = (key: keyof typeof v) => (tried && errors[key] ? t(errors[key]!) : null);

  async function submit() {
    setTried(true);
    if (Object.keys(errors).length > 0) return;
    try {
      await setUpThisPc(
        {
          kind: 'district',
          nameKk: v.nameKk.trim(),
          nameRu: v.nameRu.trim(),
          okrug: '',
          district: v.district.trim(),
          officeCode: v.code,
          deviceLetter: 'A',
          hours: DEFAULT_OFFICE_HOURS,
          // A department decides on packages under every act its okrugs work with.
          actIds: actsWithAkimServices().map((a) => a.id),
        },
        { name: v.userName, role: v.role, password: v.password },
      );
    } catch (error) {
      setFailure(error);
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
      data-testid="district-setup"
    >
      <h1>{t('setup.districtSetupTitle')}</h1>
      <p>{t('setup.districtSetupIntro')}</p>
      <fieldset>
        <Field label={t('setup.deptNameKk')} value={v.nameKk} onChange={set('nameKk')} error={err('nameKk')} autoFocus />
        <Field label={t('setup.deptNameRu')} value={v.nameRu} onChange={set('nameRu')} error={err('nameRu')} />
        <div className="row">
          <Field label={t('setup.district')} value={v.district} onChange={set('district')} error={err('district')} />
          <Field label={t('setup.districtCode')} value={v.code} onChange={(x) => set('code')(x.toUpperCase())} error={err('code')} />
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('setup.firstUser')}</legend>
        <Field label={t('common.userName')} value={v.userName} onChange={set('userName')} error={err('userName')} />
        <div className="field">
          <label>
            {t('common.position')}
            <select value={v.role} onChange={(e) => setV((old) => ({ ...old, role: e.target.value as Role }))} data-testid="district-role">
              {(Object.keys(DISTRICT_ROLE_TEXT) as Role[]).map((role) => (
                <option key={role} value={role}>
                  {t(DISTRICT_ROLE_TEXT[role])}
                </option>
              ))}
            </select>
          </label>
        </div>
        <PasswordPair values={v} set={set} err={err} />
      </fieldset>
      {failure !== null && <div className="banner error">{writeErrorText(failure, i18n)}</div>}
      <button type="submit" className="primary" data-testid="district-setup-done">
        {t('setup.districtSetupDone')}
      </button>
    </form>
  );
}
