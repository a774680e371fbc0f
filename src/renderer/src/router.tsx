import { createHashRouter, Navigate } from 'react-router';
import { RootLayout } from './app/RootLayout';
import { CaseFileLayout } from './screens/case-file/CaseFileLayout';
import { ComingSoonScreen } from './screens/case-file/ComingSoonScreen';
import { SearchScreen } from './screens/case-file/SearchScreen';
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
          { path: ':area', element: <ComingSoonScreen /> },
        ],
      },
      { path: '*', element: <Navigate to="/" replace /> },
    ],
  },
]);
