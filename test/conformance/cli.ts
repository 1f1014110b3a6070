// npm run conformance -- [folder]   (default: ../shared/spec/cases from the project root)
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { runFolder } from './runner';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Prints the report and returns the exit code: non-zero on any failed case or unreadable file. */
export function main(args: readonly string[], write: (line: string) => void): number {
  const folder = args[0] ? resolve(args[0]) : resolve(projectRoot, '..', 'shared', 'spec', 'cases');
  const report = runFolder(folder);
  report.lines.forEach(write);
  write(`${report.passed} passed, ${report.failed} failed`);
  return report.failed > 0 || report.fileErrors > 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2), (line) => console.log(line));
}
