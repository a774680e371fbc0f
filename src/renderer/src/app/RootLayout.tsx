import { Box, Center, Loader } from '@mantine/core';
import { useEffect } from 'react';
import { Outlet, ScrollRestoration } from 'react-router';
import { api } from '../api';
import { useActivityReporter } from '../hooks/useActivityReporter';
import { useAppCommands } from '../hooks/useAppCommands';
import { useLock } from '../hooks/useLock';
import { useSession } from '../hooks/useSession';
import { useSettings } from '../hooks/useSettings';

/** Everything that listens app-wide: lock events, activity, menu and shortcuts. */
export function RootLayout() {
  const session = useSession();
  const settings = useSettings();
  const { onLocked } = useLock();
  const ready = session.loaded && settings.loaded;

  useEffect(() => api.on('casefile:locked', ({ reason }) => onLocked(reason)), [onLocked]);
  useActivityReporter(session.summary !== null);
  useAppCommands();

  return (
    <Box mih="100vh" data-testid={ready ? 'app-ready' : 'app-loading'}>
      <ScrollRestoration />
      {ready ? (
        <Outlet />
      ) : (
        <Center mih="100vh">
          <Loader size="sm" />
        </Center>
      )}
    </Box>
  );
}
