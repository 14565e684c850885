// Runs one act of a case from a screen: a bad value comes back as per-field
// problems, any other failure as a message, and what was typed stays on the
// screen either way. The case's live reads show the result by themselves.
import { useState } from 'react';
import { reportStorageError } from '@renderer/db/storage-problem';
import { RejectedWrite, InvalidEvent } from '@renderer/db/case-store';
import { ProblemsError } from '@renderer/ui/form-problems';
import type { InputProblem, InputProblems } from './commands';

export interface CaseAct {
  busy: boolean;
  problems: InputProblems;
  failure: unknown;
  run(write: () => Promise<unknown>): Promise<boolean>;
}

export function useCaseAct(): CaseAct {
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<InputProblems>({});
  const [failure, setFailure] = useState<unknown>(null);
  async function run(write: () => Promise<unknown>): Promise<boolean> {
    setBusy(true);
    setProblems({});
    setFailure(null);
    try {
      await write();
      return true;
    } catch (error) {
      if (error instanceof ProblemsError) setProblems((error as ProblemsError<InputProblem>).problems);
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
