// The commission's writes as the screens call them (forming it and changing
// its composition are signed by the akim: features/staff/sign-as.tsx): on this PC's database, by
// the signed-in user, now. The commands themselves take the database (tests
// give them their own).
import { useSession } from '@renderer/app/session';
import { db } from '@renderer/db/database';
import { localMoment } from '@renderer/db/clock';
import { writeContextFor } from '@renderer/features/district/device';
import { adoptConclusion, recordAct, type ActOptions, type AdoptionInput } from './act-commands';
import { putOnAgenda } from './agenda-commands';
import { createSession, dropActDraft, saveActDraft, sendToCommission, updateSession } from './commands';
import type { InspectionActFields } from '@shared/commission/act';
import type { SessionRow } from './tables';

export function useCommissionCommands() {
  const session = useSession();
  // The signed-in user, now (an akimat PC names the actor by the user's own role).
  const ctx = () => writeContextFor(db, session.settings, session.user, localMoment());
  return {
    createSession: (input: Parameters<typeof createSession>[1]) => createSession(ctx(), input),
    updateSession: (sessionId: string, patch: Partial<Pick<SessionRow, 'date' | 'place' | 'presentIds' | 'caseIds'>>) =>
      updateSession(ctx(), sessionId, patch),
    sendToCommission: (caseIds: readonly string[], commissionId: string) => sendToCommission(ctx(), caseIds, commissionId),
    putOnAgenda: (input: Parameters<typeof putOnAgenda>[1]) => putOnAgenda(ctx(), input),
    recordAct: (caseId: string, fields: Omit<InspectionActFields, 'photos'>, options: ActOptions) =>
      recordAct(ctx(), caseId, fields, options),
    adoptConclusion: (input: AdoptionInput) => adoptConclusion(ctx(), input),
    saveActDraft: <Form>(caseId: string, data: { form: Form; supersedes?: string }) => saveActDraft(db, caseId, session.user.id, data),
    dropActDraft: (caseId: string) => dropActDraft(db, caseId),
  };
}
