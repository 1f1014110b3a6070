import type { HandlerMap } from '../ipc/dispatcher';
import type { HandlerContext } from './context';

export const settingsHandlers: HandlerMap<'settings/get' | 'settings/update', HandlerContext> = {
  'settings/get': (_request, { store }) => store.read().settings,
  'settings/update': (changes, { store }) =>
    store.mutate((data) => {
      // Table choices merge per table, so saving one table's columns keeps the others'.
      const settings = { ...data.settings, ...changes, tables: { ...data.settings.tables, ...changes.tables } };
      return { next: { ...data, settings }, result: settings };
    }),
};
