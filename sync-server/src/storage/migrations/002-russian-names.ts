// Russian names of districts and offices beside the Kazakh `name`, for GET /directory.
import { type Migration, runScript } from './migration';

export const russianNames: Migration = {
  version: 2,
  name: 'russian-names',
  up: (db) =>
    runScript(
      db,
      `ALTER TABLE districts ADD COLUMN name_ru TEXT;
       ALTER TABLE offices ADD COLUMN name_ru TEXT`,
    ),
};
