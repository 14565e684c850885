// Import aliases for the renderer's build and the tests (tsconfig.json's "paths" say the same to the type checker).
import { resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '..');

export const aliases = {
  '@shared': resolve(repo, 'shared'),
  '@renderer': resolve(repo, 'renderer/src'),
};
