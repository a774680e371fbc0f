import { Card, NavLink, Text } from '@mantine/core';
import { IconCircle, IconCircleCheckFilled, IconPointFilled } from '@tabler/icons-react';
import type { SectionId, SectionState } from './request-sections';
import { useRequestsText } from './requests-text';

/**
 * The request form's list of sections, numbered in order, each marked filled (teal), essential
 * and empty or with an input error (red), or optional and empty (grey); the current one active.
 */
export function RequestSectionNav(props: {
  order: readonly SectionId[];
  current: SectionId;
  states: Record<SectionId, SectionState>;
  errorSections: ReadonlySet<SectionId>;
  onSelect: (section: SectionId) => void;
}) {
  const t = useRequestsText();
  const { order, current, states, errorSections } = props;
  return (
    <Card padding="xs" data-testid="request-sections">
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" px="xs" pb={4}>
        {t('screen.sections')}
      </Text>
      {order.map((s, i) => {
        const state = errorSections.has(s) ? 'missing' : states[s];
        return (
          <NavLink
            key={s}
            component="button"
            type="button"
            active={s === current}
            label={`${i + 1}. ${t(`section.${s}`)}`}
            onClick={() => props.onSelect(s)}
            leftSection={
              state === 'filled' ? (
                <IconCircleCheckFilled
                  size={16}
                  color="var(--mantine-color-teal-6)"
                  aria-label={t('screen.filled')}
                />
              ) : state === 'missing' ? (
                <IconPointFilled
                  size={16}
                  color="var(--mantine-color-red-6)"
                  aria-label={t('screen.essentialEmpty')}
                />
              ) : (
                <IconCircle
                  size={16}
                  color="var(--mantine-color-gray-4)"
                  aria-label={t('screen.optional')}
                />
              )
            }
            c={state === 'missing' ? 'red.8' : undefined}
            data-testid={`request-section-${s}`}
            data-state={state}
          />
        );
      })}
    </Card>
  );
}
