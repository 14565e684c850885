// The preload exposes exactly the host bridge as window.akimatHost: each
// method is one ipcRenderer.invoke; nothing else of Electron reaches the page.
// Sandboxed preloads cannot import local modules at run time, so the bundler
// inlines the channel names.
import { contextBridge, ipcRenderer } from 'electron';
import type { HostBridge, UpdateState } from '../../shared/host/bridge';
import { CHANNELS } from '../core/ipc-channels';

const host: HostBridge = {
  appInfo: () => ipcRenderer.invoke(CHANNELS.appInfo),
  listPrinters: () => ipcRenderer.invoke(CHANNELS.listPrinters),
  printPdf: (request) => ipcRenderer.invoke(CHANNELS.printPdf, request),
  saveFile: (request) => ipcRenderer.invoke(CHANNELS.saveFile, request),
  previewPdf: (request) => ipcRenderer.invoke(CHANNELS.previewPdf, request),
  choosePrinter: (request) => ipcRenderer.invoke(CHANNELS.choosePrinter, request),
  backupNow: (request) => ipcRenderer.invoke(CHANNELS.backupNow, request),
  listBackups: () => ipcRenderer.invoke(CHANNELS.listBackups),
  restoreBackup: (id) => ipcRenderer.invoke(CHANNELS.restoreBackup, id),
  chooseBackupFolder: () => ipcRenderer.invoke(CHANNELS.chooseBackupFolder),
  onBackupDue: (listener) => {
    // The page gets no event object (it would carry the sender).
    const wrapped = () => listener();
    ipcRenderer.on(CHANNELS.backupDue, wrapped);
    return () => ipcRenderer.removeListener(CHANNELS.backupDue, wrapped);
  },
  configureUpdates: (feed) => ipcRenderer.invoke(CHANNELS.configureUpdates, feed),
  installUpdate: () => ipcRenderer.invoke(CHANNELS.installUpdate),
  onUpdateState: (listener) => {
    const wrapped = (_event: unknown, state: UpdateState) => listener(state);
    ipcRenderer.on(CHANNELS.updateState, wrapped);
    return () => ipcRenderer.removeListener(CHANNELS.updateState, wrapped);
  },
  logError: (entry) => ipcRenderer.invoke(CHANNELS.logError, entry),
  getSecret: (name) => ipcRenderer.invoke(CHANNELS.getSecret, name),
  setSecret: (name, value) => ipcRenderer.invoke(CHANNELS.setSecret, name, value),
};

contextBridge.exposeInMainWorld('akimatHost', host);
