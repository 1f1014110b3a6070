import type { HandlerMap } from '../ipc/dispatcher';
import type { HandlerContext } from './context';

export const settingsHandlers: HandlerMap<'settings/get' | 'settings/update', HandlerContext> = {
  'settings/get': (_request, { store }) => store.read().settings,
  'settings/update': (changes, { store }) =>
    store.mutate((data) => {
      const settings = { ...data.settings, ...changes };
      return { next: { ...data, settings }, result: settings };
    }),
};
