// Labels of the printed monthly report on the quality indicators, Kazakh first;
// the Russian record has exactly the Kazakh keys.
import { translator, type Dictionary, type Language } from '../i18n/translate';

const kk = {
  reportTitle: 'Мемлекеттік қызмет сапасы мен қолжетімділігі көрсеткіштері бойынша айлық есеп',
  period: 'Кезең',
  scope: 'Кімнің көрсеткіштері',
  colCode: '№',
  colIndicator: 'Көрсеткіш',
  colNorm: 'Норматив, %',
  colValue: 'Мәні, %',
  colCounts: 'Есеп (алымы / бөлімі)',
  colVerdict: 'Нормативке сай',
  atLeast: 'кемінде {norm}',
  atMost: 'ең көбі {norm}',
  met: 'сай',
  notMet: 'сай емес',
  noData: 'дерек жоқ',
  notRecorded: 'тіркелмейді',
  source: 'Көрсеткіштер мен нормативтер: 002 қаулының қосымшасы («Сапа мен қол жеткізушілік көрсеткіштерінің мағынасы»).',
  basis:
    'Есеп оқиғалар журналынан, нәтижені беру кезіндегі сауалнамадан және шағымдар журналынан жасалды. Күту уақыты тұтынушының жауабы бойынша.',
  compiled: 'Жасалған күні',
  signature: 'Жауапты адам',
};

const ru: Dictionary<keyof typeof kk> = {
  reportTitle: 'Месячный отчёт по показателям качества и доступности государственной услуги',
  period: 'Период',
  scope: 'Чьи показатели',
  colCode: '№ п/п',
  colIndicator: 'Показатель',
  colNorm: 'Норматив, %',
  colValue: 'Значение, %',
  colCounts: 'Расчёт (числитель / знаменатель)',
  colVerdict: 'Соответствие нормативу',
  atLeast: 'не менее {norm}',
  atMost: 'не более {norm}',
  met: 'соответствует',
  notMet: 'не соответствует',
  noData: 'нет данных',
  notRecorded: 'не учитывается',
  source: 'Показатели и нормативы: приложение к постановлению 002 («Значения показателей качества и доступности»).',
  basis: 'Отчёт составлен по журналу событий, анкете при выдаче результата и журналу жалоб. Время ожидания — по ответу потребителя.',
  compiled: 'Дата составления',
  signature: 'Ответственное лицо',
};

export type QualityFormTextKey = keyof typeof kk;

const text = translator({ kk, ru });

/** "Kazakh / Russian" for one label. */
export function qualityLabel(languages: readonly Language[], key: QualityFormTextKey, params?: Record<string, string | number>): string {
  return qualityLines(languages, key, params).join(' / ');
}

/** One label per language, one per line; a label spelt alike in both prints once. */
export function qualityLines(languages: readonly Language[], key: QualityFormTextKey, params?: Record<string, string | number>): string[] {
  const lines = languages.map((l) => text(l, key, params));
  return lines.filter((line, i) => lines.indexOf(line) === i);
}
