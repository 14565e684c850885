// Joining an office (or a district department) that already works in Akimat Desk
// on another PC: no first person is created here — the server would refuse a
// second self-introduced akim and hold back this PC's later events. The PC
// enrolls with a code and takes its staff and commission from its first pull.
//
// Why enrollDevice writes the settings: the PC passes the settings it will have
// as `joining`, and enrollDevice writes them in the same transaction as the
// device identity, only when the server accepted the code. So a wrong code or an
// unreachable server leaves nothing written: the first-run screen stays, with
// the typed values. A joined PC then has settings and no staff until a pull
// brings them; a set-up PC always has its first person, so "settings and no
// users" means "still joining" and the sign-in screen shows JoinProgress. That
// needs no flag and survives closing the app mid-way: reopened, it pulls again,
// and shows sign-in as soon as the staff are here.
import { DEFAULT_OFFICE_HOURS } from '@shared/deadlines';
import type { Bilingual } from '@shared/sync/protocol';
import { actsWithAkimServices } from '@renderer/catalog/catalog';
import type { AkimatDb, OfficeSettings } from '@renderer/db/schema';
import type { DeviceKind } from '@renderer/features/district/device';
import type { RunResult } from '@renderer/features/sync/engine';
import { enrollDevice, normaliseServerUrl } from '@renderer/features/sync/enrollment';
import type { FetchLike } from '@renderer/features/sync/http';
import { bilingual, type TextKey } from '@renderer/texts';

export interface JoinInput {
  kind: DeviceKind;
  serverUrl: string;
  code: string;
  /** The office code (a district PC: the district code), checked by the server against the code's unit. */
  officeCode: string;
}

export type JoinField = 'serverUrl' | 'code' | 'officeCode';

/** What is wrong with the typed values, by field (empty when the form may be sent). */
export function joinProblems(input: JoinInput): Partial<Record<JoinField, TextKey>> {
  const problems: Partial<Record<JoinField, TextKey>> = {};
  if (!normaliseServerUrl(input.serverUrl)) problems.serverUrl = 'sync.serverUrlBad';
  if (!input.code.trim()) problems.code = 'common.required';
  if (!/^[0-9A-Z]{2,12}$/.test(input.officeCode.trim())) {
    problems.officeCode = input.kind === 'district' ? 'setup.problemDistrictCode' : 'setup.officeCodeBad';
  }
  return problems;
}

/**
 * The settings a joined PC starts with: names, letter and device id come from the server at
 * enrollment; the default office hours; every act the catalogue offers at setup, as a district
 * department has (the settings screen has no choice of acts yet).
 */
export function joiningSettings(input: JoinInput): OfficeSettings {
  return {
    key: 'office',
    ...(input.kind === 'district' ? { kind: 'district' as const } : {}),
    nameKk: '',
    nameRu: '',
    okrug: '',
    district: '',
    officeCode: input.officeCode.trim(),
    deviceLetter: '',
    deviceId: crypto.randomUUID(),
    hours: DEFAULT_OFFICE_HOURS,
    actIds: actsWithAkimServices().map((a) => a.id),
  };
}

export type JoinEnrollment = { ok: true } | { ok: false; message: Bilingual };

/** Enrolls this PC, not yet set up, with the office; on success its settings are written (the frame moves on by itself). */
export async function enrollToJoin(db: AkimatDb, input: JoinInput, fetchImpl?: FetchLike): Promise<JoinEnrollment> {
  if (await db.settings.get('office')) throw new Error('the office is already set up');
  const result = await enrollDevice(db, { serverUrl: input.serverUrl, code: input.code, joining: joiningSettings(input) }, fetchImpl);
  if (result.ok) return { ok: true };
  // A code of another unit of the same kind: say it in the terms of this form (the typed code is at fault).
  if (result.acceptUnit) {
    const params = { codeUnit: result.acceptUnit, typed: input.officeCode.trim() };
    const refused = bilingual(input.kind === 'district' ? 'setup.joinDistrictUnitRefused' : 'setup.joinUnitRefused', params);
    const kept = bilingual('sync.enrollCodeKept');
    return { ok: false, message: { kk: `${refused.kk} ${kept.kk}`, ru: `${refused.ru} ${kept.ru}` } };
  }
  return { ok: false, message: result.message };
}

export type JoinState = { kind: 'ready'; staff: number } | { kind: 'noStaff' } | { kind: 'failed'; message: Bilingual };

/** One sync run (push, then pull to the end), then whether the staff are here. */
export async function pullStaff(db: AkimatDb, run: () => Promise<RunResult | null>): Promise<JoinState> {
  const result = await run();
  const staff = await db.users.count();
  if (staff > 0) return { kind: 'ready', staff };
  switch (result?.kind) {
    case 'ok':
      return { kind: 'noStaff' };
    case 'failed':
      return { kind: 'failed', message: result.failure.message };
    case 'stopped':
      return { kind: 'failed', message: result.problem.message };
    default:
      // Another window's run (or a storage failure) this time, or no identity: try again.
      return { kind: 'failed', message: bilingual('setup.joinPullInterrupted') };
  }
}
