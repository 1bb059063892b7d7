import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { memo } from '../../components/memo';

describe('memo', () => {
  it('renders again only when a prop changed by identity', () => {
    let renders = 0;
    const Inner = ({ rows, label }: { rows: readonly string[]; label: string }) => {
      renders++;
      return <p>{`${label}: ${rows.join(', ')}`}</p>;
    };
    const Row = memo(Inner);
    const rows = ['a', 'b'];
    const view = render(<Row rows={rows} label="x" />);
    view.rerender(<Row rows={rows} label="x" />);
    expect(renders).toBe(1);
    view.rerender(<Row rows={['a', 'b']} label="x" />);
    expect(renders).toBe(2);
    view.rerender(<Row rows={['a', 'b']} label="y" />);
    expect(renders).toBe(3);
    expect(view.container.textContent).toBe('y: a, b');
  });
});
