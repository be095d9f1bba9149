import {
  loadPublicationSources,
  type Actor,
  type DbClient,
  type TPublicationRefusal,
} from '@belonging/db';
import { buildPublicPayload, type TPublicBuildInput, type TPublicPayload } from '@belonging/domain';
import { ApiError } from '../../errors.ts';

export type TPublicationChoice = {
  /** A locked period of the trust's current strategy. */
  periodId: string;
  /** A saved workforce upload of the trust, or none. */
  workforceUploadId?: string | null;
};

function refusalError(refusal: TPublicationRefusal, periodLabel: string | null): ApiError {
  const field = (code: ApiError['code'], name: string, message: string) =>
    new ApiError(code, message, { [name]: [message] });
  switch (refusal) {
    case 'period_not_found':
      return field('NOT_FOUND', 'periodId', 'That reporting period does not exist in your trust.');
    case 'period_not_locked':
      return field(
        'BAD_REQUEST',
        'periodId',
        `${periodLabel ?? 'That period'} is not locked yet: only a locked quarter's board snapshot can be published.`,
      );
    case 'upload_not_found':
      return field(
        'NOT_FOUND',
        'workforceUploadId',
        'That workforce upload does not exist in your trust.',
      );
    case 'upload_not_saved':
      return field(
        'BAD_REQUEST',
        'workforceUploadId',
        'That workforce year has not been saved to the KPIs: save it first, or publish without it.',
      );
    case 'no_strategy':
      return new ApiError('NOT_FOUND', 'Your trust has no strategy to publish yet.');
  }
}

/**
 * A publication's sources for the actor's trust, or the refusal of a choice that cannot be
 * published (a period not locked, a workforce year not saved) as a field error.
 */
export async function readPublicationSources(
  db: DbClient,
  actor: Actor,
  choice: TPublicationChoice,
): Promise<Omit<TPublicBuildInput, 'publishedAt'>> {
  const sources = await loadPublicationSources(db, {
    organisationId: actor.organisationId,
    periodId: choice.periodId,
    workforceUploadId: choice.workforceUploadId ?? null,
  });
  if ('refusal' in sources) throw refusalError(sources.refusal, sources.periodLabel);
  return sources.input;
}

/**
 * Exactly what the public would see if `actor` (an EDI admin) published this choice now: the
 * payload is built live and nothing is written. Throws an ApiError (BAD_REQUEST with field errors)
 * for an unlocked period or an unsaved upload, NOT_FOUND for another trust's ids.
 */
export async function buildPublicationPreview(
  db: DbClient,
  actor: Actor,
  choice: TPublicationChoice,
  now: Date = new Date(),
): Promise<TPublicPayload> {
  const sources = await readPublicationSources(db, actor, choice);
  return buildPublicPayload({ ...sources, publishedAt: now });
}
