import type { Language } from '../ipc/contract/settings';

/**
 * The few words main shows itself (native menu items, the box shown when the data cannot be
 * opened), in the language the user chose; the page words everything else.
 */
const TEXT = {
  en: {
    help: 'Help',
    about: 'About Partner Support Desk',
    saveDiagnostics: 'Save Diagnostics…',
    showLogs: 'Show Log Files',
    cannotOpen: 'Partner Support Desk cannot open its data',
    locked: (dir: string, pid: number, host: string | null) =>
      `The data folder ${dir} is already open in another Partner Support Desk${host ? ` on the computer ${host}` : pid > 0 ? ` (process ${pid})` : ''}. Close it there first, then start the app again. If no other window has it open, delete the file .lock in that folder.`,
    tooNew: (file: string, version: number) =>
      `${file} was written by a newer version of Partner Support Desk (data version ${version}). Install the newer version to open it; nothing was changed.`,
    unexpected: (reason: string) => `The data folder could not be opened: ${reason}. The details are in the log file.`,
  },
  'zh-CN': {
    help: '帮助',
    about: '关于伙伴支持工作台',
    saveDiagnostics: '保存诊断信息…',
    showLogs: '显示日志文件',
    cannotOpen: '伙伴支持工作台无法打开数据',
    locked: (dir: string, pid: number, host: string | null) =>
      `数据文件夹 ${dir} 已被另一个伙伴支持工作台窗口打开${host ? `（计算机 ${host}）` : pid > 0 ? `（进程 ${pid}）` : ''}。请先在那里关闭它，再重新启动应用。如果没有其他窗口打开它，请删除该文件夹中的 .lock 文件。`,
    tooNew: (file: string, version: number) => `${file} 由更新版本的伙伴支持工作台写入（数据版本 ${version}）。请安装新版本后再打开；未做任何更改。`,
    unexpected: (reason: string) => `无法打开数据文件夹：${reason}。详细信息已记录在日志文件中。`,
  },
} satisfies Record<Language, unknown>;

export type ShellText = (typeof TEXT)['en'];

export const shellText = (language: Language | null): ShellText => TEXT[language ?? 'en'];
