import { countComments, testProviders } from '@belonging/db/testing';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/support/call.ts';
import { actionOwnedBy } from '../../test/support/fixtures.ts';
import { DEMO } from '../../test/support/index.ts';
import { useApiTestBed } from '../../test/support/use-api-test-bed.ts';

describe.each(testProviders())('comment procedures on %s', (provider) => {
  const { bed } = useApiTestBed(provider);

  it('lets a network rep, an owner and the EDI team comment; everyone in the trust reads the thread oldest first', async () => {
    const action = await actionOwnedBy(bed, DEMO.otherOwner);
    for (const [email, body] of [
      [DEMO.networkRep, 'The network would like to co-design this.'],
      [DEMO.owner, 'Happy to support from the people directorate.'],
      [DEMO.admin, 'Added to the next EDI steering group agenda.'],
    ] as const) {
      const comment = await (await bed.callerAs(email)).comment.add({ actionId: action.id, body });
      expect(comment.body).toBe(body);
    }
    const thread = await (await bed.callerAs(DEMO.board)).comment.list({ actionId: action.id });
    expect(thread.slice(-3).map((c) => c.body)).toEqual([
      'The network would like to co-design this.',
      'Happy to support from the people directorate.',
      'Added to the next EDI steering group agenda.',
    ]);
    expect(thread.at(-1)?.author.name).toBe('Ama Owusu');
  });

  it('refuses a board member (FORBIDDEN), nobody (UNAUTHORIZED), an empty body (BAD_REQUEST) and another trust (NOT_FOUND)', async () => {
    const action = await actionOwnedBy(bed, DEMO.owner);
    const before = await countComments(bed.db);
    expect(
      (
        await errorOf(
          (await bed.callerAs(DEMO.board)).comment.add({ actionId: action.id, body: 'Hi' }),
        )
      ).code,
    ).toBe('FORBIDDEN');
    expect(
      (await errorOf((await bed.callerAs(null)).comment.add({ actionId: action.id, body: 'Hi' })))
        .code,
    ).toBe('UNAUTHORIZED');
    const empty = await errorOf(
      (await bed.callerAs(DEMO.networkRep)).comment.add({ actionId: action.id, body: '   ' }),
    );
    expect(empty.code).toBe('BAD_REQUEST');
    expect(empty.message).toMatch(/Enter a comment/);
    const rep = await bed.callerAs(DEMO.networkRep);
    expect(
      (await errorOf(rep.comment.add({ actionId: bed.other.actionId, body: 'Hi' }))).code,
    ).toBe('NOT_FOUND');
    expect((await errorOf(rep.comment.list({ actionId: bed.other.actionId }))).code).toBe(
      'NOT_FOUND',
    );
    expect(await countComments(bed.db)).toBe(before);
  });
});
