/**
 * Scoring for the quote benchmark. A gold quote is found when one predicted quote holds at least
 * 80% of its words; a predicted quote is right when at least 80% of its words belong to the gold
 * quotes it overlaps (so one split quote predicted as two parts, or two parts as one, is not punished
 * twice). The speaker is right when it equals the annotated name or an accepted spelling of it, with
 * case, accents and a leading article ignored; a quote the article attributes to nobody wants null.
 */
export interface Scored {
  gold: number;
  found: number;
  predicted: number;
  right: number;
  speakerRight: number;
  misses: string[];
  extras: string[];
  wrongSpeakers: string[];
}

export interface Prediction {
  text: string;
  speaker: string | null;
}

export interface Gold {
  text: string;
  speaker: string | null;
  accept: (string | null)[];
}

const THRESHOLD = 0.8;

export const wordsOf = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

function bag(words: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of words) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

/** Share of `a`'s words (as a multiset) that also occur in `b`. */
function covered(a: string[], b: Map<string, number>): number {
  if (a.length === 0) return 0;
  const left = new Map(b);
  let hit = 0;
  for (const w of a) {
    const n = left.get(w) ?? 0;
    if (n > 0) {
      hit++;
      left.set(w, n - 1);
    }
  }
  return hit / a.length;
}

export function foldName(name: string | null): string | null {
  if (name === null) return null;
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^(?:the|el|la|los|las|le|les|l'|o|a|os|as)\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function score(golds: Gold[], predictions: Prediction[]): Scored {
  const gw = golds.map((g) => wordsOf(g.text));
  const pw = predictions.map((p) => wordsOf(p.text));
  const pb = pw.map(bag);
  const out: Scored = { gold: golds.length, found: 0, predicted: predictions.length, right: 0, speakerRight: 0, misses: [], extras: [], wrongSpeakers: [] };
  golds.forEach((g, i) => {
    let best = -1;
    let bestCover = 0;
    pb.forEach((b, j) => {
      const c = covered(gw[i], b);
      if (c > bestCover) [best, bestCover] = [j, c];
    });
    if (bestCover < THRESHOLD) {
      out.misses.push(g.text);
      return;
    }
    out.found++;
    const said = foldName(predictions[best].speaker);
    if (g.accept.some((a) => foldName(a) === said)) out.speakerRight++;
    else out.wrongSpeakers.push(`${g.text.slice(0, 50)} → ${predictions[best].speaker} (want ${g.speaker})`);
  });
  predictions.forEach((p, j) => {
    const overlapping = gw.filter((w) => covered(w, pb[j]) >= 0.5 || covered(pw[j], bag(w)) >= 0.5);
    if (pw[j].length > 0 && covered(pw[j], bag(overlapping.flat())) >= THRESHOLD) out.right++;
    else out.extras.push(p.text);
  });
  return out;
}
