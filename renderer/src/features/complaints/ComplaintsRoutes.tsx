// The complaints journal's entry in the navigation (akimat and district PCs) and its screens.
import { useLanguage } from '@renderer/i18n/language';
import { ComplaintScreen } from './ComplaintScreen';
import { JournalScreen } from './JournalScreen';
import { RegisterForm } from './RegisterForm';
import type { ComplaintsRoute } from './route';

export function ComplaintsNavLink({ active }: { active: boolean }) {
  const { t } = useLanguage();
  return (
    <a href="#/complaints" className={active ? 'active' : undefined} data-testid="nav-complaints">
      {t('complaints.nav')}
    </a>
  );
}

export function ComplaintsRoutes({ route }: { route: ComplaintsRoute }) {
  if (route.view === 'new') return <RegisterForm />;
  if (route.view === 'item' && route.id) return <ComplaintScreen key={route.id} id={route.id} />;
  return <JournalScreen />;
}
