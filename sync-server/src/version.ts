import { createRequire } from 'node:module';

const pkg = createRequire(import.meta.url)('../../package.json') as { version: string };

/** The server's own version, reported by /health. */
export const SERVER_VERSION: string = pkg.version;
