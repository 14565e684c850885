import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@renderer/app/App';
import { db } from '@renderer/db/database';
import { loadPublishedVersions } from '@renderer/catalog/published';
import { startScheduledBackups } from '@renderer/features/settings/backup/service';
import { host } from '@renderer/host/host';
import { LanguageProvider } from '@renderer/i18n/language';
import './styles.css';

// Data lives on this PC: nothing goes stale by itself, writes invalidate what they change.
// networkMode 'always': queries read IndexedDB, so they must run (not pause) with the network down.
const queryClient = new QueryClient({
  defaultOptions: {
    queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false, networkMode: 'always' },
    mutations: { networkMode: 'always' },
  },
});

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
