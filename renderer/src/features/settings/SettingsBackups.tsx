// The backup part of the settings screen. In Electron: the backup folder (a USB
// drive can be chosen), "back up now", the scheduled backup's last result and
// the saved backups with restore. In a browser: download one backup file. Both:
// restore from a file.
import { useState, useSyncExternalStore } from 'react';
import type { BackupOutcome } from '@shared/host/bridge';
import { useSession } from '@renderer/app/session';
import { scheduledBackups } from './backup/service';
import { MIN_PASSPHRASE } from './backup/service';
import { backUpToHost, downloadBackupFile, restoreFromHostBackup } from './commands';
import { host } from '@renderer/host/host';
import { useLanguage } from '@renderer/i18n/language';
import { formatMoment } from '@renderer/features/sync/useSync';
import { BackupProgress } from './BackupProgress';
import { RestoreFromFile } from './SettingsRestore';
import { useRestoreGate, useRestoreRunner } from './useRestore';
import { useHostBackups } from './queries';
import { sizeText } from '@renderer/features/settings/size-text';

const FOLDER_KEY = 'akimat.backupFolder';

function rememberedFolder(): string | null {
  try {
    return localStorage.getItem(FOLDER_KEY);
  } catch {
    return null;
  }
}

function useBackupOutcomeText(): (outcome: BackupOutcome) => string {
  const { lang, t } = useLanguage();
  return (outcome) => {
    if (outcome.ok)
      return t('settings.backupDone', {
        files: t('common.files', { count: outcome.backup.files }),
        size: sizeText(lang, outcome.backup.bytes),
      });
    return outcome.reason === 'noFolder'
      ? t('settings.backupNoFolder')
      : t('settings.backupFailed', { reason: outcome.detail ?? outcome.reason });
  };
}

function HostBackups() {
  const { lang, t } = useLanguage();
  const outcomeText = useBackupOutcomeText();
  const list = useHostBackups();
  const last = useSyncExternalStore(scheduledBackups.subscribe, scheduledBackups.get);
  const [folder, setFolder] = useState(rememberedFolder);
  const [working, setWorking] = useState(false);
  const [made, setMade] = useState<BackupOutcome | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const gate = useRestoreGate();
  const runner = useRestoreRunner();
  const shownFolder = folder ?? list.data?.[0]?.folder;

  async function backUpNow() {
    if (passphrase.length < MIN_PASSPHRASE) {
      setMade({ ok: false, reason: 'failed', detail: t('settings.backupPassphraseShort') });
      return;
    }
    setWorking(true);
    setMade(await backUpToHost(passphrase));
    setWorking(false);
    await list.reload();
  }

  async function chooseFolder() {
    const answer = await host.chooseBackupFolder!();
    if (!answer.ok) return;
    setFolder(answer.folder);
    try {
      localStorage.setItem(FOLDER_KEY, answer.folder);
    } catch {
      // The host remembers it anyway.
    }
    await list.reload();
  }

  return (
    <>
      <p className="msg">{t('settings.backupIntroElectron')}</p>
      <p data-testid="backup-folder">
        {t('settings.backupFolder')}: <strong>{shownFolder ?? t('settings.backupFolderUnknown')}</strong>{' '}
        {host.chooseBackupFolder && (
          <button type="button" onClick={() => void chooseFolder()} data-testid="backup-choose-folder">
            {t('settings.backupChooseFolder')}
          </button>
        )}
      </p>
      <PassphraseField value={passphrase} onChange={setPassphrase} />
      <p>
        <button type="button" onClick={() => void backUpNow()} disabled={working} data-testid="backup-now">
          {working ? t('settings.backupWorking') : t('settings.backupNow')}
        </button>
      </p>
      <BackupProgress />
      {made && (
        <div className={`banner ${made.ok ? 'ok' : 'error'}`} role="alert" data-testid="backup-result">
          {outcomeText(made)}
        </div>
      )}
      {last && (
        <p className={last.outcome.ok ? 'msg' : 'msg error'} data-testid="backup-last">
          {last.outcome.ok
            ? t('settings.backupLast', { when: formatMoment(last.at, lang) })
            : t('settings.backupLastFailed', { reason: outcomeText(last.outcome) })}
        </p>
      )}
      <h3>{t('settings.backupList')}</h3>
      {list.data?.length ? (
        <table className="cases backups" data-testid="backup-list">
          <thead>
            <tr>
              <th>{t('common.date')}</th>
              <th>{t('settings.backupColVersion')}</th>
              <th>{t('settings.backupColFiles')}</th>
              <th>{t('settings.backupColSize')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {list.data.map((b) => (
              <tr key={b.id}>
                <td>{formatMoment(b.createdAt, lang)}</td>
                <td>{b.appVersion}</td>
                <td>{b.files}</td>
                <td>{sizeText(lang, b.bytes)}</td>
                <td>
                  <button
                    type="button"
                    disabled={gate.blocked || runner.busy}
                    onClick={() => void runner.run(() => restoreFromHostBackup(b.id, passphrase))}
                    data-testid={`restore-${b.id}`}
                  >
                    {t('settings.restoreButton')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="msg">{t('settings.backupListEmpty')}</p>
      )}
      <h3>{t('settings.restoreTitle')}</h3>
      <p className="msg">{t('settings.restoreWarning')}</p>
      {gate.warning}
      <RestoreFromFile gate={gate} runner={runner} />
      {runner.message}
    </>
  );
}

function BrowserBackups() {
  const { t } = useLanguage();
  const { settings } = useSession();
  const [working, setWorking] = useState(false);
  const [result, setResult] = useState<Awaited<ReturnType<typeof downloadBackupFile>> | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const gate = useRestoreGate();
  const runner = useRestoreRunner();

  async function download() {
    if (passphrase.length < MIN_PASSPHRASE) {
      setResult({ ok: false, detail: t('settings.backupPassphraseShort') });
      return;
    }
    setWorking(true);
    setResult(await downloadBackupFile(settings.officeCode, passphrase));
    setWorking(false);
  }

  return (
    <>
      <p className="msg">{t('settings.backupIntroBrowser')}</p>
      <PassphraseField value={passphrase} onChange={setPassphrase} />
      <p>
        <button type="button" onClick={() => void download()} disabled={working} data-testid="backup-download">
          {working ? t('settings.backupWorking') : t('settings.backupDownload')}
        </button>
      </p>
      <BackupProgress />
      {result && (
        <div className={`banner ${result.ok ? 'ok' : 'error'}`} role="alert" data-testid="backup-result">
          {result.ok ? t('settings.backupDownloaded', { name: result.name }) : t('settings.backupFailed', { reason: result.detail })}
        </div>
      )}
      <h3>{t('settings.restoreTitle')}</h3>
      <p className="msg">{t('settings.restoreWarning')}</p>
      {gate.warning}
      <RestoreFromFile gate={gate} runner={runner} />
      {runner.message}
    </>
  );
}

/** The office's backup passphrase, asked at each manual backup (the desktop host keeps it for scheduled ones). */
function PassphraseField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useLanguage();
  return (
    <p>
      <label>
        {t('settings.backupPassphrase')}{' '}
        <input
          type="password"
          autoComplete="new-password"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          data-testid="backup-passphrase"
        />
      </label>
    </p>
  );
}

export function SettingsBackups() {
  const { t } = useLanguage();
  const electron = host.backupNow !== undefined && host.listBackups !== undefined;
  return (
    <section data-testid="settings-backups">
      <h2>{t('settings.backupTitle')}</h2>
      {electron ? <HostBackups /> : <BrowserBackups />}
    </section>
  );
}
