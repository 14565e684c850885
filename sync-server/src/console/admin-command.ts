// `npm run admin -- console:add-admin <login> [--district D]`: an administrator of the
// console, for the whole region or one district. The password is asked without echo
// (or read from CONSOLE_ADMIN_PASSWORD for scripts) and only its scrypt hash is stored.
import { say } from '../admin/texts';
import type { SyncStore } from '../storage/types';
import { hashPassword, MIN_PASSWORD_LENGTH } from './passwords';

export async function addConsoleAdmin(
  store: SyncStore,
  login: string,
  district: string | undefined,
  password: string,
  log: (line: string) => void,
  error: (line: string) => void,
): Promise<number> {
  if (password.length < MIN_PASSWORD_LENGTH) {
    error(say('passwordTooShort', { min: MIN_PASSWORD_LENGTH }));
    return 1;
  }
  await store.console.saveAdmin(login, await hashPassword(password), district ?? null);
  log(say('adminSaved', { login, scope: district ?? '*' }));
  return 0;
}

/** CONSOLE_ADMIN_PASSWORD, else one line typed on the terminal without echo. */
export async function askPassword(): Promise<string> {
  const fromEnv = process.env.CONSOLE_ADMIN_PASSWORD;
  if (fromEnv) return fromEnv;
  const { stdin, stdout } = process;
  stdout.write(`${say('askPassword').trim()} `);
  if (!stdin.isTTY) {
    let text = '';
    for await (const chunk of stdin) text += String(chunk);
    return text.split(/\r?\n/)[0];
  }
  stdin.setRawMode(true);
  stdin.resume();
  return new Promise((resolve) => {
    let typed = '';
    const onData = (data: Buffer) => {
      for (const ch of data.toString('utf8')) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off('data', onData);
          stdout.write('\n');
          resolve(typed);
          return;
        }
        if (ch === '\u0003') process.exit(130);
        typed = ch === '\u007f' ? typed.slice(0, -1) : typed + ch;
      }
    };
    stdin.on('data', onData);
  });
}
