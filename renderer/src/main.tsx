import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { db } from './app/database';
import { loadPublishedVersions } from './catalog/published';
import { startScheduledBackups } from './backup/service';
import { host } from './host/host';
import { LanguageProvider } from './i18n/language';
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
