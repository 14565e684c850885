// Scans and photos of documents: stored as Blobs with their SHA-256, written in
// the same transaction as the attachmentAdded event. Only PDF, JPEG and PNG.
import type { AttachmentRow } from './schema';
import { appendEvents, type WriteContext } from './case-store';

export const ACCEPTED_MIME = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type AcceptedMime = (typeof ACCEPTED_MIME)[number];
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;

export type AttachmentProblem = 'type' | 'empty' | 'tooLarge';

/** Why a file cannot be attached, or null when it can. Looks at the bytes, not only the name. */
export async function checkAttachment(file: Blob & { name?: string }): Promise<AttachmentProblem | null> {
  if (file.size === 0) return 'empty';
  if (file.size > MAX_ATTACHMENT_BYTES) return 'tooLarge';
  return (await sniffMime(file)) ? null : 'type';
}

/** The type the file's first bytes show: %PDF, JPEG's FF D8 FF, PNG's signature. */
export async function sniffMime(file: Blob): Promise<AcceptedMime | null> {
  const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  if (head[0] === 0x25 && head[1] === 0x50 && head[2] === 0x44 && head[3] === 0x46) return 'application/pdf';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  if (head[0] === 0x89 && head[1] === 0x50 && head[2] === 0x4e && head[3] === 0x47) return 'image/png';
  return null;
}

export async function sha256Hex(data: Blob | Uint8Array): Promise<string> {
  const bytes = data instanceof Blob ? await data.arrayBuffer() : data;
  const digest = await crypto.subtle.digest('SHA-256', bytes as BufferSource);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A small PNG preview of an image, where the browser can draw one; PDFs get none (the screen shows an icon). */
export async function makeThumbnail(file: Blob, mime: AcceptedMime, size = 160): Promise<Blob | undefined> {
  if (mime === 'application/pdf' || typeof createImageBitmap === 'undefined' || typeof OffscreenCanvas === 'undefined') return undefined;
  try {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, size / Math.max(bitmap.width, bitmap.height));
    const canvas = new OffscreenCanvas(Math.max(1, Math.round(bitmap.width * scale)), Math.max(1, Math.round(bitmap.height * scale)));
    canvas.getContext('2d')!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    return await canvas.convertToBlob({ type: 'image/png' });
  } catch {
    return undefined;
  }
}

/** Adds a file to a case; throws an Error with `problem` when the file is not accepted. */
export async function attachFile(ctx: WriteContext, caseId: string, file: Blob & { name: string }): Promise<AttachmentRow> {
  const problem = await checkAttachment(file);
  if (problem) throw Object.assign(new Error(`attachment not accepted: ${problem}`), { problem });
  const mime = (await sniffMime(file))!;
  const sha256 = await sha256Hex(file);
  const thumb = await makeThumbnail(file, mime);
  const row: AttachmentRow = {
    id: `${caseId}:${sha256}`,
    caseId,
    sha256,
    name: file.name || 'file',
    mime,
    size: file.size,
    blob: file,
    thumb,
  };
  await appendEvents(ctx, caseId, () => [{ type: 'attachmentAdded', payload: { sha256, name: row.name, mime, size: row.size } }], {
    attachments: [row],
  });
  return row;
}
