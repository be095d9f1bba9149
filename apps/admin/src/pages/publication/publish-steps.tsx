import { ZAdminPublicationPublishInput } from '@belonging/domain';
import { ErrorSummary, formatDay } from '@belonging/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ConfirmButtons } from '../../components/buttons.tsx';
import { ConfirmQuestion, useConfirmQuestion } from '../../components/confirm-question.tsx';
import { SelectField } from '../../components/fields.tsx';
import { PreviewFrame } from './preview-frame.tsx';
import { toErrorItems, useFormErrors, useTRPC } from '@belonging/client';

export type TLockedPeriod = { id: string; label: string };
export type TSavedUpload = { id: string; asOf: Date | string };

type TChoice = { periodId: string; workforceUploadId: string | null };

const uploadLabel = (u: TSavedUpload) => `Workforce figures as at ${formatDay(u.asOf)}`;

/**
 * Publishing in three steps: choose a locked quarter (and a saved workforce year), look at the
 * page exactly as the public will see it, then confirm. Nothing is public before the confirmation.
 */
export function PublishSteps({
  slug,
  periods,
  uploads,
  isReplacing,
  onPublished,
}: {
  slug: string;
  periods: TLockedPeriod[];
  uploads: TSavedUpload[];
  isReplacing: boolean;
  onPublished: (message: string) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const e = useFormErrors();
  const question = useConfirmQuestion();
  const [form, setForm] = useState({ periodId: periods[0]?.id ?? '', workforceUploadId: '' });
  const [previewing, setPreviewing] = useState<TChoice | null>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (previewing) previewHeading.current?.focus();
  }, [previewing]);

  const publish = useMutation(
    trpc.admin.publication.publish.mutationOptions({
      onSuccess: async (published) => {
        question.close();
        setPreviewing(null);
        onPublished(
          `The public progress page for ${published.payload.period.label} is published. Anyone can read it now.`,
        );
        await queryClient.invalidateQueries(trpc.admin.publication.pathFilter());
      },
      onError: (error) => {
        // Back to the choice, so the error summary's links reach the fields it names.
        question.close();
        setPreviewing(null);
        e.fromServer(error);
      },
    }),
  );

  const heading = isReplacing ? 'Publish a newer page' : 'Publish the page';
  if (periods.length === 0) {
    return (
      <section aria-labelledby="publish-heading">
        <h2 id="publish-heading">{heading}</h2>
        <p>No quarter is locked yet, and only a locked quarter’s snapshot can be published.</p>
        <p>
          Lock a quarter’s snapshot on the <Link to="/periods">Periods page</Link> first.
        </p>
      </section>
    );
  }

  const period = periods.find((p) => p.id === previewing?.periodId);
  const upload = uploads.find((u) => u.id === previewing?.workforceUploadId);
  const choose = (event: FormEvent) => {
    event.preventDefault();
    const choice = { periodId: form.periodId, workforceUploadId: form.workforceUploadId || null };
    const checked = e.check(ZAdminPublicationPublishInput.safeParse({ ...choice, confirm: true }));
    if (checked) setPreviewing(choice);
  };

  return (
    <section aria-labelledby="publish-heading">
      <h2 id="publish-heading">{heading}</h2>
      <ErrorSummary errors={toErrorItems(e.errors)} description={e.message ?? undefined} />
      {previewing && period ? (
        <>
          <h3 tabIndex={-1} ref={previewHeading}>
            Preview: what the public will see
          </h3>
          <p>
            This is the page exactly as it will be published for {period.label}
            {upload
              ? `, with the ${uploadLabel(upload).toLowerCase()}`
              : ', without workforce figures'}
            . Nothing is public until you publish it.
          </p>
          <PreviewFrame slug={slug} choice={previewing} periodLabel={period.label} />
          {question.confirming ? (
            <ConfirmQuestion heading="Publish this page?" headingRef={question.questionRef}>
              <p>
                Everyone on the internet will be able to read it.
                {isReplacing ? ' It replaces the page published now.' : ''}
              </p>
              <ConfirmButtons
                text="Yes, publish this page"
                pending={publish.isPending}
                onConfirm={() => publish.mutate({ ...previewing, confirm: true })}
                cancel={question.cancel}
              />
            </ConfirmQuestion>
          ) : (
            <div className="bt-actions">
              <button
                className="nhsuk-button"
                type="button"
                ref={question.buttonRef}
                onClick={question.open}
              >
                Publish this page
              </button>
              <button
                className="nhsuk-button nhsuk-button--secondary"
                type="button"
                onClick={() => setPreviewing(null)}
              >
                Choose again
              </button>
            </div>
          )}
        </>
      ) : (
        <form onSubmit={choose} noValidate>
          <SelectField
            name="periodId"
            label="Quarter"
            hint="Only locked quarters are listed: their snapshot is what the board saw and no longer changes."
            value={form.periodId}
            onChange={(periodId) => setForm({ ...form, periodId })}
            options={periods.map((p) => ({ value: p.id, label: p.label }))}
            error={e.errors.periodId}
          />
          <SelectField
            name="workforceUploadId"
            label="Workforce figures (optional)"
            hint="A saved workforce year adds its WRES, WDES and pay-gap summaries. Small numbers stay hidden."
            value={form.workforceUploadId}
            onChange={(workforceUploadId) => setForm({ ...form, workforceUploadId })}
            options={[
              { value: '', label: uploads.length ? 'None' : 'None: no workforce year is saved' },
              ...uploads.map((u) => ({ value: u.id, label: uploadLabel(u) })),
            ]}
            error={e.errors.workforceUploadId}
          />
          <button className="nhsuk-button" type="submit">
            Preview the page
          </button>
        </form>
      )}
    </section>
  );
}
