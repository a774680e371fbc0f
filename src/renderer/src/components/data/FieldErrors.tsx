import { Alert, List } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { InputIssue } from '../../lib/form-errors';
import { useDataText } from './data-text';

/** Problems main found that name no field of the form, listed above its buttons. */
export function FieldErrors({
  issues,
  testId,
}: {
  issues: readonly InputIssue[];
  testId?: string;
}) {
  const t = useDataText();
  if (issues.length === 0) return null;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertCircle size={18} />}
      title={t('formErrors.title')}
      data-testid={testId}
    >
      <List size="sm" spacing={2}>
        {issues.map((issue, i) => (
          <List.Item key={i}>
            {issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
