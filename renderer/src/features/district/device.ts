// Which kind of office this PC is, and who acts on a district PC. The staff
// table keeps the three local roles; on a district PC they stand for the
// department's clerk, executor and head.
import type { EventActor } from '@shared/case';
import { staffRoleFor } from '@shared/unit';
import { unitKindOf } from '@renderer/db/unit-store';
import type { OfficeSettings, UserRow } from '@renderer/db/schema';
import type { WriteContext } from '@renderer/db/case-store';
import type { AkimatDb } from '@renderer/db/schema';

export type DeviceKind = 'akimat' | 'district';

export function deviceKindOf(settings: Pick<OfficeSettings, 'kind'>): DeviceKind {
  return settings.kind === 'district' ? 'district' : 'akimat';
}

/** The event actor of a signed-in user, named by the kind of this PC. */
export function actorFor(settings: Pick<OfficeSettings, 'kind'>, user: Pick<UserRow, 'id' | 'name' | 'role'>): EventActor {
  return { id: user.id, name: user.name, role: staffRoleFor(unitKindOf(settings), user.role) };
}

export function writeContextFor(db: AkimatDb, settings: OfficeSettings, user: UserRow, at: string): WriteContext {
  return { db, office: settings, actor: actorFor(settings, user), at };
}
