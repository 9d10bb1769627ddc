/**
 * Replaces the dots of abbreviations ("U.S.", "Gen.", "Dr.") with spaces, keeping every other
 * character in place, so that sentence splitting sees no false sentence ends and offsets still
 * match the original text.
 */
const ABBREVIATIONS = /\b(?:(?:\p{L}\.){2,}|(?:Mr|Mrs|Ms|M|Dr|Gen|Lt|Col|Sgt|Capt|Maj|Brig|Adm|Gov|Sen|Rep|St|Jr|Sr|No|Sra|Sr|Dra|Mme|Mlle|Prof|Inc|Corp|Ltd|Co|vs|etc)\.)/gu;

export function maskAbbreviations(text: string): string {
  return text.replace(ABBREVIATIONS, (m) => m.replace(/\./g, ' ')).replace(/\.\.\.|…/g, (m) => ' '.repeat(m.length));
}
