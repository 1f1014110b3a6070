import { buildDiagnostics } from '../diagnostics/archive';
import type { DiagnosticsSaved } from '../ipc/contract';
import type { HandlerContext } from './context';

/**
 * Help → Save diagnostics…: one archive a user can send when something goes wrong on their
 * laptop. Partner data goes in only when the user ticked "include my data".
 */
export async function saveDiagnostics(includeData: boolean, { store, services }: HandlerContext): Promise<DiagnosticsSaved> {
  const archive = await buildDiagnostics({
    dataDir: store.dir,
    logsDir: services.logsDir,
    about: services.runtime,
    includeData,
    now: services.now(),
  });
  const path = await services.saveFile(archive.fileName, archive.bytes, [{ name: 'Zip archive', extensions: ['zip'] }]);
  services.log.info(path ? `Diagnostics saved to ${path}` : 'Saving diagnostics was cancelled', { ...archive.summary, itemsInMemory: store.itemsInMemory() });
  return { path, ...archive.summary };
}
