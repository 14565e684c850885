// Texts of the settings screen (backups and restore, printers), of print
// failures and retries, and of the staff restriction, Kazakh first. The Russian
// dictionary has exactly the keys of the Kazakh one (the type checker enforces it).
import type { FormKind } from '@shared/host/bridge';
import { translator, type Dictionaries } from '@shared/i18n/translate';
import { useLanguage } from '@renderer/i18n/language';

const kk = {
  navSettings: 'Баптаулар',
  settingsTitle: 'Баптаулар',
  // backups
  backupTitle: 'Деректердің резервтік көшірмесі',
  backupIntroElectron: 'Бағдарлама кестесі бойынша көшірмені өзі жасайды. Көшірмелер таңдалған қалтада (мысалы, флешкада) сақталады.',
  backupIntroBrowser: 'Браузерде жұмыс істеп тұрсыз: көшірмені файл ретінде жүктеп алып, флешкаға не басқа компьютерге сақтаңыз.',
  backupNow: 'Қазір көшірме жасау',
  backupDownload: 'Көшірме файлын жүктеп алу',
  backupWorking: 'Көшірме жасалуда…',
  backupDone: 'Көшірме жасалды: {files} файл, {size}',
  backupDownloaded: 'Көшірме файлы жүктелді: {name}',
  backupFolder: 'Көшірмелер қалтасы',
  backupFolderUnknown: 'таңдалмаған (бағдарламаның әдепкі қалтасы)',
  backupChooseFolder: 'Қалтаны не флешканы таңдау',
  backupList: 'Сақталған көшірмелер',
  backupListEmpty: 'Әзірге көшірме жоқ',
  backupColDate: 'Күні',
  backupColVersion: 'Нұсқасы',
  backupColFiles: 'Файлдар',
  backupColSize: 'Көлемі',
  backupLast: 'Соңғы жоспарлы көшірме: {when}',
  backupLastFailed: 'Соңғы жоспарлы көшірме жасалмады: {reason}',
  backupNoFolder: 'Көшірмелер қалтасы жоқ не қолжетімсіз (флешка алынған болуы мүмкін). Қалтаны қайта таңдаңыз.',
  backupFailed: 'Көшірме жасалмады: {reason}',
  // restore
  restoreTitle: 'Көшірмеден қалпына келтіру',
  restoreWarning:
    'Қалпына келтіру осы компьютердегі барлық деректерді көшірмедегі деректермен ауыстырады. Алдымен файл толық тексеріледі; ақаулы файл ештеңені өзгертпейді.',
  restoreButton: 'Қалпына келтіру',
  restoreFromFile: 'Көшірме файлынан қалпына келтіру',
  restoreChooseFile: 'Көшірме файлын таңдаңыз (.akimat-backup)',
  restoreWorking: 'Файл тексерілуде…',
  restoreDone: 'Қалпына келтірілді: {cases} іс, {events} оқиға, {files} файл. Бағдарлама қайта жүктеледі.',
  restoreUnsynced: 'Серверге әлі {events} оқиға және {files} файл жіберілмеген: қалпына келтірсеңіз, олар жоғалады.',
  restoreConfirmUnsynced: 'Түсіндім, жіберілмегендерді жоғалтып, бәрібір қалпына келтіру',
  restoreNotBackup: 'Бұл файл Akimat Desk көшірмесі емес немесе толық емес. Деректер өзгертілген жоқ.',
  restoreNewer:
    'Көшірме бағдарламаның жаңа нұсқасында жасалған (пішім {formatVersion}, дерекқор {dbVersion}). Алдымен бағдарламаны жаңартыңыз. Деректер өзгертілген жоқ.',
  restoreCorrupted: 'Көшірме зақымдалған ({what}), сондықтан қабылданбады. Деректер өзгертілген жоқ.',
  restoreFailed: 'Қалпына келтіру мүмкін болмады: {reason}. Деректер өзгертілген жоқ.',
  restoreHostNotFound: 'Көшірме табылмады (қалта не флешка қолжетімсіз). Деректер өзгертілген жоқ.',
  restoreHostCorrupted: 'Көшірменің файлдары тізімдемедегі бақылау сомасына сай келмейді. Деректер өзгертілген жоқ.',
  restoreFirstRun: 'Бұл компьютерді бұрынғы көшірмеден қалпына келтіру',
  // printers
  printersTitle: 'Принтерлер',
  printersBrowser:
    'Браузерде принтерді әр басып шығарғанда браузердің терезесінде таңдайсыз; бұл бөлім тек жұмыс үстелі бағдарламасында бар.',
  printersNone: 'Бұл компьютерде принтер табылмады',
  printersDefault: 'әдепкі',
  printersForm: 'Құжат',
  printersChosen: 'Таңдалған принтер',
  printersAsk: 'Әр жолы сұрау',
  printersRemembered: '«{form}» үшін «{printer}» есте сақталды',
  printersChooseFailed: 'Принтерді сақтау мүмкін болмады',
  formTalon: 'Талон',
  formRefusalReceipt: 'Бас тарту қолхаты',
  formConsent: 'Келісім',
  formRegister: 'Кіріс журналы',
  formCommissionAct: 'Тексеру актісі',
  formConclusion: 'Комиссия қорытындысы',
  formProtocol: 'Комиссия хаттамасы',
  formAgenda: 'Күн тәртібі',
  formNotification: 'Хабарлама',
  formRefusal: 'Бас тарту',
  formCertificate: 'Анықтама',
  formHandOverRegister: 'Беру журналы',
  // print failures
  printNoPrinter: 'принтер таңдалмаған не табылмады',
  printOffline: 'принтер өшірулі не қосылмаған',
  printCancelled: 'басып шығару тоқтатылды',
  printFailedOther: 'принтер қатесі',
  printRetry: 'Қайталау',
  printPreview: 'Алдын ала қарау',
  // staff
  staffAkimOnly:
    'Жаңа қызметкерді тек әкім (бөлімде — бөлім басшысы) не әкімші қоса алады. Ортақ компьютерде кеңсе қызметкері тіркелгі жасай алмайды.',
  sizeKb: '{value} КБ',
  sizeMb: '{value} МБ',
};

