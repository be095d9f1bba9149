import { describe, expect, it } from 'vitest';
import * as domain from './index.ts';

// Other packages and outside checks import these names from `@belonging/domain`.
const CONTRACT = [
  'financialYear',
  'financialQuarter',
  'updateWindow',
  'assessKpi',
  'assessMilestone',
  'assessAction',
  'rollup',
  'movement',
  'spc',
  'relativeLikelihood',
  'payGap',
  'suppressSmallNumbers',
  'edsRating',
  'ZKpiDefinition',
  'ZMeasurement',
  'ZMilestoneInput',
  'ZActionInput',
  'DomainError',
  'isDomainError',
  'londonDay',
  'toIsoDay',
  'parseIsoDay',
  'RAG_LABELS',
  'RAG_ORDER',
  'worseRag',
  'MOVEMENT_LABELS',
  'VARIATION_LABELS',
  'ASSURANCE_LABELS',
  'REASON_LABELS',
  'assessStrategy',
  'buildBoardReport',
  'currentReportingPeriod',
] as const;

describe('the package entry point', () => {
  it.each(CONTRACT)('exports %s', (name) => {
    expect(domain[name]).toBeDefined();
  });
});
