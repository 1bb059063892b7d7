import type { CriterionState } from '../lib/model/checklist';
import { StatusChip } from './StatusChip';

export interface OtherAnswersProps {
  /** Answers to criteria the active checklist does not have, with each criterion's name. */
  answers: readonly { answer: CriterionState; name: string }[];
}

const plural = new Intl.PluralRules();

/**
 * What the rep wrote for criteria that left the checklist (another template, an edit): kept,
 * collapsed under the checklist, and back in it when the criterion returns.
 */
export function OtherAnswers({ answers }: OtherAnswersProps) {
  if (!answers.length) return null;
  return (
    <details class="cw-other-answers" data-testid="other-answers">
      <summary>
        {answers.length} {plural.select(answers.length) === 'one' ? 'answer' : 'answers'} not in the current checklist
      </summary>
      <ul class="cw-lines">
        {answers.map(({ answer, name }) => (
          <li key={answer.criterionId} class="cw-line" data-criterion-other={answer.criterionId}>
            <StatusChip status={answer.status} />
            <span class="cw-criterion-label">{name}</span>
            <span class="cw-snippet">{answer.evidence}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
