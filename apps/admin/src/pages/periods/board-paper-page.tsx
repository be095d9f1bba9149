import { BackLink, InsetText, SuccessBanner } from '@belonging/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { QueryState } from '../../components/query-state.tsx';
import { RouterLink } from '../../components/router-link.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { FrontSheetForm } from './front-sheet-form.tsx';
import { formatAuditInstant } from '@belonging/domain';
import { useTRPC, useFormErrors } from '@belonging/client';

/** A period's board paper front sheet and commentary: defaults from its report until saved. */
export function BoardPaperPage() {
  const { periodId = '' } = useParams();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const paper = useQuery(trpc.admin.boardPaper.get.queryOptions({ periodId }));
  usePageTitle(paper.data ? `Board paper ${paper.data.period.label}` : 'Board paper');
  const e = useFormErrors();
  const [saved, setSaved] = useState<{ changed: boolean } | null>(null);
  const save = useMutation(
    trpc.admin.boardPaper.save.mutationOptions({
      onSuccess: async (result) => {
        setSaved({ changed: result.changed });
        await queryClient.invalidateQueries(trpc.admin.boardPaper.pathFilter());
      },
      onError: (error) => {
        setSaved(null);
        e.fromServer(error);
      },
    }),
  );

  if (paper.isPending || paper.isError)
    return <QueryState error={paper.error} what="the board paper" />;
  const { period, ambitions, sheet, isDefault, updatedAt, updatedBy } = paper.data;
  return (
    <>
      <BackLink href="/periods" text="Back to reporting periods" Link={RouterLink} />
      <SuccessBanner id="board-paper-saved" focus>
        {saved ? (
          <p>
            {saved.changed
              ? `The front sheet for ${period.label} is saved.`
              : `Nothing had changed: the front sheet for ${period.label} is as it was.`}
          </p>
        ) : null}
      </SuccessBanner>
      <span className="nhsuk-caption-l">{period.label}</span>
      <h1>Board paper front sheet</h1>
      <p>
        The cover sheet and the executive lead’s commentary that go to the board with the{' '}
        {period.isLocked ? 'locked' : 'live'} report for {period.label}.
      </p>
      <InsetText>
        {isDefault ? (
          <p>Not saved yet: these answers are suggested from the report. Check them, then save.</p>
        ) : (
          <p>
            Last saved {updatedAt ? formatAuditInstant(updatedAt) : ''}
            {updatedBy ? ` by ${updatedBy}` : ''}.
          </p>
        )}
      </InsetText>
      <FrontSheetForm
        key={`${period.id}-${updatedAt ? String(updatedAt) : 'default'}`}
        initial={sheet}
        ambitions={ambitions}
        errors={e}
        submitText="Save the front sheet"
        pending={save.isPending}
        onSave={(checked) => {
          setSaved(null);
          save.mutate({ periodId: period.id, sheet: checked });
        }}
      />
    </>
  );
}
