/** What the seed page must show in a real browser, shared by the Chromium and Firefox tests. */
export const SEED_QUOTE_ENDINGS = [
  'whatsoever to leave Iraq,"',
  'leave Iraq. Period."',
  "That's not what's happening,\"",
  'mistake from McKenzie,"',
  'It should not have been sent,"',
  'Now it\'s a kerfuffle."',
];
