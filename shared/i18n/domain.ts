// Names of the domain's things, shared by every screen and printed form.
import type { Actor, Channel, DurationUnit, Milestone, ResultKind } from '../catalog/schema';
import type { CaseEventType } from '../case/events';
import type { CaseStatus, RejectionCode } from '../case/fold';
import type { FormKind } from '../host/bridge';
import type { IinFailure } from '../iin/iin';
import type { Language } from './translate';

type Names<K extends string> = Record<K, { kk: string; ru: string }>;

export const ACTOR_NAMES: Names<Actor> = {
  applicant: { kk: 'Көрсетілетін қызметті алушы', ru: 'Услугополучатель' },
  akim: { kk: 'Әкім', ru: 'Аким' },
  akimOfficeClerk: { kk: 'Әкім аппаратының қызметкері', ru: 'Сотрудник аппарата акима' },
  akimExecutor: { kk: 'Әкімнің жауапты орындаушысы', ru: 'Ответственный исполнитель акима' },
  precinctCommission: { kk: 'Учаскелік комиссия', ru: 'Участковая комиссия' },
  specialCommission: { kk: 'Арнайы комиссия', ru: 'Специальная комиссия' },
  permitCommission: { kk: 'Рұқсаттар беру жөніндегі комиссия', ru: 'Комиссия по выдаче разрешений' },
  deptOfficeClerk: { kk: 'Бөлімнің кеңсе қызметкері', ru: 'Сотрудник канцелярии отдела' },
  deptHead: { kk: 'Бөлім басшысы', ru: 'Руководитель отдела' },
  deptExecutor: { kk: 'Бөлімнің орындаушысы', ru: 'Исполнитель отдела' },
  provider: { kk: 'Көрсетілетін қызметті беруші', ru: 'Услугодатель' },
  pscWorker: { kk: 'ХҚКО қызметкері', ru: 'Работник ЦОН' },
  pscAccumulationWorker: { kk: 'ХҚКО жинақтау бөлімінің қызметкері', ru: 'Работник накопительного отдела ЦОН' },
  ztmoWorker: { kk: 'ЗТМО қызметкері', ru: 'Работник ЗТМО' },
  authorizedBody: { kk: 'Уәкілетті орган', ru: 'Уполномоченный орган' },
  employmentCentre: { kk: 'Халықты жұмыспен қамту орталығы', ru: 'Центр занятости населения' },
};

export const CHANNEL_NAMES: Names<Channel> = {
  provider: { kk: 'Көрсетілетін қызметті беруші', ru: 'Услугодатель' },
  akim: { kk: 'Ауылдық округ әкімі', ru: 'Аким сельского округа' },
  psc: { kk: 'Халыққа қызмет көрсету орталығы', ru: 'Центр обслуживания населения' },
  portal: { kk: '«Электрондық үкімет» порталы', ru: 'Портал «электронного правительства»' },
};

export const MILESTONE_NAMES: Names<Milestone> = {
  accept: { kk: 'Құжаттарды қабылдау және тіркеу', ru: 'Приём и регистрация документов' },
  endorse: { kk: 'Жауапты орындаушыны белгілеу', ru: 'Назначение ответственного исполнителя' },
  sendToCommission: { kk: 'Учаскелік комиссияға жіберу', ru: 'Направление в участковую комиссию' },
  commissionConclusion: { kk: 'Комиссияның қорытындысы', ru: 'Заключение комиссии' },
  relay: { kk: 'Бөлімге жіберу', ru: 'Направление в отдел' },
  districtRegister: { kk: 'Бөлімде тіркеу', ru: 'Регистрация в отделе' },
  districtAssign: { kk: 'Орындаушыны белгілеу (бөлім)', ru: 'Назначение исполнителя (отдел)' },
  districtExamine: { kk: 'Қарау және нәтижені дайындау', ru: 'Рассмотрение и подготовка результата' },
  specialCommission: { kk: 'Арнайы комиссияның шешімі', ru: 'Решение специальной комиссии' },
  districtSign: { kk: 'Басшының қол қоюы', ru: 'Подписание руководителем' },
  districtReturn: { kk: 'Нәтижені әкімге жіберу', ru: 'Направление результата акиму' },
  handOver: { kk: 'Нәтижені беру', ru: 'Выдача результата' },
};

