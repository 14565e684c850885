// Each unit (an akimat office or a district department) keeps its own facts —
// staff, the precinct commission, its sessions — as one event stream beside its
// cases. The stream's id is derived from the unit, so every PC of the unit and
// the server name the same stream without asking anyone.
import { sha256 } from '@noble/hashes/sha2';

export type UnitKind = 'office' | 'district';

const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');

/** A name-based UUID (version 8, RFC 9562) for the unit's stream. */
export function unitStreamId(kind: UnitKind, code: string): string {
  const digest = hex(sha256(new TextEncoder().encode(`akimat-desk/unit/${kind}/${code}`)));
  const variant = ((parseInt(digest[16], 16) & 0x3) | 0x8).toString(16);
  return `${digest.slice(0, 8)}-${digest.slice(8, 12)}-8${digest.slice(13, 16)}-${variant}${digest.slice(17, 20)}-${digest.slice(20, 32)}`;
}
