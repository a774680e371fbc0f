import { Group, List, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  MIN_PASSPHRASE_LENGTH,
  MIN_PASSPHRASE_SCORE,
  type PassphraseVerdict,
} from '../../../shared/case-file/passphrase-strength';
import { useFeedbackText } from './useFeedbackText';

const SEGMENTS = [1, 2, 3, 4] as const;
const SCORE_KEYS = ['score0', 'score1', 'score2', 'score3', 'score4'] as const;

/** The live verdict on a new passphrase: four bars, the level, why it is not enough, and hints. */
export function StrengthMeter({ verdict }: { verdict: PassphraseVerdict | null }) {
  const { t } = useTranslation();
  const feedback = useFeedbackText();
  if (!verdict) return null;

  const score = Math.max(0, Math.min(4, verdict.score));
  const color = verdict.ok ? 'teal' : score >= 2 ? 'orange' : 'red';
  const level = t(`strength.${SCORE_KEYS[score] ?? 'score0'}`);
  const reason = verdict.ok
    ? t('strength.ok')
    : verdict.reason === 'too-short'
      ? t('strength.tooShort', { min: MIN_PASSPHRASE_LENGTH })
      : t('strength.tooWeak', { score, min: MIN_PASSPHRASE_SCORE });
  const hints = verdict.ok
    ? []
    : [
        ...(verdict.warning ? [feedback('warnings', verdict.warning)] : []),
        ...verdict.suggestions.map((s) => feedback('suggestions', s)),
      ];

  return (
    <Stack gap={6} data-testid="passphrase-strength" data-ok={verdict.ok} data-score={score}>
      <Group gap={4} grow wrap="nowrap" aria-hidden>
        {SEGMENTS.map((segment) => (
          <Progress key={segment} size={5} value={score >= segment ? 100 : 0} color={color} />
        ))}
      </Group>
      <Text size="xs" fw={600} c={verdict.ok ? 'teal.8' : 'red.8'}>
        {t('strength.level', { level })}
        {' · '}
        {reason}
      </Text>
      {hints.length > 0 ? (
        <List size="xs" c="dimmed" spacing={2}>
          {hints.map((hint) => (
            <List.Item key={hint}>{hint}</List.Item>
          ))}
        </List>
      ) : null}
    </Stack>
  );
}
