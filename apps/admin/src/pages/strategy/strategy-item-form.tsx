import { BackLink, ErrorSummary, PendingButton } from '@belonging/ui';
import { useQueryClient } from '@tanstack/react-query';
import type { FormEvent, ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { TextArea, TextField } from '../../components/fields.tsx';
import { RouterLink } from '../../components/router-link.tsx';
import { toErrorItems, type TFieldErrors, useTRPC } from '@belonging/client';

type BoundField = {
  name: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
};

/** After an ambition or commitment is saved: refresh the strategy and show it, saying what was saved. */
export function useBackToStrategy() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return async (done: string) => {
    await queryClient.invalidateQueries(trpc.strategy.pathFilter());
    void navigate('/strategy', { state: { done } });
  };
}

/**
 * The page an ambition and a commitment are added or changed on: the item's own fields (children)
 * come first, then the title and description both have, and the save button.
 */
export function StrategyItemForm({
  heading,
  errors,
  message,
  field,
  pending,
  saveText,
  onSubmit,
  children,
}: {
  heading: string;
  errors: TFieldErrors;
  message: string | null;
  field: (name: 'title' | 'description') => BoundField;
  pending: boolean;
  saveText: string;
  onSubmit: (event: FormEvent) => void;
  children: ReactNode;
}) {
  return (
    <>
      <BackLink href="/strategy" text="Back to the strategy" Link={RouterLink} />
      <form onSubmit={onSubmit} noValidate>
        <ErrorSummary errors={toErrorItems(errors)} description={message ?? undefined} />
        <h1>{heading}</h1>
        {children}
        <TextField label="Title" {...field('title')} />
        <TextArea label="Description (optional)" {...field('description')} />
        <PendingButton className="nhsuk-button" type="submit" pending={pending}>
          {saveText}
        </PendingButton>
      </form>
    </>
  );
}
