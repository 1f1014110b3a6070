import type { HandlerMap } from '../ipc/dispatcher';
import type { HandlerContext } from './context';

export const appHandlers: HandlerMap<'app/status' | 'app/open-external' | 'app/copy-text' | 'app/notify' | 'app/save-pdf', HandlerContext> = {
  'app/status': (_request, { store, services }) => ({
    dataDir: store.dir,
    version: services.appVersion,
    notices: [...store.notices],
  }),
  'app/open-external': async ({ url }, { services }) => {
    await services.openExternal(url);
    return null;
  },
  'app/copy-text': async ({ text }, { services }) => {
    await services.copyText(text);
    return null;
  },
  'app/notify': async ({ title, body }, { services }) => {
    await services.notify(title, body);
    return null;
  },
  'app/save-pdf': async ({ suggestedName }, { services }) => ({ path: await services.savePagePdf(suggestedName) }),
};
