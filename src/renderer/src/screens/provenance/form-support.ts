import type { ReactNode } from 'react';

/** Errors main reported inside a list field (`sources.1.page`), keyed by their path in the list. */
export function errorsUnder(
  errors: Readonly<Record<string, ReactNode>>,
  field: string,
): Record<string, ReactNode> {
  const prefix = `${field}.`;
  const out: Record<string, ReactNode> = {};
  for (const [path, message] of Object.entries(errors)) {
    if (path.startsWith(prefix)) out[path.slice(prefix.length)] = message;
  }
  return out;
}

/**
 * The error target for applyFieldErrors: a problem with a whole party reference ("name the
 * claimant", at `claimant`) is shown on its name input, which PartyRefField marks.
 */
export function partyAwareTarget<T>(
  form: {
    getValues: () => T;
    setErrors: (errors: Record<string, ReactNode>) => void;
  },
  partyPaths: readonly string[],
): { getValues: () => T; setErrors: (errors: Record<string, string>) => void } {
  return {
    getValues: form.getValues,
    setErrors: (errors) => {
      const moved: Record<string, string> = {};
      for (const [path, message] of Object.entries(errors)) {
        const key = partyPaths.includes(path) ? `${path}.name` : path;
        moved[key] ??= message;
      }
      form.setErrors(moved);
    },
  };
}
