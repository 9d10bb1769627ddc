import type { HttpAnswer } from './http.ts';
import { htmlTitle, looksLikeHtml } from './http.ts';
import { LiveError } from './live-error.ts';
import { safeText } from './sanitize.ts';

/**
 * The JSON of an answer, or a clear reason why there is none: an HTML page where JSON was
 * expected (a proxy's or a portal's error page), a plain-text message, or JSON cut off midway.
 */
export function parseJsonAnswer(answer: HttpAnswer): unknown {
  const text = answer.text.replace(/^\ufeff/, '');
  if (!text.trim()) throw new LiveError('malformed', 'the answer was empty', answer.status);
  if (looksLikeHtml(text, answer.contentType)) {
    const title = htmlTitle(text);
    throw new LiveError('malformed', `answered with an HTML page${title ? ` ("${title}")` : ''} instead of JSON`, answer.status);
  }
  const first = text.trimStart()[0];
  if (first !== '{' && first !== '[') throw new LiveError('malformed', `answered with text instead of JSON: "${safeText(text, 160)}"`, answer.status);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new LiveError('malformed', `the answer is not valid JSON (${safeText((e as Error).message, 120)}); it may have been cut off`, answer.status);
  }
}
