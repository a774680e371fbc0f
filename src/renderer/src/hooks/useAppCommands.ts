import { useHotkeys } from '@mantine/hooks';
import { useCallback, useEffect } from 'react';
import { useNavigate } from 'react-router';
import type { EventPayload } from '../../../shared/ipc/events';
import { api } from '../api';
import { routes } from '../lib/routes';
import { focusGlobalSearch } from '../lib/shortcuts';
import { useCaseFileDialogs } from './useCaseFileDialogs';
import { useLock } from './useLock';
import { useSession } from './useSession';

type Command = EventPayload<'menu:command'>['command'];

/** One dispatcher for the application menu (menu:command) and the keyboard shortcuts. */
export function useAppCommands(): void {
  const navigate = useNavigate();
  const { summary } = useSession();
  const { lock } = useLock();
  const dialogs = useCaseFileDialogs();
  const unlocked = summary !== null;

  const run = useCallback(
    (command: Command) => {
      switch (command) {
        case 'open':
          return void dialogs.open();
        case 'new':
          return void dialogs.create();
        case 'lock':
          return unlocked ? void lock() : undefined;
        case 'search':
          return focusGlobalSearch();
        case 'verify':
        case 'backup':
          return unlocked ? void navigate(routes.overview, { state: { run: command } }) : undefined;
      }
    },
    [dialogs, lock, navigate, unlocked],
  );

  useEffect(() => api.on('menu:command', ({ command }) => run(command)), [run]);

  // Shortcuts also work while typing in a field: each one needs the Ctrl/⌘ key.
  useHotkeys(
    [
      ['mod+K', () => run('search')],
      // "New record" once records exist; with no case file open it starts a new case file.
      ['mod+N', () => (unlocked ? undefined : run('new'))],
      ['mod+L', () => run('lock')],
    ],
    [],
  );
}
