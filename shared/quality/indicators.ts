// The quality and accessibility indicators of seed 002's appendix («Сапа мен
// қол жеткізушілік көрсеткіштерінің мағынасы», 002:L193–308; catalogue B-2),
// each with its normative value (column 2), the lines it is printed on, and
// where the product finds its figures. Norms are shares in %; 4.1 is a ceiling,
// every other a floor.
import type { Bilingual } from '../forms/input';

export type IndicatorCode = '1.1' | '1.2' | '2.1' | '2.2' | '3.1' | '3.2' | '3.3' | '4.1' | '4.2' | '4.3' | '4.4' | '5.1';

/** Where the figures come from: the case events, the survey, the complaints, or nowhere in the product. */
export type IndicatorSource = 'cases' | 'survey' | 'complaints' | 'notRecorded';

export interface IndicatorDefinition {
  code: IndicatorCode;
  group: Bilingual;
  /** As the act words it (kk, hyphenation undone), and in Russian. */
  title: Bilingual;
  norm: number;
  /** 'atLeast': met when the value reaches the norm; 'atMost': met when it does not exceed it. */
  direction: 'atLeast' | 'atMost';
  /** Lines of seed 002 the indicator and its norm are printed on. */
  lines: string;
  source: IndicatorSource;
}

const TIMELINESS = { kk: 'Дер кезділік', ru: 'Своевременность' };
const QUALITY = { kk: 'Сапа', ru: 'Качество' };
const ACCESS = { kk: 'Қол жеткізушілік', ru: 'Доступность' };
const COMPLAINTS = { kk: 'Шағымдану үрдісі', ru: 'Процесс обжалования' };
const COURTESY = { kk: 'Сыпайылық', ru: 'Вежливость' };

const def = (
  code: IndicatorCode,
  group: Bilingual,
  title: Bilingual,
  norm: number,
  lines: string,
  source: IndicatorSource,
  direction: 'atLeast' | 'atMost' = 'atLeast',
): IndicatorDefinition => ({ code, group, title, norm, direction, lines, source });

export const INDICATORS: readonly IndicatorDefinition[] = [
  def(
    '1.1',
    TIMELINESS,
    {
      kk: 'Құжатты тапсырған кезден бастап белгіленген мерзімде қызметтер көрсетудің жағдайлары, % (үлесі)',
      ru: 'Случаи оказания услуги в установленный срок с момента сдачи документов, % (доля)',
    },
    98,
    '002:L227–231',
    'cases',
  ),
  def(
    '1.2',
    TIMELINESS,
    {
      kk: 'Кезекте 40 минуттан астам қызмет көрсетуді пайдалануды күткен тұтынушылар, % (үлесі)',
      ru: 'Потребители, ожидавшие получения услуги в очереди (в акте: «более 40 минут»), % (доля)',
    },
    85,
    '002:L233–237',
    'survey',
  ),
  def(
    '2.1',
    QUALITY,
    {
      kk: 'Қызмет көрсетулер үрдісінің сапасына қанағаттанған тұтынушылар, % (үлесі)',
      ru: 'Потребители, удовлетворённые качеством процесса оказания услуги, % (доля)',
    },
    85,
    '002:L241–245',
    'survey',
  ),
  def(
    '2.2',
    QUALITY,
    {
      kk: 'Лауазымды тұлғалармен құжаттарды дұрыс ресімдеу жағдайлары (өндірістік есептеулер, есеп айырысулар және т.б.), % (үлесі)',
      ru: 'Случаи правильного оформления документов должностными лицами (производственные начисления, расчёты и т.п.), % (доля)',
    },
    99,
    '002:L247–252',
    'cases',
  ),
  def(
    '3.1',
    ACCESS,
    {
      kk: 'Қызмет көрсетулер тәртібі туралы ақпаратқа және оның сапасына қанағаттанған тұтынушылар, % (үлесі)',
      ru: 'Потребители, удовлетворённые информацией о порядке оказания услуги и её качеством, % (доля)',
    },
    88,
    '002:L256–261',
    'survey',
  ),
  def(
    '3.2',
    ACCESS,
    {
      kk: 'Тұтынушылармен дұрыс толтырылған және бірден тапсырылған құжаттар жағдайлары, % (үлесі)',
      ru: 'Случаи правильно заполненных потребителями и сданных с первого раза документов, % (доля)',
    },
    77,
    '002:L263–268',
    'cases',
  ),
  def(
    '3.3',
    ACCESS,
    {
      kk: 'Интернет арқылы қол жеткізе алатын ақпараттар қызметі, % (үлесі)',
      ru: 'Информация об услуге, доступная через Интернет, % (доля)',
    },
    47,
    '002:L270–273',
    'notRecorded',
  ),
  def(
    '4.1',
    COMPLAINTS,
    {
      kk: 'Іс бойынша қызмет көрсетілген тұтынушылардың жалпы санына негізделген шағымдар, % (үлесі)',
      ru: 'Обоснованные жалобы к общему числу обслуженных потребителей, % (доля)',
    },
    0.4,
    '002:L277–281',
    'complaints',
    'atMost',
  ),
  def(
    '4.2',
    COMPLAINTS,
    {
      kk: 'Белгіленген мерзімде қаралып және қанағаттандырылып негізделген шағымдар, % (үлесі)',
      ru: 'Обоснованные жалобы, рассмотренные и удовлетворённые в установленный срок, % (доля)',
    },
    99,
    '002:L283–287',
    'complaints',
  ),
  def(
    '4.3',
    COMPLAINTS,
    {
      kk: 'Шағымданудың қолданыстағы тәртібіне қанағаттанған тұтынушылар, % (үлесі)',
      ru: 'Потребители, удовлетворённые существующим порядком обжалования, % (доля)',
    },
    90,
    '002:L289–293',
    'survey',
  ),
  def(
    '4.4',
    COMPLAINTS,
    {
      kk: 'Шағымдану мерзіміне қанағаттанған тұтынушылар, % (үлесі)',
      ru: 'Потребители, удовлетворённые сроками обжалования, % (доля)',
    },
    90,
    '002:L295–299',
    'survey',
  ),
  def(
    '5.1',
    COURTESY,
    {
      kk: 'Персоналдық сыпайылығына қанағаттанған тұтынушылар, % (үлесі)',
      ru: 'Потребители, удовлетворённые вежливостью персонала, % (доля)',
    },
    89,
    '002:L302–308',
    'survey',
  ),
];
