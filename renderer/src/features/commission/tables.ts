// Rows of the precinct commission's tables: the projection of the unit's stream
// (db/unit-store.ts), in the shape shared/unit/fold.ts folds them into. What the
// commission does to a case (act, conclusion) is written as that case's events.
export type { CommissionRecord as CommissionRow, SessionRecord as SessionRow } from '@shared/unit';
