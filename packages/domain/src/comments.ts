/** Why a change to a comment is refused, or null when the caller may make it. */
export type TCommentRefusal = 'not_author' | 'deleted';

/**
 * Only a comment's author may edit or withdraw it, whatever their role: the EDI team moderates
 * nothing here, so a thread always says what each person chose to say. A withdrawn comment stays
 * withdrawn.
 */
export function commentChangeRefusal(
  comment: { authorId: string; deletedAt: Date | null },
  actorId: string,
): TCommentRefusal | null {
  if (comment.authorId !== actorId) return 'not_author';
  if (comment.deletedAt !== null) return 'deleted';
  return null;
}

export const COMMENT_REFUSAL_MESSAGES: Record<TCommentRefusal, string> = {
  not_author: 'Only the person who wrote a comment can edit or delete it.',
  deleted: 'That comment has been deleted, so it can no longer be changed.',
};
