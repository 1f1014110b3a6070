import { Menu, type MenuItemConstructorOptions } from 'electron';

import type { MenuCommand } from '../ipc/contract';
import type { ShellText } from './shell-text';

/**
 * The usual roles, so copy/paste, zoom, reload and quit work as people expect, and a Help menu
 * whose About and Save Diagnostics… the page carries out (it has the words and the dialogs).
 */
export function installMenu(text: ShellText, actions: { run: (command: MenuCommand) => void; showLogs: () => void }): void {
  const isMac = process.platform === 'darwin';
  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: text.help,
    submenu: [
      { id: 'help-about', label: text.about, click: () => actions.run('about') },
      { id: 'help-save-diagnostics', label: text.saveDiagnostics, click: () => actions.run('save-diagnostics') },
      { id: 'help-show-logs', label: text.showLogs, click: actions.showLogs },
    ],
  };
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
    help,
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
