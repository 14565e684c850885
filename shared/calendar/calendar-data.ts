// The replaceable part of the calendar: per-year tables of the transfers of days
// off (by the authorised body for labour under Labour Code art. 85, formerly by
// Government resolution) and of the date of Kurban ait. A newer version is
// published by the sync server and wins over this one; years without a table
// follow the statutory rules. Every bundled row names its source.
import { z } from 'zod';
import { isIsoDate } from './dates';

const IsoDate = z.string().refine(isIsoDate, 'must be a real date YYYY-MM-DD');
const Text = z.object({ kk: z.string().min(1), ru: z.string().min(1) });

export const SOURCE_KINDS = ['ministerialOrder', 'governmentResolution', 'law', 'announcement'] as const;

/** The document a row comes from: what it is, its number (null where the bundled sources do not give it) and date. */
export const CalendarSource = z.object({
  kind: z.enum(SOURCE_KINDS),
  document: Text,
  number: z.string().min(1).nullable(),
  date: IsoDate.nullable(),
});
export type CalendarSource = z.infer<typeof CalendarSource>;

export const Transfer = z.object({
  /** A working day that becomes a day off. */
  dayOff: IsoDate,
  /** The weekend day worked instead (absent where none is). */
  workingDay: IsoDate.optional(),
  /** The source in words (kept for tables published before `source` existed). */
  decree: z.string().min(1),
  source: CalendarSource.optional(),
});
export type Transfer = z.infer<typeof Transfer>;

export const YearTable = z.object({
  /** First day of Kurban ait as set for the year. */
  kurbanAit: IsoDate.optional(),
  kurbanAitSource: CalendarSource.optional(),
  /** Set where the date was announced as approximate. */
  kurbanAitApproximate: z.boolean().optional(),
  transfers: z.array(Transfer).default([]),
  /** What the table knows about the year's transfers, e.g. that no order is bundled. */
  note: Text.optional(),
});
export type YearTable = z.infer<typeof YearTable>;

export const CalendarData = z.object({
  version: z.string().min(1),
  years: z.record(z.string().regex(/^\d{4}$/), YearTable),
});
export type CalendarData = z.infer<typeof CalendarData>;
export type CalendarDataInput = z.input<typeof CalendarData>;

const MLSP = {
  kk: 'Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің бұйрығы',
  ru: 'Приказ Министра труда и социальной защиты населения Республики Казахстан',
};
const KURBAN_ANNOUNCEMENT = {
  kk: 'Құрбан айттың бірінші күні туралы жыл сайынғы хабарлама (ҚМДБ, ЕХӘҚМ өндірістік күнтізбесі)',
  ru: 'Ежегодное объявление о первом дне Курбан айта (ДУМК, производственный календарь МТСЗН)',
};

/** The tables shipped with the app. */
export const BUNDLED_CALENDAR: CalendarData = CalendarData.parse({
  version: '2026.1.1',
  years: {
    '2024': {
      kurbanAit: '2024-06-16',
      kurbanAitSource: { kind: 'announcement', document: KURBAN_ANNOUNCEMENT, number: null, date: null },
      transfers: [
        {
          dayOff: '2024-05-08',
          workingDay: '2024-05-04',
          decree: 'ҚР ЕХӘҚМ 2024 жылғы 17 сәуірдегі «2024 жылы демалыс күнін ауыстыру туралы» бұйрығы (ЕК 85-бабы)',
          source: {
            kind: 'ministerialOrder',
            document: {
              kk: `${MLSP.kk} «2024 жылы демалыс күнін ауыстыру туралы» (Еңбек кодексінің 85-бабының 3-тармағы)`,
              ru: `${MLSP.ru} «О переносе дня отдыха в 2024 году» (п. 3 ст. 85 Трудового кодекса)`,
            },
            number: null,
            date: '2024-04-17',
          },
        },
      ],
      note: {
        kk: 'Бұйрықтың тіркеу нөмірі қосымшаға енген дереккөздерде көрсетілмеген.',
        ru: 'Регистрационный номер приказа в источниках приложения не указан.',
      },
    },
    '2025': {
      kurbanAit: '2025-06-06',
      kurbanAitSource: { kind: 'announcement', document: KURBAN_ANNOUNCEMENT, number: null, date: null },
      transfers: [
        {
          dayOff: '2025-01-03',
          workingDay: '2025-01-05',
          decree: 'ҚР ЕХӘҚМ 2024 жылғы 21 қарашадағы демалыс күнін ауыстыру туралы бұйрығы (ЕК 85-бабы)',
          source: {
            kind: 'ministerialOrder',
            document: {
              kk: `${MLSP.kk}: 2025 жылғы 5 қаңтардағы (жексенбі) демалыс күнін 3 қаңтарға (жұма) ауыстыру (Еңбек кодексінің 85-бабының 3-тармағы)`,
              ru: `${MLSP.ru}: перенос дня отдыха с воскресенья 5 января на пятницу 3 января 2025 года (п. 3 ст. 85 Трудового кодекса)`,
            },
            number: null,
            date: '2024-11-21',
          },
        },
      ],
      note: {
        kk: '2025 жылы басқа ауыстыру жоқ. Бұйрықтың тіркеу нөмірі қосымшаға енген дереккөздерде көрсетілмеген.',
        ru: 'Других переносов в 2025 году нет. Регистрационный номер приказа в источниках приложения не указан.',
      },
    },
    '2026': {
      kurbanAit: '2026-05-27',
      kurbanAitApproximate: true,
      kurbanAitSource: { kind: 'announcement', document: KURBAN_ANNOUNCEMENT, number: null, date: null },
      transfers: [],
      note: {
        kk: '2026 жылға демалыс күнін ауыстыру туралы бұйрық қосымшаға енгізілмеген: тек заңдағы ережелер қолданылады. Жарияланған күнтізбе шықса, сол басым.',
        ru: 'Приказ о переносе дней отдыха на 2026 год в приложение не включён: действуют только правила закона. Опубликованный календарь, если выйдет, имеет приоритет.',
      },
    },
  },
});
