import browser from 'webextension-polyfill';
import type { Pack } from '../core/packs/pack.ts';
import { validatePack } from '../core/packs/validate-pack.ts';
import { buildKnowledgeBase, type KnowledgeBase } from '../core/packs/knowledge-base.ts';
import { subscribedPacks } from './subscriptions.ts';

const BUNDLED = ['packs/outlets.json', 'packs/stories.json'];

/**
 * Loads and validates the bundled packs and the last good version of each subscribed pack, once
 * per worker life (and again when subscriptions change); a bad pack is reported and skipped, the
 * bundled ones always load.
 */
export async function loadKnowledge(): Promise<{ kb: KnowledgeBase; problems: string[] }> {
  const packs: Pack[] = [];
  const problems: string[] = [];
  for (const path of BUNDLED) {
    try {
      const response = await fetch(browser.runtime.getURL(path));
      const pack: unknown = await response.json();
      const found = validatePack(pack);
      if (found.length) problems.push(`${path}: ${found.slice(0, 5).map((p) => `${p.path} ${p.reason}`).join('; ')}`);
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
