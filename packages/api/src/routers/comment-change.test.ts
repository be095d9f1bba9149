import { createComment } from '@belonging/db';
import {
  countAuditEventsMatching,
  findAuditEventsFor,
  readComment,
  testProviders,
} from '@belonging/db/testing';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/support/call.ts';
import { actionOwnedBy } from '../../test/support/fixtures.ts';
import { DEMO } from '../../test/support/index.ts';
import { useApiTestBed } from '../../test/support/use-api-test-bed.ts';

const EDITED_AT = new Date('2026-11-20T14:30:00.000Z');

describe.each(testProviders())('editing and deleting comments on %s', (provider) => {
  const { bed } = useApiTestBed(provider);

  async function commentAs(email: string, body = 'First thoughts from the network.') {
    const action = await actionOwnedBy(bed, DEMO.otherOwner);
    const comment = await (await bed.callerAs(email)).comment.add({ actionId: action.id, body });
    return { actionId: action.id, comment };
  }

  const auditOf = (id: string) => findAuditEventsFor(bed.db, { entity: 'comment', entityId: id });

  it.each([
    ['a network rep', DEMO.networkRep],
    ['an executive owner', DEMO.owner],
    ['the EDI team', DEMO.admin],
  ])(
    '%s edits their own comment: the board sees the new words marked edited, the audit keeps both',
    async (_who, email) => {
      const { actionId, comment } = await commentAs(email);
      const author = await bed.callerAs(email, { now: () => EDITED_AT });
      const edited = await author.comment.edit({
        commentId: comment.id,
        body: ' Revised wording. ',
      });
      expect(edited).toMatchObject({
        body: 'Revised wording.',
        editedAt: EDITED_AT,
        deletedAt: null,
      });

      const thread = await (await bed.callerAs(DEMO.board)).comment.list({ actionId });
      expect(thread.find((c) => c.id === comment.id)).toMatchObject({
        body: 'Revised wording.',
        editedAt: EDITED_AT,
      });
      const events = await auditOf(comment.id);
      expect(events.map((e) => e.operation)).toEqual(['create', 'update']);
      expect(events[1]?.actorId).toBe(await bed.userId(email));
      expect(JSON.parse(events[1]?.before ?? '{}')).toMatchObject({
        body: 'First thoughts from the network.',
      });
      expect(JSON.parse(events[1]?.after ?? '{}')).toMatchObject({ body: 'Revised wording.' });
    },
  );

  it('deletes softly: the row and its words stay for the audit, the thread shows it withdrawn with no text', async () => {
    const { actionId, comment } = await commentAs(DEMO.networkRep, 'Please withdraw me.');
    const rep = await bed.callerAs(DEMO.networkRep, { now: () => EDITED_AT });
    const deleted = await rep.comment.delete({ commentId: comment.id });
    expect(deleted).toMatchObject({ body: '', deletedAt: EDITED_AT });

    const stored = await readComment(bed.db, comment.id);
    expect(stored.body).toBe('Please withdraw me.');
    for (const email of [DEMO.board, DEMO.networkRep]) {
      const thread = await (await bed.callerAs(email)).comment.list({ actionId });
      expect(thread.find((c) => c.id === comment.id)).toMatchObject({
        body: '',
        deletedAt: EDITED_AT,
        author: { name: expect.any(String) as string },
      });
    }
    const detail = await (await bed.callerAs(DEMO.board)).action.byId({ id: actionId });
    expect(detail.comments.find((c) => c.id === comment.id)?.body).toBe('');

    const events = await auditOf(comment.id);
    expect(events.map((e) => e.operation)).toEqual(['create', 'delete']);
    expect(JSON.parse(events[1]?.before ?? '{}')).toMatchObject({ body: 'Please withdraw me.' });
    expect(JSON.parse(events[1]?.after ?? '{}')).toMatchObject({
      deletedAt: EDITED_AT.toISOString(),
    });
  });

  it("refuses anyone else's comment as FORBIDDEN, the EDI team included, and writes nothing", async () => {
    const { comment } = await commentAs(DEMO.networkRep);
    const audits = await countAuditEventsMatching(bed.db);
    for (const email of [DEMO.owner, DEMO.admin, DEMO.otherOwner]) {
      const caller = await bed.callerAs(email);
      const edit = await errorOf(caller.comment.edit({ commentId: comment.id, body: 'Mine now' }));
      expect(edit.code).toBe('FORBIDDEN');
      expect(edit.message).toBe('Only the person who wrote a comment can edit or delete it.');
      expect((await errorOf(caller.comment.delete({ commentId: comment.id }))).code).toBe(
        'FORBIDDEN',
      );
    }
    const board = await bed.callerAs(DEMO.board);
    expect((await errorOf(board.comment.edit({ commentId: comment.id, body: 'x' }))).code).toBe(
      'FORBIDDEN',
    );
    const nobody = await bed.callerAs(null);
    expect((await errorOf(nobody.comment.delete({ commentId: comment.id }))).code).toBe(
      'UNAUTHORIZED',
    );
    const stored = await readComment(bed.db, comment.id);
    expect(stored).toMatchObject({ body: 'First thoughts from the network.', editedAt: null });
    expect(stored.deletedAt).toBeNull();
    expect(await countAuditEventsMatching(bed.db)).toBe(audits);
  });

  it('answers mistakes as the caller made them: deleted is CONFLICT, blank is BAD_REQUEST naming the field, unknown and other trust NOT_FOUND', async () => {
    const { comment } = await commentAs(DEMO.networkRep);
    const rep = await bed.callerAs(DEMO.networkRep);

    const blank = await errorOf(rep.comment.edit({ commentId: comment.id, body: '  ' }));
    expect(blank.code).toBe('BAD_REQUEST');
    expect(blank.message).toMatch(/Enter a comment/);

    await rep.comment.delete({ commentId: comment.id });
    const again = await errorOf(rep.comment.delete({ commentId: comment.id }));
    expect(again.code).toBe('CONFLICT');
    expect(again.message).toMatch(/has been deleted/);
    expect((await errorOf(rep.comment.edit({ commentId: comment.id, body: 'Back' }))).code).toBe(
      'CONFLICT',
    );

    expect((await errorOf(rep.comment.delete({ commentId: 'no-such-comment' }))).code).toBe(
      'NOT_FOUND',
    );
    const elsewhere = await createComment(bed.db, {
      organisationId: bed.other.organisationId,
      actionId: bed.other.actionId,
      authorId: await bed.userId('owner@other-trust.test'),
      body: 'Another trust',
      now: new Date(),
    });
    expect((await errorOf(rep.comment.edit({ commentId: elsewhere.id, body: 'Hi' }))).code).toBe(
      'NOT_FOUND',
    );
  });
});
