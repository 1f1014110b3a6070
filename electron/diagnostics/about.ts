import { arch, platform, release } from 'node:os';

import type { RuntimeInfo } from '../ipc/contract/app';
import { CAPS } from './caps';

/**
 * What the shell knows of the app and the machine: the About box's RuntimeInfo (app version,
 * Electron, Chromium, Node, V8, OS line) and, where it has them, the OS's parts and the locale.
 * Parts not given are this process's own (node:os), which is the same machine.
 */
export type DiagnosticsAbout = RuntimeInfo & { platform?: string; release?: string; arch?: string; locale?: string };

/** A log file as copied: the tail of a long one. */
export type CopiedLog = { name: string; size: number; includedBytes: number };

/** A file the archive would have held but does not, and why (a cap, a failed read). */
export type LeftOut = { entry: string; reason: string };

export type AboutContext = {
  about: DiagnosticsAbout;
  now: Date;
  dataDir: string;
  logsDir: string;
  includedData: boolean;
  logs: { found: boolean; files: CopiedLog[] };
  leftOut: LeftOut[];
};

/** about.json: what a support engineer needs to know before reading the rest. */
export function aboutJson(context: AboutContext): object {
  const { about } = context;
  return {
    app: { name: 'Partner Support Desk', version: about.version },
    versions: { electron: about.electron, chromium: about.chromium, node: about.node, v8: about.v8 },
    os: {
      description: about.os,
      platform: about.platform ?? platform(),
      release: about.release ?? release(),
      arch: about.arch ?? arch(),
      locale: about.locale ?? null,
    },
    createdAt: context.now.toISOString(),
    dataDir: context.dataDir,
    // Partner data (desk.json, cases/, bookings/) is under data/ only when the user chose so.
    includedData: context.includedData,
    logs: { folder: context.logsDir, found: context.logs.found, files: context.logs.files },
    leftOut: context.leftOut,
    caps: CAPS,
  };
}

/** `partner-support-desk-diagnostics-2026-12-01T1530.zip`: UTC, to the minute, no colons (Windows forbids them). */
export function archiveFileName(now: Date): string {
  const iso = now.toISOString();
  return `partner-support-desk-diagnostics-${iso.slice(0, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}.zip`;
}
