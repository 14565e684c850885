// The two halves of every restore button: the gate (nothing unsent is lost
// unless the user says so) and the runner (progress, outcome, reload).
import { useState } from 'react';
import { SESSION_KEY } from '@renderer/app/session';
import type { RestoreResult } from './backup/service';
import { useUnsyncedBeforeRestore } from './queries';
import { setRestoring } from './restoring';
import type { TextKey } from '@renderer/texts';
import { useLanguage, type LanguageApi } from '@renderer/i18n/language';

type Say = LanguageApi['t'];

/** The outcome of a restore in words: how much came back, or why nothing changed. */
export function restoreResultText(result: RestoreResult, s: Say): string {
  if (result.ok)
    return [
      s('settings.restoreDone', {
        cases: s('common.cases', { count: result.cases }),
        events: s('common.events', { count: result.events }),
        files: s('common.files', { count: result.files }),
      }),
      result.plain ? s('settings.restorePlainWarning') : '',
    ]
      .filter(Boolean)
      .join(' ');
  const { problem } = result;
  switch (problem.kind) {
    case 'notBackup':
      return s('settings.restoreNotBackup');
    case 'newer':
      return s('settings.restoreNewer', { formatVersion: problem.formatVersion, dbVersion: problem.dbVersion });
    case 'corrupted':
      return s('settings.restoreCorrupted', { what: problem.what });
    case 'hostNotFound':
      return s('settings.restoreHostNotFound');
    case 'hostCorrupted':
      return s('settings.restoreHostCorrupted');
    case 'passphraseNeeded':
      return s('settings.restorePassphraseNeeded');
    case 'wrongPassphrase':
      return s('settings.restoreWrongPassphrase');
    case 'failed':
      return s('settings.restoreFailed', { reason: problem.detail });
  }
}

/** Reloads the app on the restored data: caches empty, and everyone signs in again (the restored staff list rules). */
function reloadAfterRestore() {
  setTimeout(() => {
    try {
      sessionStorage.removeItem(SESSION_KEY);
    } catch {
      // Without sessionStorage nobody stays signed in across a reload anyway.
    }
    window.location.hash = '#/today';
    window.location.reload();
  }, 1500);
}

/** Whether a restore may go ahead now: nothing unsent, or the user gave it up on purpose. */
export function useRestoreGate(): { blocked: boolean; warning: React.ReactNode } {
  const { t } = useLanguage();
  const [confirmed, setConfirmed] = useState(false);
  const unsent = useUnsyncedBeforeRestore();
  const pending = unsent.data && unsent.data.events + unsent.data.files > 0 ? unsent.data : null;
  const warning = pending && (
    <div className="banner warn" role="alert" data-testid="restore-unsynced">
      <p>{t('settings.restoreUnsynced', pending)}</p>
      <label>
        <input
          type="checkbox"
          checked={confirmed}
          onChange={(e) => setConfirmed(e.target.checked)}
          data-testid="restore-confirm-unsynced"
        />{' '}
        {t('settings.restoreConfirmUnsynced')}
      </label>
    </div>
  );
  return { blocked: unsent.isLoading || (!!pending && !confirmed), warning };
}

export function useRestoreRunner(): { busy: boolean; message: React.ReactNode; run(restore: () => Promise<RestoreResult>): Promise<void> } {
  const { t } = useLanguage();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<RestoreResult | null>(null);
  async function run(restore: () => Promise<RestoreResult>) {
    setBusy(true);
    setResult(null);
    setRestoring(true);
    const outcome = await restore();
    setResult(outcome);
    setBusy(false);
    // A restored PC stays as it is until the reload; a refused file changed nothing.
    if (outcome.ok) reloadAfterRestore();
    else setRestoring(false);
  }
  const key: TextKey = 'settings.restoreWorking';
  const message = busy ? (
    <div className="banner">{t(key)}</div>
  ) : (
    result && (
      <div className={`banner ${result.ok ? 'ok' : 'error'}`} role="alert" data-testid="restore-result">
        {restoreResultText(result, t)}
      </div>
    )
  );
  return { busy, message, run };
}
