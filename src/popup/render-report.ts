import type { Report, OutletCard, CoverageItem } from '../core/report.ts';
import type { LiveReport } from '../core/live/with-live.ts';
import { h, link } from './h.ts';

const OWNERSHIP: Record<string, string> = {
  state: 'State-owned',
  public: 'Public (independent of government)',
  private: 'Private',
  nonprofit: 'Non-profit',
  party: 'Political party',
  cooperative: 'Cooperative',
  unknown: 'Unknown',
};
const REASON: Record<string, string> = {
  wire: 'one wire report, reprinted',
  owner: 'one owner',
  copy: 'near-copies of one text',
  'this-owner': "this outlet's own group",
  single: '',
};

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
const country = (code: string | null) => {
  if (!code) return 'unknown';
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
};
const language = (code: string) => {
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
};
export const day = (d: string | null) =>
  d ? new Date(d.slice(0, 10) + 'T00:00:00Z').toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }) : 'undated';

/** The outlet card: every fact followed by links to the sources that state it. */
function outletSection(o: OutletCard): HTMLElement {
  const cite = (fact: string) => {
    const refs = o.sources.map((s, i) => (s.facts.includes(fact) ? i + 1 : 0)).filter(Boolean);
    return h('sup', {}, ...refs.map((n) => link(o.sources[n - 1].url, `[${n}]`, { title: o.sources[n - 1].title ?? o.sources[n - 1].url, 'aria-label': `source ${n}` })));
  };
  const row = (label: string, value: string, fact: string) => [h('dt', {}, label), h('dd', {}, value, cite(fact))];
  const stateLine = o.stateAffiliated === true ? `Yes${o.state ? ` — ${country(o.state)}` : ''}` : o.stateAffiliated === false ? 'No' : 'Unknown';
  return h(
    'section',
    { class: 'outlet', 'aria-labelledby': 'outlet-h' },
    h('h2', { id: 'outlet-h' }, 'Who is speaking'),
    h('div', {}, h('span', { class: 'outlet-name' }, o.name), o.stateAffiliated ? h('span', { class: 'pill state' }, 'State-affiliated') : null, liveMark(o)),
    h(
      'dl',
      {},
      ...row('Country', country(o.country), 'country'),
      ...row('Ownership', OWNERSHIP[o.ownership] ?? o.ownership, 'ownership'),
      ...row('State media', stateLine, 'stateAffiliated'),
      ...(o.owners.length ? row('Owned by', o.owners.join(' → '), 'owners') : []),
      ...(o.languages.length ? row('Languages', o.languages.map(language).join(', '), 'languages') : []),
      ...(o.typology ? row('Typology', o.typology, 'typology') : []),
    ),
    o.notes ? h('p', { class: 'note' }, o.notes) : null,
    h('details', {}, h('summary', {}, `Sources (${o.sources.length})`), h('ol', { class: 'sources' }, ...o.sources.map((s) => h('li', {}, link(s.url, s.title ?? s.url), s.says ? ` — ${s.says}` : '')))),
  );
}

function reuseSection(r: Report): HTMLElement | null {
  const top = r.reuse[0];
  if (!top || top.share < 0.3) return null;
  return h(
    'section',
    { class: 'reuse', 'aria-labelledby': 'reuse-h' },
    h('h2', { id: 'reuse-h' }, 'Where the text comes from'),
    h(
      'p',
      { class: 'reuse-line' },
      'This text mirrors ',
      link(top.url, `${top.outlet}’s report`),
      ` of ${day(top.published)}: `,
      h('strong', {}, `${Math.round(top.share * 100)} %`),
      ` of it appears there${top.earlier ? ', published earlier' : ''}.`,
    ),
  );
}

const time = (iso: string) => new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

/** A mark on everything a live source added: what it is and when it was fetched. */
function liveMark(x: object): HTMLElement | null {
  const fetched = (x as { live?: boolean; fetched?: string }).live ? (x as { fetched: string }).fetched : null;
  return fetched ? h('span', { class: 'pill live', title: `Found by a live source, fetched ${time(fetched)}` }, `live · ${time(fetched)}`) : null;
}

function item(c: CoverageItem): HTMLElement {
  return h('li', {}, liveMark(c), h('span', { class: 'lang' }, c.lang), h('strong', {}, c.outlet), ': ', link(c.url, c.title), ` — ${day(c.published)}`);
}

