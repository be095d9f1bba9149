import { findCurrentPublicationBySlug } from '@belonging/db';
import { createLeakRows, leaksIn, readPublicSecrets, testProviders } from '@belonging/db/testing';
import { ZPublicPayload } from '@belonging/domain';
import {
  publicBundle,
  publicCsv,
  renderAccessibilityStatement,
  renderProgressPage,
  servedLinks,
} from '@belonging/public-site';
import { readBundle } from '@belonging/public-site/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { anyPeriod } from '../test/support/fixtures.ts';
import { DEMO } from '../test/support/index.ts';
import { useApiTestBed } from '../test/support/use-api-test-bed.ts';
import { freshWorkforceUpload } from '../test/support/workforce-fixtures.ts';

const SLUG = 'demo-partnership';
const MARKER = 'Qx7leak';

// The leak test: with a period published, every unpublished period, draft, comment,
// narrative marked internal, item marked internal, person's email and suppressed cell is absent
// from every public response (the stored payload and everything rendered from it).
describe.each(testProviders())('nothing unpublished reaches the public, on %s', (provider) => {
  const { bed, admin } = useApiTestBed(provider);
  const secrets: string[] = [];
  const controls: string[] = [];
  let responses: Record<string, string> = {};
  let periodId = '';

  beforeAll(async () => {
    const api = await admin();
    const period = await anyPeriod(bed, true);
    periodId = period.id;
    const rows = await createLeakRows(bed.db, {
      organisationId: bed.organisationId,
      ownerId: await bed.userId(DEMO.owner),
      marker: MARKER,
      periodId,
    });
    const upload = await freshWorkforceUpload(bed, { asOf: '2026-03-31' });
    await api.admin.workforce.save({ id: upload.id, addKpiCodes: [] });
    const { result } = await api.admin.workforce.byId({ id: upload.id });

    secrets.push(
      ...(await readPublicSecrets(bed.db, {
        organisationId: bed.organisationId,
        periodId,
        workforceMeasures: result.measures,
        rows,
      })),
    );
    controls.push(...rows.controls);

    await api.admin.publication.publish({ periodId, workforceUploadId: upload.id, confirm: true });
    const publication = await findCurrentPublicationBySlug(bed.db, SLUG);
    if (!publication) throw new Error('The publication was stored');
    const payload = ZPublicPayload.parse(JSON.parse(publication.payload));
    const links = servedLinks(SLUG, 'v1');
    responses = {
      'stored payload': publication.payload,
      page: renderProgressPage(payload, { links, absoluteUrl: `https://example.test/p/${SLUG}` }),
      'accessibility statement': renderAccessibilityStatement(payload, links),
      csv: publicCsv(payload),
      ...Object.fromEntries(
        Object.entries(readBundle(publicBundle(payload))).map(([name, text]) => [
          `bundle ${name}`,
          text,
        ]),
      ),
    };
  });

  it('publishes the public controls, so their absence elsewhere means something', () => {
    for (const text of controls) {
      expect(responses['stored payload'], text).toContain(text);
      expect(responses.page, text).toContain(text);
    }
  });

  it('leaves every unpublished period, comment, internal item and narrative, email, name and suppressed cell out of every response', () => {
    expect(Object.keys(responses)).toEqual(
      expect.arrayContaining(['stored payload', 'page', 'accessibility statement', 'csv']),
    );
    expect(Object.keys(responses).filter((k) => k.startsWith('bundle ')).length).toBeGreaterThan(2);
    const leaks = leaksIn(responses, secrets);
    expect(leaks).toEqual([]);
  });

  it('answers nothing for the trust once unpublished, at once', async () => {
    await (await admin()).admin.publication.unpublish();
    expect(await findCurrentPublicationBySlug(bed.db, SLUG)).toBeNull();
  });
});
