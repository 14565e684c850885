// `npm run admin -- <command> [args]`: districts, offices, enrollment codes,
// devices, publications and backups, against the same storage as the server.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
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
import { planAlmatyImport } from './almaty-import';
import { restore } from './restore';
import { say } from './texts';

const COMMANDS = `
  district:add <code> <name> [--ru <Russian name>]
  office:add <code> <name> <districtCode> [--ru <Russian name>]
  import:almaty [folder with almaty-*.csv]      (default sync-server/reference)
  offices:list | districts:list
  code:issue --office <code> | --district <code> [--hours 168]
  devices:list
  devices:revoke <deviceId>
  publish:catalog <file.json> [--version V]
  publish:calendar <file.json>
  publish:thresholds <file.json>                (income thresholds for the commission)
  backup [target]
  restore <backup.sqlite | backup.sql | backup.json>   (server stopped; starts a new epoch)`;

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

export async function runAdmin(argv: string[], store: SqlStore, log: (line: string) => void = console.log): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case 'district:add':
      await store.admin.createDistrict(args[0], args[1], option(args, '--ru'));
      log(say('districtSaved', { code: args[0], name: args[1] }));
      return 0;
    case 'office:add':
      await store.admin.createOffice(args[0], args[1], args[2], option(args, '--ru'));
      log(say('officeSaved', { code: args[0], name: args[1], district: args[2] }));
      return 0;
    case 'import:almaty': {
      const folder = resolve(args[0] ?? fileURLToPath(new URL('../../reference', import.meta.url)));
      const plan = planAlmatyImport(
        readFileSync(join(folder, 'almaty-district-departments.csv'), 'utf8'),
        readFileSync(join(folder, 'almaty-village-akimats.csv'), 'utf8'),
      );
      for (const d of plan.districts) await store.admin.createDistrict(d.code, d.name);
      for (const o of plan.offices) await store.admin.createOffice(o.code, o.name, o.districtCode);
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
      const officeCode = option(args, '--office');
      const districtCode = option(args, '--district');
      const hours = Number(option(args, '--hours') ?? 168);
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
      const version = option(args, '--version') ?? entries[0].act.id;
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
    case 'restore':
      return restore(store, args[0], log);
    default:
      log(say('usage') + COMMANDS);
      return command ? 1 : 0;
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

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname);
if (isMain) {
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
