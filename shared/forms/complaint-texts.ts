// Labels of the complaint forms (talon, answer letter, journal), Kazakh first;
// the Russian record has exactly the Kazakh keys.
import { translator, type Dictionary, type Language } from '../i18n/translate';

const kk = {
  talonTitle: 'Шағымның үзбелі талоны',
  talonPart: 'Шағым берушіге беріледі',
  stubTitle: 'Үзбелі талонның түбіртегі',
  stubPart: 'Ақпаратты есепке алу журналымен бірге қалады',
  cutLine: 'қию сызығы',
  journalNumber: 'Журналдағы нөмірі',
  acceptedAt: 'Шағым қабылданған күні мен уақыты',
  acceptedBy: 'Шағымды қабылдаған адамның тегі мен аты-жөні',
  complainant: 'Шағым беруші',
  about: 'Шағым неге қатысты',
  aboutCase: 'Іс № {number}',
  aboutStaff: 'Қызметкер: {name}',
  aboutService: 'Жалпы қызмет көрсету',
  form: 'Нысаны',
  written: 'жазбаша',
  oral: 'ауызша',
  dueDate: 'Жауап беру мерзімі',
  dueRule: 'тіркелген күннен бастап {days} жұмыс күні',
  answerWhere: 'Дәлелді жауап поштамен жіберіледі не кеңседе қолма-қол беріледі',
  received: 'Талонды алдым',
  // answer letter
  outgoingNumber: 'Шығыс №',
  dateLabel: 'Күні',
  answerTitle: 'Шағымға дәлелді жауап',
  answerIntro: 'Сіздің {date} № {number} шағымыңыз қаралды.',
  verdictJustified: 'Шағым негізді деп танылды.',
  verdictNotJustified: 'Шағым негізсіз деп танылды.',
  appeal:
    'Жауаппен келіспеген жағдайда мемлекеттік қызметтер көрсету сапасын бағалау және бақылау жөніндегі уәкілетті органға немесе сотқа шағымдануға құқығыңыз бар.',
  akim: 'Әкім',
  head: 'Бөлім басшысы',
  signature: 'қолы',
  // journal
  journalTitle: 'Шағымдарды есепке алу журналы',
  period: 'Кезең',
  colNo: '№',
  colNumber: 'Журнал нөмірі',
  colAcceptedAt: 'Қабылданды',
  colComplainant: 'Шағым беруші',
  colAbout: 'Неге қатысты, мәні',
  colDue: 'Мерзімі',
  colAnswer: 'Жауап',
  colDelivery: 'Жеткізу',
  justified: 'негізді',
  notJustified: 'негізсіз',
  late: 'кешіктірілді',
  overdue: 'мерзімі өтті',
  escalated: 'уәкілетті органда',
  inPerson: 'қолма-қол',
  post: 'поштамен',
  email: 'эл. поштамен',
  total: 'Барлығы',
  noRows: 'Бұл кезеңде шағым жоқ',
};

const ru: Dictionary<keyof typeof kk> = {
  talonTitle: 'Отрывной талон жалобы',
  talonPart: 'Выдаётся заявителю',
  stubTitle: 'Корешок отрывного талона',
  stubPart: 'Остаётся с журналом информационного учёта',
  cutLine: 'линия отреза',
  journalNumber: 'Номер в журнале',
  acceptedAt: 'Дата и время приёма жалобы',
  acceptedBy: 'Фамилия и инициалы принявшего жалобу',
  complainant: 'Заявитель',
  about: 'Предмет жалобы',
  aboutCase: 'Дело № {number}',
  aboutStaff: 'Сотрудник: {name}',
  aboutService: 'Обслуживание в целом',
  form: 'Форма',
  written: 'письменная',
  oral: 'устная',
  dueDate: 'Срок ответа',
  dueRule: '{days} рабочих дней со дня регистрации',
  answerWhere: 'Мотивированный ответ направляется почтой либо вручается в канцелярии',
  received: 'Талон получил(а)',
  outgoingNumber: 'Исх. №',
  dateLabel: 'Дата',
  answerTitle: 'Мотивированный ответ на жалобу',
  answerIntro: 'Ваша жалоба от {date} № {number} рассмотрена.',
  verdictJustified: 'Жалоба признана обоснованной.',
  verdictNotJustified: 'Жалоба признана необоснованной.',
  appeal:
    'В случае несогласия с ответом вы вправе обжаловать его в уполномоченный орган по оценке и контролю за качеством оказания государственных услуг или в суд.',
  akim: 'Аким',
  head: 'Руководитель отдела',
  signature: 'подпись',
  journalTitle: 'Журнал учёта жалоб',
  period: 'Период',
  colNo: '№',
  colNumber: 'Номер в журнале',
  colAcceptedAt: 'Принята',
  colComplainant: 'Заявитель',
  colAbout: 'Предмет и суть',
  colDue: 'Срок',
  colAnswer: 'Ответ',
  colDelivery: 'Доведение',
  justified: 'обоснована',
  notJustified: 'необоснованна',
  late: 'с опозданием',
  overdue: 'срок истёк',
  escalated: 'в уполномоченном органе',
  inPerson: 'лично',
  post: 'почтой',
  email: 'эл. почтой',
  total: 'Всего',
  noRows: 'За этот период жалоб нет',
};

export type ComplaintFormTextKey = keyof typeof kk;

export const COMPLAINT_FORM_TEXTS = { kk, ru };

export const complaintText: (language: Language, key: ComplaintFormTextKey, params?: Record<string, string | number>) => string =
  translator(COMPLAINT_FORM_TEXTS);

/** "Kazakh / Russian" for one label; a label spelt alike prints once. */
export function complaintLabel(
  languages: readonly Language[],
  key: ComplaintFormTextKey,
  params?: Record<string, string | number>,
): string {
  const texts = languages.map((l) => complaintText(l, key, params));
  return texts.filter((text, i) => texts.indexOf(text) === i).join(' / ');
}
