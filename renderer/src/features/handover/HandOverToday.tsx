// The akimat's Today, return-path part: packages the district sent back for
// rework (with its remarks on the case) and decisions that arrived and wait
// to be registered, as Today's sections (null while loading).
import { localMoment } from '@renderer/db/clock';
import { CaseTable } from '@renderer/ui/CaseTable';
import { useReturnPathLists } from './queries';
import { useLanguage } from '@renderer/i18n/language';
import type { TodaySection } from '@renderer/features/today/sections';

export function useHandOverTodaySections(): TodaySection[] | null {
  const { t } = useLanguage();
  const now = localMoment();
  const lists = useReturnPathLists();
  if (!lists.data) return null;
  const sections = [
    ['returned', t('handover.todayReturned'), lists.data.returned],
    ['arrived', t('handover.todayArrived'), lists.data.arrived],
  ] as const;
  return sections.map(([key, title, cases]) => ({
    key,
    title,
    count: cases.length,
    countTestId: `count-${key}`,
    body: <CaseTable cases={cases} now={now} />,
  }));
}
