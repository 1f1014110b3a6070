import { beijingDateOf } from '@core/time';

import type { ChannelsOf, SampleStatus } from '../ipc/contract';
import type { HandlerMap } from '../ipc/dispatcher';
import { Refusal } from '../ipc/refusal';
import { generateSample } from '../seed/sample-portfolio';
import type { DeskData } from '../store/desk-data';
import type { DeskStore, HandlerContext } from './context';
import { toWireSample } from './wire-records';

const holds = (store: DeskStore, data: Readonly<DeskData>) => ({
  partners: data.partners.length,
  cases: store.collection('cases').size,
  bookings: store.collection('bookings').size,
});

const isEmpty = (store: DeskStore, data: Readonly<DeskData>) => {
  const held = holds(store, data);
  return (
    held.partners + held.cases + held.bookings === 0 && data.subscriptions.length + data.charges.length + data.packs.length + data.consumption.length === 0
  );
};

function notEmpty(store: DeskStore, data: Readonly<DeskData>): Refusal {
  const held = holds(store, data);
  return new Refusal({
    code: 'SAMPLE_NOT_EMPTY',
    message: `Sample data can only be loaded into an empty desk; this one holds ${held.partners} partners, ${held.cases} cases and ${held.bookings} bookings, and nothing was changed.`,
    data: held,
  });
}

const NO_SAMPLE = () =>
  new Refusal({ code: 'NO_SAMPLE', message: 'The desk holds no sample data to remove; your own data is only removed one record at a time.', data: {} });
const BUSY = () => new Refusal({ code: 'SAMPLE_BUSY', message: 'The sample data is being loaded or removed already; wait for that to finish.', data: {} });

/** Emptied with the sample: everything the portfolio brought. Settings, price book and calendar stay. */
const withoutPortfolio = (data: Readonly<DeskData>): DeskData => ({
  ...data,
  partners: [],
  subscriptions: [],
  charges: [],
  packs: [],
  consumption: [],
  sample: null,
});

/**
 * A sample portfolio to explore, and its removal. `interrupted` is what start-up removed
 * of a load that never finished (see removeInterruptedSample), told to the user by sample/status.
 */
export function sampleHandlers(interrupted: SampleStatus['interrupted']): HandlerMap<ChannelsOf<'sample'>, HandlerContext> {
  // A second click while the first load or removal runs must not interleave with it.
  let busy = false;
  const exclusive = async <R>(work: () => Promise<R>): Promise<R> => {
    if (busy) throw BUSY();
    busy = true;
    try {
      return await work();
    } finally {
      busy = false;
    }
  };
  const status = (store: DeskStore): SampleStatus => {
    const { sample } = store.read();
    return { sample: sample && toWireSample(sample), empty: isEmpty(store, store.read()), interrupted };
  };

  return {
    'sample/status': (_request, { store }) => status(store),

    'sample/load': (_request, { store, services }) =>
      exclusive(async () => {
        if (!isEmpty(store, store.read())) throw notEmpty(store, store.read());
        const now = services.now();
        const sample = generateSample({ nowMs: now.getTime(), priceBook: store.read().priceBook });
        // Cases, bookings and desk.json with its mark are one commit: a crash or a full disk at any
        // moment leaves the whole sample or an empty desk, never cases without their partners.
        await store.transact((data, tx) => {
          if (!isEmpty(store, data)) throw notEmpty(store, data);
          const mark = {
            loadedAt: now.toISOString(),
            until: beijingDateOf(now.getTime()),
            partners: sample.desk.partners.length,
            cases: sample.cases.length,
            bookings: sample.bookings.length,
          };
          tx.putMany('cases', sample.cases);
          tx.putMany('bookings', sample.bookings);
          tx.setMain({ ...data, ...sample.desk, sample: mark });
        });
        return status(store);
      }),

    'sample/remove': (_request, { store }) =>
      exclusive(async () => {
        if (!store.read().sample) throw NO_SAMPLE();
        // A user may have added their own records among the sample's: keep everything first.
        await store.backupBefore('sample-removal');
        // One commit: the sample goes as a whole or stays as a whole.
        await store.transact((data, tx) => {
          if (!data.sample) throw NO_SAMPLE();
          tx.clear('cases');
          tx.clear('bookings');
          tx.setMain(withoutPortfolio(data));
        });
        return status(store);
      }),
  };
}
