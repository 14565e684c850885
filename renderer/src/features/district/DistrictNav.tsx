// The links of the district PC's header, and the akimat's extra link to the hand-over register.
import type { Route } from '@renderer/app/router';
import { useDistrictText, type DistrictTextKey } from './texts';
import { useDistrictBackground } from './useDistrictBackground';
import { SettingsNavLink } from '@renderer/features/settings/SettingsScreen';

const DISTRICT_LINKS: Array<[Route['screen'], DistrictTextKey]> = [
  ['inbox', 'navInbox'],
  ['search', 'navSearch'],
  ['staff', 'navStaff'],
  ['sync', 'navSync'],
];

export function DistrictNav({ current }: { current: Route['screen'] }) {
  const d = useDistrictText();
  // The header stays while a district user is signed in: names and scans come in behind it.
  useDistrictBackground();
  return (
    <nav>
      {DISTRICT_LINKS.map(([screen, label]) => (
        <a key={screen} href={`#/${screen}`} className={current === screen ? 'active' : undefined} data-testid={`nav-${screen}`}>
          {d(label)}
        </a>
      ))}
      <SettingsNavLink current={current} />
    </nav>
  );
}

export function HandOverNavLink({ current }: { current: Route['screen'] }) {
  const d = useDistrictText();
  return (
    <a href="#/handover" className={current === 'handover' ? 'active' : undefined} data-testid="nav-handover">
      {d('navHandOver')}
    </a>
  );
}
