// A catalog, calendar or threshold table uploaded in the console, checked with the
// same schemas as the admin CLI's publish:* commands; a refusal names the field at fault.
import type { z } from 'zod';
import { CalendarData } from '../../../shared/calendar/calendar-data';
import { CatalogError, loadCatalogFile } from '../../../shared/catalog/load';
import { ThresholdTable } from '../../../shared/commission/thresholds';
import type { PublicationKind } from '../../../shared/sync/protocol';

export const PUBLICATION_KINDS = ['catalog', 'calendar', 'thresholds'] as const satisfies readonly PublicationKind[];

export type PublicationCheck = { ok: true; version: string; data: unknown } | { ok: false; field: string; message: string };

function checkTable(schema: z.ZodType<{ version: string }>, raw: unknown): PublicationCheck {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, version: parsed.data.version, data: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, field: issue.path.map(String).join('.') || '(file)', message: issue.message };
}

export function checkPublication(kind: (typeof PUBLICATION_KINDS)[number], raw: unknown, version?: string): PublicationCheck {
  if (kind === 'calendar') return checkTable(CalendarData, raw);
  if (kind === 'thresholds') return checkTable(ThresholdTable, raw);
  try {
    const entries = loadCatalogFile(raw);
    return { ok: true, version: version || entries[0].act.id, data: raw };
  } catch (error) {
    if (error instanceof CatalogError) return { ok: false, field: `${error.entryId}: ${error.field}`, message: error.problem };
    throw error;
  }
}
