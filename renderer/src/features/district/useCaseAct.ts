// Runs one act of a case from a screen: the write, then a refresh of every
// case list; a bad value comes back as per-field problems, any other failure
// as a message, and what was typed stays on the screen either way.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { CaseState } from '@shared/case';
import { reportStorageError } from '@renderer/db/storage-problem';
import { RejectedWrite, InvalidEvent } from '@renderer/db/case-store';
import { InputProblems, type InputProblem } from './store';

export interface CaseAct {
  busy: boolean;
  problems: Partial<Record<string, InputProblem>>;
  failure: unknown;
  run(write: () => Promise<CaseState | void>): Promise<boolean>;
}

export function useCaseAct(): CaseAct {
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<Partial<Record<string, InputProblem>>>({});
  const [failure, setFailure] = useState<unknown>(null);
  async function run(write: () => Promise<CaseState | void>): Promise<boolean> {
    setBusy(true);
    setProblems({});
    setFailure(null);
    try {
      await write();
      await queryClient.invalidateQueries({ queryKey: ['cases'] });
      return true;
    } catch (error) {
      if (error instanceof InputProblems) setProblems(error.problems);
      else {
        if (!(error instanceof RejectedWrite) && !(error instanceof InvalidEvent)) reportStorageError(error);
        setFailure(error);
      }
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { busy, problems, failure, run };
}
