import browser, { type Runtime } from 'webextension-polyfill';
import { buildReport, type Report } from '../core/report.ts';
import type { Article } from '../core/article/article.ts';
import { isMessage, type BadgeData, type ContentToBackground, type Handlers, type PopupToBackground, type TabReport } from '../messages.ts';
import { loadKnowledge } from './knowledge.ts';
import { watchSubscriptions } from './subscriptions.ts';
import { clearTab, getTab, patchTab, setTab } from './tab-state.ts';
import { showOnToolbar } from './toolbar.ts';
import { liveReport, readSettings } from './live.ts';
import { enabledSources, type Settings } from '../core/settings.ts';

// The worker can be stopped at any moment: listeners are registered synchronously at top level,
// and the knowledge base is rebuilt lazily behind one promise.
let knowledge: ReturnType<typeof loadKnowledge> | null = null;
const ready = () => (knowledge ??= loadKnowledge());
// A subscribed pack added, removed or refreshed: the next page rebuilds the knowledge base.
watchSubscriptions(() => {
  knowledge = null;
});

/** Bounds on what a content script may send: it runs beside an untrusted page. */
const MAX_PARAGRAPHS = 2000;
const MAX_TEXT = 2_000_000;

function boundedArticle(article: Article): Article {
  const paragraphs = article.paragraphs.slice(0, MAX_PARAGRAPHS).filter((p) => typeof p === 'string');
  let total = 0;
  const kept = paragraphs.filter((p) => (total += p.length) <= MAX_TEXT);
  const str = (v: unknown) => (typeof v === 'string' ? v.slice(0, 1000) : null);
  return {
    isArticle: article.isArticle === true,
    url: str(article.url),
    canonicalUrl: str(article.canonicalUrl),
    title: str(article.title),
    byline: str(article.byline),
    published: str(article.published),
    dateline: str(article.dateline),
    lang: str(article.lang),
    siteName: str(article.siteName),
    paragraphs: kept,
    quotes: article.quotes.slice(0, 1000).filter((q) => typeof q?.text === 'string' && Array.isArray(q.parts)),
  };
}

function badgesOf(report: Report): BadgeData[] {
  return report.quotes.map((q, index) => {
    const carriers = q.sources.filter((s) => s.relation === q.verdict);
    const variant = q.verdict === 'variant' ? carriers[0] : undefined;
    return {
      index,
      speaker: q.speaker,
      verdict: q.verdict,
      outlets: [...new Set(carriers.map((s) => s.outlet))],
      translations: q.translations,
      diff: variant?.diff ?? null,
      diffOutlet: variant?.outlet ?? null,
      earliest: q.earliest ? { outlet: q.earliest.outlet, published: q.earliest.published } : null,
    };
  });
}

// Content scripts speak for a web page (their sender URL is the page's); the popup and options are
// our own pages (their URL is the extension's, also when opened in a tab).
const isOwnPage = (sender: Runtime.MessageSender) => (sender.url ?? '').startsWith(browser.runtime.getURL(''));
async function addLive(tabId: number, report: Report, article: Article, kb: Parameters<typeof liveReport>[2], settings: Settings) {
  let extended: Awaited<ReturnType<typeof liveReport>> = null;
  let error: string | undefined;
  try {
    extended = await liveReport(report, article, kb, settings);
  } catch (e) {
    error = `Live sources failed: ${(e as Error).message}`;
  }
  const current = await getTab(tabId);
  // The tab moved on to another page meanwhile: this answer is for a page no longer shown.
  if (!current || current.report?.url !== report.url) return;
  await setTab(tabId, { ...current, report: extended ?? current.report, livePending: false, ...(error ? { error } : {}), updated: Date.now() });
  if (extended) await showOnToolbar(tabId, extended as unknown as Report);
}

const fromContent = (sender: Runtime.MessageSender) => sender.id === browser.runtime.id && sender.tab?.id !== undefined && !isOwnPage(sender);
const fromExtensionPage = (sender: Runtime.MessageSender) => sender.id === browser.runtime.id && isOwnPage(sender);

