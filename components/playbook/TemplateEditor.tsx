import { useEffect, useState } from 'preact/hooks';
import { NAME_MAX, SHORT_TEXT_MAX } from '../../lib/model/limits';
import { CUSTOM_TEMPLATES_MAX } from '../../lib/model/settings';
import { allTemplates, findTemplate, isBuiltIn, TEMPLATE_CRITERIA_MAX, type Template, type TemplateCriterion } from '../../lib/model/template';
import { addCriterion, copyTemplate, editCriterion, moveCriterion, removeCriterion, renameTemplate, withTemplate } from '../../lib/model/template-edit';
import { OrderedList } from './OrderedList';

export interface TemplateEditorProps {
  /** The team's own templates. */
  templates: readonly Template[];
  templateId: string;
  onChoose(templateId: string): void;
  /** The team's own templates after an edit (and the active one, when it changed with it). */
  onTemplates(templates: Template[], activeId?: string): void;
}

/** A text field that saves when it loses focus or on Enter, and keeps the old value if left empty. */
function CommitInput({
  id,
  name,
  label,
  value,
  max,
  onCommit,
}: {
  id: string;
  name: string;
  label: string;
  value: string;
  max: number;
  onCommit(v: string): void;
}) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  return (
    <input
      id={id}
      name={name}
      type="text"
      class="cw-input"
      aria-label={label}
      maxLength={max}
      value={text}
      onInput={(e) => setText(e.currentTarget.value)}
      onChange={(e) => e.currentTarget.value !== value && onCommit(e.currentTarget.value)}
      onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.value !== value && onCommit(e.currentTarget.value)}
    />
  );
}

/**
 * Which checklist the rep works with, and the team's own templates: add, rename, reorder
 * and remove criteria. Answers are kept by criterion, whatever changes here.
 */
export function TemplateEditor({ templates, templateId, onChoose, onTemplates }: TemplateEditorProps) {
  const active = findTemplate(templates, templateId);
  const builtIn = isBuiltIn(active.id);
  const [newName, setNewName] = useState('');
  const [newQuestion, setNewQuestion] = useState('');
  const save = (next: Template) => onTemplates(withTemplate(templates, next));
  const full = active.criteria.length >= TEMPLATE_CRITERIA_MAX;

  return (
    <div class="cw-playbook" data-testid="template-editor">
      <div class="cw-field">
        <label for="template-choice" class="cw-field-label">
          Checklist
        </label>
        <select id="template-choice" class="cw-select" value={active.id} onChange={(e) => onChoose(e.currentTarget.value)}>
          {allTemplates(templates).map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
              {isBuiltIn(t.id) ? '' : ' (yours)'}
            </option>
          ))}
        </select>
        <p class="cw-hint">
          Readiness counts this checklist's criteria. Answers to criteria it does not have are kept and shown apart on the record, and come back if the
          criterion does.
        </p>
      </div>

      {builtIn ? (
        <>
          <ol class="cw-criteria-preview" aria-label={`${active.name} criteria`}>
            {active.criteria.map((c) => (
              <li key={c.id}>
                <strong>{c.name}</strong> <span class="cw-hint">{c.question}</span>
              </li>
            ))}
          </ol>
          <button
            type="button"
            class="cw-button"
            disabled={templates.length >= CUSTOM_TEMPLATES_MAX}
            onClick={() => {
              const copy = copyTemplate(active, templates);
              onTemplates([...templates, copy], copy.id);
            }}
          >
            Make an editable copy of {active.name}
          </button>
        </>
      ) : (
        <>
          <div class="cw-field">
            <label for="template-name" class="cw-field-label">
              Name of this checklist
            </label>
            <CommitInput
              id="template-name"
              name="templateName"
              label="Name of this checklist"
              value={active.name}
              max={NAME_MAX}
              onCommit={(v) => save(renameTemplate(active, v))}
            />
          </div>
          <OrderedList<TemplateCriterion>
            noun="criterion"
            label={`${active.name} criteria`}
            items={active.criteria}
            onMove={(from, to) => save(moveCriterion(active, from, to))}
            onRemove={(id) => save(removeCriterion(active, id))}
            renderFields={(c) => (
              <>
                <CommitInput
                  id={`criterion-${c.id}-name`}
                  name="criterionName"
                  label={`Name of ${c.name}`}
                  value={c.name}
                  max={NAME_MAX}
                  onCommit={(v) => save(editCriterion(active, c.id, { name: v }))}
                />
                <CommitInput
                  id={`criterion-${c.id}-question`}
                  name="criterionQuestion"
                  label={`Question for ${c.name}`}
                  value={c.question}
                  max={SHORT_TEXT_MAX}
                  onCommit={(v) => save(editCriterion(active, c.id, { question: v }))}
                />
              </>
            )}
          />
          <form
            class="cw-add-row"
            onSubmit={(e) => {
              e.preventDefault();
              const next = addCriterion(active, newName, newQuestion);
              if (next === active) return;
              save(next);
              setNewName('');
              setNewQuestion('');
            }}
          >
            <input
              class="cw-input"
              name="newCriterion"
              aria-label="New criterion"
              placeholder="New criterion"
              maxLength={NAME_MAX}
              value={newName}
              onInput={(e) => setNewName(e.currentTarget.value)}
            />
            <input
              class="cw-input"
              name="newQuestion"
              aria-label="Its question"
              placeholder="The question you ask yourself"
              maxLength={SHORT_TEXT_MAX}
              value={newQuestion}
              onInput={(e) => setNewQuestion(e.currentTarget.value)}
            />
            <button type="submit" class="cw-button" disabled={!newName.trim() || full}>
              Add criterion
            </button>
          </form>
          {full && <p class="cw-hint">A checklist holds at most {TEMPLATE_CRITERIA_MAX} criteria.</p>}
          <button
            type="button"
            class="cw-link-button"
            onClick={() =>
              onTemplates(
                templates.filter((t) => t.id !== active.id),
                'default',
              )
            }
          >
            Delete {active.name}
          </button>
        </>
      )}
    </div>
  );
}
