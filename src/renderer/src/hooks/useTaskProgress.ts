import { useCallback, useEffect, useState } from 'react';
import type { EventPayload } from '../../../shared/ipc/events';
import { api } from '../api';

export type TaskProgress = EventPayload<'task:progress'>;
export type TaskName = TaskProgress['task'];

/**
 * The latest task:progress event for `task`. Subscribed for the component's whole life, so the
 * first event cannot slip in before a subscription made after the task started.
 */
export function useTaskProgress(task: TaskName | null): {
  progress: TaskProgress | null;
  reset: () => void;
} {
  const [latest, setLatest] = useState<TaskProgress | null>(null);
  useEffect(() => api.on('task:progress', setLatest), []);
  const reset = useCallback(() => setLatest(null), []);
  return { progress: latest && latest.task === task ? latest : null, reset };
}
