import {
  ActionIcon,
  Button,
  Card,
  EmptyState,
  Group,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconFlag, IconPencil, IconPlus } from '@tabler/icons-react';
import type { DocumentView } from '../../../../shared/domain/document';
import type { ClaimRecord } from '../../../../shared/domain/provenance';
import { SpanText } from './DatePreview';
import { partyName } from './party-name';
import { ClaimStatusBadge } from './provenance-marks';
import { SourceList } from './SourceList';
import { useProvenanceText } from './useProvenanceText';

/** Competing claims of ownership, beside the chain: who, as what, on what ground, how it stands. */
export function ClaimsCard(props: {
  claims: readonly ClaimRecord[];
  parties: Readonly<Record<string, string>>;
  documents: ReadonlyMap<string, DocumentView>;
  onAdd: () => void;
  onEdit: (claim: ClaimRecord) => void;
}) {
  const t = useProvenanceText();
  return (
    <Card data-testid="claims-card">
      <Group justify="space-between" align="flex-start" mb="sm" wrap="nowrap">
        <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
          <Title order={3} size="h5">
            {t('claims.title')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('claims.intro')}
          </Text>
        </Stack>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} />}
          style={{ flex: 'none' }}
          onClick={props.onAdd}
          data-testid="claims-add"
        >
          {t('claims.add')}
        </Button>
      </Group>
      {props.claims.length === 0 ? (
        <EmptyState
          py="md"
          size="sm"
          icon={<IconFlag size={22} stroke={1.5} />}
          title={t('claims.emptyTitle')}
          description={t('claims.emptyText')}
          data-testid="claims-empty"
        />
      ) : (
        <Stack gap="xs">
          {props.claims.map((c) => (
            <Card
              key={c.id}
              withBorder
              padding="sm"
              radius="sm"
              data-testid="claim"
              data-status={c.status}
            >
              <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
                <Stack gap={2} style={{ minWidth: 0 }}>
                  <Text fw={600} size="sm" data-testid="claim-claimant">
                    {partyName(c.claimant, props.parties)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t(`claimantKinds.${c.claimantKind}`)}
                  </Text>
                </Stack>
                <Group gap={4} wrap="nowrap" style={{ flex: 'none' }}>
                  <ClaimStatusBadge status={c.status} />
                  <Tooltip label={t('claims.edit')}>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      size="sm"
                      aria-label={t('claims.edit')}
                      onClick={() => props.onEdit(c)}
                      data-testid="claim-edit"
                    >
                      <IconPencil size={14} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              </Group>
              <Text size="sm" mt={6} style={{ whiteSpace: 'pre-wrap' }} data-testid="claim-basis">
                {c.basis}
              </Text>
              {c.date ? (
                <Text size="xs" c="dimmed" mt={4}>
                  {t('claims.date')}: <SpanText span={c.span} />
                </Text>
              ) : null}
              {c.sources.length > 0 ? (
                <div style={{ marginTop: 6 }}>
                  <SourceList sources={c.sources} documents={props.documents} />
                </div>
              ) : null}
              {c.notes ? (
                <Text size="xs" c="dimmed" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                  {c.notes}
                </Text>
              ) : null}
            </Card>
          ))}
        </Stack>
      )}
    </Card>
  );
}
