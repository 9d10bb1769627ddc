import browser from 'webextension-polyfill';
import type { Report } from '../core/report.ts';

/** The toolbar badge: the number of other reports of the story; amber when the outlet is state media. */
export async function showOnToolbar(tabId: number, report: Report | null): Promise<void> {
  const action = browser.action;
  if (!report) {
    await action.setBadgeText({ tabId, text: '' });
    await action.setTitle({ tabId, title: 'Backstory' });
    return;
  }
  const o = report.outlet;
  const parts = [o ? `${o.name}${o.stateAffiliated ? ' — state-affiliated media' : ''}` : 'Outlet not in the directory'];
  if (report.story) parts.push(`${report.coverage.length} other reports, ${report.independentSources} independent`);
  parts.push(`${report.quotes.length} quotes`);
  await action.setTitle({ tabId, title: `Backstory: ${parts.join(' · ')}` });
  await action.setBadgeText({ tabId, text: report.story ? String(Math.min(report.coverage.length, 999)) : report.quotes.length ? '“”' : '' });
  await action.setBadgeBackgroundColor({ tabId, color: o?.stateAffiliated ? '#b45309' : '#0f4c5c' });
}
