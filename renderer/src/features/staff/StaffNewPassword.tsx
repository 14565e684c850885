// A new password typed twice (the reset of a colleague's, the change of one's own),
// under a legend that says whose it is; the policy is the one of the add form: 6 characters.
import { useEffect, useRef } from 'react';
import { PasswordPair } from '@renderer/features/setup/PasswordPair';
import { useLanguage } from '@renderer/i18n/language';
import type { TextKey } from '@renderer/texts';

export interface NewPassword {
  password: string;
  password2: string;
}

export const NO_PASSWORD: NewPassword = { password: '', password2: '' };
export const MIN_PASSWORD_LENGTH = 6;

/** What is wrong with the typed pair, field by field (empty when it may be saved). */
export function newPasswordProblems(v: NewPassword): Partial<Record<keyof NewPassword, TextKey>> {
  if (v.password.length < MIN_PASSWORD_LENGTH) return { password: 'common.passwordShort' };
  if (v.password !== v.password2) return { password2: 'setup.passwordMismatch' };
  return {};
}

/** `tried`: the problems show only after the first press of the save button. `focus`: the first field takes the focus when shown. */
export function StaffNewPassword({
  legend,
  value,
  onChange,
  tried,
  focus = false,
}: {
  legend: string;
  value: NewPassword;
  onChange(value: NewPassword): void;
  tried: boolean;
  focus?: boolean;
}) {
  const { t } = useLanguage();
  const box = useRef<HTMLFieldSetElement>(null);
  const problems = tried ? newPasswordProblems(value) : {};
  useEffect(() => {
    if (focus) box.current?.querySelector('input')?.focus();
  }, [focus]);
  return (
    <fieldset ref={box} className="staff-new-password">
      <legend>{legend}</legend>
      <PasswordPair
        values={value}
        set={(field) => (typed) => onChange({ ...value, [field]: typed })}
        err={(field) => {
          const key = problems[field];
          return key ? t(key) : null;
        }}
      />
    </fieldset>
  );
}