const contentHandlers = {
  async article(message, sender) {
    const tabId = sender.tab!.id!;
    try {
      const { kb } = await ready();
      const article = boundedArticle(message.article);
      const report = buildReport(article, kb, message.url);
      const settings = await readSettings();
      const livePending = enabledSources(settings).length > 0;
      await setTab(tabId, { state: 'ready', report, badges: 0, livePending, updated: Date.now() });
      await showOnToolbar(tabId, report);
      // Live sources (only those the user turned on) add to the report afterwards: the badges and
      // the pack-based report never wait for the network.
      if (livePending) void addLive(tabId, report, article, kb, settings);
      return { badges: badgesOf(report) };
    } catch (e) {
      await setTab(tabId, { state: 'error', report: null, badges: 0, error: (e as Error).message, updated: Date.now() });
      return { badges: [] };
    }
  },
  async 'not-article'(message, sender) {
    const tabId = sender.tab!.id!;
    await setTab(tabId, { state: 'not-article', report: null, badges: 0, timing: message.timing, updated: Date.now() });
    await showOnToolbar(tabId, null);
    return { ok: true as const };
  },
  async 'badges-rendered'(message, sender) {
    await patchTab(sender.tab!.id!, { badges: message.count, timing: message.timing });
    return { ok: true as const };
  },
} satisfies Handlers<ContentToBackground, Runtime.MessageSender>;

async function waitForReport(tabId: number, ms: number): Promise<TabReport | null> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const state = await getTab(tabId);
    if (state && state.state !== 'pending') return state;
    await new Promise((r) => setTimeout(r, 100));
  }
  return getTab(tabId);
}

const popupHandlers = {
  async 'get-report'(message) {
    const existing = await getTab(message.tabId);
    if (existing || !message.analyze) return existing ?? { state: 'unavailable', report: null, badges: 0, updated: Date.now() };
    // Not a known news site: the toolbar click granted activeTab, so read this page now.
    try {
      await setTab(message.tabId, { state: 'pending', report: null, badges: 0, updated: Date.now() });
      await browser.scripting.executeScript({
        target: { tabId: message.tabId },
        func: () => {
          (globalThis as { __backstoryForce?: boolean }).__backstoryForce = true;
        },
      });
      await browser.scripting.executeScript({ target: { tabId: message.tabId }, files: ['content.js'] });
      const state = await waitForReport(message.tabId, 5000);
      return state ?? { state: 'error', report: null, badges: 0, error: 'The page did not answer.', updated: Date.now() };
    } catch (e) {
      await clearTab(message.tabId);
      return { state: 'unavailable', report: null, badges: 0, error: (e as Error).message, updated: Date.now() };
    }
  },
} satisfies Handlers<PopupToBackground, Runtime.MessageSender>;

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!isMessage(message)) return undefined;
  if (message.type in contentHandlers) {
    if (!fromContent(sender)) return undefined;
    const handler = contentHandlers[message.type as keyof typeof contentHandlers] as (m: unknown, s: Runtime.MessageSender) => Promise<unknown>;
    return handler(message, sender);
  }
  if (message.type in popupHandlers) {
    if (!fromExtensionPage(sender)) return undefined;
    const handler = popupHandlers[message.type as keyof typeof popupHandlers] as (m: unknown, s: Runtime.MessageSender) => Promise<unknown>;
    return handler(message, sender);
  }
  return undefined;
});

browser.tabs.onRemoved.addListener((tabId) => {
  void clearTab(tabId);
});

browser.tabs.onUpdated.addListener((tabId, change) => {
  // A new document in the tab: the old report no longer applies (the content script sends a new one).
  if (change.status === 'loading' && change.url) void clearTab(tabId).then(() => showOnToolbar(tabId, null));
});

void ready();

// "Every site" mode: when the user grants all-sites access in the options, the content script is
// registered for every page; when they take it back, it is unregistered.
const EVERYWHERE_ID = 'backstory-everywhere';
async function syncEverywhere() {
  const granted = await browser.permissions.contains({ origins: ['*://*/*'] });
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [EVERYWHERE_ID] });
  if (granted && registered.length === 0)
    await browser.scripting.registerContentScripts([{ id: EVERYWHERE_ID, matches: ['*://*/*'], js: ['content.js'], runAt: 'document_idle', persistAcrossSessions: true }]);
  if (!granted && registered.length) await browser.scripting.unregisterContentScripts({ ids: [EVERYWHERE_ID] });
}
browser.permissions.onAdded.addListener(() => void syncEverywhere());
browser.permissions.onRemoved.addListener(() => void syncEverywhere());
