// An act that only some roles sign (the relay: the akim; the district's decision
// and assignment: the head; the commission's composition: the akim). When the
// signed-in person does not hold the role, the signer picks themself and types
// their own password on this PC; a name typed into a box never signs anything.
// Wrong passwords count toward the signer's lockout as at sign-in.
import { useState, type ReactNode } from 'react';
import { signersOf, type CaseEventType } from '@shared/case';
import { localRoleOf, type StaffRole } from '@shared/unit';
import { useSession } from '@renderer/app/session';
import type { WriteContext } from '@renderer/db/case-store';
import type { Role, UserRow } from '@renderer/db/schema';
import { unitKindOf } from '@renderer/db/unit-store';
import { useRoleName } from '@renderer/features/district/role-names';
import { useLanguage } from '@renderer/i18n/language';
import type { TextKey } from '@renderer/texts';
import { Field } from '@renderer/ui/Field';
import { contextOf, signInCheck } from './commands';
import { useUsers } from './queries';

export interface SignAs {
  /** The signer's fields (null when the signed-in person signs). */
  fields: ReactNode;
  /** A write context signed by the signer, once their password is checked; null (with the reason shown) otherwise. */
  confirm(): Promise<WriteContext | null>;
}

export function useSignAs(type: CaseEventType): SignAs {
  const { t } = useLanguage();
  const session = useSession();
  const users = useUsers();
  const roleName = useRoleName(session.settings);
  const roles = signersOf(unitKindOf(session.settings), type)
    .filter((r): r is StaffRole => r !== 'commission' && r !== 'admin')
    .map(localRoleOf);
  const selfSigns = roles.includes(session.user.role);
  const candidates = (users.data ?? []).filter((u) => u.active && roles.includes(u.role));
  const [chosen, setChosen] = useState('');
  const [password, setPassword] = useState('');
  // Kept as a text key, so a language switch shows it in the new language.
  const [problem, setProblem] = useState<{ key: TextKey; params?: Record<string, string | number> } | null>(null);
  const signerId = chosen || candidates[0]?.id || '';
  const wanted = roles.map((r: Role) => roleName(r)).join(' / ');
  const signedBy = (user: UserRow) => contextOf({ settings: session.settings, user });

  async function confirm(): Promise<WriteContext | null> {
    if (selfSigns) return signedBy(session.user);
    if (!signerId) {
      setProblem({ key: 'signAs.nobody', params: { role: wanted } });
      return null;
    }
    const result = await signInCheck(signerId, password);
    if (result.kind === 'signed-in') {
      setProblem(null);
      setPassword('');
      return signedBy(result.user);
    }
    const next = result.next;
    setProblem(
      next.allowed
        ? { key: 'staff.signInWrong' }
        : next.locked
          ? { key: 'staff.signInLocked', params: { count: Math.ceil(next.waitSeconds / 60) } }
          : { key: 'staff.signInWait', params: { count: next.waitSeconds } },
    );
    return null;
  }

  const fields = selfSigns ? null : (
    <fieldset className="sign-as" data-testid="sign-as">
      <legend>{t('signAs.title')}</legend>
      <p className="hint">{t('signAs.hint', { role: wanted })}</p>
      {candidates.length === 0 ? (
        <div className="msg error" role="alert">
          {t('signAs.nobody', { role: wanted })}
        </div>
      ) : (
        <div className="row">
          <label className="field">
            {t('signAs.person')}
            <select value={signerId} onChange={(e) => setChosen(e.target.value)} data-testid="sign-as-person">
              {candidates.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name} — {roleName(u.role)}
                </option>
              ))}
            </select>
          </label>
          <Field
            label={t('signAs.password')}
            type="password"
            value={password}
            onChange={(x) => {
              setPassword(x);
              setProblem(null);
            }}
            error={problem ? t(problem.key, problem.params) : null}
            data-testid="sign-as-password"
          />
        </div>
      )}
    </fieldset>
  );
  return { fields, confirm };
}

/** Confirms the signer, then runs the act in their name; false when the signer was not confirmed or the act failed. */
export async function runSigned(
  act: { run(write: () => Promise<unknown>): Promise<boolean> },
  signer: SignAs,
  write: (ctx: WriteContext) => Promise<unknown>,
): Promise<boolean> {
  const ctx = await signer.confirm();
  return ctx ? act.run(() => write(ctx)) : false;
}
