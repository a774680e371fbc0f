import { describe, expect, it } from 'vitest';
import {
  assessPassphrase,
  describePassphraseVerdict,
  MIN_PASSPHRASE_LENGTH,
  MIN_PASSPHRASE_SCORE,
  type PassphraseVerdict,
} from './passphrase-strength';

describe('assessPassphrase', () => {
  it('calls anything under 12 characters too short, however random', () => {
    expect(MIN_PASSPHRASE_LENGTH).toBe(12);
    for (const p of ['', 'short', 'Xk9#mQ2$vL7', 'čćžšđ ЖЉЊ 1']) {
      const v = assessPassphrase(p);
      expect(v.ok, p).toBe(false);
      if (!v.ok) expect(v.reason, p).toBe('too-short');
    }
  });

  it('counts characters, not UTF-16 units or bytes', () => {
    // 11 characters, but 22 UTF-16 code units (each emoji is a surrogate pair).
    const elevenEmoji = '🏺🗿🏺🗿🏺🗿🏺🗿🏺🗿🏺';
    expect([...elevenEmoji]).toHaveLength(11);
    expect(elevenEmoji.length).toBe(22);
    const v = assessPassphrase(elevenEmoji);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.reason).toBe('too-short');
  });

  it('calls a long but common passphrase too weak', () => {
    for (const p of ['passwordpassword', 'qwertyuiopasdf', '123456789012345', 'custodiacustodia']) {
      const v = assessPassphrase(p);
      expect(v.ok, p).toBe(false);
      if (!v.ok) {
        expect(v.reason, p).toBe('too-weak');
        expect(v.score, p).toBeLessThan(MIN_PASSPHRASE_SCORE);
      }
    }
  });

  it("treats the operator's own name as weak", () => {
    const name = 'Aleksandra Konstantinović';
    // Strong-looking on its own (two long, rare words)…
    expect(assessPassphrase(name).ok).toBe(true);
    // …but not as the passphrase of the person it names, in any case, or with a digit added.
    for (const p of [name, name.toUpperCase(), name.toLowerCase(), `${name}1`]) {
      const v = assessPassphrase(p, [name]);
      expect(v.ok, p).toBe(false);
      if (!v.ok) expect(v.reason, p).toBe('too-weak');
    }
  });

  it('accepts a long multi-word passphrase with Cyrillic and diacritics', () => {
    for (const p of [
      'Ohridsko jezero — Струга, 1979: čuvaj ključ!',
      'Мостар старый мост, ćevapi i šljive 1566',
      'Butrint mosaic floor, 4th c. — ëç ruaj çelësin 77',
    ]) {
      const v = assessPassphrase(p, ['Ana Petrović']);
      expect(v, p).toEqual({ ok: true, score: expect.any(Number) });
      expect(v.score, p).toBeGreaterThanOrEqual(MIN_PASSPHRASE_SCORE);
    }
  });

  it('gives feedback with a weak verdict', () => {
    const v = assessPassphrase('passwordpassword');
    expect(v.ok).toBe(false);
    if (!v.ok) expect([v.warning, ...v.suggestions].filter(Boolean).length).toBeGreaterThan(0);
  });
});

describe('describePassphraseVerdict', () => {
  it('tells a too-short passphrase to use at least 12 characters', () => {
    const text = describePassphraseVerdict(assessPassphrase('short'));
    expect(text).toMatch(/too short/);
    expect(text).toContain('12 characters');
  });

  it('says how strong a too-weak passphrase is and includes the hints', () => {
    const verdict: PassphraseVerdict = {
      ok: false,
      reason: 'too-weak',
      score: 1,
      warning: 'Repeats are easy to guess.',
      suggestions: ['Add more words.'],
    };
    const text = describePassphraseVerdict(verdict);
    expect(text).toContain('too easy to guess');
    expect(text).toContain('strength 1 of 4');
    expect(text).toContain(`at least ${MIN_PASSPHRASE_SCORE} needed`);
    expect(text).toContain('Repeats are easy to guess.');
    expect(text).toContain('Add more words.');
    expect(text).not.toContain('12 characters');
  });

  it('has no dangling hint text when there are no hints', () => {
    const text = describePassphraseVerdict({
      ok: false,
      reason: 'too-short',
      score: 4,
      warning: null,
      suggestions: [],
    });
    expect(text).toBe(
      'The passphrase is too short: use at least 12 characters (several unrelated words work well).',
    );
  });

  it('confirms a strong passphrase', () => {
    expect(
      describePassphraseVerdict(assessPassphrase('Ohridsko jezero — Струга, 1979: čuvaj ključ!')),
    ).toBe('The passphrase is strong enough.');
  });
});
