import { useEffect, useRef, useState } from 'preact/hooks';
import { OUTCOME_KINDS, OUTCOME_LABEL, type ConversationInput } from '../lib/model/conversation';
import { nextRung, type Ladder } from '../lib/model/ladder';
import type { StoredRecord } from '../lib/model/stored-record';
import { newDraft, toConversationInput, type ConversationDraft } from '../lib/model/conversation-draft';
import { OutcomeFields } from './OutcomeFields';
import type { FollowUpPreset } from '../lib/model/follow-up';

export interface LogConversationProps {
  record: StoredRecord;
  ladder: Ladder;
  /** When a "not now" comes back unless the rep picks another time (the team's setting). */
  notNowPreset?: FollowUpPreset;
  /** The form being filled in, kept by the store so closing the panel loses nothing. */
  draft: ConversationDraft | undefined;
  onDraftChange(draft: ConversationDraft | undefined): void;
  /** Resolves to whether it was saved; the form closes only then. */
  onLog(input: ConversationInput): Promise<boolean>;
}

/** "Log what happened in ten seconds": one button, then a form with the outcome first. */
export function LogConversation({ record, ladder, notNowPreset, draft, onDraftChange: setDraft, onLog }: LogConversationProps) {
  const [problem, setProblem] = useState<string | undefined>();
  const form = useRef<HTMLFormElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  // Focus follows the form: into its first outcome when it opens, back to the button when it closes.
  const wasOpen = useRef(draft !== undefined);
  useEffect(() => {
    const isOpen = draft !== undefined;
    if (isOpen && !wasOpen.current) form.current?.querySelector<HTMLInputElement>('input[name="cw-outcome"]')?.focus();
    if (!isOpen && wasOpen.current) opener.current?.focus();
    wasOpen.current = isOpen;
  }, [draft !== undefined]);
  const open = () => {
    const rung = nextRung(ladder, record.lastRungId) ?? ladder[ladder.length - 1];
    // "When" defaults to the moment the rep starts logging, not to the panel's clock tick.
    setDraft(newDraft(Date.now(), rung?.id ?? '', record.nextMicroConversion, notNowPreset));
    setProblem(undefined);
  };
  if (!draft) {
    return (
      <button ref={opener} type="button" class="cw-button cw-primary cw-log-open" onClick={open}>
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
      ref={form}
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
      <fieldset class="cw-outcomes">
        <legend class="cw-field-label">How did it go?</legend>
        {OUTCOME_KINDS.map((kind) => (
          <label key={kind} class="cw-pill" data-outcome={kind}>
            <input type="radio" name="cw-outcome" value={kind} checked={draft.kind === kind} onChange={() => change({ kind })} />
            {OUTCOME_LABEL[kind]}
          </label>
        ))}
      </fieldset>
      <OutcomeFields draft={draft} ladder={ladder} onChange={change} />
      <label for="cw-log-note" class="cw-field-label">
        Note to future self
      </label>
      <textarea
        id="cw-log-note"
        class="cw-input cw-evidence"
        rows={3}
        placeholder="Where to start next time, what to ask, the pains you heard"
        value={draft.note}
        onInput={(e) => change({ note: e.currentTarget.value })}
      />
      <div class="cw-grid">
        <label for="cw-log-at">When</label>
        <input id="cw-log-at" type="datetime-local" class="cw-input" value={draft.at} onInput={(e) => change({ at: e.currentTarget.value })} />
      </div>
      {problem ? (
        <p class="cw-problem-text" role="alert">
          {problem}
        </p>
      ) : null}
      <div class="cw-actions">
        <button
          type="submit"
          class="cw-button cw-primary"
          aria-disabled={draft.kind === undefined}
          aria-describedby={draft.kind === undefined ? 'cw-log-needs' : undefined}
        >
          Save conversation
        </button>
        <button type="button" class="cw-button" onClick={() => setDraft(undefined)}>
          Cancel
        </button>
        {draft.kind === undefined ? (
          <span id="cw-log-needs" class="cw-meta">
            Pick how it went first.
          </span>
        ) : null}
      </div>
    </form>
  );
}
