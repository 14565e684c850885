// The replaceable part of the calendar: per-year tables of the Government's
// decrees moving days off and of the date of Kurban ait. A newer version is
// published by the sync server; years without a table follow the statutory rules.
import { z } from 'zod';
import { isIsoDate } from './dates';

const IsoDate = z.string().refine(isIsoDate, 'must be a real date YYYY-MM-DD');

export const YearTable = z.object({
  /** First day of Kurban ait as set for the year. */
  kurbanAit: IsoDate.optional(),
  /** Decree transfers: a working day becomes a day off, usually in exchange for a Saturday worked. */
  transfers: z.array(z.object({ dayOff: IsoDate, workingDay: IsoDate.optional(), decree: z.string().min(1) })).default([]),
});

export const CalendarData = z.object({
  version: z.string().min(1),
  years: z.record(z.string().regex(/^\d{4}$/), YearTable),
});
export type CalendarData = z.infer<typeof CalendarData>;
export type CalendarDataInput = z.input<typeof CalendarData>;

/** The tables shipped with the app. Each year names the decree it comes from. */
export const BUNDLED_CALENDAR: CalendarData = CalendarData.parse({
  version: '2026.1',
  years: {
    '2024': { kurbanAit: '2024-06-16' },
    '2025': {
      kurbanAit: '2025-06-06',
      transfers: [
        { dayOff: '2025-01-03', workingDay: '2025-07-05', decree: 'ҚР Үкіметінің 2024 жылғы қаулысы (демалыс күнін ауыстыру туралы)' },
      ],
    },
    '2026': { kurbanAit: '2026-05-27' },
  },
});
