// The short satisfaction survey offered when a result is handed over: the
// questions seed 002's appendix measures by what consumers say (2.1, 3.1, 4.3,
// 4.4, 5.1, and the queue wait of 1.2). Every question may be left unanswered
// and the whole survey skipped. No name, IIN or case is stored with the answers:
// only the service, the day and the answers (shared/unit/events.ts).
import { z } from 'zod';

const YesNo = z.enum(['yes', 'no']);
/** For the complaint questions: a consumer who never complained is not counted. */
const YesNoNone = z.enum(['yes', 'no', 'didNotComplain']);

export const SURVEY_QUESTIONS = ['process', 'information', 'courtesy', 'wait', 'complaintProcedure', 'complaintTerm'] as const;
export type SurveyQuestion = (typeof SURVEY_QUESTIONS)[number];

/** The choices of each question, in the order the clerk offers them. */
export const SURVEY_CHOICES = {
  process: YesNo.options,
  information: YesNo.options,
  courtesy: YesNo.options,
  wait: ['upTo40', 'over40'],
  complaintProcedure: YesNoNone.options,
  complaintTerm: YesNoNone.options,
} as const satisfies Record<SurveyQuestion, readonly string[]>;

export const SurveyAnswers = z
  .strictObject({
    /** 2.1: satisfied with the quality of the service process. */
    process: YesNo.optional(),
    /** 3.1: satisfied with the information on the service procedure and its quality. */
    information: YesNo.optional(),
    /** 5.1: satisfied with the staff's courtesy. */
    courtesy: YesNo.optional(),
    /** 1.2: how long the consumer waited in the queue. */
    wait: z.enum(['upTo40', 'over40']).optional(),
    /** 4.3: satisfied with the existing complaint procedure. */
    complaintProcedure: YesNoNone.optional(),
    /** 4.4: satisfied with the complaint term. */
    complaintTerm: YesNoNone.optional(),
  })
  .refine((answers) => Object.values(answers).some((v) => v !== undefined), 'a survey with no answer is not recorded');
export type SurveyAnswers = z.infer<typeof SurveyAnswers>;

/** The payload of `surveyAnswered`: the service, the day and the answers — nothing that names the consumer. */
export const SurveyPayload = z.strictObject({
  serviceId: z.string().trim().min(1).max(100),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  answers: SurveyAnswers,
});
export type SurveyPayload = z.infer<typeof SurveyPayload>;

/** A survey as the indicators read it: the unit (office code) that wrote it and its payload. */
export interface SurveyRecord extends SurveyPayload {
  office: string;
}

/** Answers with the unanswered questions dropped; undefined when none is answered (the survey is skipped). */
export function answered(draft: Partial<Record<SurveyQuestion, string>>): SurveyAnswers | undefined {
  const entries = Object.entries(draft).filter(([, v]) => v !== undefined && v !== '');
  if (entries.length === 0) return undefined;
  const parsed = SurveyAnswers.safeParse(Object.fromEntries(entries));
  return parsed.success ? parsed.data : undefined;
}
