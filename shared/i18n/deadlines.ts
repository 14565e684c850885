// Texts of the due-date explanation (case page, talon duplicate), Kazakh first.
import type { DayKind } from '../calendar/calendar';
import type { CountingRule, SkippedDay } from '../deadlines/explain';
import type { Language } from './translate';

type Names<K extends string> = Record<K, { kk: string; ru: string }>;

/** The rule of the Civil Code every term is counted by. */
export const CIVIL_CODE_TERM_RULE = {
  kk: 'Мерзім ҚР Азаматтық кодексінің 171–173-баптары бойынша есептеледі: мерзімнің өтуі басталатын күннің келесі күнінен басталады, соңғы күні мекеме жұмысы аяқталған сағатта бітеді, соңғы күні демалыс күніне түссе, одан кейінгі бірінші жұмыс күніне ауысады.',
  ru: 'Срок исчисляется по статьям 171–173 Гражданского кодекса РК: течение срока начинается на следующий день, срок истекает в час окончания работы организации в последний день, а если последний день нерабочий, днём окончания считается ближайший следующий рабочий день.',
};

export const COUNTING_RULE_NAMES: Names<CountingRule> = {
  noTerm: { kk: 'Актіде мерзім көрсетілмеген', ru: 'Срок в акте не указан' },
  officeMinutes: {
    kk: 'Минуттар мен сағаттар тек жұмыс күндерінің жұмыс уақытында, түскі үзілістен тыс есептеледі',
    ru: 'Минуты и часы считаются только в рабочее время рабочих дней, без обеденного перерыва',
  },
  workingDays: {
    kk: 'Жұмыс күндері келесі күннен бастап есептеледі, демалыс және мереке күндері өткізіліп жіберіледі; соңғы күні жұмыс аяқталғанға дейін',
    ru: 'Рабочие дни считаются со следующего дня, выходные и праздничные дни пропускаются; до окончания работы в последний день',
  },
  calendarDays: {
    kk: 'Күнтізбелік күндер келесі күннен бастап есептеледі; соңғы күні демалыс болса, келесі жұмыс күніне ауысады',
    ru: 'Календарные дни считаются со следующего дня; если последний день нерабочий, срок переносится на следующий рабочий день',
  },
};

export const DAY_KIND_NAMES: Names<DayKind> = {
  working: { kk: 'Жұмыс күні', ru: 'Рабочий день' },
  weekend: { kk: 'Демалыс күні', ru: 'Выходной день' },
  holiday: { kk: 'Мереке күні', ru: 'Праздничный день' },
  transferredDayOff: { kk: 'Ауыстырылған демалыс күні', ru: 'Перенесённый выходной день' },
  decreeDayOff: { kk: 'Бұйрықпен ауыстырылған демалыс күні', ru: 'Выходной день, перенесённый приказом' },
  decreeWorkingDay: { kk: 'Бұйрықпен жұмыс күні', ru: 'Рабочий день по приказу' },
};

export const EXPLAIN_LABELS = {
  asWritten: { kk: 'Актіде жазылғандай', ru: 'Как написано в акте' },
  duration: { kk: 'Мерзімі', ru: 'Срок' },
  rule: { kk: 'Есептеу ережесі', ru: 'Правило исчисления' },
  start: { kk: 'Басталуы', ru: 'Начало' },
  end: { kk: 'Аяқталуы', ru: 'Окончание' },
  skipped: { kk: 'Есептелмеген күндер', ru: 'Пропущенные дни' },
  noneSkipped: { kk: 'Өткізілген күн жоқ', ru: 'Пропущенных дней нет' },
  actSum: { kk: 'Актідегі мерзімдердің қосындысы', ru: 'Сумма сроков по акту' },
  statedTerm: { kk: 'Актіде көрсетілген жалпы мерзім', ru: 'Общий срок, указанный в акте' },
  decisiveTerm: { kk: 'Нәтиже күнін осы мерзім белгілейді', ru: 'Дату результата определяет этот срок' },
  result: { kk: 'Нәтиже беру күні', ru: 'Дата выдачи результата' },
  notCounted: { kk: 'Қызмет көрсету мерзіміне кірмейді', ru: 'Не входит в срок оказания услуги' },
  approximate: { kk: 'күні болжалды', ru: 'дата ориентировочная' },
} as const satisfies Record<string, { kk: string; ru: string }>;

const MONTHS: Record<Language, readonly string[]> = {
  kk: ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'],
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
};

const WEEKDAYS: Record<Language, readonly string[]> = {
  kk: ['Жексенбі', 'Дүйсенбі', 'Сейсенбі', 'Сәрсенбі', 'Бейсенбі', 'Жұма', 'Сенбі'],
  ru: ['Воскресенье', 'Понедельник', 'Вторник', 'Среда', 'Четверг', 'Пятница', 'Суббота'],
};

/** "16 желтоқсан" / "16 декабря". */
export function dayMonth(date: string, language: Language): string {
  return `${Number(date.slice(8, 10))} ${MONTHS[language][Number(date.slice(5, 7)) - 1]}`;
}

export function weekdayName(date: string, language: Language): string {
  return WEEKDAYS[language][new Date(`${date}T00:00:00Z`).getUTCDay()];
}

/** "16 желтоқсан — Тәуелсіздік күні", "12 декабря — Суббота", "11 мая — Перенесённый выходной день (День Победы, 9 мая)". */
export function skippedDayLabel(day: SkippedDay, language: Language): string {
  const head = dayMonth(day.date, language);
  if (day.kind === 'weekend') return `${head} — ${weekdayName(day.date, language)}`;
  if (day.kind === 'transferredDayOff' && day.name && day.movedFrom) {
    return `${head} — ${DAY_KIND_NAMES.transferredDayOff[language]} (${day.name[language]}, ${dayMonth(day.movedFrom, language)})`;
  }
  if (day.kind === 'decreeDayOff') return `${head} — ${DAY_KIND_NAMES.decreeDayOff[language]}${day.decree ? ` (${day.decree})` : ''}`;
  const name = day.name?.[language] ?? DAY_KIND_NAMES[day.kind][language];
  return `${head} — ${name}${day.approximate ? ` (${EXPLAIN_LABELS.approximate[language]})` : ''}`;
}
