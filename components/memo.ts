import { Component, h, type ComponentChild, type FunctionComponent } from 'preact';

/**
 * A component that renders `inner` again only when a prop changed (by identity), like
 * React's memo, without pulling in preact/compat.
 */
export function memo<P extends object>(inner: FunctionComponent<P>): FunctionComponent<P> {
  class Memo extends Component<P> {
    override shouldComponentUpdate(next: P): boolean {
      return !sameProps(this.props as P, next);
    }
    override render(props: P): ComponentChild {
      return h(inner, props);
    }
  }
  return Memo as unknown as FunctionComponent<P>;
}

function sameProps<P extends object>(a: P, b: P): boolean {
  const ka = Object.keys(a) as (keyof P)[];
  if (ka.length !== Object.keys(b).length) return false;
  for (const key of ka) if (!Object.is(a[key], b[key])) return false;
  return true;
}
