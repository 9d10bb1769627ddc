/**
 * Page furniture: the parts of a page that are never article text, told by tag, role, visibility
 * and class/id words. Reads attributes only.
 */

/** Subtrees that never hold article text. FORM is not here: some sites wrap the whole page in one. */
export const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'NAV', 'ASIDE', 'FOOTER', 'BUTTON', 'FIGURE', 'FIGCAPTION',
  'IFRAME', 'FRAME', 'FRAMESET', 'SELECT', 'TEXTAREA', 'INPUT', 'OPTION', 'LABEL', 'HEADER', 'MENU', 'DIALOG', 'OBJECT', 'EMBED', 'CANVAS',
  'VIDEO', 'AUDIO', 'PICTURE', 'IMG', 'MATH', 'HEAD', 'TITLE', 'LINK', 'META',
]);

const SKIP_ROLES = new Set(['navigation', 'complementary', 'banner', 'contentinfo', 'menu', 'menubar', 'dialog', 'alert', 'search', 'toolbar', 'tablist']);

/**
 * Class/id words of furniture, matched as whole words (split on space, "-" and "_", or at a
 * camelCase boundary) so "shared-content" is not "share" and "headline" is not "ad".
 */
const FURNITURE_WORD = new Set([
  'share', 'sharing', 'social', 'related', 'banner', 'promo', 'promotion', 'advert', 'advertisement', 'ad', 'ads', 'adslot', 'adunit',
  'sponsor', 'sponsored', 'newsletter', 'subscribe', 'subscription', 'comment', 'comments', 'caption', 'credit', 'credits', 'breadcrumb',
  'breadcrumbs', 'tags', 'tag', 'toolbar', 'menu', 'sidebar', 'widget', 'outbrain', 'taboola', 'popup', 'modal', 'cookie', 'cookies',
  'paywall', 'signup', 'recommended', 'recommendations', 'readmore', 'trending', 'byline', 'author', 'dateline', 'timestamp',
  'meta', 'masthead', 'footer', 'header', 'nav', 'navigation', 'pagination', 'disclaimer', 'skip', 'rail',
  'newsletters', 'teaser', 'teasers', 'overlay', 'donate', 'sr', 'visually',
]);
/** Words that mark a container of the article itself; they win over furniture words in the same marker. */
const CONTENT_WORD = new Set(['article', 'body', 'content', 'main', 'story', 'column']);

function markerWords(marker: string): string[] {
  return marker
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_-]+/);
}

export function furnitureByMarker(el: Element): boolean {
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  if (!cls && !id) return false;
  const marker = `${cls ?? ''} ${id ?? ''}`;
  const words = markerWords(marker);
  return !words.some((w) => CONTENT_WORD.has(w)) && words.some((w) => FURNITURE_WORD.has(w));
}

/** Hidden from readers, or a landmark that is not the main content. */
export function furnitureByRole(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role');
  if (role && SKIP_ROLES.has(role)) return true;
  const style = el.getAttribute('style');
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}
