import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import {
  assessPassphrase,
  type PassphraseVerdict,
} from '../../../shared/case-file/passphrase-strength';

export interface PassphrasePair {
  passphrase: string;
  repeat: string;
  setPassphrase: (value: string) => void;
  setRepeat: (value: string) => void;
  /** The core's own verdict (null while empty), so the meter and main never disagree. */
  verdict: PassphraseVerdict | null;
  matches: boolean;
  /** Strong enough, typed twice the same, and the verdict is for what is in the field now. */
  valid: boolean;
  reset: () => void;
}

/** A new passphrase and its repetition, rated against the names that would help a guesser. */
export function usePassphrasePair(userInputs: readonly string[]): PassphrasePair {
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  // zxcvbn takes a few milliseconds on long input: rate after the keystroke has painted.
  const rated = useDeferredValue(passphrase);
  const inputsKey = userInputs.join('\u0000');
  const verdict = useMemo(
    () => (rated ? assessPassphrase(rated, inputsKey ? inputsKey.split('\u0000') : []) : null),
    [rated, inputsKey],
  );
  const matches = repeat === passphrase;
  const reset = useCallback(() => {
    setPassphrase('');
    setRepeat('');
  }, []);
  return {
    passphrase,
    repeat,
    setPassphrase,
    setRepeat,
    verdict,
    matches,
    valid: verdict?.ok === true && rated === passphrase && matches,
    reset,
  };
}
