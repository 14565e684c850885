// Labels of the akimat's relay forms (the cover letter to the district
// department and the relay register), Kazakh first; the Russian record has
// exactly the Kazakh keys.
import { translator, type Dictionary, type Language } from '../i18n/translate';

const kk = {
  coverTitle: 'Ілеспе хат',
  coverTo: 'Кімге',
  coverBody: 'Мемлекеттік қызмет көрсету үшін төмендегі өтініштердің құжаттары жолданады ({count} іс):',
  colNo: 'Р/с №',
  colCase: 'Іс нөмірі',
  colApplicant: 'Өтініш беруші (ТАӘ, ЖСН)',
  colService: 'Мемлекеттік көрсетілетін қызмет',
  colFiles: 'Файлдар',
  colRelayedAt: 'Жолданған күні',
  colDistrict: 'Кімге жолданды',
  colSignedBy: 'Қол қойған',
  filesTotal: 'Барлығы: {cases} іс, {files} файл',
  akim: 'Әкім',
  registerTitle: 'Аудандық бөлімге жолданған істер журналы',
  toCentre: 'Халыққа қызмет көрсету орталығы',
};

export type RelayFormTextKey = keyof typeof kk;

const ru: Dictionary<RelayFormTextKey> = {
  coverTitle: 'Сопроводительное письмо',
  coverTo: 'Кому',
  coverBody: 'Направляются документы по следующим заявлениям для оказания государственной услуги (дел: {count}):',
  colNo: '№ п/п',
  colCase: 'Номер дела',
  colApplicant: 'Заявитель (Ф.И.О., ИИН)',
  colService: 'Государственная услуга',
  colFiles: 'Файлы',
  colRelayedAt: 'Дата отправки',
  colDistrict: 'Куда направлено',
  colSignedBy: 'Подписал(а)',
  filesTotal: 'Всего: дел {cases}, файлов {files}',
  akim: 'Аким',
  registerTitle: 'Журнал дел, направленных в районный отдел',
  toCentre: 'Центр обслуживания населения',
};

export const RELAY_FORM_TEXTS = { kk, ru };

export const relayText: (language: Language, key: RelayFormTextKey, params?: Record<string, string | number>) => string =
  translator(RELAY_FORM_TEXTS);

/** One line per chosen language. */
export function relayLines(languages: readonly Language[], key: RelayFormTextKey, params?: Record<string, string | number>): string[] {
  return languages.map((l) => relayText(l, key, params));
}

/** "Kazakh / Russian" for one label; a label spelt alike prints once. */
export function relayLabel(languages: readonly Language[], key: RelayFormTextKey, params?: Record<string, string | number>): string {
  const texts = relayLines(languages, key, params);
  return texts.filter((text, i) => texts.indexOf(text) === i).join(' / ');
}
