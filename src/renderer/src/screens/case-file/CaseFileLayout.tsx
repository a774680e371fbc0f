import { AppShell } from '@mantine/core';
import { Navigate, Outlet } from 'react-router';
import { useSession } from '../../hooks/useSession';
import { routes } from '../../lib/routes';
import { CaseFileHeader } from './CaseFileHeader';
import { Sidebar } from './Sidebar';

/** Inside an unlocked case file: header, areas on the left, the area's screen. */
export function CaseFileLayout() {
  const { summary, lastLocked } = useSession();
  if (!summary) {
    const to = lastLocked ? routes.unlock(lastLocked.path, lastLocked.reason) : routes.welcome;
    return <Navigate to={to} replace />;
  }
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 232, breakpoint: 0 }} padding="lg">
      <AppShell.Header>
        <CaseFileHeader summary={summary} />
      </AppShell.Header>
      <AppShell.Navbar>
        <Sidebar />
      </AppShell.Navbar>
      <AppShell.Main bg="gray.1">
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
