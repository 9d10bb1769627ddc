import { compareTokens } from '../text/normalize.ts';

export interface DiffOp {
  op: 'same' | 'added' | 'removed';
  /** Words as printed (of the source for "added", of this page for "same" and "removed"). */
  text: string;
}

const MAX_WORDS = 300;

/** Printed words paired with their comparison form; punctuation-only pieces dropped. */
function words(text: string): Array<{ shown: string; key: string }> {
  return text
    .split(/\s+/)
    .map((shown) => ({ shown, key: compareTokens(shown).join('') }))
    .filter((w) => w.key);
}

/**
 * Word-level diff of a quote as this page prints it (a) and as a source prints it (b), by longest
 * common subsequence over folded words: punctuation, case and typography never count as changes.
 */
export function diffWords(a: string, b: string): { ops: DiffOp[]; similarity: number } {
  const x = words(a).slice(0, MAX_WORDS);
  const y = words(b).slice(0, MAX_WORDS);
  const n = x.length;
  const m = y.length;
  const dp: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) dp[i][j] = x[i].key === y[j].key ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
  const ops: DiffOp[] = [];
  const push = (op: DiffOp['op'], text: string) => {
    const last = ops[ops.length - 1];
    if (last && last.op === op) last.text += ` ${text}`;
    else ops.push({ op, text });
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && x[i].key === y[j].key) {
      push('same', x[i].shown);
      i++;
      j++;
    } else if (i < n && (j >= m || dp[i + 1][j] >= dp[i][j + 1])) push('removed', x[i++].shown);
    else push('added', y[j++].shown);
  }
  const common = dp[0][0];
  return { ops, similarity: n + m ? (2 * common) / (n + m) : 1 };
}
