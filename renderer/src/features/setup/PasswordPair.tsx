// The first user's password, typed twice, on both setup screens.
import { useLanguage } from '@renderer/i18n/language';
import { Field } from '@renderer/ui/Field';

type PasswordField = 'password' | 'password2';

export function PasswordPair({
  values,
  set,
  err,
}: {
  values: Record<PasswordField, string>;
  set(field: PasswordField): (value: string) => void;
  err(field: PasswordField): string | null | undefined;
}) {
  const { t } = useLanguage();
  return (
    <div className="row">
      <Field label={t('common.password')} type="password" value={values.password} onChange={set('password')} error={err('password')} />
      <Field
        label={t('setup.passwordRepeat')}
        type="password"
        value={values.password2}
        onChange={set('password2')}
        error={err('password2')}
      />
    </div>
  );
}
