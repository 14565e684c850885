// `npm run admin -- <command> [args]`: districts, offices, enrollment codes,
// devices, publications and backups, against the same storage as the server.
import { spawnSync } from 'node:child_process';
import { readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CalendarData } from '../../../shared/calendar/calendar-data';
import { loadCatalogFile } from '../../../shared/catalog/load';
import { ThresholdTable } from '../../../shared/commission/thresholds';
import type { PublicationKind } from '../../../shared/sync/protocol';
import type { z } from 'zod';
import { configFromEnv } from '../config';
import { openStore, type SqlStore } from '../storage';
import { PostgresDriver } from '../storage/postgres';
import { SqliteDriver } from '../storage/sqlite';
import { fileURLToPath } from 'node:url';
import { addConsoleAdmin, askPassword } from '../console/admin-command';
import { planAlmatyImport } from './almaty-import';
import { commandList, parseAdminArgs } from './args';
import { restore } from './restore';
import { say } from './texts';

/**
 * Runs one admin command. Returns the exit code: 0 done, 1 refused or failed, 2 wrong arguments
 * (said on `error`, with the command's usage, before the database is touched).
 */
export async function runAdmin(
  argv: string[],
  store: SqlStore,
  log: (line: string) => void = console.log,
  error: (line: string) => void = console.error,
  readPassword: () => Promise<string> = askPassword,
): Promise<number> {
  const parsed = parseAdminArgs(argv);
  if (parsed.kind === 'help') {
    log(`${say('usage')}\n${commandList()}`);
    return 0;
  }
  if (parsed.kind === 'error') {
    error(parsed.message);
    return 2;
  }
  const { name, args, options } = parsed.command;
  switch (name) {
    case 'district:add':
      await store.admin.createDistrict(args[0], args[1], options.ru);
      log(say('districtSaved', { code: args[0], name: args[1] }));
      return 0;
    case 'office:add':
      await store.admin.createOffice(args[0], args[1], args[2], options.ru);
      log(say('officeSaved', { code: args[0], name: args[1], district: args[2] }));
      return 0;
    case 'import:almaty': {
      const folder = resolve(args[0] ?? fileURLToPath(new URL('../../reference', import.meta.url)));
      const plan = planAlmatyImport(
        readFileSync(join(folder, 'almaty-district-departments.csv'), 'utf8'),
        readFileSync(join(folder, 'almaty-village-akimats.csv'), 'utf8'),
      );
      for (const d of plan.districts) await store.admin.createDistrict(d.code, d.name, d.nameRu);
      for (const o of plan.offices) await store.admin.createOffice(o.code, o.name, o.districtCode, o.nameRu);
      log(say('imported', { districts: plan.districts.length, offices: plan.offices.length }));
      if (plan.unmatched.length > 0) log(say('unmatched', { rows: plan.unmatched.join('; ') }));
      return 0;
    }
    case 'offices:list':
      for (const o of await store.admin.listOffices()) log(`${o.code}\t${o.districtCode}\t${o.name}`);
      return 0;
    case 'districts:list':
      for (const d of await store.admin.listDistricts()) log(`${d.code}\t${d.name}`);
      return 0;
    case 'code:issue': {
      const officeCode = options.office;
      const districtCode = options.district;
      const hours = Number(options.hours ?? 168);
      const code = await store.admin.issueEnrollmentCode({ officeCode, districtCode }, hours);
      log(say('codeIssued', { target: officeCode ?? districtCode ?? '', hours, code }));
      return 0;
    }
    case 'devices:list': {
      const devices = await store.devices.list();
      if (devices.length === 0) log(say('noDevices'));
      for (const d of devices)
        log(
          [
            d.id,
            d.kind,
            d.officeCode ?? '-',
            d.districtCode,
            d.name ?? '',
            d.enrolledAt,
            d.revokedAt ? `revoked ${d.revokedAt}` : 'active',
          ].join('\t'),
        );
      return 0;
    }
    case 'devices:revoke': {
      const ok = await store.devices.revoke(args[0]);
      log(say(ok ? 'revoked' : 'notRevoked', { id: args[0] }));
      return ok ? 0 : 1;
    }
    case 'publish:catalog': {
      const raw = JSON.parse(readFileSync(args[0], 'utf8'));
      const entries = loadCatalogFile(raw);
      const version = options.version ?? entries[0].act.id;
      const seq = await store.admin.publish('catalog', version, raw);
      log(say('published', { kind: 'catalog', version, seq }));
      return 0;
    }
    case 'publish:calendar':
      return publishTable(store, 'calendar', CalendarData, args[0], log);
    case 'publish:thresholds':
      return publishTable(store, 'thresholds', ThresholdTable, args[0], log);
    case 'backup':
      return backup(store, args[0], log);
    case 'console:add-admin':
      return addConsoleAdmin(store, args[0], options.district, await readPassword(), log, error);
    case 'restore':
      return restore(store, args[0], log);
    default:
      throw new Error(`admin command without a handler: ${name}`);
  }
}

