import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CommentItem, type TCommentView } from './comment-item.tsx';

const comment: TCommentView = {
  id: 'c1',
  body: 'The network would like to co-design this.',
  createdAt: new Date('2026-11-02T10:15:00.000Z'),
  editedAt: null,
  deletedAt: null,
  author: { id: 'u1', name: 'Ama Owusu' },
};

function renderItem(view: Partial<TCommentView> = {}, isMine = true) {
  const calls: { saved: string[]; deleted: number } = { saved: [], deleted: 0 };
  const props = {
    isMine,
    onSave: (body: string) => {
      calls.saved.push(body);
      return Promise.resolve();
    },
    onDelete: () => {
      calls.deleted += 1;
      return Promise.resolve();
    },
  };
  const utils = render(
    <ul>
      <CommentItem comment={{ ...comment, ...view }} {...props} />
    </ul>,
  );
  const rerender = (next: Partial<TCommentView>) =>
    utils.rerender(
      <ul>
        <CommentItem comment={{ ...comment, ...next }} {...props} />
      </ul>,
    );
  return { calls, rerender };
}

const button = (name: RegExp) => screen.getByRole('button', { name });

describe('CommentItem', () => {
  afterEach(cleanup);

  it("offers no edit or delete on someone else's comment", () => {
    renderItem({}, false);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText(comment.body)).toBeTruthy();
  });

  it('says when a comment was edited', () => {
    renderItem({ editedAt: new Date('2026-11-20T14:30:00.000Z') });
    expect(screen.getByTestId('comment-edited').textContent).toMatch(/^ \(edited 20 Nov.* 2026/);
  });

  it('shows a deleted comment as deleted by its author, with no words and no buttons', () => {
    renderItem({ deletedAt: new Date('2026-11-21T09:00:00.000Z') });
    expect(screen.getByTestId('comment-deleted').textContent).toMatch(
      /^Comment deleted by its author on 21 Nov.* 2026/,
    );
    expect(screen.queryByText(comment.body)).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('names which comment each button acts on, for screen readers', () => {
    renderItem();
    expect(button(/^Edit your comment of/).getAttribute('aria-label')).toMatch(
      /^Edit your comment of 2 Nov/,
    );
    expect(button(/^Delete your comment of/)).toBeTruthy();
  });

  it('moves focus into the box to edit, refuses a blank comment, and returns to Edit after saving', async () => {
    const { calls } = renderItem();
    fireEvent.click(button(/^Edit/));
    const box = screen.getByLabelText('Edit your comment');
    expect(document.activeElement).toBe(box);
    fireEvent.change(box, { target: { value: '   ' } });
    fireEvent.click(button(/^Save comment/));
    expect(screen.getByText('Enter a comment')).toBeTruthy();
    expect(calls.saved).toEqual([]);

    fireEvent.change(box, { target: { value: ' Better words. ' } });
    await act(async () => {
      fireEvent.click(button(/^Save comment/));
      await Promise.resolve();
    });
    expect(calls.saved).toEqual(['Better words.']);
    expect(document.activeElement).toBe(button(/^Edit/));
  });

  it('puts focus back on Edit when editing is cancelled', () => {
    renderItem();
    fireEvent.click(button(/^Edit/));
    fireEvent.click(button(/^Cancel/));
    expect(document.activeElement).toBe(button(/^Edit/));
  });

  it('asks before deleting, keeps the comment on "No", and focuses the deleted notice after "Yes"', async () => {
    const { calls, rerender } = renderItem();
    fireEvent.click(button(/^Delete/));
    expect(document.activeElement?.textContent).toMatch(/^Delete this comment\?/);
    fireEvent.click(button(/^No, keep it/));
    expect(document.activeElement).toBe(button(/^Delete your comment/));
    expect(calls.deleted).toBe(0);

    fireEvent.click(button(/^Delete/));
    await act(async () => {
      fireEvent.click(button(/^Yes, delete comment/));
      await Promise.resolve();
    });
    expect(calls.deleted).toBe(1);
    rerender({ deletedAt: new Date('2026-11-21T09:00:00.000Z') });
    expect(document.activeElement).toBe(screen.getByTestId('comment-deleted'));
  });
});
