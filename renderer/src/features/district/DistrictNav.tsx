// The links of the district PC's header, and the akimat's extra link to the hand-over register.
import type { Route } from '@renderer/app/router';
import { DISTRICT_KEYS, keyOf } from '@renderer/app/function-keys';
import { useDistrictBackground } from './useDistrictBackground';
import { SettingsNavLink } from '@renderer/features/settings/SettingsScreen';
import { QualityNavLink } from '@renderer/features/quality/QualityScreen';
import { ComplaintsNavLink } from '@renderer/features/complaints/ComplaintsRoutes';
import type { TextKey } from '@renderer/texts';
import { useLanguage } from '@renderer/i18n/language';

const DISTRICT_LINKS: Array<[Route['screen'], TextKey]> = [
  ['inbox', 'district.navInbox'],
  ['search', 'common.search'],
  ['stats', 'reports.nav'],
  ['staff', 'common.staff'],
  ['sync', 'common.sync'],
];

export function DistrictNav({ current }: { current: Route['screen'] }) {
  const { t } = useLanguage();
  // The header stays while a district user is signed in: names and scans come in behind it.
  useDistrictBackground();
  return (
    <nav>
      {DISTRICT_LINKS.map(([screen, label]) => (
        <a key={screen} href={`#/${screen}`} className={current === screen ? 'active' : undefined} data-testid={`nav-${screen}`}>
          {t(label)}
          {keyOf(DISTRICT_KEYS, screen) && <kbd>{keyOf(DISTRICT_KEYS, screen)}</kbd>}
        </a>
      ))}
      <QualityNavLink current={current} />
      <ComplaintsNavLink active={current === 'complaints'} />
      <SettingsNavLink current={current} />
    </nav>
  );
}

export function HandOverNavLink({ current }: { current: Route['screen'] }) {
  const { t } = useLanguage();
  return (
    <a href="#/handover" className={current === 'handover' ? 'active' : undefined} data-testid="nav-handover">
      {t('common.handOverRegister')}
    </a>
  );
}
