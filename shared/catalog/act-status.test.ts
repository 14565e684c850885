// Every bundled act is a repealed seed (BRIEF; catalogues §0): Kyzylorda No. 590 repealed by No. 759 of
// 13.11.2014 (000:L8-11), Kostanay No. 565 by No. 267 of 10.06.2016, Zhambyl No. 352 by No. 264 of
// 02.11.2009, Almaty No. 349 by No. 196 of 02.06.2014; the standard of seed 003 gives no dates.
import { describe, expect, it } from 'vitest';
import { actLabel, actStatus, entryListLabel, repealedLabel, sortActsInForceFirst, sortEntriesInForceFirst } from './act-status';
import { actsOf, CATALOG, findEntry } from './index';
import type { Act } from './schema';

const TODAY = '2026-11-23';

describe('act status', () => {
  it('every bundled act is repealed today', () => {
    for (const act of actsOf()) expect(actStatus(act, TODAY), act.id).toBe('repealed');
  });
  it('Kyzylorda No. 590 was in force before 13.11.2014 and repealed from that day', () => {
    const kzo = actsOf().find((a) => a.id === 'kzo-590-2014')!;
    expect(actStatus(kzo, '2014-08-01')).toBe('inForce');
    expect(actStatus(kzo, '2014-11-13')).toBe('repealed');
  });
  it('labels the repeal with its date and act, in kk and ru', () => {
    const kzo = actsOf().find((a) => a.id === 'kzo-590-2014')!;
    expect(repealedLabel(kzo, 'kk', TODAY)).toBe(
      '13.11.2014 бастап күшін жойған (Қызылорда облысы әкімдігінің 2014 жылғы 13 қарашадағы № 759 қаулысы)',
    );
    expect(repealedLabel(kzo, 'ru', TODAY)).toMatch(/^утратил силу с 13\.11\.2014 \(/);
    const std = actsOf().find((a) => a.id === 'std-tsa-certificate')!;
    expect(repealedLabel(std, 'kk', TODAY)).toBe('күшін жойған');
    expect(repealedLabel(std, 'ru', TODAY)).toBe('утратил силу');
  });
  it('sorts acts in force first, newest first within a group', () => {
    const current: Act = { ...actsOf()[0], id: 'new-act', effectiveTo: null, repealedBy: null, status: undefined, date: '2025-01-10' };
    const sorted = sortActsInForceFirst([...actsOf(), current], TODAY).map((a) => a.id);
    expect(sorted[0]).toBe('new-act');
    expect(sorted.slice(1)).toEqual(['kst-565-2015', 'kzo-590-2014', 'alm-349-2012', 'sko-zhambyl-352-2007', 'std-tsa-certificate']);
    // On 1 Aug 2014 only Kyzylorda No. 590 of these was in force.
    expect(sortEntriesInForceFirst(CATALOG, '2014-08-01')[0].act.id).toBe('kzo-590-2014');
  });
});

describe('two child-benefit services in one list say which act each comes from', () => {
  const kzo = findEntry('kzo-590-2014/child-benefit-under-18')!;
  const kst = findEntry('kst-565-2015/child-benefit-under-18')!;
  it('names the act and its repeal when the service appears twice', () => {
    const kk = entryListLabel(kzo, [kzo, kst], 'kk', TODAY);
    const ru = entryListLabel(kst, [kzo, kst], 'ru', TODAY);
    expect(kk).toContain('Қызылорда облысының әкімдігі, 21.05.2014, № 590');
    expect(kk).toContain('күшін жойған');
    expect(ru).toContain('Акимат Костанайской области, 30.12.2015, № 565');
    expect(ru).toContain('утратил силу с 10.06.2016');
    expect(entryListLabel(kzo, [kzo, kst], 'kk', TODAY)).not.toBe(entryListLabel(kst, [kzo, kst], 'kk', TODAY));
  });
  it('keeps the plain title when the service appears once', () => {
    expect(entryListLabel(kzo, [kzo], 'kk', TODAY)).toBe(kzo.title.kk);
    expect(actLabel(kzo.act, 'ru')).toBe('Акимат Кызылординской области, 21.05.2014, № 590 (регламенты)');
  });
});
