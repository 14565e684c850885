// Texts of the progress bars of sync, uploads and backups (issue 14). Included
// in kk.ts and ru.ts as the `progress` namespace.
import type { Text } from './types';

export const progressKk = {
  upload: 'Файлдар серверге жіберілуде',
  push: 'Оқиғалар жіберілуде',
  pull: 'Оқиғалар алынуда',
  backup: 'Резервтік көшірме жазылуда (кестелер мен файлдар)',
} as const;

export const progressRu: { readonly [K in keyof typeof progressKk]: Text } = {
  upload: 'Файлы отправляются на сервер',
  push: 'События отправляются',
  pull: 'События принимаются',
  backup: 'Записывается резервная копия (таблицы и файлы)',
};
