import type { SidebarState } from './sidebar-state';

// Narrow reads of the panel's store: each section subscribes to what it shows, so a change
// elsewhere (a clock tick, an edit in another section) does not render it.
type S = SidebarState;

export const selectPage = (s: S) => s.page;
export const selectRecordKey = (s: S) => s.page?.key;
export const selectRecord = (s: S) => s.record;
export const selectCriteria = (s: S) => s.criteria;
export const selectStakeholders = (s: S) => s.stakeholders;
export const selectConversations = (s: S) => s.conversations;
export const selectConversationCount = (s: S) => s.conversations.length;
export const selectFollowUps = (s: S) => s.followUps;
export const selectConversationDraft = (s: S) => s.conversationDraft;
export const selectNow = (s: S) => s.now;
export const selectLoaded = (s: S) => s.loaded;
export const selectSaving = (s: S) => s.saving;
export const selectSaveError = (s: S) => s.saveError;
export const selectUnjournaled = (s: S) => s.unjournaled;
export const selectTemplateId = (s: S) => s.settings.templateId;
export const selectTemplates = (s: S) => s.settings.templates;
export const selectLadder = (s: S) => s.settings.ladder;
export const selectRetiredRungs = (s: S) => s.settings.retiredRungs;
export const selectStalenessDays = (s: S) => s.settings.stalenessDays;
