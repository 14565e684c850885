import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@renderer/app/App';
import { db } from '@renderer/db/database';
import { loadPublishedVersions } from '@renderer/catalog/published';
import { startScheduledBackups } from '@renderer/features/settings/backup/service';
import { host } from '@renderer/host/host';
import { LanguageProvider } from '@renderer/i18n/language';
import { installErrorHandlers } from '@renderer/features/diagnostics/commands';
import './styles.css';

// Screens read IndexedDB as live queries (db/live.ts): nothing to refresh by hand after a write.
const render = () =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <LanguageProvider>
        <App />
      </LanguageProvider>
    </StrictMode>,
  );

// Uncaught errors go to the log; the screen is the route's first part only (a search may hold an IIN).
installErrorHandlers(window, () => /^#\/([a-z-]+)/.exec(window.location.hash)?.[1]);

// The desktop host asks for scheduled backups; in a browser this does nothing.
startScheduledBackups(host, db);

// Catalog and calendar versions pulled earlier are put in force before the first
// screen; a storage failure still renders the app, whose banner reports it.
void loadPublishedVersions(db)
  .catch(() => undefined)
  .finally(render);
