import { ZCommentEditInput } from '@belonging/domain';
import { formatDateTime, PendingButton, Textarea } from '@belonging/ui';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { errorMessage, serverFieldErrors } from '@belonging/client';

export type TCommentView = {
  id: string;
  body: string;
  createdAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
  author: { id: string; name: string };
};

type TMode = 'view' | 'editing' | 'confirming';
type TFocus = 'edit' | 'delete' | 'field' | 'confirm' | 'notice' | null;

/**
 * One comment. Its author may edit it in place or delete it after confirming; focus follows what
 * they do (into the box, onto the question, back to the button, or onto the deleted notice), so
 * a keyboard or screen-reader user is never left on a control that has gone.
 */
export function CommentItem({
  comment,
  isMine,
  onSave,
  onDelete,
}: {
  comment: TCommentView;
  isMine: boolean;
  onSave: (body: string) => Promise<unknown>;
  onDelete: () => Promise<unknown>;
}) {
  const [mode, setMode] = useState<TMode>('view');
  const [draft, setDraft] = useState(comment.body);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const focusNext = useRef<TFocus>(null);
  const refs = {
    edit: useRef<HTMLButtonElement>(null),
    delete: useRef<HTMLButtonElement>(null),
    confirm: useRef<HTMLParagraphElement>(null),
    notice: useRef<HTMLParagraphElement>(null),
  };
  const fieldId = `comment-${comment.id}-edit`;

  useEffect(() => {
    // Kept until its element is drawn: a deleted notice appears only once the thread is refetched.
    const target = focusNext.current;
    if (!target) return;
    const element = target === 'field' ? document.getElementById(fieldId) : refs[target].current;
    if (!element) return;
    focusNext.current = null;
    element.focus();
  });

  const go = (next: TMode, focus: TFocus) => {
    focusNext.current = focus;
    setError(null);
    setMode(next);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    const parsed = ZCommentEditInput.safeParse({ commentId: comment.id, body: draft });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Enter a comment');
      return;
    }
    setPending(true);
    try {
      await onSave(parsed.data.body);
      go('view', 'edit');
    } catch (problem) {
      setError(serverFieldErrors(problem).body ?? errorMessage(problem));
    } finally {
      setPending(false);
    }
  };

  const remove = async () => {
    if (pending) return;
    setPending(true);
    try {
      await onDelete();
      go('view', 'notice');
    } catch (problem) {
      setError(errorMessage(problem));
    } finally {
      setPending(false);
    }
  };

  if (comment.deletedAt) {
    return (
      <li className="nhsuk-inset-text nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-2">
        <p
          className="nhsuk-body-s nhsuk-u-margin-bottom-0"
          ref={refs.notice}
          tabIndex={-1}
          data-testid="comment-deleted"
        >
          Comment deleted by its author on {formatDateTime(comment.deletedAt)}.
        </p>
      </li>
    );
  }

  const when = formatDateTime(comment.createdAt);
  return (
    <li className="nhsuk-inset-text nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-2">
      <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">
        <strong>{comment.author.name}</strong>, {when}
        {comment.editedAt ? (
          <span data-testid="comment-edited"> (edited {formatDateTime(comment.editedAt)})</span>
        ) : null}
      </p>
      {mode === 'editing' ? (
        <form onSubmit={(event) => void save(event)} noValidate>
          <Textarea
            id={fieldId}
            name="body"
            label="Edit your comment"
            labelClassName="nhsuk-label--s"
            hint="The board will see that it was edited, and when."
            rows={3}
            value={draft}
            error={error}
            onChange={(event) => setDraft(event.target.value)}
          />
          <div className="bt-button-row">
            <PendingButton
              type="submit"
              className="nhsuk-button nhsuk-button--secondary"
              pending={pending}
            >
              Save comment
            </PendingButton>
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary"
              onClick={() => go('view', 'edit')}
            >
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <p className="nhsuk-u-margin-bottom-0 bt-pre-line">{comment.body}</p>
      )}
      {isMine && mode === 'view' ? (
        <div className="bt-button-row nhsuk-u-margin-top-2 bt-no-print">
          <button
            type="button"
            ref={refs.edit}
            aria-label={`Edit your comment of ${when}`}
            className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0"
            onClick={() => {
              setDraft(comment.body);
              go('editing', 'field');
            }}
          >
            Edit
          </button>
          <button
            type="button"
            ref={refs.delete}
            aria-label={`Delete your comment of ${when}`}
            className="nhsuk-button nhsuk-button--warning nhsuk-u-margin-bottom-0"
            onClick={() => go('confirming', 'confirm')}
          >
            Delete
          </button>
        </div>
      ) : null}
      {mode === 'confirming' ? (
        <div className="nhsuk-u-margin-top-2" role="group" aria-labelledby={`${fieldId}-confirm`}>
          <p id={`${fieldId}-confirm`} ref={refs.confirm} tabIndex={-1}>
            <strong>Delete this comment?</strong> Its words will no longer be shown; the board will
            see that you deleted it, and when.
          </p>
          {error ? (
            <p className="nhsuk-error-message" role="alert">
              <span className="nhsuk-u-visually-hidden">Error:</span> {error}
            </p>
          ) : null}
          <div className="bt-button-row">
            <PendingButton
              className="nhsuk-button nhsuk-button--warning"
              pending={pending}
              onClick={() => void remove()}
            >
              Yes, delete comment
            </PendingButton>
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary"
              onClick={() => go('view', 'delete')}
            >
              No, keep it
            </button>
          </div>
        </div>
      ) : null}
    </li>
  );
}
