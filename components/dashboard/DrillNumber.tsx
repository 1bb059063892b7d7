import type { Drill } from '../../lib/report/drill';
import { count } from './format';

export type OnDrill = (drill: Drill, title: string) => void;

/** A number of the report that opens the list of records behind it. */
export function DrillNumber({ n, drill, title, onDrill }: { n: number; drill: Drill; title: string; onDrill?: OnDrill | undefined }) {
  if (!onDrill || n === 0) return <>{count(n)}</>;
  return (
    <button type="button" class="cw-link-button cw-drill" aria-label={`${count(n)}: list ${title}`} onClick={() => onDrill(drill, title)}>
      {count(n)}
    </button>
  );
}
