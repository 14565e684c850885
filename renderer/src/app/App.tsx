// The frame of the app: first-run setup, sign-in, then the screens with the
// navigation, language switch and storage problems on top.
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { LANGUAGES } from '@shared/i18n/translate';
import { useOfficeSettings } from '@renderer/features/setup/queries';
import { useUser } from '@renderer/features/staff/queries';
import type { UserRow } from '@renderer/db/schema';
import { useLanguage } from '@renderer/i18n/language';
import { useStorageProblem } from '@renderer/db/storage-problem';
import { navigate, useRoute, type Route } from './router';
import { SESSION_KEY, SessionProvider } from './session';
import { DISTRICT_ROLE_TEXT, ROLE_TEXT } from '@renderer/features/staff/roles';
import { SignInScreen } from '@renderer/features/staff/SignInScreen';
import { TodayScreen } from '@renderer/features/today/TodayScreen';
import { NewApplicationScreen } from '@renderer/features/intake/NewApplicationScreen';
import { SearchScreen } from '@renderer/features/search/SearchScreen';
import { RegisterScreen } from '@renderer/features/registers/RegisterScreen';
import { CaseScreen } from '@renderer/features/case/CaseScreen';
import { CommissionNavLink, CommissionRoutes } from '@renderer/features/commission/CommissionRoutes';
import { StaffScreen } from '@renderer/features/staff/StaffScreen';
import { STORAGE_TEXT, writeErrorText } from '@renderer/ui/problems';
import { SyncBadge } from '@renderer/features/sync/SyncBadge';
import { SyncScreen } from '@renderer/features/sync/SyncScreen';
import { useSignOutGuard } from '@renderer/features/sync/useSync';
import { SettingsNavLink, SettingsScreen } from '@renderer/features/settings/SettingsScreen';
import { FirstRunRestore } from '@renderer/features/settings/SettingsRestore';
import { useRestoring } from '@renderer/features/settings/restoring';
import { FirstRun } from '@renderer/features/setup/FirstRun';
import { DistrictNav, HandOverNavLink } from '@renderer/features/district/DistrictNav';
import { DistrictInboxScreen } from '@renderer/features/district/DistrictInboxScreen';
import { HandOverRegisterScreen } from '@renderer/features/handover/HandOverRegisterScreen';
import { QualityScreen } from '@renderer/features/quality/QualityScreen';
import { StatsScreen } from '@renderer/features/reports/StatsScreen';
import { usePrefetchCharts } from '@renderer/features/reports/charts-chunk';
import { useDeferredStatsDaysBuild } from '@renderer/features/reports/useStatsDaysBuild';
import { deviceKindOf } from '@renderer/features/district/device';
import type { TextKey } from '@renderer/texts';
import { APP_VERSION } from '@renderer/features/diagnostics/error-log';
import { useUpdateNotice } from '@renderer/features/diagnostics/queries';
import { UpdateBanner } from '@renderer/features/diagnostics/UpdateBanner';
import { ComplaintsNavLink, ComplaintsRoutes } from '@renderer/features/complaints/ComplaintsRoutes';
import { ScreenBoundary } from './ScreenBoundary';
import { keyOf, keysFor } from './function-keys';
import { PersistDeniedNotice } from './PersistDeniedNotice';

const NAV: Array<[Route['screen'], TextKey]> = [
  ['today', 'app.navToday'],
  ['new', 'common.newApplication'],
  ['search', 'common.search'],
  ['register', 'common.incomingRegister'],
  ['stats', 'reports.nav'],
  ['staff', 'common.staff'],
];

function readSession(): string | null {
  try {
    return sessionStorage.getItem(SESSION_KEY);
  } catch {
    return null;
  }
}

