/**
 * Dates as pages print them, to ISO 8601. Keeps the page's own precision and offset: a date
 * without a time stays a date; a local time without an offset stays without one.
 */
const MONTHS: Record<string, number> = {};
const NAMES = [
  // en, es, fr, pt — full names and common abbreviations
  ['january', 'jan', 'enero', 'ene', 'janvier', 'janv', 'janeiro'],
  ['february', 'feb', 'febrero', 'fevrier', 'fevr', 'fevereiro', 'fev'],
  ['march', 'mar', 'marzo', 'mars', 'marco'],
  ['april', 'apr', 'abril', 'abr', 'avril', 'avr'],
  ['may', 'mayo', 'mai', 'maio'],
  ['june', 'jun', 'junio', 'juin', 'junho'],
  ['july', 'jul', 'julio', 'juillet', 'juil', 'julho'],
  ['august', 'aug', 'agosto', 'ago', 'aout'],
  ['september', 'sep', 'sept', 'septiembre', 'septembre', 'setembro', 'set'],
  ['october', 'oct', 'octubre', 'octobre', 'outubro', 'out'],
  ['november', 'nov', 'noviembre', 'novembre', 'novembro'],
  ['december', 'dec', 'diciembre', 'dic', 'decembre', 'dezembro', 'dez'],
];
NAMES.forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

const pad = (n: number) => String(n).padStart(2, '0');

function valid(y: number, m: number, d: number): boolean {
  return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

export function parseDate(raw: string): string | null {
  const text = raw.trim();
  if (!text || text.length > 100) return null;
  // ISO and ISO-like: 2020-01-07, 2020-01-07T09:12:44Z, 2020-01-07 09:12:44+01:00
  const iso = text.match(/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/);
  if (iso) {
    const [, y, m, d, hh, mm, ss, tz] = iso;
    if (!valid(+y, +m, +d)) return null;
    if (!hh) return `${y}-${m}-${d}`;
    const zone = tz ? (tz === 'Z' ? 'Z' : tz.length === 5 ? `${tz.slice(0, 3)}:${tz.slice(3)}` : tz) : '';
    return `${y}-${m}-${d}T${hh}:${mm}:${ss ?? '00'}${zone}`;
  }
  const folded = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const time = folded.match(/(\d{1,2}):(\d{2})(?::(\d{2}))?/);
  const withTime = (y: number, m: number, d: number) =>
    valid(y, m, d)
      ? `${y}-${pad(m)}-${pad(d)}` + (time ? `T${pad(+time[1])}:${time[2]}:${time[3] ?? '00'}` : '')
      : null;
  // 07 January 2020 / 7 de enero de 2020 / 7 janvier 2020
  let m = folded.match(/\b(\d{1,2})(?:st|nd|rd|th|er)?\.?\s+(?:de\s+)?([a-z]+)\.?,?\s+(?:de\s+)?(\d{4})\b/);
  if (m && MONTHS[m[2]]) return withTime(+m[3], MONTHS[m[2]], +m[1]);
  // January 7, 2020
  m = folded.match(/\b([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/);
  if (m && MONTHS[m[1]]) return withTime(+m[3], MONTHS[m[1]], +m[2]);
  // 07/01/2020 is ambiguous between day-first and month-first: only accept when unambiguous.
  m = folded.match(/\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/);
  if (m) {
    const a = +m[1];
    const b = +m[2];
    if (a > 12 && b <= 12) return withTime(+m[3], b, a);
    if (b > 12 && a <= 12) return withTime(+m[3], a, b);
  }
  return null;
}
