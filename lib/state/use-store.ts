import { useEffect, useRef, useState } from 'preact/hooks';
import type { StoreApi } from 'zustand/vanilla';

/** Binds a component to a slice of a zustand store (no React compat layer needed). */
export function useStore<S, T>(store: StoreApi<S>, select: (state: S) => T): T {
  const selectRef = useRef(select);
  selectRef.current = select;
  const [value, setValue] = useState(() => select(store.getState()));
  useEffect(() => {
    setValue(() => selectRef.current(store.getState()));
    return store.subscribe((state) => setValue(() => selectRef.current(state)));
  }, [store]);
  return value;
}
