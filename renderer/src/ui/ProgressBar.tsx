// A labelled bar with its counts ("3 / 10"); without a total the bar moves without an end.
import type { Counted } from './progress-store';

export function ProgressBar({ label, counted, testId }: { label: string; counted: Counted; testId?: string }) {
  const { done, total } = counted;
  return (
    <div className="progress" data-testid={testId} role="status">
      <span>{label}</span>{' '}
      <progress value={total === undefined ? undefined : done} max={total === undefined ? undefined : Math.max(total, 1)} />{' '}
      <span className="mono" data-testid={testId ? `${testId}-count` : undefined}>
        {total === undefined ? done : `${done} / ${total}`}
      </span>
    </div>
  );
}
