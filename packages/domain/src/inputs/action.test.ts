import { describe, expect, it } from 'vitest';
import {
  EVIDENCE_LINK_HINT,
  UPDATE_TEXT_LIMITS,
  ZActionUpdateInput,
  ZCommentInput,
  ZCommentListInput,
  ZMilestoneAtRiskInput,
  ZMilestoneCompleteInput,
} from './action.ts';
import { accepted, chars, issuesOf } from '../../test/zod-issues.ts';

const update = {
  actionId: 'act_1',
  expectedVersion: 3,
  narrative: 'On track',
  progressPercent: 40,
};

describe('ZActionUpdateInput', () => {
  it.each([0, 100])('accepts progress of %i%%', (progressPercent) => {
    expect(accepted(ZActionUpdateInput, { ...update, progressPercent }).progressPercent).toBe(
      progressPercent,
    );
  });

  it.each([1, 2_147_483_647])('accepts version %i', (expectedVersion) => {
    expect(accepted(ZActionUpdateInput, { ...update, expectedVersion }).expectedVersion).toBe(
      expectedVersion,
    );
  });

  it('accepts a narrative of exactly 5000 characters', () => {
    expect(
      accepted(ZActionUpdateInput, { ...update, narrative: chars(5000) }).narrative,
    ).toHaveLength(5000);
  });

  it('turns empty optional text into "not given" and keeps a cleared RAG view as null', () => {
    expect(
      accepted(ZActionUpdateInput, {
        ...update,
        status: 'in_progress',
        ownerRag: null,
        ownerRagReason: '  ',
        risks: '',
        nextSteps: '',
        recoveryAction: ' ',
      }),
    ).toEqual({ ...update, status: 'in_progress', ownerRag: null, narrativeInternal: false });
  });

  it('keeps a narrative public unless the owner keeps it inside the trust', () => {
    expect(accepted(ZActionUpdateInput, update).narrativeInternal).toBe(false);
    expect(
      accepted(ZActionUpdateInput, { ...update, narrativeInternal: true }).narrativeInternal,
    ).toBe(true);
  });

  it.each(Object.entries(UPDATE_TEXT_LIMITS))(
    'takes %s up to its limit (%i characters) and refuses one more',
    (field, limit) => {
      expect(accepted(ZActionUpdateInput, { ...update, [field]: chars(limit) })).toBeTruthy();
      expect(issuesOf(ZActionUpdateInput, { ...update, [field]: chars(limit + 1) })).toHaveLength(
        1,
      );
    },
  );

  it.each([
    ['progressPercent', -1, 'Progress must be 0 or more'],
    ['progressPercent', 101, 'Progress must be 100 or less'],
    ['progressPercent', 40.5, 'Progress must be a whole number'],
    ['progressPercent', '40', 'Progress must be a number from 0 to 100'],
    ['expectedVersion', 0, 'The version must be 1 or more'],
    ['expectedVersion', 2_147_483_648, 'The version is too large'],
    ['expectedVersion', 1.5, 'The version must be a whole number'],
    ['expectedVersion', undefined, 'The version you edited is required'],
    ['narrative', ' ', 'Enter your progress this quarter'],
    ['narrative', chars(5001), 'Your progress this quarter must be 5000 characters or fewer'],
    [
      'status',
      'done',
      'Status must be not started, in progress or complete: only the EDI team can cancel an action',
    ],
    [
      'status',
      'cancelled',
      'Status must be not started, in progress or complete: only the EDI team can cancel an action',
    ],
    ['ownerRag', 'grey', 'Your RAG view must be red, amber, green or blue'],
    [
      'ownerRagReason',
      chars(2001),
      'The reason for your RAG view must be 2000 characters or fewer',
    ],
    ['risks', chars(5001), 'Risks and issues must be 5000 characters or fewer'],
    ['nextSteps', chars(5001), 'Next steps must be 5000 characters or fewer'],
    ['recoveryAction', chars(5001), 'The recovery action must be 5000 characters or fewer'],
    ['actionId', 'act 1', 'Id is not valid'],
    ['narrativeInternal', 'yes', 'Keep this narrative inside the trust must be true or false'],
  ])('refuses %s = %j', (path, value, message) => {
    expect(issuesOf(ZActionUpdateInput, { ...update, [path]: value })).toEqual([{ path, message }]);
  });
});

