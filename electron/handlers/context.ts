import type { PlatformServices } from '../ipc/services';
import type { DeskCollections, DeskData } from '../store/desk-data';
import type { Store } from '../store/store';

export type DeskStore = Store<DeskData, DeskCollections>;

/** What every handler gets: the store and the platform services. */
export type HandlerContext = { store: DeskStore; services: PlatformServices };
