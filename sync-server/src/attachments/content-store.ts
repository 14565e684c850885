// Verified attachments on the local disk, one file per SHA-256.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';

export async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export class LocalContentStore {
  constructor(readonly directory: string) {}

  pathOf(sha256: string): string {
    return join(this.directory, sha256.slice(0, 2), sha256);
  }

  /** Moves a verified file into place; a second copy of the same bytes is dropped. */
  async adopt(tempPath: string, sha256: string): Promise<void> {
    const target = this.pathOf(sha256);
    await mkdir(join(this.directory, sha256.slice(0, 2)), { recursive: true });
    if (await exists(target)) await unlink(tempPath);
    else await rename(tempPath, target);
  }

  async has(sha256: string): Promise<boolean> {
    return exists(this.pathOf(sha256));
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
