// The one call every register, journal and report exports through:
// exportRows({ columns, rows, lang, format }) gives the file's bytes and MIME type.
import { toCsv } from './csv';
import { EXPORT_MIME, type ExportFormat, type ExportTable } from './table';
import { toXlsx } from './xlsx';

export interface ExportedFile {
  data: Uint8Array;
  mime: string;
  format: ExportFormat;
}

export async function exportRows<R>(request: ExportTable<R> & { format: ExportFormat }): Promise<ExportedFile> {
  const data = request.format === 'csv' ? toCsv(request) : await toXlsx(request);
  return { data, mime: EXPORT_MIME[request.format], format: request.format };
}
