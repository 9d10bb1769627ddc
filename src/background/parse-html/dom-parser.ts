/** Firefox's background page has DOMParser: no parser needs to ship. */
export const parseHtml = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
