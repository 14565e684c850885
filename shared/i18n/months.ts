// Months named for a chooser ("Қараша 2026" / "Ноябрь 2026"): the browser's own
// month input would name them in the language of the PC's system, not the app's.
import type { Language } from './translate';

const NAMES: Record<Language, readonly string[]> = {
  kk: ['Қаңтар', 'Ақпан', 'Наурыз', 'Сәуір', 'Мамыр', 'Маусым', 'Шілде', 'Тамыз', 'Қыркүйек', 'Қазан', 'Қараша', 'Желтоқсан'],
  ru: ['Январь', 'Февраль', 'Март', 'Апрель', 'Май', 'Июнь', 'Июль', 'Август', 'Сентябрь', 'Октябрь', 'Ноябрь', 'Декабрь'],
};

/** "2026-11" → "Қараша 2026" / "Ноябрь 2026". */
export function monthName(month: string, language: Language): string {
  return `${NAMES[language][Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

/** The months "YYYY-MM" from `last` back, `count` of them, the newest first. */
export function monthsBack(last: string, count: number): string[] {
  const start = Number(last.slice(0, 4)) * 12 + Number(last.slice(5, 7)) - 1;
  return Array.from({ length: count }, (_, i) => {
    const n = start - i;
    return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
  });
}
