import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

import type { ChannelName, Envelope, RequestOf, ResultOf } from '@main/ipc/contract';
import type { DeskBridge } from '@main/preload/bridge';

import { SCREENS } from './electron-app';

/** What the page's globals look like from a test: tsconfig.node has no DOM types, so only what is used. */
type PageGlobals = {
  desk: DeskBridge;
  navigator: { language: string };
  open: (url: string) => unknown;
  document: {
    body: { append: (node: unknown) => void };
    createElement: (tag: 'a') => { href: string; textContent: string; style: Record<string, string> };
  };
};

/** The app's window as a user sees it, by roles and visible names, plus what its page can reach. */
export class DeskWindow {
  constructor(readonly page: Page) {}

  nav(name: string): Locator {
    return this.page.getByRole('navigation').getByRole('button', { name, exact: true });
  }

  heading(name: string): Locator {
    return this.page.getByRole('heading', { level: 1, name, exact: true });
  }

  /** Opens a view from the navigation; each view's heading is its navigation name. */
  async open(view: string): Promise<void> {
    await this.nav(view).click();
    await expect(this.heading(view)).toBeVisible();
  }

  async screenshot(name: string, target: Page | Locator = this.page): Promise<void> {
    await mkdir(SCREENS, { recursive: true });
    await target.screenshot({ path: join(SCREENS, name) });
  }

  /** The bridge's keys and whether Node's globals leaked into the page. */
  bridgeShape(): Promise<{ keys: string[]; invoke: string; on: string; require: string; process: string }> {
    return this.page.evaluate(() => {
      const { desk } = globalThis as unknown as PageGlobals;
      return { keys: Object.keys(desk).sort(), invoke: typeof desk.invoke, on: typeof desk.on, require: typeof require, process: typeof process };
    });
  }

  /** Calls main through the page's own bridge, as the renderer does; a refusal fails the test. */
  async invoke<C extends ChannelName>(channel: C, request: RequestOf<C>): Promise<ResultOf<C>> {
    const answer = (await this.page.evaluate(([name, body]) => (globalThis as unknown as PageGlobals).desk.invoke(name as C, body as RequestOf<C>), [
      channel,
      request,
    ] as const)) as Envelope<ResultOf<C>>;
    if (!answer.ok) throw new Error(`${channel} was refused: ${answer.error.code}: ${answer.error.message}`);
    return answer.data;
  }

  language(): Promise<string> {
    return this.page.evaluate(() => (globalThis as unknown as PageGlobals).navigator.language);
  }

  /** Puts a link to `href` on top of the page, where a click reaches it whatever the view. */
  async addLink(href: string, text: string): Promise<Locator> {
    await this.page.evaluate(
      ([url, label]) => {
        const { document } = globalThis as unknown as PageGlobals;
        const link = document.createElement('a');
        link.href = url;
        link.textContent = label;
        // Set through the CSSOM: the page's CSP refuses style attributes, not style properties.
        Object.assign(link.style, { position: 'fixed', top: '8px', left: '50%', zIndex: '10000', background: 'white', padding: '4px' });
        document.body.append(link);
      },
      [href, text] as const,
    );
    return this.page.getByRole('link', { name: text, exact: true });
  }

  /** window.open from the page; true when it answered null (the window was denied). */
  windowOpenDenied(url: string): Promise<boolean> {
    return this.page.evaluate((target) => (globalThis as unknown as PageGlobals).open(target) === null, url);
  }
}
