/** Name helpers shared by the importers and the validator. */

/** A name folded for comparison: no accents, no case, no punctuation, single spaces. */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A record id fragment: ASCII letters and digits joined by dashes (non-Latin names fall back to "outlet"). */
export function slug(name: string): string {
  const s = foldName(name)
    .replace(/[^a-z0-9 ]+/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 60)
    .replace(/-+$/, '');
  return s || 'outlet';
}

// Articles and joiners that say nothing about which site a name belongs to.
const STOP = new Set(['the', 'of', 'and', 'a', 'an', 'le', 'la', 'les', 'l', 'el', 'los', 'las', 'de', 'del', 'des', 'du', 'di', 'da', 'do', 'der', 'die', 'das', 'den', 'het', 'een', 'il', 'lo', 'i', 'y', 'e', 'et', 'und', 'en']);

/**
 * Whether a site's host plausibly belongs to an outlet of this name: a word of the name (4+ letters,
 * or the whole name) appears in the host's labels, or the name's initials do ("Neue Zürcher Zeitung" ↔
 * nzz.ch, "The Times of India" ↔ timesofindia.indiatimes.com, "The Everett Herald" ↔ heraldnet.com).
 * Used to refuse a source's claim that, say, lemonde.fr is the site of a supplement with another name.
 */
export function nameFitsHost(name: string, host: string, registrable: string): boolean {
  const suffixLabels = registrable.split('.').length - 1;
  const labels = host.split('.').slice(0, host.split('.').length - suffixLabels).filter((l) => l !== 'www' && l !== 'm');
  const flat = labels.map((l) => l.replace(/-/g, ''));
  const words = foldName(name).split(' ').filter(Boolean);
  const content = words.filter((w) => !STOP.has(w));
  if (!content.length || content.some((w) => /[^a-z0-9]/.test(w))) return false;
  const joined = content.join('');
  if (flat.some((l) => l === joined || l.includes(joined) || (l.length >= 4 && joined.includes(l)))) return true;
  if (content.some((w) => w.length >= 4 && flat.some((l) => l.includes(w)))) return true;
  const initials = [content.map((w) => w[0]).join(''), words.map((w) => w[0]).join('')];
  return initials.some((i) => i.length >= 2 && flat.some((l) => l === i || l.startsWith(i) || l.endsWith(i)));
}
