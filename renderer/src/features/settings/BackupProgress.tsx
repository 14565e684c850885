// The backup being written: tables and files, n of m.
import { useSyncExternalStore } from 'react';
import { useLanguage } from '@renderer/i18n/language';
import { ProgressBar } from '@renderer/ui/ProgressBar';
import { backupProgress } from './backup/progress';

export function BackupProgress() {
  const { t } = useLanguage();
  const progress = useSyncExternalStore(backupProgress.subscribe, backupProgress.get);
  return progress ? <ProgressBar label={t('progress.backup')} counted={progress} testId="backup-progress" /> : null;
}
