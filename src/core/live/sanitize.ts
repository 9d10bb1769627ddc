/**
 * Answers from live sources are untrusted: a title can carry markup, scripts, terminal escape
 * sequences or a megabyte of text, a link can be `javascript:`. Everything that leaves this
 * module is plain text of bounded length or an http(s) address; nothing is ever parsed as markup.
 */

/** C0/C1 controls (terminal escapes), bidi overrides that can reverse what a reader sees, BOM. */
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

export const TITLE_MAX = 300;
export const TEXT_MAX = 1000;

export function safeText(value: unknown, max = TEXT_MAX): string {
  if (typeof value !== 'string' && typeof value !== 'number') return '';
  // Cut before cleaning too, so a huge string costs no more than a bounded one.
  const text = String(value)
    .slice(0, max * 4)
    .replace(UNSAFE_CHARS, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? text.slice(0, max - 1).trimEnd() + '…' : text;
}

export function safeTextOrNull(value: unknown, max = TEXT_MAX): string | null {
  return safeText(value, max) || null;
}

/** An http(s) address without credentials, or null. */
export function safeUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 2048) return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password) return null;
  return url.href;
}

/** An ISO date or datetime as the sources write it, or null. */
export function safeDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = value.match(/^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/);
  return m && !Number.isNaN(Date.parse(m[1])) ? value : null;
}
