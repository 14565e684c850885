// The commission's entry in the navigation and its three screens.
import { useEffect } from 'react';
import type { CommissionRoute } from './route';
import { preparePrinting } from './print';
import { CommissionScreen } from './CommissionScreen';
import { CommissionSessionScreen } from './CommissionSessionScreen';
import { CommissionCaseScreen } from './CommissionCaseScreen';
import { useLanguage } from '@renderer/i18n/language';

export function CommissionNavLink({ active }: { active: boolean }) {
  const { t } = useLanguage();
  // The link sits in the header of every signed-in screen: warm the printing up once the screen has settled.
  useEffect(() => {
    const timer = setTimeout(() => void preparePrinting(), 2000);
    return () => clearTimeout(timer);
  }, []);
  return (
    <a href="#/commission" className={active ? 'active' : undefined} data-testid="nav-commission">
      {t('commission.navCommission')}
    </a>
  );
}

export function CommissionRoutes({ route }: { route: CommissionRoute }) {
  if (route.view === 'session' && route.id) return <CommissionSessionScreen key={route.id} sessionId={route.id} />;
  if (route.view === 'case' && route.id) return <CommissionCaseScreen key={route.id} caseId={route.id} />;
  return <CommissionScreen />;
}
