// Restoring this PC from a backup: from a chosen file (any host) or from the
// Electron host's backup folder. Anything not yet sent to the server must be
// given up explicitly; a refused file leaves the data as it was.
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { db } from '@renderer/db/database';
import { SESSION_KEY } from '@renderer/app/session';
import { restoreFromFile, unsyncedBeforeRestore, type RestoreResult } from '@renderer/features/settings/backup/service';
import { BACKUP_FILE_SUFFIX } from '@renderer/features/settings/backup/format';
import { useSettingsText, type SettingsTextKey } from './texts';

type Say = ReturnType<typeof useSettingsText>;

/** The outcome of a restore in words: how much came back, or why nothing changed. */
export function restoreResultText(result: RestoreResult, s: Say): string {
  if (result.ok) return s('restoreDone', { cases: result.cases, events: result.events, files: result.files });
  const { problem } = result;
  switch (problem.kind) {
    case 'notBackup':
      return s('restoreNotBackup');
    case 'newer':
      return s('restoreNewer', { formatVersion: problem.formatVersion, dbVersion: problem.dbVersion });
    case 'corrupted':
      return s('restoreCorrupted', { what: problem.what });
    case 'hostNotFound':
      return s('restoreHostNotFound');
    case 'hostCorrupted':
      return s('restoreHostCorrupted');
    case 'failed':
      return s('restoreFailed', { reason: problem.detail });
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
  const s = useSettingsText();
  const [confirmed, setConfirmed] = useState(false);
  const unsent = useQuery({ queryKey: ['restore-unsynced'], queryFn: () => unsyncedBeforeRestore(db), staleTime: 0 });
  const pending = unsent.data && unsent.data.events + unsent.data.files > 0 ? unsent.data : null;
  const warning = pending && (
    <div className="banner warn" role="alert" data-testid="restore-unsynced">
      <p>{s('restoreUnsynced', pending)}</p>
      <label>
        <input
          type="checkbox"
          checked={confirmed}
          onChange={(e) => setConfirmed(e.target.checked)}
          data-testid="restore-confirm-unsynced"
        />{' '}
        {s('restoreConfirmUnsynced')}
      </label>
    </div>
  );
  return { blocked: unsent.isLoading || (!!pending && !confirmed), warning };
}

export function useRestoreRunner(): { busy: boolean; message: React.ReactNode; run(restore: () => Promise<RestoreResult>): Promise<void> } {
  const s = useSettingsText();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<RestoreResult | null>(null);
  async function run(restore: () => Promise<RestoreResult>) {
    setBusy(true);
    setResult(null);
    const outcome = await restore();
    setResult(outcome);
    setBusy(false);
    if (outcome.ok) reloadAfterRestore();
  }
  const key: SettingsTextKey = 'restoreWorking';
  const message = busy ? (
    <div className="banner">{s(key)}</div>
  ) : (
    result && (
      <div className={`banner ${result.ok ? 'ok' : 'error'}`} role="alert" data-testid="restore-result">
        {restoreResultText(result, s)}
      </div>
    )
  );
  return { busy, message, run };
}

/** "Restore from a file": the unsent-data gate, the file choice and the result. The input is hidden
 * behind our own button, because the browser labels its file control in the system's language, not ours. */
export function RestoreFromFile({
  gate,
  runner,
}: {
  gate: ReturnType<typeof useRestoreGate>;
  runner: ReturnType<typeof useRestoreRunner>;
}) {
  const s = useSettingsText();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="field">
      <button
        type="button"
        disabled={gate.blocked || runner.busy}
        onClick={() => input.current?.click()}
        title={s('restoreChooseFile')}
        data-testid="restore-file-button"
      >
        {s('restoreFromFile')}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept={`${BACKUP_FILE_SUFFIX},application/octet-stream`}
        disabled={gate.blocked || runner.busy}
        aria-label={s('restoreChooseFile')}
        data-testid="restore-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void runner.run(() => restoreFromFile(db, file));
        }}
      />
    </div>
  );
}

/** On a blank PC (first run): bring the office back from an earlier backup file instead of setting it up anew. */
export function FirstRunRestore() {
  const s = useSettingsText();
  const gate = useRestoreGate();
  const runner = useRestoreRunner();
  const [open, setOpen] = useState(false);
  return (
    <div className="screen narrow" data-testid="first-run-restore">
      {open ? (
        <section>
          <h2>{s('restoreTitle')}</h2>
          <p className="msg">{s('restoreWarning')}</p>
          <RestoreFromFile gate={gate} runner={runner} />
          {runner.message}
        </section>
      ) : (
        <button type="button" onClick={() => setOpen(true)} data-testid="first-run-restore-open">
          {s('restoreFirstRun')}
        </button>
      )}
    </div>
  );
}
