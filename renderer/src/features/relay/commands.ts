// Relaying a case to the district department: the package event names the
// office's own district and every file of the case (the server refuses any other
// district, and holds nothing back: the files are uploaded before the event).
import type { CaseState } from '@shared/case';
import { appendEvents, type WriteContext } from '@renderer/db/case-store';
import type { TextKey } from '@renderer/texts';
import { ProblemsError } from '@renderer/ui/form-problems';

/** Sends the package to the district with every file of the case, so the district sees what the akimat saw. */
export async function relayPackage(ctx: WriteContext, caseId: string, districtCode: string | undefined): Promise<CaseState> {
  if (!districtCode?.trim()) throw new ProblemsError<TextKey>({ district: { text: 'district.problemNotEnrolled' } });
  return appendEvents(ctx, caseId, async () => {
    const files = await ctx.db.attachments.where('caseId').equals(caseId).toArray();
    const attachments = [...new Set(files.map((f) => f.sha256))].sort();
    return [{ type: 'packageRelayed', payload: { districtCode, attachments } }];
  });
}
