/** Styles inside each badge's closed shadow root: the page's CSS cannot reach in, ours cannot leak out. */
export const BADGE_CSS = `
:host { all: initial !important; display: inline-block !important; position: relative !important; vertical-align: baseline !important; margin: 0 2px !important; }
button { all: unset; cursor: pointer; display: inline-flex; align-items: center; gap: 3px; font: 600 11px/1 system-ui, sans-serif;
  padding: 2px 6px 2px 5px; border-radius: 9px; color: #fff; background: var(--c); box-shadow: 0 0 0 1px rgba(0,0,0,.08); }
button:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 2px; }
.verbatim { --c: #15803d; } .variant { --c: #b45309; } .uncorroborated { --c: #6b7280; }
.card { display: none; position: absolute; z-index: 2147483647; top: calc(100% + 6px); left: -8px; width: 300px; box-sizing: border-box;
  padding: 10px 12px; border-radius: 8px; background: #fff; color: #111827; font: 13px/1.4 system-ui, sans-serif; text-align: left;
  box-shadow: 0 6px 24px rgba(0,0,0,.18), 0 0 0 1px rgba(0,0,0,.08); white-space: normal; }
.open .card { display: block; }
.speaker { font-weight: 700; }
.verdict { margin: 4px 0; }
.verdict b { color: var(--c); }
ul { margin: 4px 0 0; padding-left: 18px; } li { margin: 1px 0; }
.diff { margin-top: 6px; padding: 6px; background: #f9fafb; border-radius: 4px; }
ins { background: #dcfce7; text-decoration: none; } del { background: #fee2e2; }
.muted { color: #4b5563; font-size: 12px; }
`;
