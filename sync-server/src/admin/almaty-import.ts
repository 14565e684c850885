// Turns the Almaty region reference tables into districts and offices with codes.
// District code: "D" + the department's number ("D01"); office code: district
// number and the office's number within it ("0103"), as registration numbers need.
import { departmentNameRu, officeNameRu } from '../../../shared/i18n/unit-names-ru';
import { parseCsv } from './csv';

export interface ImportPlan {
  /** `nameRu`: the tables are Kazakh only, so the Russian name is derived (shared/i18n/unit-names-ru.ts). */
  districts: { code: string; name: string; nameRu: string }[];
  offices: { code: string; name: string; nameRu: string; districtCode: string }[];
  /** Office rows whose district has no department row. */
  unmatched: string[];
}

/** Spelling varies between the tables (Балхаш/Балқаш, Уйғыр/Ұйғыр): compare a folded form. */
export function foldPlaceName(name: string): string {
  const fold: Record<string, string> = { ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и', х: 'к', ё: 'е' };
  return name
    .toLowerCase()
    .replace(/\s+(ауданы|қаласы|каласы)$/u, '')
    .replace(/[әғқңөұүһіхё]/gu, (c) => fold[c] ?? c)
    .trim();
}

const pad2 = (n: number) => String(n).padStart(2, '0');

export function planAlmatyImport(departmentsCsv: string, villagesCsv: string): ImportPlan {
  const departments = parseCsv(departmentsCsv);
  const byPlace = new Map<string, { code: string; no: number }>();
  const districts = departments.map((d) => {
    const no = Number(d.no);
    const code = `D${pad2(no)}`;
    byPlace.set(foldPlaceName(d.district), { code, no });
    return { code, name: d.name.trim(), nameRu: departmentNameRu(d.name) };
  });
  const offices: ImportPlan['offices'] = [];
  const unmatched: string[] = [];
  for (const v of parseCsv(villagesCsv)) {
    const district = byPlace.get(foldPlaceName(v.district));
    if (!district) {
      unmatched.push(`${v.district}: ${v.name}`);
      continue;
    }
    offices.push({
      code: `${pad2(district.no)}${pad2(Number(v.no))}`,
      name: v.name.trim(),
      nameRu: officeNameRu(v.name),
      districtCode: district.code,
    });
  }
  return { districts, offices, unmatched };
}
