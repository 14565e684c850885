// How far the backup being written is: tables and files of the export, n of m
// (one export at a time on a PC); null when none runs.
import { type Counted, ProgressStore } from '@renderer/ui/progress-store';

export const backupProgress = new ProgressStore<Counted & { total: number }>();
