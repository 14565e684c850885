// The service catalog's schema. Each entry is one service as one act defines it
// (a regulation, a model standard or a standard). The catalog is data: it is
// validated here when loaded, so a newer version can be published to offices
// without reinstalling the app.
import { z } from 'zod';

/** A text in both languages of the product, Kazakh first. */
export const LocalText = z.object({
  kk: z.string().min(1),
  ru: z.string().min(1),
});
export type LocalText = z.infer<typeof LocalText>;

export const DURATION_UNITS = ['minutes', 'hours', 'workingDays', 'calendarDays'] as const;
export const DurationUnit = z.enum(DURATION_UNITS);
export type DurationUnit = z.infer<typeof DurationUnit>;

/** A step's time limit exactly as the act writes it. */
export const Duration = z.object({
  amount: z.number().positive(),
  unit: DurationUnit,
  /** The phrase in the source, e.g. "екі жұмыс күні ішінде". */
  asWritten: z.string().min(1),
});
export type Duration = z.infer<typeof Duration>;

export const ACTORS = [
  'applicant', // the service recipient or the representative under a power of attorney
  'akim', // akim of the settlement, village or rural okrug, personally
  'akimOfficeClerk', // the akim's (office) employee
  'akimExecutor', // the akim's responsible executor
  'precinctCommission',
  'specialCommission',
  'permitCommission',
  'deptOfficeClerk', // the provider's office clerk or employee who registers
  'deptHead',
  'deptExecutor',
  'provider', // the provider as a whole, where the act gives it one step
  'pscWorker', // public service centre (ХҚКО / State Corporation) worker
  'pscAccumulationWorker',
  'ztmoWorker',
  'authorizedBody',
  'employmentCentre',
] as const;
export const Actor = z.enum(ACTORS);
export type Actor = z.infer<typeof Actor>;

export const CHANNELS = ['provider', 'akim', 'psc', 'portal'] as const;
export const Channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof Channel>;

/**
 * The points of the akim-channel workflow that case events complete. A step
 * with a milestone is finished by the matching event (see shared/case).
 */
export const MILESTONES = [
  'accept', // registered, talon issued
  'endorse', // the akim designates a responsible executor
  'sendToCommission',
  'commissionConclusion',
  'relay', // the package goes to the district department (or the centre)
  'districtRegister',
  'districtAssign',
  'districtExamine',
  'specialCommission',
  'districtSign',
  'districtReturn', // the result goes back to the akim
  'handOver', // the akim's office issues the result to the applicant
] as const;
export const Milestone = z.enum(MILESTONES);
export type Milestone = z.infer<typeof Milestone>;

export const Step = z.object({
  /** Unique within its channel, e.g. "akim-to-commission". */
  id: z.string().regex(/^[a-z0-9-]+$/),
  actor: Actor,
  action: LocalText,
  /** null where the act states no duration (the applicant's own submission, for instance). */
  duration: Duration.nullable(),
  /** Branches this step belongs to; absent means every branch of the entry. */
  branches: z.array(z.string()).min(1).optional(),
  /** False where the act excludes the step from the service term. */
  countsTowardTerm: z.boolean().default(true),
  milestone: Milestone.optional(),
  /** Line references in the seed, e.g. "000:L2237-2274". */
  source: z.string().min(1),
});
export type Step = z.infer<typeof Step>;

export const ChannelProcedure = z.object({
  channel: Channel,
  /** A condition the act puts on the channel, e.g. only where there is no provider nearby. */
  condition: LocalText.optional(),
  steps: z.array(Step).min(1),
});
export type ChannelProcedure = z.infer<typeof ChannelProcedure>;

export const RESULT_KINDS = [
  'notification', // хабарлама (of assignment, of registration …)
  'refusal', // бас тарту / дәлелді жауап
  'certificate', // анықтама
  'idCard', // куәлік
  'referral', // жолдама
  'permit', // рұқсат
  'decision', // шешім
] as const;
export const ResultKind = z.enum(RESULT_KINDS);
export type ResultKind = z.infer<typeof ResultKind>;

export const RequiredDocument = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: LocalText,
  /** False for documents that are needed only in some cases (a power of attorney, say). */
  always: z.boolean().default(true),
  /** What the act says about the item beside the list, e.g. when it is not required. */
  note: LocalText.optional(),
  source: z.string().min(1),
});
export type RequiredDocument = z.infer<typeof RequiredDocument>;

