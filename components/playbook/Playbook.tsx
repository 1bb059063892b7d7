import './playbook.css';
import type { Settings } from '../../lib/model/settings';
import type { PlaybookActions } from '../../lib/state/playbook';
import { LadderEditor } from './LadderEditor';
import { TeamSettingsTransfer } from './TeamSettingsTransfer';
import { TemplateEditor } from './TemplateEditor';

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
