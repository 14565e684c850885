// Search as you type: IIN prefix, surname (any case, Kazakh letters), number, short code.
import { useState } from 'react';
import type { SearchKind } from './search-queries';
import { useCaseSearch } from './queries';
import { localMoment } from '@renderer/db/clock';
import { useLanguage } from '@renderer/i18n/language';
import { CaseTable } from '@renderer/ui/CaseTable';
import { Field } from '@renderer/ui/Field';
import type { TextKey } from '@renderer/texts';

const KIND_TEXT: Record<SearchKind, TextKey> = {
  iin: 'search.kindIin',
  surname: 'search.kindSurname',
  number: 'search.kindNumber',
  shortCode: 'search.kindShortCode',
};

export function SearchScreen({ initial }: { initial?: string }) {
  const { t } = useLanguage();
  const [query, setQuery] = useState(initial ?? '');
  const result = useCaseSearch(query);
  const found = query.trim() ? result : null;
  return (
    <div className="screen">
      <h1>{t('common.search')}</h1>
      <Field label={t('search.hint')} value={query} onChange={setQuery} autoFocus type="search" data-testid="search-input" />
      {found && (
        <>
          <p className="search-count" data-testid="search-count">
            {t('search.count', { kind: t(KIND_TEXT[found.kind]), count: found.cases.length })}
          </p>
          {found.cases.length === 0 ? (
            <p className="empty">{t('common.nothingFound')}</p>
          ) : (
            <CaseTable cases={found.cases} now={localMoment()} />
          )}
        </>
      )}
    </div>
  );
}
