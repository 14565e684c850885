// `npm run server`: the sync server on 127.0.0.1:8787 with a SQLite file under ./.data by default.
import { buildServer } from './app';
import { configFromEnv } from './config';
import { DatabaseDamagedError, DataFolderError, openStore, SchemaTooNewError } from './storage';

const config = configFromEnv();
/** The operator needs the one line that says what to do, not a stack trace. */
function stopWith(error: unknown): never {
  if (!(error instanceof SchemaTooNewError || error instanceof DataFolderError || error instanceof DatabaseDamagedError)) throw error;
  console.error(`The sync server did not start. ${error.message}`);
  process.exit(1);
}
const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }).catch(stopWith);
const { app, attachments, sweeper } = (() => {
  try {
    return buildServer(config, store);
  } catch (error) {
    return stopWith(error);
  }
})();
if (store.lossDetected) app.log.error(store.lossDetected);
const recovered = await attachments.recover().catch(stopWith);
if (recovered > 0) app.log.info({ recovered }, 'verified uploads that finished before a restart');
await app.listen({ host: config.host, port: config.port });
sweeper.start();
app.log.info({ storage: store.description, attachments: attachments.files.description, dataDir: config.dataDir }, 'sync server ready');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await app.close();
    await store.close();
    process.exit(0);
  });
}
