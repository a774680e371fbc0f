import { useCallback, useEffect, useState, type RefObject } from 'react';

/**
 * After main refused a save: puts the cursor in the first field marked invalid inside `ref`, once
 * React has rendered the errors (a request made with the errors is served after that render).
 */
export function useFocusFirstError(ref: RefObject<HTMLElement | null>): () => void {
  const [requests, setRequests] = useState(0);
  useEffect(() => {
    if (requests > 0) ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [requests, ref]);
  return useCallback(() => setRequests((n) => n + 1), []);
}
