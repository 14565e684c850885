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
  noDevices: { kk: 'Құрылғылар жоқ', ru: 'Устройств нет' },
} as const;

export type AdminText = keyof typeof TEXTS;

export function say(key: AdminText, params?: Record<string, string | number>): string {
  return `${interpolate(TEXTS[key].kk, params)}\n${interpolate(TEXTS[key].ru, params)}`;
}