describe('ZMilestoneCompleteInput', () => {
  const complete = { milestoneId: 'ms_1', completedAt: '2026-03-31' };

  it.each([
    [
      'an https link',
      'https://intranet.nhs.uk/edi/plan.pdf',
      'https://intranet.nhs.uk/edi/plan.pdf',
    ],
    ['an http link', 'http://intranet.local/report', 'http://intranet.local/report'],
    ['a link with spaces around it', ' https://nhs.uk ', 'https://nhs.uk'],
    [
      'a link of exactly 2000 characters',
      `https://nhs.uk/${chars(1985, 'p')}`,
      `https://nhs.uk/${chars(1985, 'p')}`,
    ],
    ['an empty link as not given', '', undefined],
    ['a blank link as not given', '   ', undefined],
  ])('accepts %s', (_name, evidenceUrl, expected) => {
    const parsed = accepted(ZMilestoneCompleteInput, { ...complete, evidenceUrl });
    expect(parsed).toEqual({
      milestoneId: 'ms_1',
      completedAt: new Date('2026-03-31T00:00:00Z'),
      evidenceUrl: expected,
    });
  });

  const protocolMessage = 'The evidence link must be a web address starting http:// or https://';
  it.each([
    ['ftp', 'ftp://files.nhs.uk/plan.pdf', protocolMessage],
    ['javascript', 'javascript:alert(1)', protocolMessage],
    ['mailto', 'mailto:edi@nhs.net', protocolMessage],
    ['a bare host', 'nhs.uk/plan', protocolMessage],
    ['a scheme without a host', 'https://', protocolMessage],
    ['null', null, protocolMessage],
    [
      '2001 characters',
      `https://nhs.uk/${chars(1986, 'p')}`,
      'The evidence link must be 2000 characters or fewer',
    ],
  ])('refuses an evidence link that is %s', (_name, evidenceUrl, message) => {
    expect(issuesOf(ZMilestoneCompleteInput, { ...complete, evidenceUrl })).toEqual([
      { path: 'evidenceUrl', message },
    ]);
  });

  it('hints at exactly the schemes it accepts: https, and http for intranet pages', () => {
    for (const scheme of ['https', 'http']) {
      expect(EVIDENCE_LINK_HINT).toContain(`${scheme}://`);
      expect(
        accepted(ZMilestoneCompleteInput, { ...complete, evidenceUrl: `${scheme}://nhs.uk/e` })
          .evidenceUrl,
      ).toBe(`${scheme}://nhs.uk/e`);
    }
  });

  it('refuses a completion date that is not on the calendar', () => {
    expect(issuesOf(ZMilestoneCompleteInput, { ...complete, completedAt: '2026-02-30' })).toEqual([
      { path: 'completedAt', message: 'The completion date must be a real date' },
    ]);
  });
});

describe('ZMilestoneAtRiskInput', () => {
  it('accepts true and false', () => {
    expect(accepted(ZMilestoneAtRiskInput, { milestoneId: 'm', atRisk: false }).atRisk).toBe(false);
    expect(accepted(ZMilestoneAtRiskInput, { milestoneId: 'm', atRisk: true }).atRisk).toBe(true);
  });

  it.each(['yes', 1, null])('refuses at risk = %j', (atRisk) => {
    expect(issuesOf(ZMilestoneAtRiskInput, { milestoneId: 'm', atRisk })).toEqual([
      { path: 'atRisk', message: 'At risk must be true or false' },
    ]);
  });
});

describe('ZCommentInput and ZCommentListInput', () => {
  it('accepts a comment of exactly 4000 characters', () => {
    expect(accepted(ZCommentInput, { actionId: 'a', body: chars(4000) }).body).toHaveLength(4000);
  });

  it.each([
    ['empty', '', 'Enter a comment'],
    ['4001 characters', chars(4001), 'A comment must be 4000 characters or fewer'],
  ])('refuses a comment that is %s', (_name, body, message) => {
    expect(issuesOf(ZCommentInput, { actionId: 'a', body })).toEqual([{ path: 'body', message }]);
  });

  it('lists comments only for a valid action id', () => {
    expect(accepted(ZCommentListInput, { actionId: 'act_1' })).toEqual({ actionId: 'act_1' });
    expect(issuesOf(ZCommentListInput, {})).toEqual([
      { path: 'actionId', message: 'An id is required' },
    ]);
  });
});
