// Rows of the precinct commission's own tables. The commission and its
// sessions are office records; what the commission does to a case (act,
// conclusion) is written as that case's events.
import type { Commission } from '@shared/commission/commission';

export interface CommissionRow extends Commission {
  createdAt: string;
  createdBy: string;
}

export interface SessionRow {
  id: string;
  commissionId: string;
  /** Sequence of the commission's sessions: 1, 2, 3 … */
  number: number;
  date: string;
  place: string;
  /** Members present (ids of the commission's member records). */
  presentIds: string[];
  /** Cases on the agenda, in order. */
  caseIds: string[];
  createdAt: string;
  createdBy: string;
}
