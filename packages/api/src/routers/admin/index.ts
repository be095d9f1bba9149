import { createTRPCRouter } from '../../trpc.ts';
import { adminActionRouter } from './action.ts';
import { adminAmbitionRouter } from './ambition.ts';
import { adminArchivedRouter } from './archived.ts';
import { adminBoardPaperRouter } from './board-paper.ts';
import { adminCommitmentRouter } from './commitment.ts';
import { adminEdsRouter } from './eds.ts';
import { adminEmailRouter } from './email.ts';
import { adminImportRouter } from './import.ts';
import { adminKpiRouter } from './kpi.ts';
import { adminLibraryRouter } from './library.ts';
import { adminMilestoneRouter } from './milestone.ts';
import { adminPeriodRouter } from './period.ts';
import { adminPublicationRouter } from './publication.ts';
import { adminSignInSettingsRouter } from './sign-in-settings.ts';
import { adminStrategyRouter } from './strategy.ts';
import { adminUserRouter } from './user.ts';
import { adminWorkforceRouter } from './workforce.ts';

/** The EDI team's administration: every procedure requires edi_admin in the caller's trust. */
export const adminRouter = createTRPCRouter({
  strategy: adminStrategyRouter,
  ambition: adminAmbitionRouter,
  commitment: adminCommitmentRouter,
  action: adminActionRouter,
  milestone: adminMilestoneRouter,
  kpi: adminKpiRouter,
  library: adminLibraryRouter,
  period: adminPeriodRouter,
  boardPaper: adminBoardPaperRouter,
  user: adminUserRouter,
  import: adminImportRouter,
  eds: adminEdsRouter,
  workforce: adminWorkforceRouter,
  archived: adminArchivedRouter,
  publication: adminPublicationRouter,
  signInSettings: adminSignInSettingsRouter,
  email: adminEmailRouter,
});
