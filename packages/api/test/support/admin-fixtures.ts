import {
  createTestAction,
  createTestAmbition,
  createTestCommitment,
  createTestKpi,
  createTestMilestone,
  createTestPeriod,
  createTestUser,
  readFirstLiveCommitment,
  readLiveStrategy,
  readNextQuarterDate,
} from '@belonging/db/testing';
import { EDS_OUTCOMES } from '@belonging/domain';
import type { ApiTestBed } from './index.ts';

// Rows the admin tests and the authorisation matrix act on. Each `fresh…` helper makes a new row
// directly in the database, so a call that archives or locks it can be repeated safely.

export async function strategyOf(bed: ApiTestBed) {
  return readLiveStrategy(bed.db, bed.organisationId);
}

export async function firstCommitment(bed: ApiTestBed) {
  return readFirstLiveCommitment(bed.db, bed.organisationId);
}

export async function freshAmbition(bed: ApiTestBed) {
  return createTestAmbition(bed.db, bed.organisationId);
}

export async function freshCommitment(bed: ApiTestBed) {
  return createTestCommitment(bed.db, bed.organisationId);
}

export async function freshAction(bed: ApiTestBed, ownerEmail = 'chief.people@belonging.test') {
  return createTestAction(bed.db, {
    organisationId: bed.organisationId,
    ownerId: await bed.userId(ownerEmail),
  });
}

export async function freshMilestone(bed: ApiTestBed) {
  const action = await freshAction(bed);
  return createTestMilestone(bed.db, { organisationId: bed.organisationId, actionId: action.id });
}

export async function freshKpi(bed: ApiTestBed) {
  return createTestKpi(bed.db, bed.organisationId);
}

/** A whole KPI form for the update procedure: the fields the admin app sends back. */
export function kpiForm(
  kpi: { id: string; code: string; version: number },
  change: Record<string, unknown> = {},
) {
  return {
    id: kpi.id,
    expectedVersion: kpi.version,
    code: kpi.code,
    title: 'Test KPI, renamed',
    unit: 'percent' as const,
    direction: 'increase' as const,
    baseline: { value: 40, date: '2024-03-31' },
    target: { value: 65, date: '2028-03-31' },
    tolerance: { kind: 'absolute' as const, value: 2 },
    trajectory: [{ date: '2026-03-31', value: 50 }],
    frequency: 'quarterly' as const,
    ...change,
  };
}

/** A quarter after every existing period, so creating it never clashes. */
export async function nextQuarterDate(bed: ApiTestBed): Promise<string> {
  return readNextQuarterDate(bed.db, bed.organisationId);
}

export async function freshPeriod(bed: ApiTestBed) {
  return createTestPeriod(bed.db, bed.organisationId);
}

export async function freshUser(
  bed: ApiTestBed,
  role: 'executive_owner' | 'board_member' = 'board_member',
) {
  return createTestUser(bed.db, { organisationId: bed.organisationId, role });
}

export const EDS_SCORES = EDS_OUTCOMES.map((outcome, i) => ({
  outcome,
  score: i % 4,
  evidence: `Evidence for ${outcome}`,
}));
