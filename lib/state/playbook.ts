import type { ClosewardDb } from '../db/database';
import { chooseTemplate, saveLadder, saveTemplates } from '../db/settings';
import { exportTeamSettings, importTeamSettings, previewTeamSettingsFile, teamSettingsFileName } from '../backup/db-team-settings';
import type { Ladder } from '../model/ladder';
import type { Template } from '../model/template';

/** What the playbook editors on the options page do; each write is followed by `reload`. */
export interface PlaybookActions {
  choose(templateId: string): Promise<void>;
  saveTemplates(templates: Template[], activeId?: string): Promise<void>;
  saveLadder(ladder: Ladder): Promise<void>;
  exportFile(): Promise<void>;
  preview(text: string): ReturnType<typeof previewTeamSettingsFile>;
  apply(text: string): Promise<{ ok: true } | { ok: false; message: string }>;
}

/** Saves a file through an <a download>: no permission, no network. */
function saveFile(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function playbookActions(database: ClosewardDb, reload: () => void, save: (text: string, name: string) => void = saveFile): PlaybookActions {
  const then = async (work: Promise<void>) => {
    await work;
    reload();
  };
  return {
    choose: (id) => then(chooseTemplate(database, id)),
    saveTemplates: (templates, activeId) =>
      then(
        (async () => {
          await saveTemplates(database, templates);
          if (activeId) await chooseTemplate(database, activeId);
        })(),
      ),
    saveLadder: (ladder) => then(saveLadder(database, ladder)),
    exportFile: async () => {
      const now = Date.now();
      save(await exportTeamSettings(database, now), teamSettingsFileName(now));
    },
    preview: (text) => previewTeamSettingsFile(database, text),
    apply: async (text) => {
      const result = await importTeamSettings(database, text);
      if (result.ok) reload();
      return result;
    },
  };
}
