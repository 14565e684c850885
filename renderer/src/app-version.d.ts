/** The app's version from package.json, put in at build time (renderer/vite.config.ts, vitest.config.ts). */
declare const __APP_VERSION__: string;
