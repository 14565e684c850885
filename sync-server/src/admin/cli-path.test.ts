// `npm run admin` from a project in a folder whose path has a space and Cyrillic letters
// ("Рабочий стол", the Russian Windows desktop): it must run and print, not exit 0 in silence.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const desktop = join(mkdtempSync(join(tmpdir(), 'akimat-path-')), 'Рабочий стол');
const copy = join(desktop, 'akimat');
const link = join(desktop, 'ссылка на akimat');

mkdirSync(copy, { recursive: true });
for (const entry of ['package.json', 'tsconfig.json', 'shared', 'sync-server'])
  cpSync(join(root, entry), join(copy, entry), { recursive: true });
symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'junction');
symlinkSync(copy, link, 'junction');
afterAll(() => rmSync(join(desktop, '..'), { recursive: true, force: true }));

/** `npm run admin -- …` as npm runs it (tsx sync-server/src/admin/cli.ts …), from the given project folder. */
function admin(project: string, ...argv: string[]) {
  const r = spawnSync(
    process.execPath,
    [join(project, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'sync-server/src/admin/cli.ts', ...argv],
    {
      cwd: project,
      env: { ...process.env, DATA_DIR: join(desktop, 'данные'), DATABASE_URL: '' },
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('admin CLI in "Рабочий стол"', () => {
  it('prints its help', () => {
    const r = admin(copy);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Қолданылуы: npm run admin -- <команда>');
    expect(r.out).toContain('district:add <code> <name> [--ru <Russian name>]');
  });

  it('saves and lists a district, also when the project is reached through a link', () => {
    const saved = admin(copy, 'district:add', '--ru', 'Тестовый район', 'D99', 'Сынақ ауданы');
    expect(saved.out).toContain('Аудан сақталды: D99 Сынақ ауданы');
    expect(saved.code).toBe(0);
    const listed = admin(link, 'districts:list');
    expect(listed.out).toBe('D99\tСынақ ауданы\n');
    expect(listed.code).toBe(0);
  });

  it('says what is wrong with an argument and exits non-zero', () => {
    const r = admin(copy, 'code:issue', '--office', '0305', '--hours', 'abc');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('code:issue: --hours должно быть числом часов (1–99999), указано «abc»');
  });
});

it('no script or module outside the renderer takes a file path from URL.pathname (percent-encoded there)', () => {
  const offenders: string[] = [];
  for (const folder of ['scripts', 'sync-server', 'shared', 'electron', 'build', 'e2e']) {
    for (const file of readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })) {
      if (!/\.(ts|tsx|mts|mjs|cjs|js)$/.test(file) || file.includes('node_modules')) continue;
      const text = readFileSync(join(root, folder, file), 'utf8');
      if (/import\.meta\.url\)?\)?\.pathname/.test(text)) offenders.push(join(folder, file));
    }
  }
  expect(offenders).toEqual([]);
});
