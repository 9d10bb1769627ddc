import browser from 'webextension-polyfill';
import { PACK_FORMATS, type Pack } from '../core/packs/pack.ts';
import { buildKnowledgeBase, type KnowledgeBase } from '../core/packs/knowledge-base.ts';
import { subscribedPacks } from './subscriptions.ts';

const BUNDLED = ['packs/outlets.json', 'packs/stories.json'];

/**
 * Loads the bundled packs and the last good version of each subscribed pack, once per worker life
 * (and again when subscriptions change); a bad pack is reported and skipped, the bundled ones
 * always load. Bundled packs were validated when the extension was built (build.mjs →
 * loadBundledPacks throws on any problem) and ship inside it, so only their header is checked
 * here: full validation costs ~17 ms per 1,000 articles (bench:match), paid on every worker start.
 * Subscribed packs are untrusted and validated (subscriptions.ts).
 */
export async function loadKnowledge(): Promise<{ kb: KnowledgeBase; problems: string[] }> {
  const packs: Pack[] = [];
  const problems: string[] = [];
  for (const path of BUNDLED) {
    try {
      const response = await fetch(browser.runtime.getURL(path));
      const pack: unknown = await response.json();
      const header = pack as Partial<Pack> | null;
      if (!header || !PACK_FORMATS.includes(header.format as number) || typeof header.id !== 'string') problems.push(`${path}: not a Backstory pack`);
      else packs.push(pack as Pack);
    } catch (e) {
      problems.push(`${path}: ${(e as Error).message}`);
    }
  }
  try {
    const subscribed = await subscribedPacks();
    packs.push(...subscribed.packs);
    problems.push(...subscribed.problems);
  } catch (e) {
    problems.push(`subscribed packs: ${(e as Error).message}`);
  }
  if (problems.length) console.warn('Backstory: packs left out:', problems);
  return { kb: buildKnowledgeBase(packs), problems };
}
