// Reads for the counter: open cases of the same applicant and service (live,
// so a duplicate registered on another PC and pulled meanwhile warns too), and
// the draft left from last time.
import { useEffect, useState } from 'react';
import type { DraftRow } from '@renderer/db/schema';
import { db } from '@renderer/db/database';
import { useLive } from '@renderer/db/live';
import { openDuplicates } from '@renderer/features/search/search-queries';
import { loadDraft } from './drafts';
import { lastCaseOf } from './returning';

export function useOpenDuplicates(iin: string, service: string | undefined, enabled: boolean) {
  return useLive(() => openDuplicates(db, iin, service!), [iin, service], enabled && service !== undefined);
}

/** The latest earlier case of this applicant IIN (live), for the returning citizen's details. */
export function useLastCase(iin: string, enabled: boolean) {
  return useLive(() => lastCaseOf(db, iin), [iin], enabled);
}

/**
 * The draft restored once when the screen opens. Not live on purpose: this screen
 * writes the draft as the clerk types, and reading each save back would fight the typing.
 */
export function useRestoredDraft(userId: string): { ready: boolean; draft: DraftRow | undefined } {
  const [state, setState] = useState<{ ready: boolean; draft: DraftRow | undefined }>({ ready: false, draft: undefined });
  useEffect(() => {
    let alive = true;
    void loadDraft(db, userId).then((draft) => alive && setState({ ready: true, draft }));
    return () => {
      alive = false;
    };
  }, [userId]);
  return state;
}
