// An S3-compatible server for tests: npm s3rver in this process on 127.0.0.1,
// its objects in a throw-away folder. s3rver 3.7.1 lacks two calls real S3 has
// and @tus/s3-store makes (ListParts and AbortMultipartUpload); a small
// middleware answers them from s3rver's own folder of pending parts.
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import type { S3Settings } from '../config';

export interface FakeS3 {
  settings: S3Settings;
  directory: string;
  close(): Promise<void>;
}

export async function startFakeS3(bucket = 'akimat-attachments'): Promise<FakeS3> {
  const directory = await mkdtemp(join(tmpdir(), 'akimat-s3-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, directory, silent: true, configureBuckets: [{ name: bucket }] });
  addMultipartCalls(server);
  const { port } = await server.run();
  return {
    directory,
    settings: {
      endpoint: `http://127.0.0.1:${port}`,
      bucket,
      region: 'us-east-1',
      accessKeyId: 'S3RVER',
      secretAccessKey: 'S3RVER',
      forcePathStyle: true,
    },
    async close() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

function addMultipartCalls(server: S3rver): void {
  const handler: S3rver['middleware'][number] = async (ctx, next) => {
    const uploadId = ctx.query.uploadId;
    const [, bucket, ...key] = ctx.path.split('/');
    if (!uploadId || key.length === 0 || (ctx.method !== 'GET' && ctx.method !== 'DELETE')) return next();
    const folder = join(server.store.getResourcePath(bucket, undefined, 'uploads'), uploadId);
    const names = await readdir(folder).catch(() => null);
    if (names === null) {
      ctx.status = 404;
      ctx.type = 'application/xml';
      ctx.body = `<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchUpload</Code><Message>The specified upload does not exist.</Message></Error>`;
      return;
    }
    if (ctx.method === 'DELETE') {
      await rm(folder, { recursive: true, force: true });
      ctx.status = 204;
      return;
    }
    // A part counts once s3rver has written its checksum beside it.
    const numbers = names
      .filter((n) => /^\d+$/.test(n) && names.includes(`${n}.md5`))
      .map(Number)
      .sort((a, b) => a - b);
    const parts = await Promise.all(
      numbers.map(async (n) => ({
        PartNumber: n,
        ETag: JSON.stringify((await readFile(join(folder, `${n}.md5`), 'utf8')).trim()),
        Size: (await stat(join(folder, String(n)))).size,
      })),
    );
    // A plain object: s3rver's own middleware writes it out as XML.
    ctx.body = {
      ListPartsResult: { Bucket: bucket, Key: decodeURIComponent(key.join('/')), UploadId: uploadId, IsTruncated: false, Part: parts },
    };
  };
  // Just before s3rver's router, after its logger and XML writer.
  server.middleware.splice(server.middleware.length - 1, 0, handler);
}
