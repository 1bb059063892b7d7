import { useEffect, useRef, useState } from 'preact/hooks';
import { moveProblem, type Problem, type RecordFields } from '../lib/model/stored-record';

export interface ProblemStoryProps {
  source: string;
  problems: readonly Problem[];
  onChange(changes: Partial<RecordFields>, opts?: { debounce?: boolean }): void;
}

/** How the prospect came to us and what hurts, the most painful first. */
export function ProblemStory({ source, problems, onChange }: ProblemStoryProps) {
  const [draft, setDraft] = useState('');
  const list = useRef<HTMLOListElement>(null);
  // Reordering moves the row's DOM node, which can drop the focus: put it back on the same button.
  const [moved, setMoved] = useState<{ id: string; by: -1 | 1 } | undefined>();
  useEffect(() => {
    if (!moved) return;
    list.current?.querySelector<HTMLButtonElement>(`[data-problem="${moved.id}"] [data-move="${moved.by}"]`)?.focus();
    setMoved(undefined);
  }, [problems, moved]);
  const move = (index: number, by: -1 | 1) => {
    const problem = problems[index];
    const target = index + by;
    if (!problem || target < 0 || target >= problems.length) return;
    onChange({ problems: moveProblem(problems, index, by) }, { debounce: false });
    setMoved({ id: problem.id, by });
  };
  const add = () => {
    if (!draft.trim()) return;
    onChange({ problems: [...problems, { id: crypto.randomUUID(), text: draft.trim() }] }, { debounce: false });
    setDraft('');
  };
  return (
    <section class="cw-section" aria-labelledby="cw-story-title">
      <h2 id="cw-story-title" class="cw-section-title">
        Problem story
      </h2>
      <div class="cw-grid">
        <label for="cw-source">How they came to us</label>
        <input
          id="cw-source"
          class="cw-input"
          value={source}
          placeholder="Webinar, referral from…, inbound form"
          onInput={(e) => onChange({ source: e.currentTarget.value })}
        />
      </div>
      <ol ref={list} class="cw-problems" aria-label="Problems, most painful first">
        {problems.map((problem, i) => (
          <li key={problem.id} class="cw-problem" data-problem={problem.id}>
            <label for={`cw-problem-${problem.id}`} class="cw-visually-hidden">
              Problem {i + 1}
            </label>
            <input
              id={`cw-problem-${problem.id}`}
              class="cw-input"
              value={problem.text}
              onInput={(e) => {
                const text = e.currentTarget.value;
                onChange({ problems: problems.map((p) => (p.id === problem.id ? { ...p, text } : p)) });
              }}
            />
            <button
              type="button"
              class="cw-icon-button"
              data-move="-1"
              aria-disabled={i === 0}
              onClick={() => move(i, -1)}
              aria-label={`Move “${problem.text}” up`}
            >
              ↑
            </button>
            <button
              type="button"
              class="cw-icon-button"
              data-move="1"
              aria-disabled={i === problems.length - 1}
              onClick={() => move(i, 1)}
              aria-label={`Move “${problem.text}” down`}
            >
              ↓
            </button>
            <button
              type="button"
              class="cw-icon-button"
              onClick={() => onChange({ problems: problems.filter((p) => p.id !== problem.id) }, { debounce: false })}
              aria-label={`Remove “${problem.text}”`}
            >
              ×
            </button>
          </li>
        ))}
      </ol>
      <form
        class="cw-add-problem"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <label for="cw-new-problem" class="cw-visually-hidden">
          A problem they want solved
        </label>
        <input id="cw-new-problem" class="cw-input" value={draft} placeholder="A problem they want solved" onInput={(e) => setDraft(e.currentTarget.value)} />
        <button type="submit" class="cw-button">
          Add
        </button>
      </form>
    </section>
  );
}
