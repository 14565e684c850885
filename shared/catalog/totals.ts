// Sums a channel's step durations per unit, the way the catalogues compute
// "totals": each unit is added separately and never converted into another.
import type { CatalogEntry, Channel, DurationUnit, Step } from './schema';

type Branch = CatalogEntry['branches'][number];

export type DurationTotals = Record<DurationUnit, number>;

/** The branch a computation takes: the one chosen, else the entry's default branch. */
export function effectiveBranch(entry: CatalogEntry, branch?: string): string | undefined {
  return branch ?? entry.defaultBranch;
}

/** The steps of one channel that belong to a branch (steps without branches belong to all). */
export function stepsFor(entry: CatalogEntry, channel: Channel, chosen?: string): Step[] {
  const branch = effectiveBranch(entry, chosen);
  const procedure = entry.channels.find((c) => c.channel === channel);
  if (!procedure) throw new Error(`${entry.id} has no "${channel}" channel`);
  if (branch !== undefined && !entry.branches.some((b) => b.id === branch)) {
    throw new Error(`${entry.id} has no branch "${branch}"`);
  }
  return procedure.steps.filter((s) => !s.branches || (branch !== undefined && s.branches.includes(branch)));
}

export function sumDurations(steps: Step[]): DurationTotals {
  const totals: DurationTotals = { minutes: 0, hours: 0, workingDays: 0, calendarDays: 0 };
  for (const step of steps) {
    if (step.duration && step.countsTowardTerm) totals[step.duration.unit] += step.duration.amount;
  }
  return totals;
}

export function channelTotals(entry: CatalogEntry, channel: Channel, branch?: string): DurationTotals {
  return sumDurations(stepsFor(entry, channel, branch));
}

/**
 * The branches intake must choose between for this channel: all of the entry's
 * branches where any step or stated term of the channel depends on one (e.g.
 * Kostanay local assistance via the akim: 20 WD when documents are missing or
 * lost, 001:L716); none where the branch changes nothing in this channel.
 */
export function channelBranches(entry: CatalogEntry, channel: Channel): Branch[] {
  const procedure = entry.channels.find((c) => c.channel === channel);
  const matters =
    procedure?.steps.some((s) => s.branches !== undefined) ||
    entry.statedTerms.some((t) => t.channel === channel && t.branch !== undefined);
  return matters ? entry.branches : [];
}
