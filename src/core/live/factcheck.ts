import type { QuoteReport } from '../report.ts';
import type { FactCheck } from './types.ts';
import { cachedAnswer, httpRequest, type LiveContext, type RequestCounter } from './context.ts';
import { API_PATHS, endpointUrl } from './endpoints.ts';
import { httpGet } from './http.ts';
import { parseJsonAnswer } from './json-answer.ts';
import { LiveError } from './live-error.ts';
import { safeDate, safeText, safeTextOrNull, safeUrl, TITLE_MAX } from './sanitize.ts';

/** A day: fact-checks are added slowly, and each search spends the user's own quota. */
const CACHE_MS = 86_400_000;
/** Quotes searched per article: every quote is one request on the user's key. */
export const MAX_QUOTES = 8;
const PAGE_SIZE = '5';
/** Shorter quotes ("a mistake") match unrelated claims; they are not searched. */
const MIN_WORDS = 4;
const MAX_QUERY = 300;

/** Google's reasons that mean "this key will not work", from the error's details. */
const KEY_REASONS = /API_KEY_INVALID|API_KEY_EXPIRED|API_KEY_SERVICE_BLOCKED|API_KEY_HTTP_REFERRER_BLOCKED|API_KEY_IP_ADDRESS_BLOCKED|SERVICE_DISABLED|ACCESS_TOKEN_SCOPE_INSUFFICIENT/;

/** A 400/403 from Google about the key, said plainly; other errors pass through. */
export function keyProblem(e: LiveError): LiveError | null {
  if (e.status !== 400 && e.status !== 403) return null;
  let message = '';
  let reason = '';
  try {
    const err = (JSON.parse(e.body ?? '') as { error?: { message?: unknown; status?: unknown; details?: Array<{ reason?: unknown }> } }).error;
    message = safeText(err?.message, 200);
    reason = [err?.status, ...(err?.details ?? []).map((d) => d?.reason)].filter((x) => typeof x === 'string').join(' ');
  } catch {
    message = safeText(e.body, 200);
  }
  const match = reason.match(KEY_REASONS)?.[0];
  if (!match && !/api key/i.test(message) && !(e.status === 403 && /PERMISSION_DENIED/.test(reason))) return null;
  return new LiveError('key', `the API key was refused${match ? ` (${match})` : ''}: ${message.replace(/\.$/, '') || 'permission denied'}. Check the key and that the Fact Check Tools API is enabled for it.`, e.status);
}

function parseClaims(json: unknown): FactCheck[] {
  if (!json || typeof json !== 'object') throw new LiveError('malformed', 'the answer is not a claims list');
  const claims = (json as { claims?: unknown }).claims ?? [];
  if (!Array.isArray(claims)) throw new LiveError('malformed', 'the answer\'s "claims" is not a list');
  const out: FactCheck[] = [];
  for (const c of claims.slice(0, 20)) {
    const claim = (c ?? {}) as Record<string, unknown>;
    const reviews = Array.isArray(claim.claimReview) ? claim.claimReview : [];
    for (const r of reviews.slice(0, 5)) {
      const review = (r ?? {}) as Record<string, unknown>;
      const publisher = (review.publisher ?? {}) as Record<string, unknown>;
      const url = safeUrl(review.url);
      const rating = safeText(review.textualRating, 200);
      // A review without a working link or a rating cannot be checked by the reader.
      if (!url || !rating) continue;
      out.push({
        claim: safeText(claim.text, 500),
        claimant: safeTextOrNull(claim.claimant, 200),
        claimDate: safeDate(claim.claimDate),
        publisher: safeText(publisher.name, 200) || safeText(publisher.site, 200) || new URL(url).hostname,
        site: safeTextOrNull(publisher.site, 200),
        url,
        title: safeTextOrNull(review.title, TITLE_MAX),
        textualRating: rating,
        reviewDate: safeDate(review.reviewDate),
        languageCode: safeTextOrNull(review.languageCode, 10),
      });
    }
  }
  return out;
}

/**
 * ClaimReview fact-checks for the article's quotes from Google Fact Check Tools, on the user's
 * own key. Sends each quote's words (nothing else of the page), its language and the key.
 * A refused key stops the search at the first quote and says so.
 */
export async function searchFactChecks(
  quotes: ReadonlyArray<Pick<QuoteReport, 'text'>>,
  lang: string | null,
  key: string,
  ctx: LiveContext,
  counter: RequestCounter,
  base: string,
): Promise<{ perQuote: FactCheck[][]; searched: number }> {
  const perQuote: FactCheck[][] = quotes.map(() => []);
  let searched = 0;
  for (const [i, q] of quotes.entries()) {
    const text = safeText(q.text, MAX_QUERY);
    if (text.split(/\s+/).length < MIN_WORDS || searched >= MAX_QUOTES) continue;
    searched++;
    const params: Record<string, string> = { query: text, pageSize: PAGE_SIZE, key };
    if (lang && /^[a-z]{2}$/.test(lang)) params.languageCode = lang;
    perQuote[i] = await cachedAnswer(ctx, counter, `factcheck:${lang ?? ''}:${text}`, CACHE_MS, async () => {
      try {
        return parseClaims(parseJsonAnswer(await httpGet(endpointUrl(base, API_PATHS.factcheck, params), httpRequest(ctx, counter))));
      } catch (e) {
        throw (e instanceof LiveError && keyProblem(e)) || e;
      }
    });
  }
  return { perQuote, searched };
}