/**
 * An overall term the act states for the whole service (e.g. "40 working days to
 * issue a permit"), which can be longer than the sum of its steps.
 */
export const StatedTerm = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  channel: Channel,
  branch: z.string().optional(),
  label: LocalText,
  duration: Duration,
  /** True where the act states the term for every application of its branch: it applies without being chosen. */
  automatic: z.boolean().default(false),
  source: z.string().min(1),
});
export type StatedTerm = z.infer<typeof StatedTerm>;

export const Branch = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: LocalText,
});

export const ActSchema = z.object({
  /** Stable key of the act, e.g. "kzo-590-2014". */
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: z.enum(['regulation', 'modelStandard', 'standard']),
  issuer: LocalText,
  region: z.string().min(1),
  number: z.string().nullable(),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  effectiveFrom: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  effectiveTo: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  repealedBy: z.string().nullable(),
  /** Set where the status is known without dates (a seed repealed on a date it does not give). */
  status: z.enum(['inForce', 'repealed']).optional(),
  /** Which seed file, e.g. "000". */
  seed: z.string().regex(/^\d{3}$/),
});
export type Act = z.infer<typeof ActSchema>;

export const CatalogEntry = z
  .object({
    /** The versioned key: act id + "/" + service slug. */
    id: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/),
    /** The same service keeps the same slug across acts and regions. */
    service: z.string().regex(/^[a-z0-9-]+$/),
    act: ActSchema,
    title: LocalText,
    provider: LocalText,
    channels: z.array(ChannelProcedure).min(1),
    branches: z.array(Branch).default([]),
    /** The branch taken when none is chosen (where the act names one route first, e.g. "to the provider or to the Centre"). */
    defaultBranch: z.string().optional(),
    results: z.array(ResultKind).min(1),
    statedTerms: z.array(StatedTerm).default([]),
    refusalGrounds: z.array(LocalText).default([]),
    requiredDocuments: z.array(RequiredDocument).default([]),
    commissions: z.array(z.enum(['precinct', 'special', 'permit'])).default([]),
    /** The service looks at the whole family (members, incomes). */
    familyBased: z.boolean().default(false),
    /** The akim obtains written consent to the use of personal data. */
    consentAtAkim: z.boolean().default(false),
    /** Lines of the seed the entry was taken from. */
    source: z.string().min(1),
  })
  .superRefine((entry, ctx) => {
    const branchIds = new Set(entry.branches.map((b) => b.id));
    entry.channels.forEach((channel, ci) => {
      const seen = new Set<string>();
      channel.steps.forEach((step, si) => {
        if (seen.has(step.id)) {
          ctx.addIssue({ code: 'custom', path: ['channels', ci, 'steps', si, 'id'], message: `duplicate step id "${step.id}"` });
        }
        seen.add(step.id);
        for (const b of step.branches ?? []) {
          if (!branchIds.has(b)) {
            ctx.addIssue({ code: 'custom', path: ['channels', ci, 'steps', si, 'branches'], message: `unknown branch "${b}"` });
          }
        }
      });
    });
    entry.statedTerms.forEach((term, ti) => {
      if (term.branch !== undefined && !branchIds.has(term.branch)) {
        ctx.addIssue({ code: 'custom', path: ['statedTerms', ti, 'branch'], message: `unknown branch "${term.branch}"` });
      }
      if (!entry.channels.some((c) => c.channel === term.channel)) {
        ctx.addIssue({ code: 'custom', path: ['statedTerms', ti, 'channel'], message: `no "${term.channel}" channel for this term` });
      }
    });
    if (entry.defaultBranch !== undefined && !branchIds.has(entry.defaultBranch)) {
      ctx.addIssue({ code: 'custom', path: ['defaultBranch'], message: `unknown branch "${entry.defaultBranch}"` });
    }
    if (!entry.id.startsWith(`${entry.act.id}/`) || !entry.id.endsWith(`/${entry.service}`)) {
      ctx.addIssue({ code: 'custom', path: ['id'], message: `id must be "${entry.act.id}/${entry.service}"` });
    }
  });
export type CatalogEntry = z.infer<typeof CatalogEntry>;
export type CatalogEntryInput = z.input<typeof CatalogEntry>;
