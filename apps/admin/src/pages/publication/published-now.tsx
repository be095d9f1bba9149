import { ErrorSummary, SummaryList, formatDateTime, formatDay } from '@belonging/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ConfirmButtons } from '../../components/buttons.tsx';
import { ConfirmQuestion, useConfirmQuestion } from '../../components/confirm-question.tsx';
import { publicPagePath } from './public-links.ts';
import { describeServerError, useReportErrorSummary, useTRPC } from '@belonging/client';

export type TPublished = {
  periodLabel: string | null;
  publishedAt: Date | string;
  publishedBy: { name: string };
  payload: {
    period: { label: string; startDate: string; endDate: string };
    workforce: { asOf: string } | null;
  };
};

/** What the public can read now, who published it and when, and taking it down. */
export function PublishedNow({
  slug,
  published,
  onUnpublished,
}: {
  slug: string;
  published: TPublished | null;
  onUnpublished: (message: string) => void;
}) {
  const path = publicPagePath(slug);
  return (
    <section aria-labelledby="published-heading">
      <h2 id="published-heading">Published now</h2>
      {published ? (
        <>
          <SummaryList
            rows={[
              {
                key: 'Period covered',
                value: `${published.payload.period.label} (${formatDay(published.payload.period.startDate)} to ${formatDay(published.payload.period.endDate)})`,
              },
              { key: 'Published on', value: formatDateTime(published.publishedAt) },
              { key: 'Published by', value: published.publishedBy.name },
              {
                key: 'Workforce figures',
                value: published.payload.workforce
                  ? `As at ${formatDay(published.payload.workforce.asOf)}`
                  : 'None',
              },
            ]}
          />
          <p>
            <a href={path}>Open the public page at {path}</a>
          </p>
          <Unpublish path={path} onUnpublished={onUnpublished} />
        </>
      ) : (
        <p>
          Nothing is published. The public page at {path} answers “page not found” until you publish
          one.
        </p>
      )}
    </section>
  );
}

function Unpublish({
  path,
  onUnpublished,
}: {
  path: string;
  onUnpublished: (message: string) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const question = useConfirmQuestion();
  const [problem, setProblem] = useState<string | null>(null);
  useReportErrorSummary(problem !== null);
  const unpublish = useMutation(
    trpc.admin.publication.unpublish.mutationOptions({
      onSuccess: async () => {
        question.close();
        onUnpublished(
          `The public progress page is unpublished. ${path} now answers “page not found”.`,
        );
        await queryClient.invalidateQueries(trpc.admin.publication.pathFilter());
      },
      onError: (error) => {
        question.close();
        setProblem(describeServerError(error).message);
      },
    }),
  );
  return (
    <>
      <ErrorSummary errors={[]} description={problem ?? undefined} />
      {question.confirming ? (
        <ConfirmQuestion heading="Unpublish the public page?" headingRef={question.questionRef}>
          <p>
            Nobody outside the trust will be able to read it: {path} answers “page not found” at
            once. You can publish again at any time.
          </p>
          <ConfirmButtons
            text="Yes, unpublish the page"
            pending={unpublish.isPending}
            onConfirm={() => unpublish.mutate()}
            cancel={question.cancel}
          />
        </ConfirmQuestion>
      ) : (
        <button
          className="nhsuk-button nhsuk-button--warning"
          type="button"
          ref={question.buttonRef}
          onClick={() => {
            setProblem(null);
            question.open();
          }}
        >
          Unpublish the page
        </button>
      )}
    </>
  );
}
