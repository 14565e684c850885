// Search reads, live: a case registered or pulled while the list is open joins it.
import { useEffect, useState } from 'react';
import { db } from '@renderer/db/database';
import { useLive } from '@renderer/db/live';
import { navigate } from '@renderer/app/router';
import { searchCases, type SearchResult } from './search-queries';

/**
 * Cases matching what was typed; the previous answer stays shown until the next one arrives, so the list does not blink while typing.
 * A talon's QR code typed by a scanner opens its case straight away.
 */
export function useCaseSearch(query: string): SearchResult | null | undefined {
  const live = useLive(() => searchCases(db, query), [query]);
  const [shown, setShown] = useState<SearchResult | null | undefined>(undefined);
  useEffect(() => {
    if (live.data !== undefined) setShown(live.data);
    if (live.data?.open) navigate({ screen: 'case', caseId: live.data.open });
  }, [live.data]);
  return live.data === undefined ? shown : live.data;
}