/** What each live source did for this page, failures in plain words; absent when none is on. */
function liveSection(r: Report | LiveReport, pending: boolean): HTMLElement | null {
  const live = (r as LiveReport).live;
  if (!live && !pending) return null;
  return h(
    'section',
    { class: 'live', 'aria-labelledby': 'live-h' },
    h('h2', { id: 'live-h' }, 'Live sources'),
    pending && !live ? h('p', { class: 'note live-pending' }, 'Asking the live sources you turned on…') : null,
    live
      ? h(
          'ul',
          { class: 'items live-sources' },
          ...live.sources.map((s) => h('li', { class: s.ok ? 'ok' : 'failed' }, h('strong', {}, s.name), `: ${s.message}`, s.fetched ? ` (${time(s.fetched)})` : '')),
        )
      : null,
  );
}

function coverageSection(r: Report): HTMLElement {
  if (!r.story) return h('section', {}, h('h2', {}, 'Who else reported it'), h('p', { class: 'note' }, 'None of your knowledge packs has this story.'));
  const byUrl = new Map(r.coverage.map((c) => [c.url, c]));
  const langs = [...new Set(r.coverage.map((c) => c.lang))].map(language).join(', ');
  return h(
    'section',
    { class: 'coverage', 'aria-labelledby': 'coverage-h' },
    h('h2', { id: 'coverage-h' }, 'Who else reported it'),
    h('div', { class: 'story-title' }, h('strong', {}, r.story.title), r.story.date ? ` — ${day(r.story.date)}` : ''),
    h('p', { class: 'coverage-count' }, `${r.coverage.length} other reports in ${langs}; ${r.independentSources} independent sources once reprints and same-owner outlets count once.`),
    ...r.groups.filter((g) => g.members.length > 1).map((g) => {
      const items = g.members.map((u) => byUrl.get(u)!).filter(Boolean);
      const reason = REASON[g.reason];
      return h(
        'details',
        { class: 'group' },
        h('summary', {}, g.label, h('span', { class: 'group-count' }, ` · ${g.members.length} reports${reason ? `, ${reason}` : ''}`)),
        h('ul', { class: 'items' }, ...items.map(item)),
      );
    }),
    h('ul', { class: 'items singles' }, ...r.groups.filter((g) => g.members.length === 1).map((g) => byUrl.get(g.members[0])).filter((c): c is CoverageItem => !!c).map(item)),
  );
}

function quotesSection(r: Report, badges: number): HTMLElement {
  const label: Record<string, string> = { verbatim: 'same words elsewhere', variant: 'other words elsewhere', uncorroborated: 'not found elsewhere' };
  return h(
    'section',
    { class: 'quotes', 'aria-labelledby': 'quotes-h' },
    h('h2', { id: 'quotes-h' }, `Whose words these are (${r.quotes.length})`),
    r.quotes.length ? null : h('p', { class: 'note' }, 'No direct quotes in this article.'),
    ...r.quotes.map((q) => {
      const n = q.sources.filter((s) => s.relation === q.verdict).length;
      return h(
        'div',
        { class: 'quote' },
        h('q', {}, q.text.length > 140 ? `${q.text.slice(0, 139)}…` : q.text),
        h('div', { class: 'who' }, `— ${q.speaker ?? 'speaker not named'} `, h('span', { class: `pill ${q.verdict}` }, `${label[q.verdict]}${n ? ` (${n})` : ''}`)),
        ...((q as LiveReport['quotes'][number]).factChecks ?? []).map((f) =>
          h('div', { class: 'factcheck' }, 'Fact-check: ', h('strong', {}, f.textualRating || 'rated'), ' by ', link(f.url, f.publisher), f.claim ? ` — “${f.claim}”` : '', ' ', liveMark(f)),
        ),
      );
    }),
    r.quotes.length ? h('p', { class: 'note badges-count' }, `${badges} of ${r.quotes.length} quotes marked on the page.`) : null,
  );
}

export function renderReport(r: Report | LiveReport, badges: number, pending = false): HTMLElement[] {
  return [
    h('header', { class: 'top' }, h('img', { src: '../icons/icon-32.png', alt: '' }), h('h1', {}, 'Backstory'), h('span', { class: 'page' }, r.article.title ?? '')),
    r.outlet ? outletSection(r.outlet) : h('section', {}, h('h2', {}, 'Who is speaking'), h('p', { class: 'note' }, 'This site is not in the outlet directory.')),
    liveSection(r, pending),
    reuseSection(r),
    coverageSection(r),
    quotesSection(r, badges),
    h(
      'footer',
      {},
      (r as LiveReport).live || pending ? 'Decided in your browser, with the live sources you turned on.' : 'Decided in your browser; nothing was sent.',
      h('a', { href: '../options/options.html', target: '_blank' }, 'Settings'),
    ),
  ].filter((x): x is HTMLElement => !!x);
}
