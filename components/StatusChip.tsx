import { CRITERION_STATUSES, STATUS_LABEL, type CriterionStatus } from '../lib/model/checklist';

/** A mark per status, so a status never relies on colour alone. */
export const STATUS_MARK: Record<CriterionStatus, string> = { unknown: '?', confirmed: '✓', atRisk: '!', no: '✕' };

/** The key that sets each status while a criterion row has focus: a letter, or its number. */
export const STATUS_KEYS: Record<CriterionStatus, readonly [string, string]> = {
  unknown: ['u', '1'],
  confirmed: ['c', '2'],
  atRisk: ['r', '3'],
  no: ['n', '4'],
};

/** The status a key press asks for, if any (case-insensitive, no modifier). */
export function statusForKey(key: string): CriterionStatus | undefined {
  const k = key.toLowerCase();
  return CRITERION_STATUSES.find((s) => STATUS_KEYS[s].includes(k));
}

/** For aria-keyshortcuts: every key a row answers to. */
export const STATUS_SHORTCUTS = CRITERION_STATUSES.flatMap((s) => STATUS_KEYS[s].map((k) => k.toUpperCase())).join(' ');

/** The id of the one description of those keys, which every criterion row points to. */
export const STATUS_KEYS_HINT_ID = 'cw-status-keys';

/** A criterion's status as a small coloured chip with its mark and name. */
export function StatusChip({ status }: { status: CriterionStatus }) {
  return (
    <span class="cw-chip" data-status={status}>
      <span class="cw-chip-mark" aria-hidden="true">
        {STATUS_MARK[status]}
      </span>
      {STATUS_LABEL[status]}
    </span>
  );
}
