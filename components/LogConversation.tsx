import { useState } from 'preact/hooks';
import { OUTCOME_KINDS, OUTCOME_LABEL, type ConversationInput, type OutcomeKind } from '../lib/model/conversation';
import { nextRung, type Ladder } from '../lib/model/ladder';
import type { StoredRecord } from '../lib/model/stored-record';
import { newDraft, toConversationInput, type ConversationDraft } from '../lib/model/conversation-draft';
import { OutcomeFields } from './OutcomeFields';

export interface LogConversationProps {
  record: StoredRecord;
  ladder: Ladder;
  /** The form being filled in, kept by the store so collapsing the sidebar loses nothing. */
  draft: ConversationDraft | undefined;
  onDraftChange(draft: ConversationDraft | undefined): void;
  /** Resolves to whether it was saved; the form closes only then. */
  onLog(input: ConversationInput): Promise<boolean>;
}

/** "Log what happened in ten seconds": outcome, what it needs, and the note for next time. */
export function LogConversation({ record, ladder, draft, onDraftChange: setDraft, onLog }: LogConversationProps) {
  const [problem, setProblem] = useState<string | undefined>();
  const open = () => {
    const rung = nextRung(ladder, record.lastRungId) ?? ladder[ladder.length - 1];
    // "When" defaults to the moment the rep starts logging, not to the sidebar's clock tick.
    setDraft(newDraft(Date.now(), rung?.id ?? '', record.nextMicroConversion));
    setProblem(undefined);
  };
  if (!draft) {
    return (
      <button type="button" class="cw-button cw-primary" onClick={open}>
        Log a conversation
      </button>
    );
  }
  const change = (changes: Partial<ConversationDraft>) => setDraft({ ...draft, ...changes });
  const submit = async () => {
    const input = toConversationInput(draft);
    if ('problem' in input) return setProblem(input.problem);
    setProblem(undefined);
    if (await onLog(input)) setDraft(undefined);
  };
  return (
    <form
      class="cw-section cw-log"
      aria-labelledby="cw-log-title"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2 id="cw-log-title" class="cw-section-title">
        Log a conversation
      </h2>
      <div class="cw-grid">
        <label for="cw-log-at">When</label>
        <input id="cw-log-at" type="datetime-local" class="cw-input" value={draft.at} onInput={(e) => change({ at: e.currentTarget.value })} />
      </div>
      <fieldset class="cw-outcomes">
        <legend>Outcome</legend>
        {OUTCOME_KINDS.map((kind) => (
          <label key={kind} class="cw-outcome">
            <input type="radio" name="cw-outcome" value={kind} checked={draft.kind === kind} onChange={() => change({ kind: kind as OutcomeKind })} />
            {OUTCOME_LABEL[kind]}
          </label>
        ))}
      </fieldset>
      <OutcomeFields draft={draft} ladder={ladder} onChange={change} />
      <label for="cw-log-note" class="cw-note-label">
        Note to future self
      </label>
      <textarea
        id="cw-log-note"
        class="cw-evidence"
        rows={3}
        placeholder="Where to start next time, what to ask, the pains you heard"
        value={draft.note}
        onInput={(e) => change({ note: e.currentTarget.value })}
      />
      {problem ? (
        <p class="cw-problem-text" role="alert">
          {problem}
        </p>
      ) : null}
      <div class="cw-actions">
        <button type="submit" class="cw-button cw-primary">
          Save conversation
        </button>
        <button type="button" class="cw-button" onClick={() => setDraft(undefined)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
