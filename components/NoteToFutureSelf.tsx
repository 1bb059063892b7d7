import { OUTCOME_LABEL, type Conversation } from '../lib/model/conversation';
import { formatDateTime } from '../lib/model/time';

export interface NoteToFutureSelfProps {
  /** The latest conversation; its note stands until the next one replaces it. */
  latest: Conversation | undefined;
}

/** The mini-script the rep wrote after the last conversation: read first, before calling. */
export function NoteToFutureSelf({ latest }: NoteToFutureSelfProps) {
  if (!latest) {
    return (
      <p class="cw-note cw-note-empty" data-testid="note-empty">
        No note to future self yet. Log a conversation to leave one for next time.
      </p>
    );
  }
  return (
    <section class="cw-note" aria-labelledby="cw-note-title" data-testid="note-to-future-self">
      <h2 id="cw-note-title" class="cw-note-title">
        Note to future self
      </h2>
      <p class="cw-note-text">{latest.noteToFutureSelf}</p>
      <p class="cw-meta">
        {formatDateTime(latest.at)} · {OUTCOME_LABEL[latest.outcome.kind]}
      </p>
    </section>
  );
}
