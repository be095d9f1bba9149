import { updatePeriodWindow } from '@belonging/db';
import { setStrategyEndYear } from '@belonging/db/testing';
import { DAY_MS } from '@belonging/domain';
import type { AuthzRow } from '../support/authz.ts';
import { DEMO, type ApiTestBed } from '../support/index.ts';
import { freshPeriod } from '../support/admin-fixtures.ts';

const EDI: AuthzRow['allowed'] = ['edi_admin'];

/** A fresh unlocked period whose update window opened a week ago and closes in a week. */
async function periodWithOpenWindow(bed: ApiTestBed) {
  const { id } = await freshPeriod(bed);
  const today = Date.UTC(
    new Date().getUTCFullYear(),
    new Date().getUTCMonth(),
    new Date().getUTCDate(),
  );
  await updatePeriodWindow(bed.db, id, {
    windowOpens: new Date(today - 7 * DAY_MS),
    windowCloses: new Date(today + 7 * DAY_MS),
  });
  return { id };
}

/**
 * The previewed year and plan, as the page sends them. Other rows add test periods after the
 * demo's, which can push the next year past the strategy's end; the end moves out so a plan exists.
 */
async function previewedYear(bed: ApiTestBed) {
  const admin = () => bed.callerAs(DEMO.admin);
  let plan = await (await admin()).admin.period.nextYearPreview();
  if (!plan.ok) {
    await setStrategyEndYear(bed.db, { organisationId: bed.organisationId, endYear: '2098/99' });
    plan = await (await admin()).admin.period.nextYearPreview();
  }
  return plan.ok ? { year: plan.year, planKey: plan.key } : { year: plan.year, planKey: '' };
}

/** Who may start a year and move a window now: the EDI team only. */
export const PERIOD_AUTHZ_ROWS: AuthzRow[] = [
  {
    path: 'admin.period.openWindow',
    allowed: EDI,
    input: async (bed) => ({ id: (await freshPeriod(bed)).id }),
  },
  {
    path: 'admin.period.closeWindow',
    allowed: EDI,
    input: async (bed) => ({ id: (await periodWithOpenWindow(bed)).id }),
  },
  { path: 'admin.period.nextYearPreview', allowed: EDI, input: () => undefined },
  { path: 'admin.period.startNextYear', allowed: EDI, input: previewedYear },
];
