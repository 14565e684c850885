// "Change my password", for everyone signed in: the current password, checked and
// counted as at sign-in (a wrong one makes the next try wait, as on the sign-in
// screen), then the new one typed twice. Folded until asked for.
import { useEffect, useRef, useState } from 'react';
import { useSession } from '@renderer/app/session';
import { useLanguage } from '@renderer/i18n/language';
import { Field } from '@renderer/ui/Field';
import { changeOwnPassword, signInWait } from './commands';
import { SignInWaitMessage, useSignInWait } from './sign-in-wait';
import { NO_PASSWORD, newPasswordProblems, StaffNewPassword, type NewPassword } from './StaffNewPassword';
import { StaffOutcomeMessage, type StaffOutcome } from './StaffOutcome';

export function PasswordChangeSection() {
  const { t } = useLanguage();
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState<StaffOutcome>(null);
  const opener = useRef<HTMLButtonElement>(null);

  function close(done: StaffOutcome) {
    setOpen(false);
    setOutcome(done);
    opener.current?.focus();
  }

  return (
    <section className="narrow staff-own-password">
      <h2>{t('staff.ownPasswordTitle')}</h2>
      <button
        ref={opener}
        type="button"
        aria-expanded={open}
        onClick={() => {
          setOutcome(null);
          setOpen(!open);
        }}
        data-testid="own-password-open"
      >
        {t('staff.ownPassword')}
      </button>
      {open && <PasswordChangeForm onDone={close} />}
      <StaffOutcomeMessage outcome={outcome} testId="own-password-message" />
    </section>
  );
}

function PasswordChangeForm({ onDone }: { onDone(outcome: StaffOutcome): void }) {
  const { t } = useLanguage();
  const session = useSession();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState<NewPassword>(NO_PASSWORD);
  const [tried, setTried] = useState(false);
  const [wrong, setWrong] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<StaffOutcome>(null);
  const { wait, secondsLeft, set: setWait } = useSignInWait();
  const currentRef = useRef<HTMLInputElement>(null);
  const userId = session.user.id;

  // A wait left from wrong passwords (here or at sign-in) shows at once.
  useEffect(() => {
    currentRef.current?.focus();
    let live = true;
    void signInWait(userId).then((allowance) => live && setWait(allowance));
    return () => {
      live = false;
    };
  }, [userId, setWait]);

  async function submit() {
    setTried(true);
    setFailure(null);
    if (!current || Object.keys(newPasswordProblems(next)).length > 0) return;
    setBusy(true);
    try {
      const result = await changeOwnPassword(session, current, next.password);
      if (result.kind === 'signed-in') return onDone({ done: 'staff.ownPasswordChanged', name: session.user.name });
      if (result.kind === 'wrong') setWrong(true);
      setWait(result.next);
    } catch (error) {
      setFailure({ failure: error });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onDone(null);
      }}
      data-testid="own-password-form"
    >
      <Field
        ref={currentRef}
        label={t('staff.currentPassword')}
        type="password"
        autoComplete="current-password"
        value={current}
        onChange={(typed) => {
          setCurrent(typed);
          setWrong(false);
        }}
        error={wrong ? t('staff.signInWrong') : tried && !current ? t('common.required') : null}
        data-testid="own-password-current"
      />
      <StaffNewPassword legend={t('staff.newPassword')} value={next} onChange={setNext} tried={tried} />
      <SignInWaitMessage wait={wait} secondsLeft={secondsLeft} testId="own-password-wait" />
      <StaffOutcomeMessage outcome={failure} testId="own-password-failure" />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy || secondsLeft > 0} data-testid="own-password-save">
          {t('staff.ownPasswordSave')}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          {t('staff.cancel')}
        </button>
      </div>
    </form>
  );
}
