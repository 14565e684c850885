// The application menu, in Kazakh with Russian after a slash (the shell has no
// language setting of its own; the renderer's screens are in the user's language).
import { app, dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { shellText, type ShellTextKey } from '../core/texts';

const label = (key: ShellTextKey) => `${shellText('kk', key)} / ${shellText('ru', key)}`;

export interface MenuActions {
  mainWindow: () => BrowserWindow | undefined;
  backupNow: () => void;
  chooseBackupFolder: () => void;
  openLogs: () => void;
  dataDir: string;
}

export function installMenu(actions: MenuActions): void {
  const template: MenuItemConstructorOptions[] = [
    {
      label: label('menuFile'),
      submenu: [
        { label: label('menuBackupNow'), click: actions.backupNow },
        { label: label('menuChooseBackupFolder'), click: actions.chooseBackupFolder },
        { type: 'separator' },
        { label: label('menuOpenLogs'), click: actions.openLogs },
        { type: 'separator' },
        { label: label('menuQuit'), role: 'quit' },
      ],
    },
    {
      label: label('menuView'),
      submenu: [
        { label: label('menuReload'), role: 'reload' },
        { type: 'separator' },
        { label: label('menuZoomIn'), role: 'zoomIn' },
        { label: label('menuZoomOut'), role: 'zoomOut' },
        { label: label('menuZoomReset'), role: 'resetZoom' },
      ],
    },
    {
      label: label('menuHelp'),
      submenu: [
        {
          label: label('menuAbout'),
          click: () => {
            const params = { name: shellText('kk', 'productName'), version: app.getVersion(), dataDir: actions.dataDir };
            const message = `${shellText('kk', 'aboutMessage', params)}\n\n${shellText('ru', 'aboutMessage', { ...params, name: shellText('ru', 'productName') })}`;
            const window = actions.mainWindow();
            const options = { type: 'info' as const, title: label('menuAbout'), message, buttons: [label('ok')] };
            void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
          },
        },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
