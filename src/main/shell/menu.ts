import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { TFunction } from 'i18next';
import type { EventPayload } from '../../shared/ipc/events';

type MenuCommand = EventPayload<'menu:command'>['command'];

/** The application menu; commands go to the renderer, which runs them like its own buttons. */
export function buildMenu(t: TFunction, run: (command: MenuCommand) => void, isMac: boolean): Menu {
  const item = (
    label: string,
    command: MenuCommand,
    accelerator?: string,
  ): MenuItemConstructorOptions => ({
    label,
    click: () => run(command),
    ...(accelerator ? { accelerator } : {}),
  });
  const template: MenuItemConstructorOptions[] = [
    {
      label: t('menu.file'),
      submenu: [
        item(t('menu.newCaseFile'), 'new', 'CmdOrCtrl+N'),
        item(t('menu.openCaseFile'), 'open', 'CmdOrCtrl+O'),
        { type: 'separator' },
        item(t('menu.lock'), 'lock', 'CmdOrCtrl+L'),
        item(t('menu.verify'), 'verify'),
        item(t('menu.backup'), 'backup'),
        { type: 'separator' },
        { role: 'quit', label: t('menu.quit') },
      ],
    },
    { label: t('menu.edit'), role: 'editMenu' },
    {
      label: t('menu.view'),
      submenu: [
        item(t('menu.search'), 'search', 'CmdOrCtrl+K'),
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { label: t('menu.help'), submenu: [{ role: 'about', label: t('menu.about') }] },
  ];
  if (isMac) template.unshift({ role: 'appMenu' });
  return Menu.buildFromTemplate(template);
}
