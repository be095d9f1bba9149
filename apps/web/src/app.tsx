import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { RequireRole, RequireSignIn } from './components/guards.tsx';
import { Layout } from './components/layout.tsx';
import { Loading, NotFound } from './components/messages.tsx';
import { landingFor } from './lib/roles.ts';
import { useMe } from './lib/use-me.ts';
import { SignInPage } from './pages/sign-in-page.tsx';

// Each page is its own chunk, so the board report loads only what it draws.
const lazyPage = (load: () => Promise<ComponentType>) =>
  lazy(async () => ({ default: await load() }));
const MyActionsPage = lazyPage(() =>
  import('./pages/my-actions-page.tsx').then((m) => m.MyActionsPage),
);
const ActionPage = lazyPage(() =>
  import('./pages/action/action-page.tsx').then((m) => m.ActionPage),
);
const UpdatePage = lazyPage(() =>
  import('./pages/action/update-page.tsx').then((m) => m.UpdatePage),
);
const CompleteMilestonePage = lazyPage(() =>
  import('./pages/action/complete-milestone-page.tsx').then((m) => m.CompleteMilestonePage),
);
const KpiListPage = lazyPage(() =>
  import('./pages/kpi/kpi-list-page.tsx').then((m) => m.KpiListPage),
);
const KpiPage = lazyPage(() => import('./pages/kpi/kpi-page.tsx').then((m) => m.KpiPage));
const BoardReportPage = lazyPage(() =>
  import('./pages/report/board-report-page.tsx').then((m) => m.BoardReportPage),
);
const StrategyPage = lazyPage(() =>
  import('./pages/strategy/strategy-page.tsx').then((m) => m.StrategyPage),
);
const HelpPage = lazyPage(() => import('./pages/help/help-page.tsx').then((m) => m.HelpPage));
const ChangePasswordPage = lazyPage(() =>
  import('./pages/change-password-page.tsx').then((m) => m.ChangePasswordPage),
);
const SettingsPage = lazyPage(() =>
  import('./pages/settings/settings-page.tsx').then((m) => m.SettingsPage),
);

function show(Page: LazyExoticComponent<ComponentType>) {
  return (
    <Suspense fallback={<Loading />}>
      <Page />
    </Suspense>
  );
}

function Home() {
  const me = useMe();
  return <Navigate to={landingFor(me.data?.roles ?? [])} replace />;
}

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path="sign-in" element={<SignInPage />} />
        <Route path="help" element={show(HelpPage)} />
        <Route element={<RequireSignIn />}>
          <Route index element={<Home />} />
          <Route
            path="actions"
            element={
              <RequireRole roles={['executive_owner']} page="My actions">
                {show(MyActionsPage)}
              </RequireRole>
            }
          />
          <Route path="actions/:actionId" element={show(ActionPage)} />
          <Route path="actions/:actionId/update" element={show(UpdatePage)} />
          <Route
            path="actions/:actionId/milestones/:milestoneId/complete"
            element={show(CompleteMilestonePage)}
          />
          <Route path="kpis" element={show(KpiListPage)} />
          <Route path="kpis/:kpiId" element={show(KpiPage)} />
          <Route path="report" element={show(BoardReportPage)} />
          <Route path="strategy" element={show(StrategyPage)} />
          <Route path="change-password" element={show(ChangePasswordPage)} />
          <Route path="settings" element={show(SettingsPage)} />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Route>
    </Routes>
  );
}
