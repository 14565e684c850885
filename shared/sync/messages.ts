// Texts for people of every sync error code, Kazakh first. The server puts both
// languages in each error; the client shows the one the user reads.
import { interpolate, type Language } from '../i18n/translate';
import type { Bilingual, SyncErrorCode } from './protocol';

export const SYNC_ERROR_TEXTS: Record<SyncErrorCode, Bilingual> = {
  badRequest: { kk: 'Сұраным дұрыс емес: {detail}', ru: 'Неверный запрос: {detail}' },
  malformedJson: { kk: 'Сұраным мәтіні JSON ретінде оқылмады', ru: 'Тело запроса не читается как JSON' },
  payloadTooLarge: {
    kk: 'Деректер тым үлкен (шегі {limit}). Азырақ бөліп жіберіңіз',
    ru: 'Слишком большой объём данных (предел {limit}). Отправьте меньшими частями',
  },
  unauthorized: {
    kk: 'Құрылғы танылмады: кіру белгісі жоқ немесе жарамсыз',
    ru: 'Устройство не опознано: нет ключа доступа или он недействителен',
  },
  deviceRevoked: {
    kk: 'Бұл құрылғы серверде өшірілген. Жіберілмеген деректер құрылғыда сақталады; әкімшіге хабарласыңыз',
    ru: 'Это устройство отключено на сервере. Неотправленные данные сохраняются на устройстве; обратитесь к администратору',
  },
  invalidEnrollmentCode: {
    kk: 'Тіркеу коды жарамсыз, қолданылған немесе мерзімі өткен',
    ru: 'Код подключения недействителен, уже использован или просрочен',
  },
  protocolMismatch: {
    kk: 'Бағдарлама нұсқасы сервермен сәйкес емес (сервер: {expected})',
    ru: 'Версия программы не совпадает с сервером (сервер: {expected})',
  },
  rateLimited: { kk: 'Сұраным тым жиі. {seconds} секундтан кейін қайталаңыз', ru: 'Слишком частые запросы. Повторите через {seconds} с' },
  outOfScope: { kk: 'Бұл іс сіздің мекемеңізге жатпайды', ru: 'Это дело не относится к вашему учреждению' },
  wrongDevice: {
    kk: 'Оқиға басқа құрылғының немесе мекеменің атынан жазылған',
    ru: 'Событие записано от имени другого устройства или учреждения',
  },
  invalidEvent: { kk: 'Оқиға деректері дұрыс емес ({field}): {detail}', ru: 'Неверные данные события ({field}): {detail}' },
  seqGap: {
    kk: 'Алдыңғы оқиғалар әлі жетпеді: №{expected} оқиға күтілуде',
    ru: 'Ещё не получены предыдущие события: ожидается событие №{expected}',
  },
  seqReused: {
    kk: 'Құрылғының №{seq} оқиғасы бұрын басқа мазмұнмен қабылданған',
    ru: 'Событие №{seq} этого устройства уже принято с другим содержимым',
  },
  idConflict: {
    kk: 'Осы нөмірлі оқиға бұрын басқа мазмұнмен қабылданған',
    ru: 'Событие с этим идентификатором уже принято с другим содержимым',
  },
  eventRejected: {
    kk: 'Оқиға істің қазіргі күйіне сәйкес емес, топтама қабылданбады',
    ru: 'Событие не соответствует состоянию дела, пакет не принят',
  },
  unknownDistrict: { kk: 'Мұндай аудандық бөлім серверде жоқ: {district}', ru: 'Такого районного отдела нет на сервере: {district}' },
  hashMismatch: {
    kk: 'Файл бүлінген: мазмұны көрсетілген SHA-256 сәйкес емес, қайта жіберіңіз',
    ru: 'Файл повреждён: содержимое не совпадает с указанным SHA-256, отправьте заново',
  },
  quotaExceeded: {
    kk: 'Бұл құрылғының аяқталмаған жүктемелері тым көп ({limit}). Алдыңғыларының аяқталуын күтіңіз',
    ru: 'У этого устройства слишком много незавершённых загрузок ({limit}). Дождитесь окончания предыдущих',
  },
  storageUnavailable: {
    kk: 'Сервер деректерді жаза алмайды (диск толы немесе тек оқуға арналған). Деректер құрылғыда сақталды; әкімшіге хабарласыңыз',
    ru: 'Сервер не может записать данные (диск заполнен или только для чтения). Данные сохранены на устройстве; обратитесь к администратору',
  },
  notFound: { kk: 'Табылмады', ru: 'Не найдено' },
  internal: {
    kk: 'Сервер қатесі. Деректер құрылғыда сақталды, кейін қайталанады',
    ru: 'Ошибка сервера. Данные сохранены на устройстве, будет повторено позже',
  },
};

/** Both languages of an error code's text, with its parameters filled in. */
export function syncErrorMessage(code: SyncErrorCode, params?: Record<string, string | number>): Bilingual {
  const texts = SYNC_ERROR_TEXTS[code];
  return { kk: interpolate(texts.kk, params), ru: interpolate(texts.ru, params) };
}

export function inLanguage(message: Bilingual, language: Language): string {
  return message[language];
}
