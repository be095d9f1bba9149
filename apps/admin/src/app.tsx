import { Route, Routes } from 'react-router';
import { AdminLayout } from './components/admin-layout.tsx';
import { RequireAdmin } from './components/require-admin.tsx';
import { AuditPage } from './pages/audit/audit-page.tsx';
import { EdsPage } from './pages/eds/eds-page.tsx';
import { EmailPage } from './pages/emails/email-page.tsx';
import { EmailSettingsPage } from './pages/emails/email-settings-page.tsx';
import { EmailsPage } from './pages/emails/emails-page.tsx';
import { HomePage } from './pages/home-page.tsx';
import { ImportPage } from './pages/import/import-page.tsx';
import { KpiEditPage } from './pages/kpis/kpi-edit-page.tsx';
import { KpiNewPage } from './pages/kpis/kpi-new-page.tsx';
import { KpisPage } from './pages/kpis/kpis-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { PeoplePage } from './pages/people/people-page.tsx';
import { PersonPage } from './pages/people/person-page.tsx';
import { PublicationPage } from './pages/publication/publication-page.tsx';
import { BoardPaperPage } from './pages/periods/board-paper-page.tsx';
import { PeriodLockPage } from './pages/periods/period-lock-page.tsx';
import { NextYearPage } from './pages/periods/next-year-page.tsx';
import { PeriodsPage } from './pages/periods/periods-page.tsx';
import { ActionPage } from './pages/strategy/action-page.tsx';
import { AmbitionPage } from './pages/strategy/ambition-page.tsx';
import { ArchivePage } from './pages/strategy/archive-page.tsx';
import { ArchivedPage } from './pages/strategy/archived-page.tsx';
import { RestorePage } from './pages/strategy/restore-page.tsx';
import { CommitmentPage } from './pages/strategy/commitment-page.tsx';
import { StrategyPage } from './pages/strategy/strategy-page.tsx';
import { StrategySettingsPage } from './pages/strategy/strategy-settings-page.tsx';
import { SignInSettingsPage } from './pages/sign-in-settings/sign-in-settings-page.tsx';
import { WorkforcePage } from './pages/workforce/workforce-page.tsx';

/** Every page sits behind the EDI-team guard; the guard decides before any page asks the API. */
export function App() {
  return (
    <AdminLayout>
      <RequireAdmin>
        <Routes>
          <Route index element={<HomePage />} />
          <Route path="strategy" element={<StrategyPage />} />
          <Route path="strategy/settings" element={<StrategySettingsPage />} />
          <Route path="strategy/ambitions/new" element={<AmbitionPage />} />
          <Route path="strategy/ambitions/:ambitionId" element={<AmbitionPage />} />
          <Route path="strategy/commitments/new" element={<CommitmentPage />} />
          <Route path="strategy/commitments/:commitmentId" element={<CommitmentPage />} />
          <Route path="strategy/actions/new" element={<ActionPage />} />
          <Route path="strategy/actions/:actionId" element={<ActionPage />} />
          <Route path="strategy/archive/:kind/:id" element={<ArchivePage />} />
          <Route path="strategy/archived" element={<ArchivedPage />} />
          <Route path="strategy/archived/:kind/:id" element={<RestorePage />} />
          <Route path="kpis" element={<KpisPage />} />
          <Route path="kpis/new" element={<KpiNewPage />} />
          <Route path="kpis/:kpiId" element={<KpiEditPage />} />
          <Route path="import" element={<ImportPage />} />
          <Route path="workforce" element={<WorkforcePage />} />
          <Route path="periods" element={<PeriodsPage />} />
          <Route path="periods/next-year" element={<NextYearPage />} />
          <Route path="periods/:periodId/lock" element={<PeriodLockPage />} />
          <Route path="periods/:periodId/board-paper" element={<BoardPaperPage />} />
          <Route path="people" element={<PeoplePage />} />
          <Route path="people/:userId" element={<PersonPage />} />
          <Route path="eds" element={<EdsPage />} />
          <Route path="audit" element={<AuditPage />} />
          <Route path="sign-in-settings" element={<SignInSettingsPage />} />
          <Route path="emails" element={<EmailsPage />} />
          <Route path="emails/settings" element={<EmailSettingsPage />} />
          <Route path="emails/:emailId" element={<EmailPage />} />
          <Route path="publication" element={<PublicationPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </RequireAdmin>
    </AdminLayout>
  );
}
