// Today's sections, whichever feature brings them: the lists with cases come
// first, in their order; the empty ones fold into one line that names them.
import type { ReactNode } from 'react';
import { useLanguage } from '@renderer/i18n/language';

export interface TodaySection {
  /** The anchor `today-{key}` the counts link to. */
  key: string;
  title: string;
  count: number;
  /** What the badge says ("99+" for a capped count). */
  countText?: string;
  /** The badge's test id, where a spec reads it. */
  countTestId?: string;
  body: ReactNode;
  /** Shown in full even with no cases (it carries the outcome of what the clerk just did). */
  pinned?: boolean;
}

/** Sections with cases first (keeping their order), then the empty ones. */
export function splitSections(sections: readonly TodaySection[]): { filled: TodaySection[]; empty: TodaySection[] } {
  const shown = (s: TodaySection) => s.count > 0 || !!s.pinned;
  return { filled: sections.filter(shown), empty: sections.filter((s) => !shown(s)) };
}

export function TodaySections({ sections }: { sections: readonly TodaySection[] }) {
  const { t } = useLanguage();
  const { filled, empty } = splitSections(sections);
  return (
    <>
      {filled.map((s) => (
        <section key={s.key} id={`today-${s.key}`} data-testid={`today-${s.key}`}>
          <h2>
            {s.title}{' '}
            <span className="badge" data-testid={s.countTestId}>
              {s.countText ?? s.count}
            </span>
          </h2>
          {s.body}
        </section>
      ))}
      {empty.length > 0 && (
        <p className="empty today-empty" data-testid="today-empty">
          {t('today.emptySections', { names: empty.map((s) => s.title).join(', ') })}
        </p>
      )}
    </>
  );
}
