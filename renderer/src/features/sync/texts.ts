// Texts of the sync panel, the enrollment form and the header badge, Kazakh
// first. Server error reasons come from the server in both languages already.
import { interpolate, translator, type Dictionaries } from '@shared/i18n/translate';

const kk = {
  navSync: 'Синхрондау',
  syncTitle: 'Сервермен синхрондау',
  // badge
  badgeNotEnrolled: 'Серверге қосылмаған',
  badgeOnline: 'Желіде',
  badgeOffline: 'Желі жоқ',
  badgeWaiting: 'Күтуде: {count}',
  badgeError: 'Қате',
  badgeStopped: 'Тоқтатылды',
  // enrollment
  enrollTitle: 'Компьютерді серверге қосу (әкімшіге)',
  enrollIntro: 'Сервердің мекенжайын және әкімші берген бір реттік кодты енгізіңіз. Компьютер серверден өз атауы мен әрпін алады.',
  serverUrl: 'Сервердің мекенжайы',
  serverUrlBad: 'Мекенжай http:// немесе https:// деп басталуы керек',
  enrollCode: 'Бір реттік код',
  deviceName: 'Компьютердің атауы (міндетті емес)',
  enrollButton: 'Қосу',
  enrolling: 'Қосылуда…',
  enrolled: 'Қосылды: құрылғы {deviceId}, кеңсе {officeCode}, әрпі {letter}',
  enrollLetterAdopted: 'Сервер бұл компьютерге «{letter}» әрпін берді; тіркеу нөмірлері енді осы әріппен жазылады.',
  enrollOfficeAdopted: 'Кеңсе коды сервер бойынша «{officeCode}» болып өзгертілді.',
  enrollLetterMismatch:
    'Сервер «{serverLetter}» әрпін берді, ал бұл компьютер «{localLetter}» әрпімен {count} оқиға тіркеп қойған. Тіркеу нөмірлерін өзгертуге болмайды, сондықтан қосылу тоқтатылды. Әкімші серверде осы құрылғыны ({deviceId}) өшіріп, «{localLetter}» әрпі бос кеңсеге жаңа код берсін немесе бұл компьютерді тіркеу басталмай тұрып қосу керек.',
  enrollOfficeMismatch:
    'Код «{serverOffice}» кеңсесіне берілген, ал бұл компьютер «{localOffice}» кеңсесі ретінде {count} оқиға тіркеген. Қосылу тоқтатылды: әкімшіден дұрыс кеңсеге код сұраңыз.',
  enrollTakeOver:
    'Жіберілмеген {count} оқиға енді {deviceId} құрылғысының атынан жіберіледі; жаңа тіркеу нөмірлері «{letter}» әрпімен жазылады.',
  enrollDistrictScope: 'Бұл код аудандық бөлімге берілген, ал бұл компьютер — ауылдық округ кеңсесі. Кеңсеге арналған код сұраңыз.',
  enrollOfficeScope:
    'Бұл код ауылдық округ кеңсесіне берілген, ал бұл компьютер — аудандық бөлімдікі. Аудандық бөлімге арналған код сұраңыз.',
  enrollNoServer: 'Серверге қосылу мүмкін болмады ({detail}). Мекенжайды және желіні тексеріңіз.',
  enrollBadAnswer: 'Сервер түсініксіз жауап берді. Мекенжайды тексеріңіз.',
  deviceIdentity: 'Құрылғы: {deviceId} · сервер: {serverUrl}',
  // panel
  waitingTitle: 'Жіберуді күтуде',
  statePending: 'Жіберілмеген',
  stateSent: 'Жіберілген',
  stateError: 'Қатемен',
  uploadsPending: 'Жіберілмеген файлдар',
  lastSuccess: 'Соңғы сәтті синхрондау',
  lastSuccessNever: 'әлі болған жоқ',
  lastAttempt: 'Соңғы әрекет',
  nextAttempt: 'Келесі әрекет: {time}',
  syncNow: 'Қазір синхрондау',
  syncing: 'Синхрондалуда…',
  errorsTitle: 'Қателер',
  errorsNone: 'Қате жоқ',
  eventError: '{caseNumber} · {type}: {reason}',
  uploadError: 'Файл {name}: {reason}',
  lastProblem: 'Соңғы мәселе: {reason}',
  stoppedHint: 'Синхрондау тоқтатылды. Әкімшіден жаңа код алып, компьютерді төмендегі пішінмен қайта қосыңыз.',
  pulledCount: 'Серверден алынған оқиғалар: {count}',
  skewTitle: 'Уақыт айырмашылығы',
  noLink: 'Серверге қосылу жоқ. Деректер осы компьютерде сақталған, байланыс пайда болғанда жіберіледі',
  // sign-out guard
  signOutBlocked:
    'Шығуға болмайды: серверге әлі {events} оқиға және {files} файл жіберілмеген. Алдымен синхрондаңыз («Синхрондау» бетінде).',
  resetBlocked: 'Деректерді тазалауға болмайды: серверге әлі {events} оқиға және {files} файл жіберілмеген.',
  // catalog and calendar publications
  versionsTitle: 'Каталог пен күнтізбе нұсқалары',
  catalogInForce: 'Жаңа өтініштер үшін қызметтер каталогы: {version}',
  calendarInForce: 'Мерзімдерді есептейтін жұмыс күндерінің күнтізбесі: {version}',
  thresholdsInForce: 'Комиссия салыстыратын табыс шектері кестесі: {version}',
  bundledVersion: 'бағдарламамен бірге келген',
  publicationCatalogRejected: 'Каталогтың «{version}» нұсқасы қабылданбады, алдыңғы нұсқа күшінде қалды',
  publicationCalendarRejected: 'Күнтізбенің «{version}» нұсқасы қабылданбады, алдыңғы нұсқа күшінде қалды',
  publicationThresholdsRejected: 'Табыс шектері кестесінің «{version}» нұсқасы қабылданбады, алдыңғы нұсқа күшінде қалды',
  publicationEntryInvalid: '«{entryId}» жазбасының «{field}» өрісі қате ({problem})',
  publicationFieldInvalid: '«{field}» өрісі қате ({problem})',
  publicationVersionMismatch: 'файлдың ішінде басқа нұсқа жазылған: «{declared}»',
  publicationVersionReused: 'мұндай атаулы нұсқа бұрын басқа мазмұнмен келген',
};