/** Publishes a whole versioned table (calendar, thresholds) after checking it with its schema; a broken file is refused. */
async function publishTable<T extends { version: string }>(
  store: SqlStore,
  kind: PublicationKind,
  schema: z.ZodType<T>,
  file: string,
  log: (line: string) => void,
): Promise<number> {
  const parsed = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    log(say('invalidFile', { problem: `${parsed.error.issues[0].path.join('.')}: ${parsed.error.issues[0].message}` }));
    return 1;
  }
  const seq = await store.admin.publish(kind, parsed.data.version, parsed.data);
  log(say('published', { kind, version: parsed.data.version, seq }));
  return 0;
}

async function backup(store: SqlStore, target: string | undefined, log: (line: string) => void): Promise<number> {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  if (target?.endsWith('.json')) return exportJson(store, resolve(target), log);
  if (store.driver instanceof SqliteDriver) {
    const file = resolve(target ?? `sync-backup-${stamp}.sqlite`);
    await store.driver.backup(file);
    log(say('backedUp', { method: 'sqlite backup API', target: file }));
    return 0;
  }
  const url = store.driver instanceof PostgresDriver ? store.driver.connectionString : configFromEnv().databaseUrl!;
  const hasPgDump = spawnSync('pg_dump', ['--version']).status === 0;
  if (hasPgDump) {
    const file = resolve(target ?? `sync-backup-${stamp}.sql`);
    const r = spawnSync('pg_dump', ['--dbname', url, '--file', file], { encoding: 'utf8' });
    if (r.status === 0) {
      log(say('backedUp', { method: 'pg_dump', target: file }));
      return 0;
    }
    log(say('failed', { problem: r.stderr.trim() }));
  }
  return exportJson(store, resolve(target ?? `sync-backup-${stamp}.json`), log);
}

/** Every table as JSON: what `restore` reads back into either database. */
async function exportJson(store: SqlStore, file: string, log: (line: string) => void): Promise<number> {
  writeFileSync(file, JSON.stringify(await store.exportAll()));
  log(say('backedUp', { method: 'JSON export', target: file }));
  return 0;
}

/** Whether this file is the program being run: compared as real paths (fileURLToPath, never URL.pathname, which keeps "Рабочий стол" percent-encoded; realpath, as the project may be reached through a link). */
function isMainModule(): boolean {
  if (!process.argv[1]) return false;
  try {
    return realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMainModule()) {
  const parsed = parseAdminArgs(process.argv.slice(2));
  if (parsed.kind === 'error') {
    console.error(parsed.message);
    process.exit(2);
  }
  const config = configFromEnv();
  const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  let code = 1;
  try {
    code = await runAdmin(process.argv.slice(2), store);
  } catch (error) {
    console.error(say('failed', { problem: error instanceof Error ? error.message : String(error) }));
  } finally {
    await store.close();
  }
  process.exit(code);
}
