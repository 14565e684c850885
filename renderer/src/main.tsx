import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@renderer/app/App';
import { refreshDatabaseQueriesOnWrites } from '@renderer/app/react-query-bridge';
import { db } from '@renderer/db/database';
import { loadPublishedVersions } from '@renderer/catalog/published';
import { startScheduledBackups } from '@renderer/features/settings/backup/service';
import { host } from '@renderer/host/host';
import { LanguageProvider } from '@renderer/i18n/language';
import './styles.css';

// Screens read IndexedDB as live queries (db/live.ts). React Query is left only for the
// commission, district and hand-over reads until they become live queries too; then
// this provider, app/react-query-bridge.ts and the dependency can go.
// networkMode 'always': those reads must run (not pause) with the network down.
const queryClient = new QueryClient({
  defaultOptions: {
    queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false, networkMode: 'always' },
    mutations: { networkMode: 'always' },
  },
});

refreshDatabaseQueriesOnWrites(queryClient);

const render = () =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <LanguageProvider>
          <App />
        </LanguageProvider>
      </QueryClientProvider>
    </StrictMode>,
  );

// The desktop host asks for scheduled backups; in a browser this does nothing.
startScheduledBackups(host, db);

// Catalog and calendar versions pulled earlier are put in force before the first
// screen; a storage failure still renders the app, whose banner reports it.
void loadPublishedVersions(db)
  .catch(() => undefined)
  .finally(render);
