import type { Subscription } from 'dexie';
import { recordFromPage } from '../db/records';
import { noteVisit } from '../db/visits';
import type { RecordPage } from '../model/record';
import { clearDrafts } from './drafts';
import { prefetchRecord, watchRecord } from './live-record';
import type { RecordView } from './record-view';
import type { SidebarActions, StoreContext } from './sidebar-state';
import { VisitWrite } from './visit-write';

type RecordActions = Pick<SidebarActions, 'showPage' | 'prefetch'>;

/**
 * Which record the panel shows: switching to a page's record (its one read, then its visit),
 * following it across tabs, and reading ahead the one the rep is about to open.
 */
export function createRecordSwitch(context: StoreContext, view: RecordView, beforeSwitch: () => Promise<unknown>): RecordActions & { dispose(): void } {
  const { database, store, drafts, fail } = context;
  /** The page asked for last; the store's `page` is the one shown, which lags until its read lands. */
  let requested: RecordPage | null = null;
  let visit: VisitWrite | undefined;
  let subscription: Subscription | undefined;

  /** The page asked for gained its name: shown at once, and its visit takes it. */
  async function rename(page: RecordPage, name: string, url: string): Promise<void> {
    requested = page;
    view.rename(page.key, name);
    if (store.getState().page?.key === page.key) store.setState({ page });
    if (visit?.key === page.key) await visit.renamed(page, url);
    else await noteVisit(database, page, url).catch(fail);
  }

  async function showPage(page: RecordPage | null, url: string): Promise<void> {
    if (requested?.key === page?.key) {
      if (page?.name && page.name !== requested?.name) await rename(page, page.name, url);
      return;
    }
    requested = page;
    const own = page ? new VisitWrite(database, page, url, fail) : undefined;
    visit = own;
    await beforeSwitch();
    subscription?.unsubscribe();
    clearDrafts(drafts);
    if (!page || !own) {
      view.close();
      store.setState({
        page,
        record: undefined,
        criteria: {},
        stakeholders: [],
        conversations: [],
        followUps: [],
        conversationDraft: undefined,
        loaded: false,
        saveError: undefined,
      });
      return;
    }
    // Read first, write after: the new record replaces the shown one in one render when its
    // one read transaction returns; the visit is written after that read, so the read does
    // not queue behind the write.
    view.open(recordFromPage(own.page, url, Date.now()));
    subscription = watchRecord(database, page.key, {
      next: (value) => {
        if (requested?.key === page.key) {
          const arriving = store.getState().page?.key === page.key ? undefined : (requested ?? undefined);
          // Edits typed into the previous record while this one loaded belong to it alone.
          if (arriving) clearDrafts(drafts);
          view.take(page.key, value);
          view.publish(arriving);
        }
        // The visit is written a task later: the render this state change queued (a
        // microtask) commits first, instead of queuing behind Dexie starting a read-write
        // transaction, and the database's write does not compete with it for a core.
        setTimeout(() => own.write(), 0);
      },
      error: (error) => {
        fail(error);
        if (requested?.key === page.key) store.setState({ page: requested, loaded: true });
        own.write();
      },
    });
    await own.done;
  }

  return {
    showPage,
    prefetch(key) {
      if (key !== requested?.key) prefetchRecord(database, key);
    },
    dispose() {
      subscription?.unsubscribe();
    },
  };
}
