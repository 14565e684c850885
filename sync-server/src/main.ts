// `npm run server`: the sync server on 127.0.0.1:8787 with a SQLite file under ./.data by default.
import { buildServer } from './app';
import { configFromEnv } from './config';
import { openStore, SchemaTooNewError } from './storage';

const config = configFromEnv();
const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }).catch((error: unknown) => {
  // The operator needs the one line that says what to do, not a stack trace.
  if (!(error instanceof SchemaTooNewError)) throw error;
  console.error(`The sync server did not start. ${error.message}`);
  process.exit(1);
});
const { app, attachments } = buildServer(config, store);
const recovered = await attachments.recover();
if (recovered > 0) app.log.info({ recovered }, 'verified uploads that finished before a restart');
await app.listen({ host: config.host, port: config.port });
app.log.info({ storage: store.description, attachments: attachments.files.description, dataDir: config.dataDir }, 'sync server ready');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await app.close();
    await store.close();
    process.exit(0);
  });
}
