// What the akimat's return path decides by: the certificate service, issued on
// the spot, and whether a case's procedure has a step.
import type { CaseState } from '@shared/case';

export const CERTIFICATE_SERVICE = 'asp-recipient-certificate';

export const hasStep = (state: CaseState, milestone: string) => state.steps.some((s) => s.milestone === milestone);