export const RESULT_NAMES: Names<ResultKind> = {
  notification: { kk: 'Хабарлама', ru: 'Уведомление' },
  refusal: { kk: 'Дәлелді бас тарту', ru: 'Мотивированный отказ' },
  certificate: { kk: 'Анықтама', ru: 'Справка' },
  idCard: { kk: 'Куәлік', ru: 'Удостоверение' },
  referral: { kk: 'Жолдама', ru: 'Направление' },
  permit: { kk: 'Рұқсат', ru: 'Разрешение' },
  decision: { kk: 'Шешім', ru: 'Решение' },
};

export const STATUS_NAMES: Names<CaseStatus> = {
  refusedAtIntake: { kk: 'Қабылдаудан бас тартылды', ru: 'Отказано в приёме' },
  registered: { kk: 'Тіркелді', ru: 'Зарегистрировано' },
  atCommission: { kk: 'Учаскелік комиссияда', ru: 'В участковой комиссии' },
  commissionConcluded: { kk: 'Комиссия қорытынды берді', ru: 'Комиссия дала заключение' },
  relayed: { kk: 'Бөлімге жіберілді', ru: 'Направлено в отдел' },
  atDistrict: { kk: 'Бөлімде қаралуда', ru: 'На рассмотрении в отделе' },
  returnedForRework: { kk: 'Пысықтауға қайтарылды', ru: 'Возвращено на доработку' },
  decided: { kk: 'Шешім қабылданды', ru: 'Решение принято' },
  resultReady: { kk: 'Нәтиже беруге дайын', ru: 'Результат готов к выдаче' },
  handedOver: { kk: 'Нәтиже берілді', ru: 'Результат выдан' },
};

export const EVENT_NAMES: Names<CaseEventType> = {
  registered: { kk: 'Өтініш тіркелді', ru: 'Заявление зарегистрировано' },
  refusalReceiptIssued: { kk: 'Қабылдаудан бас тарту туралы қолхат берілді', ru: 'Выдана расписка об отказе в приёме' },
  talonIssued: { kk: 'Үзбелі талон берілді', ru: 'Выдан отрывной талон' },
  consentRecorded: { kk: 'Дербес деректерді пайдалануға келісім алынды', ru: 'Получено согласие на использование персональных данных' },
  executorAssigned: { kk: 'Жауапты орындаушы белгіленді', ru: 'Назначен ответственный исполнитель' },
  sentToCommission: { kk: 'Учаскелік комиссияға жіберілді', ru: 'Направлено в участковую комиссию' },
  inspectionRecorded: { kk: 'Тексеру актісі жасалды', ru: 'Составлен акт обследования' },
  conclusionAdopted: { kk: 'Комиссия қорытындысы қабылданды', ru: 'Принято заключение комиссии' },
  packageRelayed: { kk: 'Құжаттар топтамасы бөлімге жіберілді', ru: 'Пакет документов направлен в отдел' },
  receivedByDistrict: { kk: 'Бөлімде тіркелді', ru: 'Зарегистрировано в отделе' },
  districtExecutorAssigned: { kk: 'Бөлімде орындаушы белгіленді', ru: 'В отделе назначен исполнитель' },
  specialCommissionDecided: { kk: 'Арнайы комиссия шешім шығарды', ru: 'Специальная комиссия приняла решение' },
  decided: { kk: 'Бөлім шешім қабылдады', ru: 'Отдел принял решение' },
  returnedForRework: { kk: 'Пысықтауға қайтарылды', ru: 'Возвращено на доработку' },
  resultReceived: { kk: 'Нәтиже әкімдікке келді', ru: 'Результат поступил в акимат' },
  handedOver: { kk: 'Нәтиже өтініш берушіге берілді', ru: 'Результат выдан заявителю' },
  attachmentAdded: { kk: 'Құжаттың көшірмесі қосылды', ru: 'Добавлена копия документа' },
  formReprinted: { kk: 'Нысан қайта басып шығарылды (телнұсқа)', ru: 'Форма перепечатана (дубликат)' },
};

