import { parseHTML } from 'linkedom';

/** Chrome's service worker has no DOMParser, so linkedom parses (it runs no scripts and loads nothing). */
export const parseHtml = (html: string): Document => parseHTML(html).document as unknown as Document;
