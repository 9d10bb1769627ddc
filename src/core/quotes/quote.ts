/** Where a piece of a quote sits: paragraph index and character offsets in that paragraph's text. */
export interface QuotePart {
  paragraph: number;
  start: number;
  end: number;
}

/**
 * An anchor that survives re-rendering, as Hypothesis anchors annotations: the exact words plus
 * 32 characters of context on each side and the paragraph as a position hint.
 */
export interface QuoteAnchor {
  exact: string;
  prefix: string;
  suffix: string;
  paragraph: number;
}

export interface Quote {
  /** The quoted words, without the quote marks; parts cut by page furniture joined with a space. */
  text: string;
  /** Full name of the speaker (or organisation), or null when the article does not say. */
  speaker: string | null;
  /** How the speaker was found: named next to the quote, a pronoun, a role, a surname, or the running speaker. */
  attribution: 'named' | 'surname' | 'role' | 'pronoun' | 'running' | 'none';
  parts: QuotePart[];
  /** Anchor on the quote's last part, where the badge goes. */
  anchor: QuoteAnchor;
}
