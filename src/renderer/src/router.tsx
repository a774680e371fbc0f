import { createHashRouter, Navigate } from 'react-router';
import { RootLayout } from './app/RootLayout';
import { CaseFileLayout } from './screens/case-file/CaseFileLayout';
import { ComingSoonScreen } from './screens/case-file/ComingSoonScreen';
import { SearchScreen } from './screens/case-file/SearchScreen';
import { CaseJournalTab } from './screens/cases/CaseJournalTab';
import { CaseOverviewTab } from './screens/cases/CaseOverviewTab';
import { CaseScreen } from './screens/cases/CaseScreen';
import { CasesListScreen } from './screens/cases/CasesListScreen';
import { ComingLaterTab } from './screens/cases/ComingLaterTab';
import { CreateScreen } from './screens/create/CreateScreen';
import { OverviewScreen } from './screens/overview/OverviewScreen';
import { PublicLayout } from './screens/public/PublicLayout';
import { RecoverScreen } from './screens/recover/RecoverScreen';
import { SettingsScreen } from './screens/settings/SettingsScreen';
import { UnlockScreen } from './screens/unlock/UnlockScreen';
import { WelcomeScreen } from './screens/welcome/WelcomeScreen';

/** Hash routes: the app is loaded from file://, where paths beyond index.html do not exist. */
export const router = createHashRouter([
  {
    element: <RootLayout />,
    children: [
      {
        element: <PublicLayout />,
        children: [
          { index: true, element: <WelcomeScreen /> },
          { path: 'create', element: <CreateScreen /> },
          { path: 'unlock', element: <UnlockScreen /> },
          { path: 'recover', element: <RecoverScreen /> },
        ],
      },
      {
        path: 'case-file',
        element: <CaseFileLayout />,
        children: [
          { index: true, element: <Navigate to="overview" replace /> },
          { path: 'overview', element: <OverviewScreen /> },
          { path: 'settings', element: <SettingsScreen /> },
          { path: 'search', element: <SearchScreen /> },
          { path: 'cases', element: <CasesListScreen /> },
          {
            // A case's tabs are child routes: swap a ComingLaterTab for the real screen, which
            // reads the case with useCaseContext() (screens/cases/case-context.ts).
            path: 'cases/:caseId',
            element: <CaseScreen />,
            children: [
              { index: true, element: <CaseOverviewTab /> },
              { path: 'journal', element: <CaseJournalTab /> },
              { path: 'parties', element: <ComingLaterTab tab="parties" /> },
              { path: 'seizures', element: <ComingLaterTab tab="seizures" /> },
              { path: 'objects', element: <ComingLaterTab tab="objects" /> },
            ],
          },
          { path: ':area', element: <ComingSoonScreen /> },
        ],
      },
      { path: '*', element: <Navigate to="/" replace /> },
    ],
  },
]);
