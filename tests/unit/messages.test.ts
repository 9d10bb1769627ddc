import { describe, expect, it } from 'vitest';
import { isMessage } from '../../src/messages.ts';

describe('message validation', () => {
  it('accepts the messages of the contract', () => {
    expect(isMessage({ type: 'get-report', tabId: 3, analyze: true })).toBe(true);
    expect(isMessage({ type: 'badges-rendered', count: 6, url: 'https://a.example/', timing: { check: 0.2, total: 4 } })).toBe(true);
    expect(isMessage({ type: 'not-article', url: 'https://a.example/', timing: { check: 0.2, total: 0.3 } })).toBe(true);
    expect(isMessage({ type: 'article', url: 'https://a.example/', article: { paragraphs: [], quotes: [] } })).toBe(true);
  });
  it('drops anything else: unknown types, wrong shapes, prototype tricks', () => {
    for (const m of [
      null,
      'get-report',
      { type: 'set-settings', everything: true },
      { type: 'get-report', tabId: '3', analyze: true },
      { type: 'article', url: 'x', article: { paragraphs: 'not a list', quotes: [] } },
      { type: 'toString' },
      { type: '__proto__' },
      { type: 'badges-rendered', count: 1.5, url: 'x', timing: { check: 0, total: 0 } },
      { type: 'not-article', url: 'x' },
    ])
      expect(isMessage(m), JSON.stringify(m)).toBe(false);
  });
});
