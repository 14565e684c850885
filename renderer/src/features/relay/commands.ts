// Relaying a case to the district department: the package event names the
// office's own district and every file of the case (the server refuses any other
// district, and holds nothing back: the files are uploaded before the event).
import type { CaseState } from '@shared/case';
import type { CatalogEntry } from '@shared/catalog/schema';
import { appendEvents, type WriteContext } from '@renderer/db/case-store';
import type { TextKey } from '@renderer/texts';
import { ProblemsError } from '@renderer/ui/form-problems';

export type RelayRoute = 'district' | 'centre';

/** The routes the case's act allows (fuel aid: to the provider, the district, or to the Centre); one route: no choice. */
export function relayRoutes(entry: CatalogEntry | undefined): RelayRoute[] {
  const ids = new Set(entry?.branches.map((b) => b.id));
  return ids.has('via-provider') && ids.has('via-centre') ? ['district', 'centre'] : [];
}

/** The route the case was registered for (its branch), else the district. */
export function registeredRoute(state: CaseState): RelayRoute {
  return state.registered?.branch === 'via-centre' ? 'centre' : 'district';
}

/** Sends the package to the district with every file of the case, so the district sees what the akimat saw. */
export async function relayPackage(
  ctx: WriteContext,
  caseId: string,
  districtCode: string | undefined,
  to?: RelayRoute,
): Promise<CaseState> {
  if (!districtCode?.trim()) throw new ProblemsError<TextKey>({ district: { text: 'district.problemNotEnrolled' } });
  return appendEvents(ctx, caseId, async () => {
    const files = await ctx.db.attachments.where('caseId').equals(caseId).toArray();
    const attachments = [...new Set(files.map((f) => f.sha256))].sort();
    return [{ type: 'packageRelayed', payload: { districtCode, attachments, ...(to ? { to } : {}) } }];
  });
}
