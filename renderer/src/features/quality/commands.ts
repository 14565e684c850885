// Records a consumer's survey answers at hand-over as a fact of the unit's
// stream: the service, the day and the answers, nothing that names them or the case.
import type { SurveyAnswers } from '@shared/quality';
import type { WriteContext } from '@renderer/db/case-store';
import { appendUnitEvents } from '@renderer/db/unit-store';

export async function recordSurvey(ctx: WriteContext, serviceId: string, answers: SurveyAnswers): Promise<void> {
  await appendUnitEvents(ctx, () => [{ type: 'surveyAnswered', payload: { serviceId, date: ctx.at.slice(0, 10), answers } }]);
}
