import {
  Alert,
  Button,
  Grid,
  Group,
  List,
  Loader,
  ScrollArea,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconInfoCircle, IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { AccountView } from '../../../../../shared/domain/finance-views';
import type { MappingIssue, StatementPreview } from '../../../../../shared/domain/statement';
import { useStatementsText } from '../money-text';
import { accountOptions } from '../useCaseAccounts';
import { issueField, usedColumns, type MappingDraft } from './mapping-draft';
import { MappingFields, type DraftIssues } from './MappingFields';
import { ParsedPreview, PreviewCounts } from './ParsedPreview';
import { RawRowsTable } from './RawRowsTable';

export interface ColumnsStepProps {
  raw: StatementPreview;
  draft: MappingDraft;
  onDraftChange: (patch: Partial<MappingDraft>) => void;
  preview: StatementPreview | null;
  previewError: string | null;
  stale: boolean;
  accounts: readonly AccountView[] | null;
  accountId: string | null;
  onAccountChange: (id: string | null) => void;
  onNewAccount: () => void;
  name: string;
  onNameChange: (name: string) => void;
  nameError: ReactNode;
  bank: string;
  onBankChange: (bank: string) => void;
  /** Show what is missing on the fields themselves (after a first "Next"). */
  showIssues: boolean;
  accountError: ReactNode;
}

/**
 * The mapping screen: on the left what each column means and how to read it, on the right the
 * file's first rows under their headers and, once the mapping is complete, the rows as they
 * would be imported, with every refused cell marked and the counts over the whole file.
 */
export function ColumnsStep(props: ColumnsStepProps) {
  const t = useStatementsText();
  const { draft, preview } = props;
  const issues: MappingIssue[] = preview?.mappingIssues ?? [];

  const described = issues.map((issue) => {
    const field = issueField(issue.path);
    const label = field ? t(`mapping.fields.${field}`) : issue.path.join('.');
    const value = field ? draft[field] : null;
    const text =
      field && (value === null || value === '')
        ? t('mapping.issueMissing', { field: label })
        : field && typeof value === 'string' && issue.message.includes(value)
          ? t('mapping.issueNotInFile', { field: label, column: value })
          : `${label}: ${issue.message}`;
    return { field, text };
  });
  const onFields: DraftIssues = {};
  if (props.showIssues) {
    for (const d of described) if (d.field) onFields[d.field] ??= d.text;
  }
  const headers = (preview ?? props.raw).headers;

  return (
    <Grid gap="md" data-testid="statement-columns">
      <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
        <ScrollArea.Autosize mah="calc(100dvh - 20rem)" type="auto" offsetScrollbars>
          <Stack gap="xs" pr={4}>
            <Select
              size="xs"
              label={t('mapping.account')}
              description={t('mapping.accountHint')}
              placeholder={t('mapping.accountPlaceholder')}
              required
              data={accountOptions(props.accounts)}
              value={props.accountId}
              onChange={props.onAccountChange}
              searchable
              error={props.accountError}
              comboboxProps={{ withinPortal: true }}
              data-testid="statement-account"
            />
            <Group justify="flex-end" mt={-4}>
              <Button
                size="compact-xs"
                variant="subtle"
                leftSection={<IconPlus size={12} />}
                onClick={props.onNewAccount}
                data-testid="statement-new-account"
              >
                {t('mapping.newAccount')}
              </Button>
            </Group>
            <Group gap="xs" grow>
              <TextInput
                size="xs"
                label={t('mapping.name')}
                required
                value={props.name}
                onChange={(e) => props.onNameChange(e.currentTarget.value)}
                error={props.nameError}
                data-testid="mapping-name"
              />
              <TextInput
                size="xs"
                label={t('mapping.bank')}
                value={props.bank}
                onChange={(e) => props.onBankChange(e.currentTarget.value)}
                data-testid="mapping-bank"
              />
            </Group>
            <MappingFields
              draft={draft}
              onChange={props.onDraftChange}
              headers={headers}
              file={(preview ?? props.raw).file}
              issues={onFields}
            />
          </Stack>
        </ScrollArea.Autosize>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
        <Stack gap="sm">
          <RawRowsTable preview={preview ?? props.raw} used={usedColumns(draft)} />
          {props.previewError ? (
            <Alert color="red" variant="light" data-testid="statement-preview-error">
              {props.previewError}
            </Alert>
          ) : described.length > 0 ? (
            <Alert
              color="yellow"
              variant="light"
              icon={<IconInfoCircle size={18} />}
              title={t('mapping.issuesTitle')}
              data-testid="mapping-issues"
            >
              <List size="sm" spacing={2}>
                {described.map((d, i) => (
                  <List.Item key={i}>{d.text}</List.Item>
                ))}
              </List>
            </Alert>
          ) : null}
          {preview?.parsed ? (
            <Stack gap={6} style={{ opacity: props.stale ? 0.6 : 1 }}>
              <Group justify="space-between" wrap="nowrap">
                <Text size="sm" fw={600}>
                  {t('preview.title')}
                </Text>
                {props.stale ? <Loader size="xs" /> : null}
              </Group>
              <PreviewCounts parsed={preview.parsed} />
              <ParsedPreview parsed={preview.parsed} />
            </Stack>
          ) : props.stale ? (
            <Loader size="sm" />
          ) : null}
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
