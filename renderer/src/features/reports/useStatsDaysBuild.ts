// The statistics' day records of a database from before them are built while a
// screen that reads them (statistics, quality indicators) is open.
import { useEffect, useRef } from 'react';
import { buildStatsDays } from './commands';

export function useStatsDaysBuild(preparing: boolean): void {
  const building = useRef(false);
  useEffect(() => {
    if (!preparing || building.current) return;
    building.current = true;
    void buildStatsDays().finally(() => {
      building.current = false;
    });
  }, [preparing]);
}
