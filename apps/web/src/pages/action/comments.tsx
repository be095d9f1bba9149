import { ZCommentInput } from '@belonging/domain';
import { ErrorSummary, PendingButton, StatusMessage, Textarea } from '@belonging/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { TActionDetail } from '../../lib/api-types.ts';
import { useMe } from '../../lib/use-me.ts';
import { CommentItem } from './comment-item.tsx';
import { summaryItems, useTRPC, useFormErrors } from '@belonging/client';

const COMMENTERS = ['executive_owner', 'network_rep', 'edi_admin'];

export function Comments({ action }: { action: TActionDetail }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const me = useMe();
  const [body, setBody] = useState('');
  const [outcome, setOutcome] = useState('');
  const { errors, check, showServerError } = useFormErrors();
  const canComment = me.data?.roles.some((r) => COMMENTERS.includes(r)) ?? false;

  const add = useMutation(
    trpc.comment.add.mutationOptions({
      onSuccess: async () => {
        setBody('');
        setOutcome('Comment added.');
        await Promise.all([
          queryClient.invalidateQueries(trpc.action.byId.queryFilter({ id: action.id })),
          queryClient.invalidateQueries(trpc.comment.pathFilter()),
        ]);
      },
      onError: (error) => showServerError(error, 'body'),
    }),
  );

  // Each resolves once the thread is read again, so the comment shows its new state before focus moves.
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries(trpc.action.byId.queryFilter({ id: action.id })),
      queryClient.invalidateQueries(trpc.comment.pathFilter()),
    ]);
  const edit = useMutation(trpc.comment.edit.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(trpc.comment.delete.mutationOptions({ onSuccess: refresh }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (add.isPending) return;
    setOutcome('');
    const input = check(ZCommentInput.safeParse({ actionId: action.id, body }));
    if (input) add.mutate(input);
  };

  return (
    <section aria-labelledby="comments-heading">
      <h2 id="comments-heading">Comments</h2>
      {action.comments.length === 0 ? (
        <p>No comments yet.</p>
      ) : (
        <ul className="nhsuk-list bt-list-plain">
          {action.comments.map((c) => (
            <CommentItem
              key={c.id}
              comment={c}
              isMine={canComment && c.author.id === me.data?.id}
              onSave={(text) => edit.mutateAsync({ commentId: c.id, body: text })}
              onDelete={() => remove.mutateAsync({ commentId: c.id })}
            />
          ))}
        </ul>
      )}
      {canComment ? (
        <form onSubmit={submit} noValidate className="bt-no-print">
          <ErrorSummary errors={summaryItems(errors, ['body'], { body: 'comment-body' })} />
          <Textarea
            id="comment-body"
            name="body"
            label="Add a comment"
            labelClassName="nhsuk-label--s"
            hint="Comments are seen by everyone who can read this action, including the board."
            rows={3}
            value={body}
            error={errors.body}
            onChange={(event) => setBody(event.target.value)}
          />
          <PendingButton
            className="nhsuk-button nhsuk-button--secondary"
            type="submit"
            pending={add.isPending}
          >
            Add comment
          </PendingButton>
          <StatusMessage message={outcome} testId="comment-outcome" />
        </form>
      ) : (
        <p className="nhsuk-body-s">
          Board members read comments; owners and staff network representatives add them.
        </p>
      )}
    </section>
  );
}
