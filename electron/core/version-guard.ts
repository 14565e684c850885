// The downgrade guard: the app writes its version into the data folder, and an
// older build refuses to open a data folder a newer build has already used
// (a newer IndexedDB schema opened by older code can lose users' data).
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const VERSION_FILE = 'app-version.json';

interface ParsedVersion {
  core: [number, number, number];
  prerelease: string[];
}

function parseVersion(version: string): ParsedVersion {
  const match = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+.*)?$/.exec(version.trim());
  if (!match) throw new Error(`not a version: ${JSON.stringify(version)}`);
  return { core: [Number(match[1]), Number(match[2]), Number(match[3])], prerelease: match[4] ? match[4].split('.') : [] };
}

/** Semantic-version order: negative when a < b, 0 when equal, positive when a > b. */
export function compareVersions(a: string, b: string): number {
  const x = parseVersion(a);
  const y = parseVersion(b);
  for (let i = 0; i < 3; i++) if (x.core[i] !== y.core[i]) return x.core[i] - y.core[i];
  // A release is newer than its pre-releases (1.0.0 > 1.0.0-beta.2).
  if (x.prerelease.length === 0 || y.prerelease.length === 0) return y.prerelease.length - x.prerelease.length;
  for (let i = 0; i < Math.min(x.prerelease.length, y.prerelease.length); i++) {
    const p = x.prerelease[i];
    const q = y.prerelease[i];
    if (p === q) continue;
    const pn = /^\d+$/.test(p);
    const qn = /^\d+$/.test(q);
    if (pn && qn) return Number(p) - Number(q);
    if (pn !== qn) return pn ? -1 : 1;
    return p < q ? -1 : 1;
  }
  return x.prerelease.length - y.prerelease.length;
}

export type VersionCheck =
  | { ok: true; previous?: string; firstRun: boolean }
  | { ok: false; reason: 'newerData'; dataVersion: string; appVersion: string };

/** Reads the version stamped in the data folder, if any. A damaged stamp counts as none. */
export function readDataVersion(dataDir: string): string | undefined {
  try {
    const stamp = JSON.parse(readFileSync(join(dataDir, VERSION_FILE), 'utf8')) as { version?: unknown };
    if (typeof stamp.version !== 'string') return undefined;
    parseVersion(stamp.version);
    return stamp.version;
  } catch {
    return undefined;
  }
}

/**
 * Checks the data folder against the running version and, when the app may
 * open it, stamps the running version (never lowering it). Call before any
 * window opens.
 */
export function guardDataVersion(dataDir: string, appVersion: string, now: Date = new Date()): VersionCheck {
  const dataVersion = readDataVersion(dataDir);
  if (dataVersion !== undefined && compareVersions(dataVersion, appVersion) > 0) {
    return { ok: false, reason: 'newerData', dataVersion, appVersion };
  }
  if (dataVersion === undefined || compareVersions(appVersion, dataVersion) > 0) {
    mkdirSync(dataDir, { recursive: true });
    const file = join(dataDir, VERSION_FILE);
    writeFileSync(
      `${file}.tmp`,
      JSON.stringify({ version: appVersion, writtenAt: now.toISOString(), previous: dataVersion ?? null }, null, 2),
    );
    renameSync(`${file}.tmp`, file);
  }
  return { ok: true, previous: dataVersion, firstRun: dataVersion === undefined };
}
