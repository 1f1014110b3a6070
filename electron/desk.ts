import { appHandlers } from './handlers/app';
import { bookingHandlers } from './handlers/bookings';
import { calendarHandlers } from './handlers/calendar';
import { caseHandlers } from './handlers/cases';
import { catalogHandlers } from './handlers/catalog';
import { consumptionHandlers } from './handlers/consumption';
import type { DeskStore, HandlerContext } from './handlers/context';
import { escalationHandlers } from './handlers/escalation';
import { handoverHandlers } from './handlers/handover';
import { partnerHandlers } from './handlers/partners';
import { priceBookHandlers } from './handlers/price-book';
import { prorationHandlers } from './handlers/proration';
import { quotaHandlers } from './handlers/quotas';
import { reportHandlers } from './handlers/reports';
import { sampleHandlers } from './handlers/sample';
import { searchHandlers } from './handlers/search';
import { settingsHandlers } from './handlers/settings';
import { slaHandlers } from './handlers/sla';
import { statementHandlers } from './handlers/statement';
import { subscriptionHandlers } from './handlers/subscriptions';
import { syncHandlers } from './handlers/sync';
import { todayHandlers } from './handlers/today';
import { contract } from './ipc/contract';
import { createDispatcher, registerHandlers } from './ipc/dispatcher';
import type { PlatformServices } from './ipc/services';
import { closeSearchIndex, searchIndexOf } from './search/search-index';
import { removeInterruptedSample } from './seed/sample-recovery';
import { bookingsCollection, casesCollection, type DeskCollections, type DeskData, deskFile } from './store/desk-data';
import type { FileSystem } from './store/durable-file';
import { openStore } from './store/store';
import { openDeskSync, type SyncNetwork } from './sync/desk-sync';
import { SYNC_DIR } from './sync/state';

export type Desk = {
  store: DeskStore;
  dispatch: ReturnType<typeof createDispatcher<HandlerContext>>;
  close: () => Promise<void>;
};

/**
 * Opens the data folder and builds the dispatcher over it. Nothing here imports electron, so
 * the integration and end-to-end tests run exactly this, with a temp folder, in plain Node.
 */
export async function openDesk(options: { dataDir: string; services: PlatformServices; fs?: FileSystem; syncNetwork?: SyncNetwork }): Promise<Desk> {
  const store = await openStore<DeskData, DeskCollections>({
    dir: options.dataDir,
    main: deskFile,
    collections: { cases: casesCollection, bookings: bookingsCollection },
    // Team sync's documents and state (electron/sync) are backed up with the rest.
    backupFolders: [SYNC_DIR],
    now: options.services.now,
    onNotice: (notice) => {
      options.services.log.error(`A damaged data file was set aside: ${notice.file}`, new Error(notice.reason));
      options.services.emit('app/data-notice', notice);
    },
    onBackupFailure: (error) => options.services.log.error('A backup taken while the app runs failed', error),
    ...(options.fs ? { fs: options.fs } : {}),
  });
  void store.backupDone.then((outcome) => {
    // A failed backup does not stop the app, but it must not go unnoticed.
    if (outcome instanceof Error) options.services.log.error('The daily backup failed', outcome);
  });
  const interrupted = await removeInterruptedSample(store, options.services.log);
  // Team sync: an engine only while the desk's sync state says it is on (tests pass an in-process network).
  const sync = await openDeskSync({
    store,
    services: options.services,
    dataDir: options.dataDir,
    ...(options.syncNetwork ? { network: options.syncNetwork } : {}),
  });
  const context: HandlerContext = { store, services: options.services };
  const dispatch = createDispatcher({
    contract,
    // One map per channel prefix, each in handlers/<prefix>.ts; a channel registered twice fails at start.
    handlers: registerHandlers<HandlerContext>(
      appHandlers,
      bookingHandlers,
      calendarHandlers,
      caseHandlers,
      catalogHandlers,
      consumptionHandlers,
      escalationHandlers,
      handoverHandlers,
      partnerHandlers,
      priceBookHandlers,
      prorationHandlers,
      quotaHandlers,
      reportHandlers,
      searchHandlers,
      sampleHandlers(interrupted),
      settingsHandlers,
      slaHandlers,
      statementHandlers,
      subscriptionHandlers,
      syncHandlers,
      todayHandlers,
    ),
    context,
    log: options.services.log,
  });
  // The search index loads a few seconds after the open, so the first search does not wait for it
  // and the first screen's reads do not wait for the index.
  const warmSearch = setTimeout(() => {
    searchIndexOf(store).ready.catch((error: unknown) => options.services.log.error('The search index could not be made', error));
  }, 3_000);
  warmSearch.unref();
  const close = async () => {
    clearTimeout(warmSearch);
    await closeSearchIndex(store);
    await sync.close();
    await store.close();
  };
  return { store, dispatch, close };
}
