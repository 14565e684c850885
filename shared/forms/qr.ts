// A vector QR code drawn with rectangles (crisp at any print resolution).
import { type PDFPage, rgb } from 'pdf-lib';
import QRCode from 'qrcode';

/** A vector QR code on `page` with its top-left corner at (x, top), `size` points wide. */
export function drawQrCode(page: PDFPage, content: string, x: number, top: number, size: number): void {
  const qr = QRCode.create(content, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const quiet = 2;
  const cell = size / (n + quiet * 2);
  page.drawRectangle({ x, y: top - size, width: size, height: size, color: rgb(1, 1, 1) });
  for (let row = 0; row < n; row++) {
    let col = 0;
    while (col < n) {
      if (!qr.modules.get(row, col)) {
        col++;
        continue;
      }
      let run = 1;
      while (col + run < n && qr.modules.get(row, col + run)) run++;
      // Overlap neighbours by a hair so renderers leave no seams between modules.
      page.drawRectangle({
        x: x + (quiet + col) * cell,
        y: top - (quiet + row + 1) * cell - 0.05,
        width: run * cell + 0.05,
        height: cell + 0.1,
        color: rgb(0, 0, 0),
      });
      col += run;
    }
  }
}