const ru: typeof kk = {
  navSettings: 'Настройки',
  settingsTitle: 'Настройки',
  backupTitle: 'Резервная копия данных',
  backupIntroElectron: 'Программа сама делает копии по расписанию. Копии хранятся в выбранной папке (например, на флешке).',
  backupIntroBrowser: 'Вы работаете в браузере: скачайте копию файлом и сохраните её на флешку или другой компьютер.',
  backupNow: 'Сделать копию сейчас',
  backupDownload: 'Скачать файл копии',
  backupWorking: 'Копия создаётся…',
  backupDone: 'Копия создана: файлов {files}, {size}',
  backupDownloaded: 'Файл копии скачан: {name}',
  backupFolder: 'Папка копий',
  backupFolderUnknown: 'не выбрана (папка программы по умолчанию)',
  backupChooseFolder: 'Выбрать папку или флешку',
  backupList: 'Сохранённые копии',
  backupListEmpty: 'Копий пока нет',
  backupColDate: 'Дата',
  backupColVersion: 'Версия',
  backupColFiles: 'Файлы',
  backupColSize: 'Размер',
  backupLast: 'Последняя плановая копия: {when}',
  backupLastFailed: 'Последняя плановая копия не создана: {reason}',
  backupNoFolder: 'Папки копий нет или она недоступна (возможно, флешка извлечена). Выберите папку заново.',
  backupFailed: 'Копия не создана: {reason}',
  restoreTitle: 'Восстановление из копии',
  restoreWarning:
    'Восстановление заменит все данные на этом компьютере данными из копии. Сначала файл проверяется целиком; повреждённый файл ничего не меняет.',
  restoreButton: 'Восстановить',
  restoreFromFile: 'Восстановить из файла копии',
  restoreChooseFile: 'Выберите файл копии (.akimat-backup)',
  restoreWorking: 'Файл проверяется…',
  restoreDone: 'Восстановлено: дел {cases}, событий {events}, файлов {files}. Программа перезагрузится.',
  restoreUnsynced: 'На сервер ещё не отправлено событий: {events}, файлов: {files}; при восстановлении они пропадут.',
  restoreConfirmUnsynced: 'Понимаю, неотправленное пропадёт, всё равно восстановить',
  restoreNotBackup: 'Этот файл не является копией Akimat Desk или неполный. Данные не изменены.',
  restoreNewer:
    'Копия сделана более новой версией программы (формат {formatVersion}, база {dbVersion}). Сначала обновите программу. Данные не изменены.',
  restoreCorrupted: 'Копия повреждена ({what}) и не принята. Данные не изменены.',
  restoreFailed: 'Восстановить не удалось: {reason}. Данные не изменены.',
  restoreHostNotFound: 'Копия не найдена (папка или флешка недоступна). Данные не изменены.',
  restoreHostCorrupted: 'Файлы копии не совпадают с контрольными суммами в описи. Данные не изменены.',
  restoreFirstRun: 'Восстановить этот компьютер из прежней копии',
  printersTitle: 'Принтеры',
  printersBrowser:
    'В браузере принтер выбирается в окне печати браузера при каждой печати; этот раздел есть только в настольной программе.',
  printersNone: 'На этом компьютере принтеры не найдены',
  printersDefault: 'по умолчанию',
  printersForm: 'Документ',
  printersChosen: 'Выбранный принтер',
  printersAsk: 'Спрашивать каждый раз',
  printersRemembered: 'Для «{form}» запомнен «{printer}»',
  printersChooseFailed: 'Не удалось сохранить принтер',
  formTalon: 'Талон',
  formRefusalReceipt: 'Расписка об отказе',
  formConsent: 'Согласие',
  formRegister: 'Журнал входящих',
  formCommissionAct: 'Акт обследования',
  formConclusion: 'Заключение комиссии',
  formProtocol: 'Протокол комиссии',
  formAgenda: 'Повестка',
  formNotification: 'Уведомление',
  formRefusal: 'Отказ',
  formCertificate: 'Справка',
  formHandOverRegister: 'Журнал выдачи',
  printNoPrinter: 'принтер не выбран или не найден',
  printOffline: 'принтер выключен или не подключён',
  printCancelled: 'печать отменена',
  printFailedOther: 'ошибка принтера',
  printRetry: 'Повторить',
  printPreview: 'Предпросмотр',
  staffAkimOnly:
    'Добавлять сотрудников может только аким (в отделе — руководитель отдела) или администратор. Сотрудник канцелярии на общем компьютере не создаёт учётные записи.',
  sizeKb: '{value} КБ',
  sizeMb: '{value} МБ',
};

