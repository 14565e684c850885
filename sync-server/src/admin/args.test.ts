// The admin CLI's arguments: options anywhere, and every mistake named (in Kazakh and Russian, with
// the command's usage) with exit code 2 before the database is touched.
import { describe, expect, it } from 'vitest';
import type { SqlStore } from '../storage';
import { parseAdminArgs } from './args';
import { runAdmin } from './cli';

/** A store that fails the test if anything reaches it. */
const untouchable = new Proxy({} as SqlStore, {
  get: (_target, key) => {
    throw new Error(`the store was used (${String(key)}) despite a wrong argument`);
  },
});

async function admin(...argv: string[]) {
  const out: string[] = [];
  const errors: string[] = [];
  const code = await runAdmin(
    argv,
    untouchable,
    (line) => out.push(line),
    (line) => errors.push(line),
  );
  return { code, out, errors: errors.join('\n') };
}

describe('admin CLI arguments', () => {
  it('reads options wherever they stand', () => {
    expect(parseAdminArgs(['district:add', '--ru', 'Русское', '02', 'Қазақша'])).toEqual({
      kind: 'command',
      command: { name: 'district:add', args: ['02', 'Қазақша'], options: { ru: 'Русское' } },
    });
    expect(parseAdminArgs(['office:add', '0201', 'Ауыл', 'D02', '--ru=Село'])).toMatchObject({
      command: { args: ['0201', 'Ауыл', 'D02'], options: { ru: 'Село' } },
    });
    expect(parseAdminArgs(['code:issue', '--hours', '24', '--district', 'D02'])).toMatchObject({
      command: { options: { hours: '24', district: 'D02' } },
    });
    expect(parseAdminArgs(['backup'])).toMatchObject({ command: { args: [] } });
    expect(parseAdminArgs(['--help'])).toEqual({ kind: 'help' });
  });

  it('names an unknown command', async () => {
    const r = await admin('district:ad', '02', 'Аудан');
    expect(r.code).toBe(2);
    expect(r.errors).toBe(
      'Белгісіз команда: district:ad (командалар тізімі: npm run admin)\nНеизвестная команда: district:ad (список команд: npm run admin)',
    );
  });

  it('names a missing argument instead of failing in the database', async () => {
    const r = await admin('district:add', '02');
    expect(r.code).toBe(2);
    expect(r.errors).toContain('district:add: <name> көрсетілмеген. Қолданылуы: district:add <code> <name> [--ru <Russian name>]');
    expect(r.errors).toContain('district:add: не указан <name>. Использование: district:add <code> <name> [--ru <Russian name>]');
    expect((await admin('office:add', '0201', 'Ауыл')).errors).toContain('не указан <districtCode>');
    expect((await admin('devices:revoke')).errors).toContain('devices:revoke: не указан <deviceId>');
    expect((await admin('publish:calendar')).errors).toContain('publish:calendar: не указан <file.json>');
    expect((await admin('district:add', '', 'Аудан')).errors).toContain('не указан <code>');
  });

  it('refuses an option it does not know, such as a typo, instead of taking it for a name', async () => {
    const r = await admin('district:add', '02', '--rus', 'Русское', 'Аудан');
    expect(r.code).toBe(2);
    expect(r.errors).toContain('district:add: белгісіз параметр --rus.');
    expect(r.errors).toContain('district:add: неизвестный параметр --rus. Использование:');
    expect((await admin('devices:list', '--all')).errors).toContain('devices:list: неизвестный параметр --all');
  });

  it('refuses an option without its value', async () => {
    const r = await admin('district:add', '02', 'Аудан', '--ru');
    expect(r.code).toBe(2);
    expect(r.errors).toContain('district:add: не указано значение параметра --ru.');
    expect((await admin('code:issue', '--office', '--hours', '5')).errors).toContain('не указано значение параметра --office');
    expect((await admin('district:add', '02', 'Аудан', '--ru=')).errors).toContain('не указано значение параметра --ru');
  });

  it('refuses an extra argument, as from a name with spaces not in quotes', async () => {
    const r = await admin('district:add', '02', 'Жаңа', 'аудан');
    expect(r.code).toBe(2);
    expect(r.errors).toContain('district:add: лишний аргумент «аудан» (название с пробелами возьмите в кавычки)');
    expect(r.errors).toContain('district:add: артық аргумент «аудан»');
  });

  it('refuses hours that are not a whole number of hours', async () => {
    for (const hours of ['abc', '0', '-5', '1.5', '1e3', '100000']) {
      const r = await admin('code:issue', '--office', '0305', `--hours=${hours}`);
      expect(r.code, hours).toBe(2);
      expect(r.errors).toContain(`code:issue: --hours должно быть числом часов (1–99999), указано «${hours}»`);
      expect(r.errors).toContain(`code:issue: --hours сағат саны болуы керек (1–99999), берілгені «${hours}»`);
    }
    expect((await admin('code:issue', '--office', '0305', '--hours', 'abc')).errors).toContain('указано «abc»');
  });

  it('wants exactly one of --office and --district for a code', async () => {
    for (const argv of [['code:issue'], ['code:issue', '--office', '0305', '--district', 'D03']]) {
      const r = await admin(...argv);
      expect(r.code).toBe(2);
      expect(r.errors).toContain('code:issue: укажите одно из двух, --office <код> или --district <код>.');
      expect(r.errors).toContain('code:issue: біреуін ғана көрсетіңіз, --office <код> немесе --district <код>.');
    }
  });

  it('lists every command with its arguments in the help', async () => {
    const r = await admin();
    expect(r.code).toBe(0);
    expect(r.out[0]).toContain('district:add <code> <name> [--ru <Russian name>]');
    expect(r.out[0]).toContain('code:issue [--office <code>] [--district <code>] [--hours 168]');
    expect(r.out[0]).toMatch(/publish:thresholds <file\.json> +\(income thresholds for the commission\)/);
  });
});
