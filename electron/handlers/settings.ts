import type { ChannelsOf } from '../ipc/contract';
import type { HandlerMap } from '../ipc/dispatcher';
import { Refusal } from '../ipc/refusal';
import { MAX_TABLES } from '../values/table-prefs';
import type { HandlerContext } from './context';
import { toWireSettings } from './wire-records';

export const settingsHandlers: HandlerMap<ChannelsOf<'settings'>, HandlerContext> = {
  'settings/get': (_request, { store }) => toWireSettings(store.read().settings),
  'settings/update': (changes, { store }) =>
    store.mutate((data) => {
      // Table choices merge per table, so saving one table's columns keeps the others'.
      const settings = { ...data.settings, ...changes, tables: { ...data.settings.tables, ...changes.tables } };
      // Each request is bounded, but merged they could grow past what settings may hold.
      if (Object.keys(settings.tables).length > MAX_TABLES) {
        throw new Refusal({
          code: 'INVALID_INPUT',
          rule: 'too-many-tables',
          field: 'tables',
          message: `Column choices are kept for at most ${MAX_TABLES} tables.`,
          data: { maximum: MAX_TABLES },
        });
      }
      return { next: { ...data, settings }, result: toWireSettings(settings) };
    }),
};
