import { describe, expect, it } from 'vitest';
import { commentChangeRefusal } from './comments.ts';
import { ZCommentDeleteInput, ZCommentEditInput } from './inputs/action.ts';

const live = { authorId: 'u1', deletedAt: null };
const withdrawn = { authorId: 'u1', deletedAt: new Date('2026-01-05T10:00:00Z') };

describe('commentChangeRefusal', () => {
  it.each([
    ['the author may change their live comment', live, 'u1', null],
    ['anyone else is refused, even on a live comment', live, 'u2', 'not_author'],
    ['the author cannot change a comment they withdrew', withdrawn, 'u1', 'deleted'],
    [
      'someone else hears it is not theirs, not that it was withdrawn',
      withdrawn,
      'u2',
      'not_author',
    ],
  ] as const)('%s', (_name, comment, actor, refusal) => {
    expect(commentChangeRefusal(comment, actor)).toBe(refusal);
  });
});

describe('ZCommentEditInput and ZCommentDeleteInput', () => {
  it('edits need the comment and a body of 1 to 4000 characters, naming the field', () => {
    expect(ZCommentEditInput.parse({ commentId: 'c1', body: '  Better words  ' })).toEqual({
      commentId: 'c1',
      body: 'Better words',
    });
    const blank = ZCommentEditInput.safeParse({ commentId: 'c1', body: ' ' });
    expect(blank.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['body', 'Enter a comment'],
    ]);
    const long = ZCommentEditInput.safeParse({ commentId: 'c1', body: 'x'.repeat(4001) });
    expect(long.error?.issues[0]?.message).toBe('A comment must be 4000 characters or fewer');
  });

  it('deletes need a valid comment id', () => {
    const missing = ZCommentDeleteInput.safeParse({});
    expect(missing.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['commentId', 'An id is required'],
    ]);
  });
});
