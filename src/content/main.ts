import browser from 'webextension-polyfill';
import { isProbablyArticle } from '../core/article/is-probably-article.ts';
import { readArticle } from '../core/article/extract-article.ts';
import type { ContentToBackground } from '../messages.ts';
import { renderBadges, BADGE_TAG } from './badges.ts';

function send<K extends keyof ContentToBackground>(m: ContentToBackground[K]['request'] & { type: K }): Promise<ContentToBackground[K]['response']> {
  return browser.runtime.sendMessage(m) as Promise<ContentToBackground[K]['response']>;
}

const state = globalThis as typeof globalThis & { __backstory?: { rerun: (force: boolean) => void }; __backstoryForce?: boolean };

/** A page that loads its article late is checked again on DOM growth, this many times at most per address. */
const MAX_LATE_CHECKS = 10;

function start() {
  let controller = new AbortController();
  let lastUrl = location.href;
  let found = false;
  let lateChecks = 0;
  let running = false;

  async function run(force: boolean) {
    if (running) return;
    running = true;
    controller.abort();
    controller = new AbortController();
    const signal = controller.signal;
    // Our own time on the page, for the benchmark and the popup: the round trip to the worker is
    // left out (it runs in another process, not on the page's thread).
    const t0 = performance.now();
    let check = 0;
    let away = 0;
    const timing = () => ({ check, total: performance.now() - t0 - away });
    try {
      // Cheap check first: most pages on a news site (home, sections) are not articles.
      const probable = force || isProbablyArticle(document);
      check = performance.now() - t0;
      if (!probable) {
        await send({ type: 'not-article', url: location.href, timing: timing() });
        return;
      }
      // Our own badges are not page text.
      for (const old of Array.from(document.querySelectorAll(BADGE_TAG))) old.remove();
      const { article, blocks } = readArticle(document, { url: location.href });
      found = article.isArticle;
      if (!article.isArticle) {
        await send({ type: 'not-article', url: location.href, timing: timing() });
        return;
      }
      const sent = performance.now();
      const { badges } = await send({ type: 'article', article, url: location.href });
      away = performance.now() - sent;
      if (signal.aborted) return;
      const count = renderBadges(blocks.map((b) => b.element), article.quotes, badges, signal);
      await send({ type: 'badges-rendered', count, url: location.href, timing: timing() });
    } catch (e) {
      // The extension was reloaded or the page went away: nothing to show, nothing to break.
      console.debug('Backstory:', e);
    } finally {
      running = false;
    }
  }

  // SPA navigation and late-loading bodies: re-run, debounced, on URL change or substantial growth.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (location.href !== lastUrl) {
        lastUrl = location.href;
        found = false;
        lateChecks = 0;
        void run(false);
      } else if (!found && lateChecks < MAX_LATE_CHECKS && isProbablyArticle(document)) {
        lateChecks++;
        void run(false);
      }
    }, 600);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  addEventListener('popstate', () => void run(false));

  state.__backstory = { rerun: (force) => void run(force) };
  void run(state.__backstoryForce === true);
}

// Injected again by a toolbar click: read the page now, whatever the cheap check says.
if (state.__backstory) state.__backstory.rerun(true);
else start();
