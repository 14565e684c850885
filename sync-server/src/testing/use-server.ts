// A seeded in-process server for a describe block (or a file): started before
// its tests, closed after. The returned object reads through to the running
// server, so it can be kept in a `const` at collection time.
import { afterAll, beforeAll } from 'vitest';
import {
  backendResources,
  seedRegion,
  startServer,
  type AttachmentKind,
  type Backend,
  type BackendResources,
  type TestServer,
} from './harness';

/** The running server, and the resources (data folder, database, bucket) it was started on, to start another on them. */
export type UsedServer = TestServer & { readonly resources: BackendResources };

export function useTestServer(backend: Backend = 'sqlite', attachments: AttachmentKind = 'files'): UsedServer {
  let resources: BackendResources | undefined;
  let started: TestServer | undefined;
  beforeAll(async () => {
    resources = await backendResources(backend, attachments);
    started = await startServer(resources);
    await seedRegion(started.store);
  });
  afterAll(async () => {
    await started?.close();
    await resources?.dispose();
  });
  const live = (): TestServer => {
    if (!started) throw new Error('the test server is used outside its tests');
    return started;
  };
  return {
    get resources() {
      if (!resources) throw new Error('the test server is used outside its tests');
      return resources;
    },
    get url() {
      return live().url;
    },
    get store() {
      return live().store;
    },
    get attachments() {
      return live().attachments;
    },
    get limiter() {
      return live().limiter;
    },
    get dataDir() {
      return live().dataDir;
    },
    get databaseUrl() {
      return live().databaseUrl;
    },
    close: () => live().close(),
  };
}
