// What the admin CLI says, Kazakh first then Russian.
import { interpolate } from '../../../shared/i18n/translate';

const TEXTS = {
  usage: {
    kk: 'Қолданылуы: npm run admin -- <команда>',
    ru: 'Использование: npm run admin -- <команда>',
  },
  districtSaved: { kk: 'Аудан сақталды: {code} {name}', ru: 'Район сохранён: {code} {name}' },
  officeSaved: { kk: 'Мекеме сақталды: {code} {name} ({district})', ru: 'Учреждение сохранено: {code} {name} ({district})' },
  imported: { kk: 'Импортталды: {districts} аудан, {offices} мекеме', ru: 'Импортировано: районов {districts}, учреждений {offices}' },
  unmatched: { kk: 'Ауданы табылмаған жолдар: {rows}', ru: 'Строки без района: {rows}' },
  codeIssued: {
    kk: 'Бір реттік тіркеу коды ({target}), {hours} сағат жарамды: {code}',
    ru: 'Одноразовый код подключения ({target}), действует {hours} ч: {code}',
  },
  revoked: { kk: 'Құрылғы өшірілді: {id}', ru: 'Устройство отключено: {id}' },
  notRevoked: { kk: 'Мұндай белсенді құрылғы жоқ: {id}', ru: 'Нет такого активного устройства: {id}' },
  published: { kk: 'Жарияланды: {kind} {version} (№{seq})', ru: 'Опубликовано: {kind} {version} (№{seq})' },
  invalidFile: { kk: 'Файл жарамсыз: {problem}', ru: 'Файл недействителен: {problem}' },
  backedUp: { kk: 'Сақтық көшірме жасалды ({method}): {target}', ru: 'Резервная копия создана ({method}): {target}' },
  restored: {
    kk: 'Сақтық көшірмеден қалпына келтірілді ({method}): {source}. Жаңа дәуір {epoch}: әр компьютер серверде жоқ деректерді қайта жібереді',
    ru: 'Восстановлено из резервной копии ({method}): {source}. Новая эпоха {epoch}: каждый компьютер заново отправит то, чего нет на сервере',
  },
  failed: { kk: 'Қате: {problem}', ru: 'Ошибка: {problem}' },
  adminSaved: {
    kk: 'Консоль әкімшісі сақталды: {login} ({scope})',
    ru: 'Администратор консоли сохранён: {login} ({scope})',
  },
  passwordTooShort: {
    kk: 'Құпиясөз кемінде {min} таңбадан тұруы керек',
    ru: 'Пароль должен быть не короче {min} символов',
  },
  askPassword: { kk: 'Құпиясөз / Пароль: ', ru: '' },
  noDevices: { kk: 'Құрылғылар жоқ', ru: 'Устройств нет' },
  unknownCommand: {
    kk: 'Белгісіз команда: {command} (командалар тізімі: npm run admin)',
    ru: 'Неизвестная команда: {command} (список команд: npm run admin)',
  },
  missingArgument: {
    kk: '{command}: {name} көрсетілмеген. Қолданылуы: {usage}',
    ru: '{command}: не указан {name}. Использование: {usage}',
  },
  extraArgument: {
    kk: '{command}: артық аргумент «{value}» (бос орны бар атауды тырнақшаға алыңыз). Қолданылуы: {usage}',
    ru: '{command}: лишний аргумент «{value}» (название с пробелами возьмите в кавычки). Использование: {usage}',
  },
  unknownOption: {
    kk: '{command}: белгісіз параметр {option}. Қолданылуы: {usage}',
    ru: '{command}: неизвестный параметр {option}. Использование: {usage}',
  },
  missingValue: {
    kk: '{command}: {option} параметрінің мәні көрсетілмеген. Қолданылуы: {usage}',
    ru: '{command}: не указано значение параметра {option}. Использование: {usage}',
  },
  badHours: {
    kk: '{command}: --hours сағат саны болуы керек (1–99999), берілгені «{value}». Қолданылуы: {usage}',
    ru: '{command}: --hours должно быть числом часов (1–99999), указано «{value}». Использование: {usage}',
  },
  codeTarget: {
    kk: '{command}: біреуін ғана көрсетіңіз, --office <код> немесе --district <код>. Қолданылуы: {usage}',
    ru: '{command}: укажите одно из двух, --office <код> или --district <код>. Использование: {usage}',
  },
} as const;

export type AdminText = keyof typeof TEXTS;

export function say(key: AdminText, params?: Record<string, string | number>): string {
  return `${interpolate(TEXTS[key].kk, params)}\n${interpolate(TEXTS[key].ru, params)}`;
}
