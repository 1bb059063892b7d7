import { logConversation } from '../db/conversations';
import { completeFollowUp } from '../db/follow-ups';
import { saveSetting } from '../db/settings';
import { addStakeholder, removeStakeholder } from '../db/stakeholders';
import type { SidebarActions, StoreContext } from './sidebar-state';

type WorkflowActions = Pick<SidebarActions, 'addStakeholder' | 'removeStakeholder' | 'logConversation' | 'completeFollowUp' | 'setTheme'>;

/** One-click actions: written at once, after anything the rep typed before them. */
export function createWorkflowActions(context: StoreContext): WorkflowActions {
  const { database, store, saver, drafts, fail } = context;
  const pageKey = () => store.getState().page?.key;

  /** Waits for pending edits, runs `write`, and shows its failure; resolves to success. */
  async function now(write: () => Promise<unknown>): Promise<boolean> {
    store.setState({ saving: true, saveError: undefined });
    try {
      await saver.flush();
      await write();
      return true;
    } catch (error) {
      fail(error);
      return false;
    } finally {
      store.setState({ saving: saver.pending });
    }
  }

  return {
    async addStakeholder() {
      const key = pageKey();
      if (!key) return undefined;
      const id = crypto.randomUUID();
      return (await now(() => addStakeholder(database, key, {}, Date.now(), id))) ? id : undefined;
    },

    async removeStakeholder(id) {
      await now(() => removeStakeholder(database, id));
      drafts.stakeholders.drop(id);
      context.refresh();
    },

    async logConversation(input) {
      const key = pageKey();
      if (!key) return false;
      return now(() => logConversation(database, key, input));
    },

    async completeFollowUp(id) {
      await now(() => completeFollowUp(database, id));
    },

    async setTheme(theme) {
      store.setState({ settings: { ...store.getState().settings, theme } });
      await now(() => saveSetting(database, 'theme', theme));
    },
  };
}
