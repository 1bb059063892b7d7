// Sources: Microsoft Learn, "Open forms, views, dialogs and reports with a URL" (main.aspx with
// etn/pagetype/id, `%7B…%7D` GUIDs, on-premises `http://mycrm/myOrg/main.aspx`, entitylist+viewid),
// Power Platform "Datacenter regions" (crm, crm2…crm17, GCC crm9, GCC High crm.microsoftdynamics.us,
// China crm.dynamics.cn) plus public region tables adding crm19/crm20/crm21 and DoD crm.appsplatform.us;
// Unified Interface URL parameters (appid, pagetype=entityrecord, etn, id) as the app writes them.
import type { AdapterCases } from '../types';

const guid = '91330924-802a-4b0d-a900-34fd9d790829';
export const dynamicsCases: AdapterCases = {
  positive: [
    {
      url: 'https://contoso.crm.dynamics.com/main.aspx?appid=1e3a4c1f-5b2d-4f0e-9a51-1c7f00d3a1b2&pagetype=entityrecord&etn=lead&id=91330924-802a-4b0d-a900-34fd9d790829',
      title: 'Lead: Jane Doe - Dynamics 365',
      expect: { kind: 'lead', recordId: guid, instance: 'contoso.crm.dynamics.com', name: 'Jane Doe' },
      sameAs: 'lead',
    },
    {
      url: 'https://contoso.crm.dynamics.com/main.aspx?etn=lead&pagetype=entityrecord&id=%7B91330924-802A-4B0D-A900-34FD9D790829%7D',
      expect: { kind: 'lead', recordId: guid, instance: 'contoso.crm.dynamics.com' },
      sameAs: 'lead',
    },
    {
      url: 'https://contoso.crm.dynamics.com/main.aspx?id={91330924-802A-4B0D-A900-34FD9D790829}&PageType=EntityRecord&ETN=Lead&forceUCI=1',
      expect: { kind: 'lead', recordId: guid, instance: 'contoso.crm.dynamics.com' },
      sameAs: 'lead',
    },
    {
      url: 'https://contoso.crm.dynamics.com/main.aspx?etc=4&id=%7b91330924-802a-4b0d-a900-34fd9d790829%7d&pagetype=entityrecord',
      expect: { kind: 'lead', recordId: guid, instance: 'contoso.crm.dynamics.com' },
      sameAs: 'lead',
    },
    {
      url: 'https://fabrikam.crm4.dynamics.com/main.aspx?appid=0b6d1e0e-0000-4b6d-8f3e-123456789abc&pagetype=entityrecord&etn=opportunity&id=0f3c2b1a-1111-2222-3333-444455556666',
      expect: { kind: 'opportunity', recordId: '0f3c2b1a-1111-2222-3333-444455556666', instance: 'fabrikam.crm4.dynamics.com' },
    },
    {
      url: 'https://agency.crm9.dynamics.com/main.aspx?pagetype=entityrecord&etn=contact&id=899D4FCF-F4D3-E011-9D26-00155DBA3819',
      expect: { kind: 'contact', recordId: '899d4fcf-f4d3-e011-9d26-00155dba3819', instance: 'agency.crm9.dynamics.com' },
    },
    {
      url: 'https://army.crm.appsplatform.us/main.aspx?pagetype=entityrecord&etn=account&id=a1b2c3d4-e5f6-4a5b-8c7d-0123456789ab',
      expect: { kind: 'account', recordId: 'a1b2c3d4-e5f6-4a5b-8c7d-0123456789ab', instance: 'army.crm.appsplatform.us' },
    },
    {
      url: 'https://agency.crm.microsoftdynamics.us/main.aspx?pagetype=entityrecord&etn=account&id=a1b2c3d4-e5f6-4a5b-8c7d-0123456789ab',
      expect: { kind: 'account', recordId: 'a1b2c3d4-e5f6-4a5b-8c7d-0123456789ab', instance: 'agency.crm.microsoftdynamics.us' },
    },
    {
      url: 'https://crm.contoso.local/Sales/main.aspx?etn=account&pagetype=entityrecord&id=%7BA1B2C3D4-E5F6-4A5B-8C7D-0123456789AB%7D',
      crm: 'dynamics',
      expect: { kind: 'account', recordId: 'a1b2c3d4-e5f6-4a5b-8c7d-0123456789ab', instance: 'crm.contoso.local/sales' },
    },
    // CRM 4.0–2016 classic forms, as public on-premises integration code opens them:
    // `http://crm/{org}/sfa/accts/edit.aspx?id=%7b{GUID}%7d#`, `https://edcrm/PRISM/sfa/accts/edit.aspx?id={GUID}`,
    // `{server}/{org}/sfa/conts/edit.aspx?id=`, `http://d3crm:5555/D3TECHNOLOGIES/sfa/opps/edit.aspx?id={GUID}#`, and an
    // entity-to-form map (`lead` → `SFA/leads/edit.aspx`, `opportunity` → `SFA/opps/edit.aspx`).
    {
      url: 'https://crm.contoso.local/Sales/sfa/accts/edit.aspx?id=%7bA1B2C3D4-E5F6-4A5B-8C7D-0123456789AB%7d#',
      crm: 'dynamics',
      expect: { kind: 'account', recordId: 'a1b2c3d4-e5f6-4a5b-8c7d-0123456789ab', instance: 'crm.contoso.local/sales' },
      sameAs: 'onprem-account',
    },
    {
      url: 'https://crm.contoso.local/sales/main.aspx?etn=account&pagetype=entityrecord&id=a1b2c3d4-e5f6-4a5b-8c7d-0123456789ab',
      crm: 'dynamics',
      expect: { kind: 'account', recordId: 'a1b2c3d4-e5f6-4a5b-8c7d-0123456789ab', instance: 'crm.contoso.local/sales' },
      sameAs: 'onprem-account',
    },
    {
      url: 'http://d3crm:5555/D3TECHNOLOGIES/sfa/opps/edit.aspx?id={0F3C2B1A-1111-2222-3333-444455556666}#',
      crm: 'dynamics',
      expect: { kind: 'opportunity', recordId: '0f3c2b1a-1111-2222-3333-444455556666', instance: 'd3crm:5555/d3technologies' },
    },
    {
      url: 'http://sq11/sfa/conts/edit.aspx?id=899D4FCF-F4D3-E011-9D26-00155DBA3819',
      crm: 'dynamics',
      expect: { kind: 'contact', recordId: '899d4fcf-f4d3-e011-9d26-00155dba3819', instance: 'sq11' },
    },
    {
      url: 'https://contoso.crm.dynamics.com/SFA/leads/edit.aspx?id=%7B91330924-802A-4B0D-A900-34FD9D790829%7D',
      expect: { kind: 'lead', recordId: guid, instance: 'contoso.crm.dynamics.com' },
      sameAs: 'lead',
    },
  ],
  negative: [
    { url: 'https://crm.contoso.local/Sales/sfa/accts/edit.aspx', crm: 'dynamics', why: 'classic create form: no id' },
    { url: 'https://crm.contoso.local/Sales/sfa/accts/edit.aspx?id=not-a-guid', crm: 'dynamics', why: 'classic form, id is not a GUID' },
    { url: 'https://contoso.crm.dynamics.com/cs/cases/edit.aspx?id=%7B91330924-802A-4B0D-A900-34FD9D790829%7D', why: 'classic case form: another table' },
    { url: 'https://contoso.crm.dynamics.com/sfa/quotes/edit.aspx?id=%7B91330924-802A-4B0D-A900-34FD9D790829%7D', why: 'classic quote form: another table' },
    {
      url: 'https://contoso.crm.dynamics.com/main.aspx?etn=opportunity&pagetype=entitylist&viewid=%7b00000000-0000-0000-00AA-000010003006%7d&viewtype=1039',
      why: 'view (list) with a view id',
    },
    { url: 'https://contoso.crm.dynamics.com/main.aspx?etn=account&pagetype=entityrecord', why: 'create form: no id' },
    {
      url: 'https://contoso.crm.dynamics.com/main.aspx?pagetype=entityrecord&etn=incident&id=91330924-802a-4b0d-a900-34fd9d790829',
      why: 'case (incident): another table',
    },
    {
      url: 'https://contoso.crm.dynamics.com/main.aspx?pagetype=entityrecord&etn=quote&id=91330924-802a-4b0d-a900-34fd9d790829',
      why: 'quote: another table',
    },
    {
      url: 'https://contoso.crm.dynamics.com/main.aspx?pagetype=dashboard&id=2e3d0841-fa6d-df11-986c-00155d2e3002',
      why: 'dashboard with its id',
    },
    { url: 'https://contoso.crm.dynamics.com/main.aspx?settingsonly=true', why: 'settings' },
    {
      url: 'https://contoso.crm.dynamics.com/crmreports/viewer/viewer.aspx?action=run&id=%7b91330924-802a-4b0d-a900-34fd9d790829%7d',
      why: 'report viewer',
    },
    {
      url: 'https://contoso.crm.dynamics.com/main.aspx?pagetype=entityrecord&etn=lead&id=not-a-guid',
      why: 'id is not a GUID',
    },
    {
      url: 'https://admin.powerplatform.microsoft.com/environments/91330924-802a-4b0d-a900-34fd9d790829/hub',
      why: 'admin centre, not an environment host',
    },
  ],
};
