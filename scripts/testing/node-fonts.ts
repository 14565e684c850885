// NODE-ONLY: reads the DejaVu fonts from node_modules for tests, benches and the
// server. The renderer fetches the same files as Vite assets instead; never
// import this module from renderer code.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { FormFonts } from '../../shared/forms/input';

const require = createRequire(import.meta.url);

export function dejavuFontPaths(): { regular: string; bold: string } {
  return {
    regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
    bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
  };
}

export async function loadFormFonts(): Promise<FormFonts> {
  const paths = dejavuFontPaths();
  const [regular, bold] = await Promise.all([readFile(paths.regular), readFile(paths.bold)]);
  return { regular: new Uint8Array(regular), bold: new Uint8Array(bold) };
}
