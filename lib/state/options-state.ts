import { db } from '../db/database';
import { readSettings, saveSetting } from '../db/settings';
import { readRepIdentity, saveRepName } from '../db/team';
import type { Settings } from '../model/settings';
import { playbookActions } from './playbook';

/** What the options page reads and writes, bound to the extension's one database. */
export function optionsState(onSettingsChanged: (settings: Settings) => void) {
  const database = db();
  const reload = () => void readSettings(database).then(onSettingsChanged);
  return {
    load: reload,
    repName: async () => (await readRepIdentity(database)).name,
    saveRepName: (name: string) => saveRepName(database, name),
    save: <K extends 'stalenessDays' | 'theme' | 'notNowPreset'>(key: K, value: Settings[K]) => saveSetting(database, key, value),
    playbook: playbookActions(database, reload),
  };
}
