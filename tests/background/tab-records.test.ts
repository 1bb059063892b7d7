import { fakeBrowser } from 'wxt/testing';
import { describe, expect, it, vi } from 'vitest';
import { actionTitle, forgetTab, setTabRecord } from '../../lib/background/tab-records';
import type { RecordPage } from '../../lib/model/record';

const LEAD: RecordPage = { crm: 'salesforce', instance: 'acme', kind: 'lead', recordId: '00Q1', key: 'salesforce:acme:lead:00Q1', name: 'Jane Doe' };

describe("each tab's record", () => {
  it('is kept in storage.session under tab:<tabId>, in the shape the panel reads, with the icon lit on that tab', async () => {
    const setIcon = vi.spyOn(fakeBrowser.action, 'setIcon').mockResolvedValue(undefined);
    await setTabRecord(12, LEAD);
    expect(await fakeBrowser.storage.session.get('tab:12')).toEqual({ 'tab:12': LEAD });
    expect(setIcon).toHaveBeenLastCalledWith({ tabId: 12, path: { 16: '/icon/16.png', 32: '/icon/32.png' } });
    await setTabRecord(12, null);
    expect(setIcon).toHaveBeenLastCalledWith({ tabId: 12, path: { 16: '/icon/dim-16.png', 32: '/icon/dim-32.png' } });
  });

  it('is removed when the tab shows no record, and when the tab closes', async () => {
    await setTabRecord(12, LEAD);
    await setTabRecord(13, LEAD);
    await setTabRecord(12, null);
    await forgetTab(13);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it("names the record in the toolbar icon's title, or says what to open", () => {
    expect(actionTitle(LEAD)).toBe('Closeward: Lead · Jane Doe');
    expect(actionTitle({ ...LEAD, kind: 'opportunity', name: undefined })).toBe('Closeward: Opportunity · name not known yet');
    expect(actionTitle(null)).toBe('Closeward: open a lead, opportunity, contact or account');
  });
});
