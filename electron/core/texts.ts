// Every string the desktop shell shows to a person (dialogs, menu, start-up
// notices), Kazakh first. Dialogs show both languages at once, because they may
// appear before the renderer knows the user's language.
import { translator, type Dictionaries, type Language } from '../../shared/i18n/translate';

const kk = {
  productName: 'Әкімдік жұмыс орны',
  downgradeTitle: 'Бағдарламаның ескі нұсқасы',
  downgradeMessage:
    'Деректер қалтасын бағдарламаның жаңарақ нұсқасы ({dataVersion}) жазған, ал сіз ескі нұсқаны ({appVersion}) іске қосып отырсыз. Деректер бұзылмауы үшін бағдарлама ашылмайды. {dataVersion} немесе жаңарақ нұсқаны орнатыңыз.',
  dataFolderTitle: 'Деректер қалтасы қолжетімсіз',
  dataFolderMessage: 'Деректер қалтасын ашу мүмкін болмады: {path}. Әкімшіге хабарласыңыз. Себебі: {detail}',
  backupChooseFolder: 'Сақтық көшірмелер қалтасын таңдаңыз (мысалы, USB жинақтауыш)',
  saveDialogTitle: 'Файлды сақтау',
  previewTitle: 'Басып шығаруды алдын ала қарау',
  menuFile: 'Файл',
  menuBackupNow: 'Сақтық көшірме жасау',
  menuChooseBackupFolder: 'Сақтық көшірмелер қалтасы…',
  menuOpenLogs: 'Журналдар қалтасын ашу',
  menuQuit: 'Шығу',
  menuView: 'Көрініс',
  menuReload: 'Қайта жүктеу',
  menuZoomIn: 'Үлкейту',
  menuZoomOut: 'Кішірейту',
  menuZoomReset: 'Бастапқы өлшем',
  menuHelp: 'Анықтама',
  menuAbout: 'Бағдарлама туралы',
  aboutMessage: '{name}, нұсқа {version}. Деректер қалтасы: {dataDir}',
  ok: 'Жарайды',
  printerMissing: '«{printer}» принтері табылмады',
  noPrinters: 'Бұл компьютерде принтер жоқ',
  printerOffline: '«{printer}» принтері қосылмаған немесе желіден тыс',
  updateReadyTitle: 'Жаңарту дайын',
  updateReadyMessage:
    'Бағдарламаның жаңа нұсқасы ({version}) жүктеліп, тексерілді. Орнату үшін бағдарлама жабылып, қайта ашылады. Қазір орнату керек пе?',
  updateRestart: 'Қазір қайта іске қосу',
  updateLater: 'Кейінірек',
} as const;

type TextKey = keyof typeof kk;

const ru: Record<TextKey, string> = {
  productName: 'Рабочее место акимата',
  downgradeTitle: 'Устаревшая версия программы',
  downgradeMessage:
    'Папку данных записала более новая версия программы ({dataVersion}), а вы запускаете старую ({appVersion}). Чтобы не повредить данные, программа не откроется. Установите версию {dataVersion} или новее.',
  dataFolderTitle: 'Папка данных недоступна',
  dataFolderMessage: 'Не удалось открыть папку данных: {path}. Обратитесь к администратору. Причина: {detail}',
  backupChooseFolder: 'Выберите папку для резервных копий (например, USB-накопитель)',
  saveDialogTitle: 'Сохранение файла',
  previewTitle: 'Предварительный просмотр печати',
  menuFile: 'Файл',
  menuBackupNow: 'Создать резервную копию',
  menuChooseBackupFolder: 'Папка резервных копий…',
  menuOpenLogs: 'Открыть папку журналов',
  menuQuit: 'Выход',
  menuView: 'Вид',
  menuReload: 'Перезагрузить',
  menuZoomIn: 'Увеличить',
  menuZoomOut: 'Уменьшить',
  menuZoomReset: 'Исходный размер',
  menuHelp: 'Справка',
  menuAbout: 'О программе',
  aboutMessage: '{name}, версия {version}. Папка данных: {dataDir}',
  ok: 'ОК',
  printerMissing: 'Принтер «{printer}» не найден',
  noPrinters: 'На этом компьютере нет принтеров',
  printerOffline: 'Принтер «{printer}» выключен или не в сети',
  updateReadyTitle: 'Обновление готово',
  updateReadyMessage:
    'Новая версия программы ({version}) загружена и проверена. Для установки программа закроется и откроется снова. Установить сейчас?',
  updateRestart: 'Перезапустить сейчас',
  updateLater: 'Позже',
};

export const SHELL_TEXTS: Dictionaries<TextKey> = { kk, ru };
export type ShellTextKey = TextKey;

export const shellText = translator(SHELL_TEXTS);

/** Kazakh text, then Russian: for dialogs shown before a language is chosen. */
export function bilingual(key: TextKey, params?: Record<string, string | number>, separator = '\n\n'): string {
  const languages: Language[] = ['kk', 'ru'];
  return languages.map((language) => shellText(language, key, params)).join(separator);
}