export const REJECTION_NAMES: Names<RejectionCode> = {
  notFirst: { kk: 'Іс бұрын тіркелген', ru: 'Дело уже зарегистрировано' },
  notRegistered: { kk: 'Құжаттар қабылданбаған, іс тіркелмеген', ru: 'Документы не приняты, дело не зарегистрировано' },
  caseClosed: { kk: 'Нәтиже берілген, іс жабық', ru: 'Результат выдан, дело закрыто' },
  wrongCase: { kk: 'Оқиға басқа іске жатады', ru: 'Событие относится к другому делу' },
  noCommissionInRegulation: { kk: 'Бұл қызметтің регламентінде комиссия жоқ', ru: 'В регламенте этой услуги нет комиссии' },
  noRelayInRegulation: { kk: 'Бұл қызмет бөлімге жіберілмейді', ru: 'Эта услуга не направляется в отдел' },
  notAtCommission: { kk: 'Іс комиссияға жіберілмеген', ru: 'Дело не направлено в комиссию' },
  noInspectionAct: { kk: 'Алдымен тексеру актісін жасау керек', ru: 'Сначала нужен акт обследования' },
  conclusionMissing: { kk: 'Комиссия әлі қорытынды бермеді', ru: 'Комиссия ещё не дала заключение' },
  notRelayed: { kk: 'Құжаттар бөлімге жіберілмеген', ru: 'Документы не направлены в отдел' },
  notAtDistrict: { kk: 'Құжаттар бөлімде тіркелмеген', ru: 'Документы не зарегистрированы в отделе' },
  notDecided: { kk: 'Бөлім әлі шешім қабылдамады', ru: 'Отдел ещё не принял решение' },
  resultNotReceived: { kk: 'Берілетін нәтиже әлі жоқ', ru: 'Результата для выдачи ещё нет' },
  wrongState: { kk: 'Істің қазіргі күйінде бұл әрекетке болмайды', ru: 'В текущем состоянии дела это действие недоступно' },
};

export const IIN_FAILURE_NAMES: Names<IinFailure> = {
  length: { kk: 'ЖСН 12 цифрдан тұруы керек', ru: 'ИИН должен состоять из 12 цифр' },
  notDigits: { kk: 'ЖСН тек цифрлардан тұрады', ru: 'ИИН состоит только из цифр' },
  impossibleDate: { kk: 'ЖСН-дағы туған күн мүмкін емес', ru: 'Дата рождения в ИИН невозможна' },
  centuryDigit: { kk: 'ЖСН-ның 7-цифры 1–6 болуы керек', ru: '7-я цифра ИИН должна быть от 1 до 6' },
  checkDigit: { kk: 'ЖСН-ның бақылау цифры дұрыс емес — қате терілген', ru: 'Неверная контрольная цифра ИИН — ошибка в наборе' },
};

export const UNIT_NAMES: Names<DurationUnit> = {
  minutes: { kk: 'минут', ru: 'мин.' },
  hours: { kk: 'сағат', ru: 'ч.' },
  workingDays: { kk: 'жұмыс күні', ru: 'раб. дн.' },
  calendarDays: { kk: 'күнтізбелік күн', ru: 'календ. дн.' },
};

export const FORM_NAMES: Names<FormKind> = {
  talon: { kk: 'Үзбелі талон', ru: 'Отрывной талон' },
  refusalReceipt: { kk: 'Қабылдаудан бас тарту туралы қолхат', ru: 'Расписка об отказе в приёме' },
  consent: { kk: 'Дербес деректерді пайдалануға келісім', ru: 'Согласие на использование персональных данных' },
  register: { kk: 'Өтініштерді тіркеу журналы', ru: 'Журнал регистрации заявлений' },
  commissionAct: { kk: 'Тексеру актісі', ru: 'Акт обследования' },
  conclusion: { kk: 'Комиссияның қорытындысы', ru: 'Заключение комиссии' },
  protocol: { kk: 'Отырыс хаттамасы', ru: 'Протокол заседания' },
  agenda: { kk: 'Күн тәртібі', ru: 'Повестка дня' },
  notification: { kk: 'Хабарлама', ru: 'Уведомление' },
  refusal: { kk: 'Дәлелді бас тарту', ru: 'Мотивированный отказ' },
  certificate: { kk: 'Анықтама', ru: 'Справка' },
  handOverRegister: { kk: 'Нәтижелерді беру журналы', ru: 'Журнал выдачи результатов' },
};

/** The name of a domain thing in a language. */
export function nameOf<K extends string>(names: Names<K>, key: K, language: Language): string {
  return names[key][language];
}