export function App() {
  const i18n = useLanguage();
  const { t, lang, setLang } = i18n;
  const problem = useStorageProblem();
  const route = useRoute();
  const [userId, setUserId] = useState<string | null>(readSession);
  const restoring = useRestoring();
  const liveSettings = useOfficeSettings();
  const liveUser = useUser(userId, !!liveSettings.data);
  const updateNotice = useUpdateNotice();
  // While a restore replaces the data the frame holds what it showed, so the restore's
  // message stays on screen until the app reloads on the restored data.
  const shown = useRef({ settings: liveSettings, user: liveUser });
  if (!restoring) shown.current = { settings: liveSettings, user: liveUser };
  const { settings, user } = shown.current;

  // Function keys move between the main screens without the mouse (function-keys.ts: by the kind of PC).
  const keys = keysFor(settings.data?.kind === 'district');
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const screen = keys[e.key];
      if (screen) {
        e.preventDefault();
        navigate({ screen } as Route);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [keys]);

  function signIn(u: UserRow) {
    try {
      sessionStorage.setItem(SESSION_KEY, u.id);
    } catch {
      // Without sessionStorage the user signs in again after a reload.
    }
    setUserId(u.id);
  }

  function signOut() {
    try {
      sessionStorage.removeItem(SESSION_KEY);
    } catch {
      // nothing to forget
    }
    setUserId(null);
  }

  const { guardedSignOut, blocked: signOutBlocked } = useSignOutGuard(signOut, lang);
  usePrefetchCharts(!!user.data);
  useDeferredStatsDaysBuild(!!user.data);

  const languageSwitch = (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset would bring its border and legend into the header.
    <div className="lang" role="group" aria-label={t('app.language')}>
      {LANGUAGES.map((l) => (
        <button
          key={l}
          type="button"
          className={l === lang ? 'active' : undefined}
          onClick={() => setLang(l)}
          data-testid={`lang-${l}`}
          aria-pressed={l === lang}
        >
          {l === 'kk' ? 'ҚАЗ' : 'РУС'}
        </button>
      ))}
    </div>
  );
  const banner = problem && (
    <div className="banner error storage" role="alert" data-testid="storage-problem">
      {t(STORAGE_TEXT[problem])}
      {problem === 'versionchange' && (
        <button type="button" onClick={() => window.location.reload()}>
          {t('app.reload')}
        </button>
      )}
    </div>
  );

  const version = (
    <small className="version" data-testid="app-version">
      {t('app.version', { version: APP_VERSION })}
    </small>
  );

  let body: ReactNode;
  if (settings.isLoading || (settings.data && user.isLoading)) body = <div className="screen">{t('common.loading')}</div>;
  else if (settings.error) body = <div className="banner error">{writeErrorText(settings.error, i18n)}</div>;
  else if (!settings.data)
    body = (
      <>
        <FirstRun />
        <FirstRunRestore />
      </>
    );
  else if (!user.data) body = <SignInScreen settings={settings.data} onSignedIn={signIn} />;

  if (body || !settings.data || !user.data) {
    return (
      <div className="app">
        <header>
          <span className="brand">
            {settings.data && deviceKindOf(settings.data) === 'district' ? t('app.nameDistrict') : t('app.name')} {version}
          </span>
          {languageSwitch}
        </header>
        {banner}
        <UpdateBanner notice={updateNotice} />
        <main>
          <ScreenBoundary screen="start">{body}</ScreenBoundary>
        </main>
      </div>
    );
  }

  const session = { settings: settings.data, user: user.data, signOut };
  // A district department's PC shows the department's desk instead of the akimat's screens.
  const district = deviceKindOf(settings.data) === 'district';
  return (
    <SessionProvider value={session}>
      <div className="app">
        <header>
          <span className="brand">
            {lang === 'kk' ? settings.data.nameKk : settings.data.nameRu} {version}
          </span>
          {district ? (
            <DistrictNav current={route.screen} />
          ) : (
            <nav>
              {NAV.map(([screen, label]) => (
                <a
                  key={screen}
                  href={`#/${screen}`}
                  className={route.screen === screen ? 'active' : undefined}
                  data-testid={`nav-${screen}`}
                >
                  {t(label)}
                  {keyOf(keys, screen) && <kbd>{keyOf(keys, screen)}</kbd>}
                </a>
              ))}
              <CommissionNavLink active={route.screen === 'commission'} />
              <ComplaintsNavLink active={route.screen === 'complaints'} />
              <HandOverNavLink current={route.screen} />
              <SettingsNavLink current={route.screen} />
            </nav>
          )}
          <SyncBadge />
          {languageSwitch}
          <UserBadge name={user.data.name} role={district ? t(DISTRICT_ROLE_TEXT[user.data.role]) : t(ROLE_TEXT[user.data.role])} />
          <button type="button" onClick={guardedSignOut} data-testid="sign-out">
            {t('app.signOut')}
          </button>
        </header>
        {banner}
        {signOutBlocked && (
          <div className="banner error storage" role="alert" data-testid="sign-out-blocked">
            {signOutBlocked}
          </div>
        )}
        <PersistDeniedNotice />
        <UpdateBanner notice={updateNotice} />
        <main>
          <ScreenBoundary
            screen={route.screen}
            resetKey={
              route.screen === 'case'
                ? `case:${route.caseId}`
                : route.screen === 'complaints'
                  ? `complaints:${route.id ?? route.view ?? ''}`
                  : route.screen
            }
          >
            {route.screen === 'today' && (district ? <DistrictInboxScreen /> : <TodayScreen />)}
            {route.screen === 'inbox' && <DistrictInboxScreen />}
            {route.screen === 'handover' && <HandOverRegisterScreen />}
            {route.screen === 'quality' && <QualityScreen />}
            {route.screen === 'new' && <NewApplicationScreen />}
            {route.screen === 'search' && <SearchScreen initial={route.query} />}
            {route.screen === 'register' && <RegisterScreen />}
            {route.screen === 'stats' && <StatsScreen />}
            {route.screen === 'staff' && <StaffScreen />}
            {route.screen === 'sync' && <SyncScreen />}
            {route.screen === 'settings' && <SettingsScreen />}
            {route.screen === 'case' && <CaseScreen key={route.caseId} caseId={route.caseId} />}
            {route.screen === 'commission' && <CommissionRoutes route={route} />}
            {route.screen === 'complaints' && <ComplaintsRoutes route={route} />}
          </ScreenBoundary>
        </main>
      </div>
    </SessionProvider>
  );
}

/** The signed-in user: the name on its own line, whole; the role under it (a long Russian role no longer cuts the name). */
function UserBadge({ name, role }: { name: string; role: string }) {
  const { t } = useLanguage();
  return (
    <span className="user" title={t('app.signedInAs', { name, role })} data-testid="header-user">
      <span className="user-name">{name}</span>
      <span className="user-role">{role}</span>
    </span>
  );
}
