// The current language of the screens (Kazakh by default, remembered on this PC)
// and its t(): t('namespace.key', { parameters }) over the one text catalogue.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Language } from '@shared/i18n/translate';
import { translatorFor, type Translate } from '@renderer/texts';

const STORAGE_KEY = 'akimat.language';

export interface LanguageApi {
  lang: Language;
  setLang(lang: Language): void;
  /** The text of a catalogue key in the current language, its {parameters} filled. */
  t: Translate;
  /** Picks the current language's side of a bilingual text. */
  pick(text: { kk: string; ru: string }): string;
}

const LanguageContext = createContext<LanguageApi | null>(null);

function initialLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'ru' ? 'ru' : 'kk';
  } catch {
    return 'kk';
  }
}

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Language>(initialLanguage);
  const setLang = useCallback((next: Language) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode: the choice lasts for this window only.
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const api = useMemo<LanguageApi>(() => ({ lang, setLang, t: translatorFor(lang), pick: (text) => text[lang] }), [lang, setLang]);
  return <LanguageContext.Provider value={api}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageApi {
  const api = useContext(LanguageContext);
  if (!api) throw new Error('useLanguage outside LanguageProvider');
  return api;
}
