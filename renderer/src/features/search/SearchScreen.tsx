// Search as you type: IIN prefix, surname (any case, Kazakh letters), number, short code.
import { useState } from 'react';
import type { SearchKind } from './search-queries';
import { useCaseSearch } from './queries';
import { localMoment } from '@renderer/db/clock';
import { useLanguage } from '@renderer/i18n/language';
import type { TextKey } from '@renderer/i18n/dictionary';
import { CaseTable } from '@renderer/ui/CaseTable';
import { Field } from '@renderer/ui/Field';

const KIND_TEXT: Record<SearchKind, TextKey> = {
  iin: 'searchKindIin',
  surname: 'searchKindSurname',
  number: 'searchKindNumber',
  shortCode: 'searchKindShortCode',
};

export function SearchScreen({ initial }: { initial?: string }) {
  const { t } = useLanguage();
  const [query, setQuery] = useState(initial ?? '');
  const result = useCaseSearch(query);
  const found = query.trim() ? result : null;
  return (
    <div className="screen">
      <h1>{t('searchTitle')}</h1>
      <Field label={t('searchHint')} value={query} onChange={setQuery} autoFocus type="search" data-testid="search-input" />
      {found && (
        <>
          <p className="search-count" data-testid="search-count">
            {t('searchCount', { kind: t(KIND_TEXT[found.kind]), count: found.cases.length })}
          </p>
          {found.cases.length === 0 ? <p className="empty">{t('searchNothing')}</p> : <CaseTable cases={found.cases} now={localMoment()} />}
        </>
      )}
    </div>
  );
}
