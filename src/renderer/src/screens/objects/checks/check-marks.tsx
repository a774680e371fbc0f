import { Badge, type MantineColor } from '@mantine/core';
import { useEnumLabel } from '../../../hooks/useVocabulary';

const RESULT_COLOR: Record<string, MantineColor> = {
  hit: 'red',
  possible_match: 'orange',
  no_hit: 'gray',
};

/** A hit in red, a possible match in orange, no hit in a quiet grey: never read as "clean". */
export function CheckResultBadge({ result }: { result: string }) {
  const label = useEnumLabel();
  return (
    <Badge
      color={RESULT_COLOR[result] ?? 'gray'}
      variant={result === 'no_hit' ? 'outline' : 'filled'}
      radius="sm"
      tt="none"
      data-testid="check-result"
      data-result={result}
    >
      {label('checkResult', result)}
    </Badge>
  );
}
