// Draws the app icon (a blue tile, a white form with lines, a golden sun) with
// pngjs, with no downloads and no image tools, and writes every size the
// installers need: PNGs for Linux, a multi-size ICO for Windows.
// Run: node build/icons/generate-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

const here = dirname(fileURLToPath(import.meta.url));
export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

const BLUE = [0x1f, 0x4e, 0x8c];
const WHITE = [0xff, 0xff, 0xff];
const GOLD = [0xf2, 0xb7, 0x05];
const INK = [0x9a, 0xb0, 0xcc];

function inRoundedRect(x, y, left, top, right, bottom, radius) {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** The colour at a point of the unit square, or undefined for transparent. */
function shade(x, y) {
  if (!inRoundedRect(x, y, 0.02, 0.02, 0.98, 0.98, 0.18)) return undefined;
  if ((x - 0.72) ** 2 + (y - 0.28) ** 2 <= 0.13 ** 2) return GOLD;
  if (inRoundedRect(x, y, 0.2, 0.22, 0.66, 0.84, 0.04)) {
    for (const line of [0.4, 0.52, 0.64]) if (y >= line && y <= line + 0.045 && x >= 0.27 && x <= 0.59) return INK;
    return WHITE;
  }
  return BLUE;
}

export function drawIcon(size) {
  const png = new PNG({ width: size, height: size });
  const samples = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, covered = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = shade((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (!colour) continue;
          r += colour[0]; g += colour[1]; b += colour[2]; covered++;
        }
      }
      const i = (py * size + px) * 4;
      png.data[i] = covered ? Math.round(r / covered) : 0;
      png.data[i + 1] = covered ? Math.round(g / covered) : 0;
      png.data[i + 2] = covered ? Math.round(b / covered) : 0;
      png.data[i + 3] = Math.round((255 * covered) / samples ** 2);
    }
  }
  return PNG.sync.write(png);
}

/** An ICO holding PNG-compressed images (supported since Windows Vista). */
export function buildIco(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, n) => {
    const entry = 6 + 16 * n;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt8(0, entry + 2);
    header.writeUInt8(0, entry + 3);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(data.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.data)]);
}

export function generateIcons(folder = here) {
  mkdirSync(folder, { recursive: true });
  const drawn = new Map(PNG_SIZES.map((size) => [size, drawIcon(size)]));
  for (const [size, data] of drawn) writeFileSync(join(folder, `${size}x${size}.png`), data);
  writeFileSync(join(folder, 'icon.png'), drawn.get(512));
  writeFileSync(join(folder, 'icon.ico'), buildIco(ICO_SIZES.map((size) => ({ size, data: drawn.get(size) }))));
  return folder;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(`icons written to ${generateIcons()}`);
}
