// The admin CLI's commands and their arguments, read with node:util parseArgs: options anywhere
// (`district:add --ru Русское 02 Аудан`), and every mistake named in Kazakh and Russian before
// anything touches the database.
import { parseArgs } from 'node:util';
import { type AdminText, say } from './texts';

interface CommandSpec {
  /** Required arguments, in order, e.g. "<code>". */
  required?: string[];
  /** Optional arguments after them, e.g. "[target]". */
  optional?: string[];
  /** Options taking a value, with how the value is shown, e.g. { ru: '<Russian name>' }. */
  options?: Record<string, string>;
  /** Shown after the usage line. */
  note?: string;
  /** A mistake in otherwise well-formed arguments: the text that names it, with its parameters. */
  check?: (options: Record<string, string | undefined>) => [AdminText, Record<string, string>?] | undefined;
}

const HOURS = /^[1-9]\d{0,4}$/;

export const COMMAND_SPECS: Record<string, CommandSpec> = {
  'district:add': { required: ['<code>', '<name>'], options: { ru: '<Russian name>' } },
  'office:add': { required: ['<code>', '<name>', '<districtCode>'], options: { ru: '<Russian name>' } },
  'import:almaty': { optional: ['[folder with almaty-*.csv]'], note: '(default sync-server/reference)' },
  'offices:list': {},
  'districts:list': {},
  'code:issue': {
    options: { office: '<code>', district: '<code>', hours: '168' },
    note: '(--office or --district)',
    check: ({ office, district, hours }) => {
      if ((office === undefined) === (district === undefined)) return ['codeTarget'];
      if (hours !== undefined && !HOURS.test(hours)) return ['badHours', { value: hours }];
      return undefined;
    },
  },
  'devices:list': {},
  'devices:revoke': { required: ['<deviceId>'] },
  'publish:catalog': { required: ['<file.json>'], options: { version: 'V' } },
  'publish:calendar': { required: ['<file.json>'] },
  'publish:thresholds': { required: ['<file.json>'], note: '(income thresholds for the commission)' },
  backup: { optional: ['[target]'] },
  restore: { required: ['<backup.sqlite | backup.sql | backup.json>'], note: '(server stopped; starts a new epoch)' },
  'console:add-admin': {
    required: ['<login>'],
    options: { district: '<code>' },
    note: '(password asked, or CONSOLE_ADMIN_PASSWORD)',
  },
};

/** One command's usage line, e.g. "district:add <code> <name> [--ru <Russian name>]". */
export function usageLine(name: string): string {
  const spec = COMMAND_SPECS[name];
  const options = Object.entries(spec.options ?? {}).map(([option, value]) => `[--${option} ${value}]`);
  return [name, ...(spec.required ?? []), ...(spec.optional ?? []), ...options].join(' ');
}

/** Every command's usage, one a line, for the help text. */
export function commandList(): string {
  return Object.keys(COMMAND_SPECS)
    .map((name) => {
      const note = COMMAND_SPECS[name].note;
      const line = `  ${usageLine(name)}`;
      return note ? `${line.padEnd(48)}${note}` : line;
    })
    .join('\n');
}

export interface AdminCommand {
  name: string;
  /** The required arguments, then any optional ones given. */
  args: string[];
  options: Record<string, string | undefined>;
}

export type ParsedAdminArgs = { kind: 'help' } | { kind: 'command'; command: AdminCommand } | { kind: 'error'; message: string };

const HELP = new Set(['help', '--help', '-h']);

/** Reads `argv` (the words after `npm run admin --`) into a command, a request for help, or a mistake. */
export function parseAdminArgs(argv: readonly string[]): ParsedAdminArgs {
  const [name, ...rest] = argv;
  if (name === undefined || HELP.has(name)) return { kind: 'help' };
  const spec = Object.hasOwn(COMMAND_SPECS, name) ? COMMAND_SPECS[name] : undefined;
  if (!spec) return { kind: 'error', message: say('unknownCommand', { command: name }) };
  const fail = (key: AdminText, params: Record<string, string> = {}) =>
    ({ kind: 'error', message: say(key, { command: name, usage: usageLine(name), ...params }) }) as const;

  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    const options = Object.fromEntries(Object.keys(spec.options ?? {}).map((option) => [option, { type: 'string' as const }]));
    parsed = parseArgs({ args: [...rest], options, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const option = /'(-[^' ]*)/.exec(error instanceof Error ? error.message : '')?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return fail('missingValue', { option });
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return fail('unknownOption', { option });
    throw error;
  }

  const values = parsed.values as Record<string, string | undefined>;
  for (const [option, value] of Object.entries(values)) {
    if (value?.trim() === '') return fail('missingValue', { option: `--${option}` });
  }
  const required = spec.required ?? [];
  const allowed = required.length + (spec.optional ?? []).length;
  const args = parsed.positionals;
  if (args.length < required.length) return fail('missingArgument', { name: required[args.length] });
  if (args.length > allowed) return fail('extraArgument', { value: args[allowed] });
  const empty = args.findIndex((arg) => arg.trim() === '');
  if (empty >= 0) return fail('missingArgument', { name: [...required, ...(spec.optional ?? [])][empty] });
  const problem = spec.check?.(values);
  if (problem) return fail(problem[0], problem[1]);
  return { kind: 'command', command: { name, args, options: values } };
}
