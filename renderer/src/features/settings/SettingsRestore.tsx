// Restoring this PC from a backup: from a chosen file (any host) or from the
// Electron host's backup folder. Anything not yet sent to the server must be
// given up explicitly; a refused file leaves the data as it was.
import { useRef, useState } from 'react';
import { BACKUP_FILE_SUFFIX } from './backup/format';
import { restoreFromChosenFile } from './commands';
import { useRestoreGate, useRestoreRunner } from './useRestore';
import { useLanguage } from '@renderer/i18n/language';

/** "Restore from a file": the unsent-data gate, the file choice and the result. The input is hidden
 * behind our own button, because the browser labels its file control in the system's language, not ours. */
export function RestoreFromFile({
  gate,
  runner,
}: {
  gate: ReturnType<typeof useRestoreGate>;
  runner: ReturnType<typeof useRestoreRunner>;
}) {
  const { t } = useLanguage();
  const input = useRef<HTMLInputElement>(null);
  const [passphrase, setPassphrase] = useState('');
  return (
    <div className="field">
      <label>
        {t('settings.restorePassphrase')}{' '}
        <input
          type="password"
          autoComplete="off"
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
          data-testid="restore-passphrase"
        />
      </label>{' '}
      <button
        type="button"
        disabled={gate.blocked || runner.busy}
        onClick={() => input.current?.click()}
        title={t('settings.restoreChooseFile')}
        data-testid="restore-file-button"
      >
        {t('settings.restoreFromFile')}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept={`${BACKUP_FILE_SUFFIX},application/octet-stream`}
        disabled={gate.blocked || runner.busy}
        aria-label={t('settings.restoreChooseFile')}
        data-testid="restore-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void runner.run(() => restoreFromChosenFile(file, passphrase));
        }}
      />
    </div>
  );
}

/** On a blank PC (first run): bring the office back from an earlier backup file instead of setting it up anew. */
export function FirstRunRestore() {
  const { t } = useLanguage();
  const gate = useRestoreGate();
  const runner = useRestoreRunner();
  const [open, setOpen] = useState(false);
  return (
    <div className="screen narrow" data-testid="first-run-restore">
      {open ? (
        <section>
          <h2>{t('settings.restoreTitle')}</h2>
          <p className="msg">{t('settings.restoreWarning')}</p>
          <RestoreFromFile gate={gate} runner={runner} />
          {runner.message}
        </section>
      ) : (
        <button type="button" onClick={() => setOpen(true)} data-testid="first-run-restore-open">
          {t('settings.restoreFirstRun')}
        </button>
      )}
    </div>
  );
}
