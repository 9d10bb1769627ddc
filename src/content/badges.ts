import type { BadgeData } from '../messages.ts';
import type { Quote } from '../core/quotes/quote.ts';
import { BADGE_CSS } from './badge-style.ts';
import { blockTexts, locateQuoteEnd } from './anchor.ts';

export const BADGE_TAG = 'backstory-badge';

const VERDICT_TEXT: Record<BadgeData['verdict'], (n: number) => string> = {
  verbatim: (n) => `Same words in ${n} other report${n === 1 ? '' : 's'}`,
  variant: (n) => `Other words in ${n} other report${n === 1 ? '' : 's'}`,
  uncorroborated: () => 'No other report we know carries these words',
};
const SYMBOL: Record<BadgeData['verdict'], string> = { verbatim: '✓', variant: '≈', uncorroborated: '?' };

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, props: { class?: string; text?: string } = {}, ...children: Node[]): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (props.class) node.className = props.class;
  if (props.text !== undefined) node.textContent = props.text;
  node.append(...children);
  return node;
}

const day = (d: string | null) => (d ? new Date(d.slice(0, 10) + 'T00:00:00Z').toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }) : '');

/** One badge: a button in a closed shadow root; its card opens on hover and keyboard focus. */
function makeBadge(doc: Document, data: BadgeData, signal: AbortSignal): HTMLElement {
  const host = doc.createElement(BADGE_TAG);
  const root = host.attachShadow({ mode: 'closed' });
  const style = el(doc, 'style', { text: BADGE_CSS });
  const wrap = el(doc, 'span', { class: data.verdict });
  const speaker = data.speaker ?? 'Speaker not named';
  const verdict = VERDICT_TEXT[data.verdict](data.outlets.length);
  const button = el(doc, 'button', { text: `${SYMBOL[data.verdict]} ${data.speaker ? data.speaker.split(' ').slice(-1)[0] : 'quote'}` });
  button.setAttribute('aria-label', `Backstory: quote by ${speaker}. ${verdict}.`);
  button.setAttribute('aria-expanded', 'false');
  const card = el(doc, 'div', { class: 'card' });
  card.setAttribute('role', 'tooltip');
  card.append(el(doc, 'div', { class: 'speaker', text: speaker }), el(doc, 'div', { class: 'verdict' }, el(doc, 'b', { text: verdict })));
  if (data.outlets.length) card.append(el(doc, 'ul', {}, ...data.outlets.slice(0, 6).map((o) => el(doc, 'li', { text: o }))));
  if (data.outlets.length > 6) card.append(el(doc, 'div', { class: 'muted', text: `and ${data.outlets.length - 6} more` }));
  if (data.diff && data.diffOutlet) {
    const diff = el(doc, 'div', { class: 'diff' }, el(doc, 'div', { class: 'muted', text: `As ${data.diffOutlet} prints it:` }));
    for (const op of data.diff) {
      diff.append(op.op === 'same' ? doc.createTextNode(op.text) : el(doc, op.op === 'added' ? 'ins' : 'del', { text: op.text }), doc.createTextNode(' '));
    }
    card.append(diff);
  }
  if (data.translations) card.append(el(doc, 'div', { class: 'muted', text: `Also in translation in ${data.translations} report${data.translations === 1 ? '' : 's'} in other languages` }));
  // The date is written when the card first opens: the first toLocaleDateString on a page loads
  // the locale's data, 23–46 ms in Chromium (.cache/recost.js), which was most of the content
  // script's time on an article page with badges, for a line nobody has looked at yet.
  const earliest = data.earliest ? el(doc, 'div', { class: 'muted', text: `Earliest: ${data.earliest.outlet}` }) : null;
  if (earliest) card.append(earliest);
  let dated = !data.earliest?.published;
  wrap.append(button, card);
  root.append(style, wrap);
  const open = (value: boolean) => {
    if (value && !dated && earliest) {
      dated = true;
      earliest.textContent += `, ${day(data.earliest!.published)}`;
    }
    wrap.classList.toggle('open', value);
    button.setAttribute('aria-expanded', String(value));
  };
  host.addEventListener('mouseenter', () => open(true), { signal });
  host.addEventListener('mouseleave', () => open(button.matches(':focus')), { signal });
  button.addEventListener('focus', () => open(true), { signal });
  button.addEventListener('blur', () => open(false), { signal });
  button.addEventListener('click', (e) => {
    e.preventDefault();
    e.stopPropagation();
    open(!wrap.classList.contains('open'));
  }, { signal });
  button.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') open(false);
  }, { signal });
  return host;
}

/** Places one badge after each quote; returns how many found their place. All removed on abort. */
export function renderBadges(blocks: readonly Element[], quotes: readonly Quote[], badges: readonly BadgeData[], signal: AbortSignal): number {
  let placed = 0;
  const hosts: HTMLElement[] = [];
  const texts = blockTexts(blocks);
  for (const data of badges) {
    const quote = quotes[data.index];
    if (!quote) continue;
    const last = quote.parts[quote.parts.length - 1];
    const point = locateQuoteEnd(blocks, quote.anchor, last.end, texts);
    if (!point) continue;
    const doc = point.node.ownerDocument;
    const host = makeBadge(doc, data, signal);
    const rest = point.offset < point.node.data.length ? point.node.splitText(point.offset) : point.node.nextSibling;
    point.node.parentNode?.insertBefore(host, rest);
    hosts.push(host);
    placed++;
  }
  signal.addEventListener('abort', () => hosts.forEach((h) => h.remove()), { once: true });
  return placed;
}
