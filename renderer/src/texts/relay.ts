// Texts of the akimat's bulk relay to the district (issue 14): the Today
// section, the cover letter and the relay register. Included in kk.ts and ru.ts
// as the `relayBulk` namespace.
import type { Text } from './types';

export const relayBulkKk = {
  title: 'Ауданға жіберуге дайын істер',
  none: 'Жіберуге дайын іс жоқ',
  selectAll: 'Барлығын таңдау',
  send: 'Таңдалғандарды ауданға жіберу ({count})',
  sent: 'Ауданға жіберілді: {sent}. Жіберілмеді: {refused}.',
  coverLetter: 'Ілеспе хат',
  coverLetterHint: 'Жіберілген істердің тізімі бар ілеспе хатты басып шығарып, пакетке салыңыз.',
  register: 'Ауданға жолданған істер журналы',
  registerCount: 'Кезеңде ауданға жолданған істер: {count}',
  agendaTitle: 'Отырыстың күн тәртібі',
  agendaHint: 'Жіберілген істер келесі отырыстың күн тәртібіне қосылады. Отырыс күні мен орнын көрсетіп, күн тәртібін басып шығарыңыз.',
  agendaAdd: 'Күн тәртібіне қосу',
  agendaAdded: '№ {number} отырыстың күн тәртібінде {count} іс',
} as const;

export const relayBulkRu: { readonly [K in keyof typeof relayBulkKk]: Text } = {
  title: 'Дела, готовые к отправке в район',
  none: 'Нет дел, готовых к отправке',
  selectAll: 'Выбрать все',
  send: 'Отправить выбранные в район ({count})',
  sent: 'Отправлено в район: {sent}. Не отправлено: {refused}.',
  coverLetter: 'Сопроводительное письмо',
  coverLetterHint: 'Распечатайте сопроводительное письмо со списком отправленных дел и вложите его в пакет.',
  register: 'Журнал дел, направленных в район',
  registerCount: 'Дел, направленных в район за период: {count}',
  agendaTitle: 'Повестка заседания',
  agendaHint: 'Отправленные дела включаются в повестку следующего заседания. Укажите дату и место заседания и распечатайте повестку.',
  agendaAdd: 'Включить в повестку',
  agendaAdded: 'В повестке заседания № {number} дел: {count}',
};
