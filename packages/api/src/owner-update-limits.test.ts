import { DEMO_PASSWORD } from '@belonging/db';
import { londonDay } from '@belonging/domain';
import { findActionOf, readAction, testProviders } from '@belonging/db/testing';
import { describe, expect, it } from 'vitest';
import { cachedAssessment } from './services/assessment-cache.ts';
import { errorOf } from '../test/support/call.ts';
import { DEMO } from '../test/support/index.ts';
import { useApiTestBed } from '../test/support/use-api-test-bed.ts';

describe.each(testProviders())(
  'what an owner update may change, and what a write retires, on %s',
  (provider) => {
    const { bed } = useApiTestBed(provider);

    /** A red action of the owner: unfinished and past its due date. */
    const redActionOf = (email: string) =>
      findActionOf(bed.db, bed.organisationId, email, {
        status: 'in_progress',
        dueBefore: londonDay(new Date()),
      });

    const update = (action: { id: string; version: number }) => ({
      actionId: action.id,
      expectedVersion: action.version,
      narrative: 'No longer needed.',
      progressPercent: 10,
      recoveryAction: 'None: dropping it.',
    });

    it('refuses an owner cancelling their red action, naming the status field, and changes nothing', async () => {
      const action = await redActionOf(DEMO.owner);
      const owner = await bed.callerAs(DEMO.owner);
      const error = await errorOf(
        owner.action.submitUpdate({ ...update(action), status: 'cancelled' as 'complete' }),
      );
      expect(error.code).toBe('BAD_REQUEST');
      expect(error.message).toMatch(/only the EDI team can cancel/);
      expect(error.message).toMatch(/"status"/);
      const { status, version } = await readAction(bed.db, action.id);
      expect({ status, version }).toEqual({ status: 'in_progress', version: action.version });
    });

    it('keeps cached assessments across a failed write and a sign-in, and retires them after a successful write', async () => {
      let loads = 0;
      const load = () => Promise.resolve(++loads);
      const key = `freshness-${provider}`;
      await cachedAssessment(key, load);
      const owner = await bed.callerAs(DEMO.owner);
      const action = await redActionOf(DEMO.owner);

      await errorOf(
        owner.action.submitUpdate({ ...update(action), expectedVersion: action.version + 5 }),
      );
      await (await bed.callerAs(null)).auth.signIn({ email: DEMO.board, password: DEMO_PASSWORD });
      await cachedAssessment(key, load);
      expect(loads).toBe(1);

      await owner.action.submitUpdate(update(action));
      await cachedAssessment(key, load);
      expect(loads).toBe(2);
    });
  },
);