export type SettingsTextKey = keyof typeof kk;
export const SETTINGS_DICTIONARIES: Dictionaries<SettingsTextKey> = { kk, ru };
export const settingsText = translator(SETTINGS_DICTIONARIES);

export const FORM_TEXT: Record<FormKind, SettingsTextKey> = {
  talon: 'formTalon',
  refusalReceipt: 'formRefusalReceipt',
  consent: 'formConsent',
  register: 'formRegister',
  commissionAct: 'formCommissionAct',
  conclusion: 'formConclusion',
  protocol: 'formProtocol',
  agenda: 'formAgenda',
  notification: 'formNotification',
  refusal: 'formRefusal',
  certificate: 'formCertificate',
  handOverRegister: 'formHandOverRegister',
};

/** The settings texts in the current language. */
export function useSettingsText(): (key: SettingsTextKey, params?: Record<string, string | number>) => string {
  const { lang } = useLanguage();
  return (key, params) => settingsText(lang, key, params);
}

/** "12,5 МБ" / "340 КБ" for a byte count. */
export function sizeText(lang: 'kk' | 'ru', bytes: number): string {
  if (bytes >= 1024 * 1024) return settingsText(lang, 'sizeMb', { value: (bytes / 1024 / 1024).toFixed(1).replace('.', ',') });
  return settingsText(lang, 'sizeKb', { value: Math.max(1, Math.round(bytes / 1024)) });
}
