import './playbook.css';
import type { Ladder } from '../../lib/model/ladder';
import type { Settings } from '../../lib/model/settings';
import type { Template } from '../../lib/model/template';
import { LadderEditor } from './LadderEditor';
import { TeamSettingsTransfer } from './TeamSettingsTransfer';
import { TemplateEditor } from './TemplateEditor';
import type { TeamSettingsTransferProps } from './TeamSettingsTransfer';

/** What the editors ask of the page: save a choice, the templates or the ladder; move the file. */
export interface PlaybookActions {
  choose(templateId: string): Promise<void>;
  saveTemplates(templates: Template[], activeId?: string): Promise<void>;
  saveLadder(ladder: Ladder): Promise<void>;
  exportFile: TeamSettingsTransferProps['onExport'];
  preview: TeamSettingsTransferProps['onPreview'];
  apply: TeamSettingsTransferProps['onApply'];
}

/** The checklist template, the ladder and the team settings file, on the options page. */
export function Playbook({ settings, actions }: { settings: Pick<Settings, 'templateId' | 'templates' | 'ladder'>; actions: PlaybookActions }) {
  return (
    <>
      <TemplateEditor
        templates={settings.templates}
        templateId={settings.templateId}
        onChoose={(id) => void actions.choose(id)}
        onTemplates={(templates, activeId) => void actions.saveTemplates(templates, activeId)}
      />
      <LadderEditor ladder={settings.ladder} onChange={(ladder) => void actions.saveLadder(ladder)} />
      <TeamSettingsTransfer onExport={actions.exportFile} onPreview={actions.preview} onApply={actions.apply} />
    </>
  );
}
