import { Alert } from '@mantine/core';
import { IconAlertCircle, IconHourglass } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/** A mistake shown where it was made, announced to screen readers. */
export function InlineError(props: { testId: string; rateLimited?: boolean; children: ReactNode }) {
  return (
    <Alert
      color={props.rateLimited ? 'orange' : 'red'}
      variant="light"
      icon={props.rateLimited ? <IconHourglass size={18} /> : <IconAlertCircle size={18} />}
      role="alert"
      py="xs"
      data-testid={props.testId}
      data-rate-limited={props.rateLimited ? 'true' : undefined}
    >
      {props.children}
    </Alert>
  );
}
