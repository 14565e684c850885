// Statutory public holidays of Kazakhstan (Law "On holidays in the Republic of
// Kazakhstan", as in force now) and the weekend-transfer rule.
import type { LocalText } from '../catalog/schema';

export interface FixedHoliday {
  month: number;
  day: number;
  name: LocalText;
  /** Religious holidays are not moved when they fall on a weekend. */
  movesOffWeekend: boolean;
}

export const FIXED_HOLIDAYS: readonly FixedHoliday[] = [
  { month: 1, day: 1, name: { kk: 'Жаңа жыл', ru: 'Новый год' }, movesOffWeekend: true },
  { month: 1, day: 2, name: { kk: 'Жаңа жыл', ru: 'Новый год' }, movesOffWeekend: true },
  { month: 1, day: 7, name: { kk: 'Православиелік Рождество', ru: 'Православное Рождество' }, movesOffWeekend: false },
  { month: 3, day: 8, name: { kk: 'Халықаралық әйелдер күні', ru: 'Международный женский день' }, movesOffWeekend: true },
  { month: 3, day: 21, name: { kk: 'Наурыз мейрамы', ru: 'Наурыз мейрамы' }, movesOffWeekend: true },
  { month: 3, day: 22, name: { kk: 'Наурыз мейрамы', ru: 'Наурыз мейрамы' }, movesOffWeekend: true },
  { month: 3, day: 23, name: { kk: 'Наурыз мейрамы', ru: 'Наурыз мейрамы' }, movesOffWeekend: true },
  {
    month: 5,
    day: 1,
    name: { kk: 'Қазақстан халқының бірлігі мерекесі', ru: 'Праздник единства народа Казахстана' },
    movesOffWeekend: true,
  },
  { month: 5, day: 7, name: { kk: 'Отан қорғаушы күні', ru: 'День защитника Отечества' }, movesOffWeekend: true },
  { month: 5, day: 9, name: { kk: 'Жеңіс күні', ru: 'День Победы' }, movesOffWeekend: true },
  { month: 7, day: 6, name: { kk: 'Астана күні', ru: 'День столицы' }, movesOffWeekend: true },
  { month: 8, day: 30, name: { kk: 'Конституция күні', ru: 'День Конституции' }, movesOffWeekend: true },
  { month: 10, day: 25, name: { kk: 'Республика күні', ru: 'День Республики' }, movesOffWeekend: true },
  { month: 12, day: 16, name: { kk: 'Тәуелсіздік күні', ru: 'День Независимости' }, movesOffWeekend: true },
];

export const KURBAN_AIT_NAME: LocalText = { kk: 'Құрбан айт', ru: 'Курбан айт' };
