import { Paper, SimpleGrid, Text, VisuallyHidden } from '@mantine/core';
import { Fragment } from 'react';
import classes from './RecoveryKeyGroups.module.css';

/**
 * The recovery key as it is to be copied by hand: eight numbered boxes in large monospace.
 * Hidden dashes keep the element's text equal to the key (screen readers, copying); the group
 * numbers are drawn by CSS so they are not part of that text.
 */
export function RecoveryKeyGroups({ recoveryKey }: { recoveryKey: string }) {
  const groups = recoveryKey.split('-');
  return (
    <SimpleGrid cols={4} spacing="xs" data-testid="recovery-key" aria-label={recoveryKey}>
      {groups.map((group, i) => (
        <Fragment key={i}>
          {i > 0 ? <VisuallyHidden>-</VisuallyHidden> : null}
          <Paper
            withBorder
            px="xs"
            py={10}
            bg="gray.0"
            className={classes.group}
            data-index={i + 1}
          >
            <Text ff="monospace" fz={24} fw={600} ta="center" lts={2}>
              {group}
            </Text>
          </Paper>
        </Fragment>
      ))}
    </SimpleGrid>
  );
}
