import { Anchor, Badge, Button, Card, Group, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { ObjectPage } from '../../../../shared/domain/object-views';
import { useEnumLabel, useVocabulary } from '../../hooks/useVocabulary';
import { objectRoutes } from '../objects/object-routes';
import { useSeizuresText } from './useSeizuresText';

/** What was taken in this seizure, each object a link to its page. */
export function SeizureObjectsCard(props: {
  objects: ObjectPage;
  caseId: string;
  seizureId: string;
}) {
  const { objects } = props;
  const t = useSeizuresText();
  const label = useEnumLabel();
  const types = useVocabulary('object_type');
  return (
    <Card data-testid="seizure-objects">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h5">
          {t('page.objects', { count: objects.total })}
        </Title>
        <Button
          component={Link}
          to={objectRoutes.newInSeizure(props.caseId, props.seizureId)}
          size="xs"
          variant="subtle"
          leftSection={<IconPlus size={14} />}
          data-testid="seizure-new-object"
        >
          {t('page.newObject')}
        </Button>
      </Group>
      {objects.rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('page.noObjects')}
        </Text>
      ) : (
        <Table verticalSpacing={6} highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('page.exhibit')}</Table.Th>
              <Table.Th>{t('page.objectTitle')}</Table.Th>
              <Table.Th>{t('page.objectType')}</Table.Th>
              <Table.Th>{t('page.legalStatus')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {objects.rows.map((o) => (
              <Table.Tr key={o.id} data-testid="seizure-object">
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Anchor
                    component={Link}
                    to={objectRoutes.object(o.id)}
                    ff="monospace"
                    fw={600}
                    size="sm"
                  >
                    {o.exhibitNumber}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm" lineClamp={1} title={o.title}>
                      {o.title}
                    </Text>
                    {o.lotCount !== null ? (
                      <Badge size="xs" variant="light" color="gray" tt="none">
                        {t('page.lot', { count: o.lotCount })}
                      </Badge>
                    ) : null}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="gray.7">
                    {types.labelOf(o.typeL2 ?? o.typeL1)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{label('legalStatus', o.legalStatus)}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {objects.total > objects.rows.length ? (
        <Text size="xs" c="dimmed" mt="xs">
          {t('page.moreObjects', { count: objects.total - objects.rows.length })}
        </Text>
      ) : null}
    </Card>
  );
}
