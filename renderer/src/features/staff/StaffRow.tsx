// One person of the staff list: name and role, a mark when deactivated (kept in the
// list, greyed) and, for the akim or head, their role, deactivation and a password
// reset. Their own row offers only the role: handing the post to a colleague made
// akim first — the unit's rules refuse to leave it without one (lastHead).
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useSession } from '@renderer/app/session';
import type { Role, UserRow } from '@renderer/db/schema';
import { useLanguage } from '@renderer/i18n/language';
import { changeColleague, resetPassword } from './commands';
import { ROLE_TEXT } from './roles';
import { NO_PASSWORD, newPasswordProblems, StaffNewPassword, type NewPassword } from './StaffNewPassword';
import { StaffOutcomeMessage, type StaffOutcome } from './StaffOutcome';

type Panel = 'none' | 'confirm' | 'reset';

export function StaffRow({ user, mayChange, roleName }: { user: UserRow; mayChange: boolean; roleName(role: Role): string }) {
  const { t } = useLanguage();
  const session = useSession();
  const self = user.id === session.user.id;
  const nameId = useId();
  const [outcome, setOutcome] = useState<StaffOutcome>(null);
  return (
    <li className={user.active ? 'staff-row' : 'staff-row staff-inactive'} data-testid="staff-row" data-active={user.active}>
      <div className="staff-who">
        <span id={nameId}>
          {user.name} — {roleName(user.role)}
        </span>
        {self && <span className="staff-mark"> {t('staff.you')}</span>}
        {!user.active && <span className="staff-mark staff-off"> {t('staff.deactivated')}</span>}
      </div>
      {mayChange && user.active && <StaffRowActions user={user} self={self} nameId={nameId} roleName={roleName} onOutcome={setOutcome} />}
      <StaffOutcomeMessage outcome={outcome} testId="staff-row-message" />
    </li>
  );
}

function StaffRowActions({
  user,
  self,
  nameId,
  roleName,
  onOutcome,
}: {
  user: UserRow;
  self: boolean;
  nameId: string;
  roleName(role: Role): string;
  onOutcome(outcome: StaffOutcome): void;
}) {
  const { t } = useLanguage();
  const session = useSession();
  const roleLabelId = useId();
  const [role, setRole] = useState<Role>(user.role);
  const [panel, setPanel] = useState<Panel>('none');
  const [busy, setBusy] = useState(false);
  const deactivateButton = useRef<HTMLButtonElement>(null);
  const resetButton = useRef<HTMLButtonElement>(null);
  // A change made elsewhere (another PC, through sync) shows in the select.
  useEffect(() => setRole(user.role), [user.role]);

  async function run(action: () => Promise<void>, done: StaffOutcome): Promise<boolean> {
    setBusy(true);
    onOutcome(null);
    try {
      await action();
      onOutcome(done);
      return true;
    } catch (failure) {
      onOutcome({ failure });
      return false;
    } finally {
      setBusy(false);
    }
  }

  function close(opener: HTMLButtonElement | null) {
    setPanel('none');
    opener?.focus();
  }

  return (
    <div className="staff-actions">
      <div className="actions">
        <label className="staff-role">
          <span id={roleLabelId}>{t('setup.role')}</span>
          <select
            value={role}
            onChange={(e) => setRole(e.target.value as Role)}
            aria-labelledby={`${roleLabelId} ${nameId}`}
            data-testid="staff-role"
          >
            {(Object.keys(ROLE_TEXT) as Role[]).map((r) => (
              <option key={r} value={r}>
                {roleName(r)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          disabled={busy || role === user.role}
          onClick={async () => {
            // Refused, the select shows the role the person still has.
            if (!(await run(() => changeColleague(session, user.id, { role }), { done: 'staff.roleChanged', name: user.name }))) {
              setRole(user.role);
            }
          }}
          data-testid="staff-role-save"
        >
          {t('staff.roleSave')}
        </button>
        {!self && (
          <>
            <button
              ref={resetButton}
              type="button"
              aria-expanded={panel === 'reset'}
              disabled={busy}
              onClick={() => setPanel(panel === 'reset' ? 'none' : 'reset')}
              data-testid="staff-reset"
            >
              {t('staff.resetPassword')}
            </button>
            <button
              ref={deactivateButton}
              type="button"
              className="danger"
              aria-expanded={panel === 'confirm'}
              disabled={busy}
              onClick={() => setPanel(panel === 'confirm' ? 'none' : 'confirm')}
              data-testid="staff-deactivate"
            >
              {t('staff.deactivate')}
            </button>
          </>
        )}
      </div>
      {panel === 'confirm' && (
        <DeactivateConfirm
          name={user.name}
          busy={busy}
          onCancel={() => close(deactivateButton.current)}
          onConfirm={async () => {
            if (
              await run(() => changeColleague(session, user.id, { deactivate: true }), { done: 'staff.userDeactivated', name: user.name })
            ) {
              setPanel('none');
            }
          }}
        />
      )}
      {panel === 'reset' && (
        <ResetPassword
          name={user.name}
          busy={busy}
          onCancel={() => close(resetButton.current)}
          onSave={async (password) => {
            if (await run(() => resetPassword(session, user.id, password), { done: 'staff.passwordWasReset', name: user.name })) {
              close(resetButton.current);
            }
          }}
        />
      )}
    </div>
  );
}

/** Escape closes a panel, as its Cancel button does. */
const escapeCloses = (onCancel: () => void) => (e: KeyboardEvent) => {
  if (e.key === 'Escape') {
    e.preventDefault();
    onCancel();
  }
};

function DeactivateConfirm({ name, busy, onCancel, onConfirm }: { name: string; busy: boolean; onCancel(): void; onConfirm(): void }) {
  const { t } = useLanguage();
  const cancel = useRef<HTMLButtonElement>(null);
  const textId = useId();
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div
      role="alertdialog"
      aria-labelledby={textId}
      className="banner warn staff-panel"
      onKeyDown={escapeCloses(onCancel)}
      data-testid="staff-deactivate-confirm"
    >
      <p id={textId}>{t('staff.deactivateConfirm', { name })}</p>
      <div className="actions">
        <button type="button" className="danger" disabled={busy} onClick={onConfirm} data-testid="staff-deactivate-yes">
          {t('staff.deactivateYes')}
        </button>
        <button ref={cancel} type="button" onClick={onCancel}>
          {t('staff.cancel')}
        </button>
      </div>
    </div>
  );
}

function ResetPassword({
  name,
  busy,
  onCancel,
  onSave,
}: {
  name: string;
  busy: boolean;
  onCancel(): void;
  onSave(password: string): void;
}) {
  const { t } = useLanguage();
  const [value, setValue] = useState<NewPassword>(NO_PASSWORD);
  const [tried, setTried] = useState(false);
  return (
    <form
      className="staff-panel"
      noValidate
      onKeyDown={escapeCloses(onCancel)}
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (Object.keys(newPasswordProblems(value)).length === 0) onSave(value.password);
      }}
      data-testid="staff-reset-form"
    >
      <StaffNewPassword legend={t('staff.resetPasswordTitle', { name })} value={value} onChange={setValue} tried={tried} focus />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy} data-testid="staff-reset-save">
          {t('staff.resetPasswordSave')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('staff.cancel')}
        </button>
      </div>
    </form>
  );
}
