// Verified attachments on the local disk, one file per SHA-256.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { link, mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** SHA-256 and length of everything a stream yields. */
export async function sha256OfStream(stream: AsyncIterable<unknown>): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of stream) {
    const bytes = chunk as Buffer;
    hash.update(bytes);
    size += bytes.length;
  }
  return { sha256: hash.digest('hex'), size };
}

export async function sha256OfFile(path: string): Promise<string> {
  return (await sha256OfStream(createReadStream(path))).sha256;
}

export class LocalContentStore {
  constructor(readonly directory: string) {}

  pathOf(sha256: string): string {
    return join(this.directory, sha256.slice(0, 2), sha256);
  }

  /** Links a verified file into place (same disk, no copy); a second copy of the same bytes is dropped. */
  async adopt(tempPath: string, sha256: string): Promise<void> {
    await mkdir(join(this.directory, sha256.slice(0, 2)), { recursive: true });
    if (await this.has(sha256)) return;
    await link(tempPath, this.pathOf(sha256)).catch((error: NodeJS.ErrnoException) => {
      // Two uploads of the same bytes finishing at once: the other one won.
      if (error.code !== 'EEXIST') throw error;
    });
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
