import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as commonDictionary } from '@zxcvbn-ts/language-common';
import { dictionary as enDictionary, translations } from '@zxcvbn-ts/language-en';

/**
 * A passphrase guards the only copy of the data key an operator carries in their head. The rule is
 * deliberately simple to explain: at least 12 characters AND rated "safely unguessable" (zxcvbn
 * score ≥ 3), where the estimate also penalises the operator's own name and the product's name.
 */
export const MIN_PASSPHRASE_LENGTH = 12;
export const MIN_PASSPHRASE_SCORE = 3;

export type PassphraseVerdict =
  | { ok: true; score: number }
  | {
      ok: false;
      reason: 'too-short' | 'too-weak';
      score: number;
      warning: string | null;
      suggestions: string[];
    };

let factory: ZxcvbnFactory | undefined;
function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...commonDictionary, ...enDictionary },
    graphs: adjacencyGraphs,
    translations,
  });
  return factory;
}

/**
 * A name helps an attacker in many shapes: "Aleksandra Konstantinović", "Konstantinovic",
 * "AleksandraKonstantinović". Each input is given to the estimator whole, word by word, without
 * spaces and without diacritics.
 */
export function nameVariants(inputs: readonly string[]): string[] {
  const variants = new Set<string>();
  for (const input of inputs) {
    const words = input
      .normalize('NFC')
      .toLocaleLowerCase('und')
      .split(/[\s\-_.,]+/u)
      .filter(Boolean);
    for (const form of [words.join(' '), words.join(''), ...words]) {
      variants.add(form);
      variants.add(form.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd'));
    }
  }
  return [...variants].filter((v) => v.length >= 2);
}

export function assessPassphrase(passphrase: string, userInputs: string[] = []): PassphraseVerdict {
  const result = estimator().check(passphrase, [...nameVariants(userInputs), 'custodia']);
  const base = {
    score: result.score,
    warning: result.feedback.warning ?? null,
    suggestions: result.feedback.suggestions,
  };
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH)
    return { ok: false, reason: 'too-short', ...base };
  if (result.score < MIN_PASSPHRASE_SCORE) return { ok: false, reason: 'too-weak', ...base };
  return { ok: true, score: result.score };
}

/** English wording for the CLI and logs-free errors; the UI renders the verdict through i18n. */
export function describePassphraseVerdict(verdict: PassphraseVerdict): string {
  if (verdict.ok) return 'The passphrase is strong enough.';
  const head =
    verdict.reason === 'too-short'
      ? `The passphrase is too short: use at least ${MIN_PASSPHRASE_LENGTH} characters (several unrelated words work well).`
      : `The passphrase is too easy to guess (strength ${verdict.score} of 4, at least ${MIN_PASSPHRASE_SCORE} needed).`;
  const hints = [verdict.warning, ...verdict.suggestions].filter((s): s is string => !!s);
  return hints.length > 0 ? `${head} ${hints.join(' ')}` : head;
}
