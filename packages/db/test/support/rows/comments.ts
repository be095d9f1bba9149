import type { DbClient } from '../../../src/client.ts';

// Readers for comments, that the API tests use to check what an edit or a withdrawal stored.

/** A comment as stored, the text of a withdrawn one included. */
export function readComment(db: DbClient, id: string) {
  return db.comment.findUniqueOrThrow({
    where: { id },
    select: { body: true, editedAt: true, deletedAt: true },
  });
}

/** Comments in every trust: a refused comment must leave none anywhere. */
export function countComments(db: DbClient) {
  return db.comment.count();
}