const ru: Record<keyof typeof kk, string> = {
  navSync: 'Синхронизация',
  syncTitle: 'Синхронизация с сервером',
  badgeNotEnrolled: 'Не подключён к серверу',
  badgeOnline: 'В сети',
  badgeOffline: 'Нет связи',
  badgeWaiting: 'Ожидает: {count}',
  badgeError: 'Ошибка',
  badgeStopped: 'Остановлено',
  enrollTitle: 'Подключение компьютера к серверу (для администратора)',
  enrollIntro: 'Введите адрес сервера и одноразовый код, выданный администратором. Компьютер получит от сервера своё имя и букву.',
  serverUrl: 'Адрес сервера',
  serverUrlBad: 'Адрес должен начинаться с http:// или https://',
  enrollCode: 'Одноразовый код',
  deviceName: 'Название компьютера (необязательно)',
  enrollButton: 'Подключить',
  enrolling: 'Подключение…',
  enrolled: 'Подключено: устройство {deviceId}, учреждение {officeCode}, буква {letter}',
  enrollLetterAdopted: 'Сервер выдал этому компьютеру букву «{letter}»; регистрационные номера теперь пишутся с ней.',
  enrollOfficeAdopted: 'Код учреждения изменён по данным сервера на «{officeCode}».',
  enrollLetterMismatch:
    'Сервер выдал букву «{serverLetter}», а этот компьютер уже зарегистрировал {count} событий с буквой «{localLetter}». Регистрационные номера менять нельзя, поэтому подключение остановлено. Пусть администратор отключит на сервере это устройство ({deviceId}) и выдаст код учреждению, где буква «{localLetter}» свободна, либо подключайте компьютер до начала регистрации.',
  enrollOfficeMismatch:
    'Код выдан учреждению «{serverOffice}», а этот компьютер зарегистрировал {count} событий как учреждение «{localOffice}». Подключение остановлено: попросите у администратора код для правильного учреждения.',
  enrollTakeOver:
    'Неотправленные события ({count}) теперь будут отправлены от имени устройства {deviceId}; новые регистрационные номера пишутся с буквой «{letter}».',
  enrollDistrictScope: 'Этот код выдан районному отделу, а этот компьютер — аппарат акима сельского округа. Попросите код для учреждения.',
  enrollOfficeScope:
    'Этот код выдан аппарату акима сельского округа, а этот компьютер принадлежит районному отделу. Попросите код для районного отдела.',
  enrollNoServer: 'Не удалось связаться с сервером ({detail}). Проверьте адрес и сеть.',
  enrollBadAnswer: 'Сервер ответил непонятно. Проверьте адрес.',
  deviceIdentity: 'Устройство: {deviceId} · сервер: {serverUrl}',
  waitingTitle: 'Ожидает отправки',
  statePending: 'Не отправлено',
  stateSent: 'Отправлено',
  stateError: 'С ошибкой',
  uploadsPending: 'Неотправленные файлы',
  lastSuccess: 'Последняя успешная синхронизация',
  lastSuccessNever: 'ещё не было',
  lastAttempt: 'Последняя попытка',
  nextAttempt: 'Следующая попытка: {time}',
  syncNow: 'Синхронизировать сейчас',
  syncing: 'Синхронизация…',
  errorsTitle: 'Ошибки',
  errorsNone: 'Ошибок нет',
  eventError: '{caseNumber} · {type}: {reason}',
  uploadError: 'Файл {name}: {reason}',
  lastProblem: 'Последняя проблема: {reason}',
  stoppedHint: 'Синхронизация остановлена. Получите у администратора новый код и подключите компьютер заново формой ниже.',
  pulledCount: 'Получено событий с сервера: {count}',
  skewTitle: 'Расхождение часов',
  noLink: 'Нет связи с сервером. Данные сохранены на этом компьютере и будут отправлены, когда появится связь',
  signOutBlocked:
    'Выйти нельзя: на сервер ещё не отправлено событий: {events}, файлов: {files}. Сначала выполните синхронизацию (страница «Синхронизация»).',
  resetBlocked: 'Очистить данные нельзя: на сервер ещё не отправлено событий: {events}, файлов: {files}.',
  // catalog and calendar publications
  versionsTitle: 'Версии каталога и календаря',
  catalogInForce: 'Каталог услуг для новых заявлений: {version}',
  calendarInForce: 'Календарь рабочих дней для расчёта сроков: {version}',
  thresholdsInForce: 'Таблица порогов дохода для комиссии: {version}',
  bundledVersion: 'поставлен с программой',
  publicationCatalogRejected: 'Версия каталога «{version}» не принята, действует прежняя версия',
  publicationCalendarRejected: 'Версия календаря «{version}» не принята, действует прежняя версия',
  publicationThresholdsRejected: 'Версия таблицы порогов дохода «{version}» не принята, действует прежняя версия',
  publicationEntryInvalid: 'в записи «{entryId}» ошибочно поле «{field}» ({problem})',
  publicationFieldInvalid: 'ошибочно поле «{field}» ({problem})',
  publicationVersionMismatch: 'внутри файла указана другая версия: «{declared}»',
  publicationVersionReused: 'версия с таким названием уже приходила с другим содержимым',
};

export type SyncTextKey = keyof typeof kk;
export const SYNC_DICTIONARIES: Dictionaries<SyncTextKey> = { kk, ru };
export const syncText = translator(SYNC_DICTIONARIES);

/** Both languages of a sync text, for messages kept in the database and shown later in either language. */
export function syncBilingual(key: SyncTextKey, params?: Record<string, string | number>): { kk: string; ru: string } {
  return { kk: interpolate(kk[key], params), ru: interpolate(ru[key], params) };
}
