// An uploaded latest.yml, read by electron-updater's own parser (the one the PCs run),
// reduced to what the server keeps: the version and the one installer with its sha512.
import { getFileList, parseUpdateInfo } from 'electron-updater/out/providers/Provider.js';

export interface FeedRelease {
  version: string;
  fileName: string;
  sha512: string;
  size: number;
}

export type FeedCheck = { ok: true; release: FeedRelease } | { ok: false; field: string; message: string };

const SAFE_FILE = /^[\w.+-]{1,200}$/;
const VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;

export function checkLatestYml(yml: string): FeedCheck {
  let info: ReturnType<typeof parseUpdateInfo>;
  try {
    info = parseUpdateInfo(yml, 'latest.yml', new URL('http://feed.invalid/latest.yml'));
  } catch (error) {
    return { ok: false, field: '(file)', message: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  }
  if (typeof info.version !== 'string' || !VERSION.test(info.version)) return { ok: false, field: 'version', message: 'not a version' };
  let files: ReturnType<typeof getFileList>;
  try {
    files = getFileList(info);
  } catch (error) {
    return { ok: false, field: 'files', message: error instanceof Error ? error.message : String(error) };
  }
  if (files.length !== 1) return { ok: false, field: 'files', message: 'exactly one installer expected' };
  const [file] = files;
  if (!SAFE_FILE.test(file.url) || file.url.startsWith('.'))
    return { ok: false, field: 'files.0.url', message: 'a plain file name expected' };
  if (!file.sha512 || !/^[A-Za-z0-9+/]{86}==$/.test(file.sha512))
    return { ok: false, field: 'files.0.sha512', message: 'base64 sha512 expected' };
  if (!Number.isInteger(file.size) || (file.size ?? 0) <= 0) return { ok: false, field: 'files.0.size', message: 'size expected' };
  return { ok: true, release: { version: info.version, fileName: file.url, sha512: file.sha512, size: file.size! } };
}
