// The running sync's progress: files uploaded n of m, events sent n of m,
// events received so far (the server does not say how many are left).
import { useSyncExternalStore } from 'react';
import { useLanguage } from '@renderer/i18n/language';
import { ProgressBar } from '@renderer/ui/ProgressBar';
import { syncProgress } from './useSync';

export function SyncProgressBars() {
  const { t } = useLanguage();
  const progress = useSyncExternalStore(syncProgress.subscribe, syncProgress.get);
  if (!progress) return null;
  return <ProgressBar label={t(`progress.${progress.phase}`)} counted={progress} testId={`sync-progress-${progress.phase}`} />;
}
