import { useCallback, useRef, useState } from 'react';

export interface DialogState<T> {
  /** Mount the dialog with this key: each opening is a fresh instance with fresh form state. */
  key: number;
  value: T;
}

/**
 * A dialog that mounts for one opening and tells when it is gone (after its exit animation).
 * Opening again while the previous one is still fading out mounts a new instance, and the old
 * one's late "closed" does not close the new one.
 */
export function useDialog<T>(): {
  state: DialogState<T> | null;
  open: (value: T) => void;
  closed: (key: number) => () => void;
} {
  const [state, setState] = useState<DialogState<T> | null>(null);
  const next = useRef(0);
  const open = useCallback((value: T) => {
    next.current += 1;
    setState({ key: next.current, value });
  }, []);
  const closed = useCallback(
    (key: number) => () => setState((current) => (current?.key === key ? null : current)),
    [],
  );
  return { state, open, closed };
}
