import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { RouterProvider } from 'react-router';
import { ConfirmProvider } from './app/ConfirmProvider';
import { SessionProvider } from './app/SessionProvider';
import { SettingsProvider } from './app/SettingsProvider';
import { router } from './router';
import { theme } from './theme';

export function App() {
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <Notifications position="bottom-right" limit={4} />
      <ConfirmProvider>
        <SettingsProvider>
          <SessionProvider>
            <RouterProvider router={router} />
          </SessionProvider>
        </SettingsProvider>
      </ConfirmProvider>
    </MantineProvider>
  );
}
