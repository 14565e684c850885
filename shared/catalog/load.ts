// Loads catalog files (one act each) and validates every entry against the schema.
// A broken entry is rejected with a message that names the entry and the field.
import { z } from 'zod';
import { ActSchema, CatalogEntry } from './schema';

/** What a catalog file holds: one act and the service entries it defines. */
export const CatalogFile = z.object({
  act: z.unknown(),
  entries: z.array(z.record(z.string(), z.unknown())).min(1),
});

export class CatalogError extends Error {
  constructor(
    readonly entryId: string,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`catalog entry "${entryId}": field "${field}": ${problem}`);
    this.name = 'CatalogError';
  }
}

function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return (
    path
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
      .join('')
      .replace(/^\./, '') || '(entry)'
  );
}

/** Validates one act file's entries; throws CatalogError on the first broken one. */
export function loadCatalogFile(raw: unknown): CatalogEntry[] {
  const file = CatalogFile.safeParse(raw);
  if (!file.success) {
    throw new CatalogError('(file)', fieldPath(file.error.issues[0].path), file.error.issues[0].message);
  }
  const act = ActSchema.safeParse(file.data.act);
  if (!act.success) {
    throw new CatalogError('(act)', `act.${fieldPath(act.error.issues[0].path)}`, act.error.issues[0].message);
  }
  return file.data.entries.map((rawEntry, index) => {
    const entryId = typeof rawEntry.id === 'string' ? rawEntry.id : `${act.data.id}#${index}`;
    const parsed = CatalogEntry.safeParse({ ...rawEntry, act: act.data });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new CatalogError(entryId, fieldPath(issue.path), issue.message);
    }
    return parsed.data;
  });
}

/** Validates several act files and checks that entry ids are unique across them. */
export function loadCatalog(files: unknown[]): CatalogEntry[] {
  const entries = files.flatMap(loadCatalogFile);
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.id)) throw new CatalogError(entry.id, 'id', 'the same id appears twice');
    seen.add(entry.id);
  }
  return entries;
}
