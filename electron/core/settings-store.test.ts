import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { printerRoleOf, SettingsStore } from './settings-store';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'akimat-settings-'));
  file = join(dir, 'settings.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('printer settings', () => {
  it('sends talons and refusal receipts to the receipt printer, other forms to A4', () => {
    expect(printerRoleOf('talon')).toBe('receipt');
    expect(printerRoleOf('refusalReceipt')).toBe('receipt');
    expect(printerRoleOf('commissionAct')).toBe('a4');
  });

  it('remembers the printer per form across restarts', () => {
    const store = new SettingsStore(file);
    store.rememberPrinter('talon', 'XP-58 Чек');
    store.rememberPrinter('commissionAct', 'HP LaserJet 1020');
    const reopened = new SettingsStore(file);
    expect(reopened.printerFor('talon')).toBe('XP-58 Чек');
    expect(reopened.printerFor('commissionAct')).toBe('HP LaserJet 1020');
  });

  it('uses the printer of the same kind of paper for a form not printed yet', () => {
    const store = new SettingsStore(file);
    store.rememberPrinter('talon', 'XP-58');
    store.rememberPrinter('consent', 'HP A4');
    expect(store.printerFor('refusalReceipt')).toBe('XP-58');
    expect(store.printerFor('protocol')).toBe('HP A4');
  });

  it('has no printer before one was chosen', () => {
    expect(new SettingsStore(file).printerFor('talon')).toBeUndefined();
  });

  it('sets a damaged settings file aside and starts from defaults', () => {
    writeFileSync(file, '{"printers": {"byForm": {"talon": 42}}}');
    const store = new SettingsStore(file);
    expect(store.printerFor('talon')).toBeUndefined();
    expect(store.get().backup.keep).toBe(14);
    expect(readdirSync(dir).some((name) => name.startsWith('settings.json.damaged-'))).toBe(true);
    store.rememberPrinter('talon', 'XP-58');
    expect(JSON.parse(readFileSync(file, 'utf8')).printers.byForm.talon).toBe('XP-58');
  });

  it('refuses settings that break the schema and keeps the old ones', () => {
    const store = new SettingsStore(file);
    expect(() => store.update((s) => (s.backup.keep = 0))).toThrow();
    expect(store.get().backup.keep).toBe(14);
  });
});
