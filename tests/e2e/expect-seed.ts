/** What the seed page must show in a real browser, shared by the Chromium and Firefox tests. */
export const SEED_QUOTE_ENDINGS = [
  'whatsoever to leave Iraq,"',
  'leave Iraq. Period."',
  "That's not what's happening,\"",
  'mistake from McKenzie,"',
  'It should not have been sent,"',
  'Now it\'s a kerfuffle."',
];

/** The text of its paragraph before each badge, read in the page (the badge's own text is not in it). */
export function textBeforeBadges(): string[] {
  return Array.from(document.querySelectorAll('backstory-badge')).map((b) => {
    const range = document.createRange();
    range.setStart(b.parentElement!, 0);
    range.setEndBefore(b);
    return range.toString().replace(/\s+/g, ' ').trim();
  });
}
