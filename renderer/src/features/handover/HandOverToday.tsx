// The akimat's Today, return-path part: packages the district sent back for
// rework (with its remarks on the case) and decisions that arrived and wait
// to be registered.
import { useQuery } from '@tanstack/react-query';
import { db } from '@renderer/db/database';
import { localMoment } from '@renderer/db/clock';
import { returnPathLists } from '@renderer/features/district/queries';
import { useDistrictText } from '@renderer/features/district/texts';
import { CaseTable } from '@renderer/ui/CaseTable';

export function HandOverToday() {
  const d = useDistrictText();
  const now = localMoment();
  const lists = useQuery({ queryKey: ['cases', 'return-path'], queryFn: () => returnPathLists(db) });
  if (!lists.data) return null;
  const sections = [
    ['returned', d('todayReturned'), lists.data.returned],
    ['arrived', d('todayArrived'), lists.data.arrived],
  ] as const;
  return (
    <>
      {sections.map(([key, label, cases]) => (
        <section key={key} id={`today-${key}`} data-testid={`today-${key}`}>
          <h2>
            {label}{' '}
            <span className="badge" data-testid={`count-${key}`}>
              {cases.length}
            </span>
          </h2>
          {cases.length === 0 ? <p className="empty">{d('todayNone')}</p> : <CaseTable cases={cases} now={now} />}
        </section>
      ))}
    </>
  );
}
