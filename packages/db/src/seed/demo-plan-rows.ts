import type { Prisma } from '../generated/sqlite/client.ts';
import { addDays, atHour } from './calendar.ts';
import { DEMO_PLAN } from './demo-plan.ts';
import type { OwnerKey } from './demo-people.ts';
import { scenarioFacts } from './demo-scenarios.ts';
import { demoUpdates } from './demo-updates.ts';
import type { TagKey } from './framework-tags.ts';
import { newId } from './insert.ts';

type PeriodRow = Prisma.ReportingPeriodCreateManyInput & {
  id: string;
  startDate: Date;
  endDate: Date;
  windowOpens: Date;
  windowCloses: Date;
};

export type PlanContext = {
  organisationId: string;
  strategyId: string;
  today: Date;
  ownerIds: Record<OwnerKey, string>;
  tagIds: Map<TagKey, string>;
  periods: PeriodRow[];
  currentPeriodId: string | null;
};

export type PlanRows = {
  ambitions: Prisma.AmbitionCreateManyInput[];
  commitments: Prisma.CommitmentCreateManyInput[];
  actions: Prisma.ActionCreateManyInput[];
  milestones: Prisma.MilestoneCreateManyInput[];
  actionTags: Prisma.ActionTagCreateManyInput[];
  updates: Prisma.ProgressUpdateCreateManyInput[];
  /** KPI codes each action should move, by action id (linked once the KPIs exist). */
  kpiLinks: { actionId: string; code: string }[];
  /** Action ids by code ('2.2.3'), for comments. */
  actionIds: Map<string, string>;
  /** Commitment and ambition ids by code ('2.2') and number, for placing KPIs. */
  commitmentIds: Map<string, string>;
  ambitionIds: Map<number, string>;
};

/** The day the strategy was loaded into the tracker, shortly after it was adopted. */
const DEMO_STRATEGY_CREATED = new Date(Date.UTC(2023, 4, 2));

export function tagId(tagIds: Map<TagKey, string>, key: TagKey): string {
  const id = tagIds.get(key);
  if (!id) throw new Error(`The seed content uses a framework tag that does not exist: ${key}`);
  return id;
}

/** The demo strategy's rows below the strategy itself, relative to `ctx.today`. */
export function buildPlanRows(ctx: PlanContext): PlanRows {
  const { organisationId, today } = ctx;
  const rows: PlanRows = {
    ambitions: [],
    commitments: [],
    actions: [],
    milestones: [],
    actionTags: [],
    updates: [],
    kpiLinks: [],
    actionIds: new Map(),
    commitmentIds: new Map(),
    ambitionIds: new Map(),
  };
  let actionIndex = 0;
  for (const ambition of DEMO_PLAN) {
    const ambitionId = newId();
    rows.ambitionIds.set(ambition.number, ambitionId);
    rows.ambitions.push({
      id: ambitionId,
      organisationId,
      strategyId: ctx.strategyId,
      number: ambition.number,
      title: ambition.title,
      description: ambition.description,
      sortOrder: ambition.number,
    });
    for (const [c, commitment] of ambition.commitments.entries()) {
      const commitmentId = newId();
      const commitmentCode = `${ambition.number}.${c + 1}`;
      rows.commitmentIds.set(commitmentCode, commitmentId);
      rows.commitments.push({
        id: commitmentId,
        organisationId,
        ambitionId,
        code: commitmentCode,
        title: commitment.title,
        description: commitment.description,
        sortOrder: c + 1,
      });
      for (const [a, action] of commitment.actions.entries()) {
        const actionId = newId();
        const code = `${commitmentCode}.${a + 1}`;
        const facts = scenarioFacts(action.scenario, action.milestones, today);
        const ownerId = ctx.ownerIds[action.owner];
        rows.actionIds.set(code, actionId);
        rows.actions.push({
          id: actionId,
          organisationId,
          commitmentId,
          code,
          title: action.title,
          ownerId,
          deliveryLead: action.lead,
          startDate: facts.startDate,
          dueDate: facts.dueDate,
          originalDueDate: facts.originalDueDate,
          status: facts.status,
          completedAt: facts.status === 'complete' ? facts.closedAt : null,
          progressPercent: facts.progressPercent,
          ownerRag: facts.ownerRag,
          ownerRagReason: facts.ownerRagReason,
          bafRiskRef: action.baf ?? null,
          sortOrder: a + 1,
          createdAt: atHour(DEMO_STRATEGY_CREATED, 9),
        });
        for (const [m, milestone] of facts.milestones.entries()) {
          rows.milestones.push({
            id: newId(),
            organisationId,
            actionId,
            ...milestone,
            sortOrder: m + 1,
          });
        }
        for (const key of action.tags ?? [])
          rows.actionTags.push({ actionId, tagId: tagId(ctx.tagIds, key), organisationId });
        for (const kpiCode of action.kpis ?? []) rows.kpiLinks.push({ actionId, code: kpiCode });
        const updates = demoUpdates({
          scenario: action.scenario,
          facts,
          periods: ctx.periods,
          currentPeriodId: ctx.currentPeriodId,
          today,
          index: actionIndex,
        });
        for (const u of updates)
          rows.updates.push({ id: newId(), organisationId, actionId, authorId: ownerId, ...u });
        actionIndex += 1;
      }
    }
  }
  return rows;
}

/** Comments on actions, including the staff network's voice, a few days before `today`. */
export function buildComments(ctx: {
  organisationId: string;
  today: Date;
  actionIds: Map<string, string>;
  userIds: Map<string, string>;
}): Prisma.CommentCreateManyInput[] {
  const comments: [string, string, number, string][] = [
    [
      '2.2.3',
      'network.rep@belonging.test',
      12,
      'Several BAME network members told us their career conversation felt like a box-ticking exercise. We would like to help design the follow-up survey.',
    ],
    [
      '2.2.3',
      'chief.people@belonging.test',
      10,
      'Thank you: the Head of Talent will contact the network this week to set up a design session.',
    ],
    [
      '1.3.1',
      'network.rep@belonging.test',
      8,
      'The network is ready to review the revised disciplinary policy before it goes to People Committee.',
    ],
    [
      '2.2.1',
      'edi.lead@belonging.test',
      6,
      'Board sign-off depends on the succession plans, which are not yet drafted; the green view looks optimistic.',
    ],
    [
      '3.1.2',
      'chair@belonging.test',
      4,
      'The board would like the incident analysis by ward at the next People Committee.',
    ],
  ];
  return comments.map(([code, email, daysAgo, body]) => {
    const actionId = ctx.actionIds.get(code);
    const authorId = ctx.userIds.get(email);
    if (!actionId || !authorId)
      throw new Error(`Seed comment refers to an unknown action or user: ${code}, ${email}`);
    return {
      id: newId(),
      organisationId: ctx.organisationId,
      actionId,
      authorId,
      body,
      createdAt: atHour(addDays(ctx.today, -daysAgo), 11),
    };
  });
}
