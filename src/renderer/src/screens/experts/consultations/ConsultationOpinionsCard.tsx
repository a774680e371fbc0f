import { Anchor, Badge, Button, Card, Group, Menu, Table, Text, Title } from '@mantine/core';
import { IconChevronDown, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ConsultationView, OpinionView } from '../../../../../shared/domain/expert-views';
import { useCalendarDate } from '../../../components/data/dates';
import { enumLabel } from '../../../lib/vocab-label';
import { objectRoutes } from '../../objects/object-routes';
import { useConsultationsText } from './consultations-text';

/**
 * The opinions recorded in answer to this consultation, one line per object and expert report,
 * each leading to the object's opinions (where they are compared with the others on it), and
 * "Record opinion" for one of the objects asked about (the expert and consultation filled in).
 */
export function ConsultationOpinionsCard(props: {
  consultation: ConsultationView;
  opinions: readonly OpinionView[] | null;
  /** Opens the opinion form for one object of the consultation. */
  onRecord: (objectId: string) => void;
}) {
  const { consultation, opinions } = props;
  const t = useConsultationsText();
  const { t: base } = useTranslation();
  const date = useCalendarDate();
  const objects = consultation.objects;

  const single = objects.length === 1 ? objects[0] : undefined;
  const recordButton = (
    <Button
      size="xs"
      variant="light"
      leftSection={<IconPlus size={14} />}
      rightSection={single ? undefined : <IconChevronDown size={14} />}
      onClick={single ? () => props.onRecord(single.id) : undefined}
      data-testid="consultation-record-opinion"
    >
      {t('opinions.record')}
    </Button>
  );

  return (
    <Card data-testid="consultation-opinions">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          {t('opinions.title', { count: opinions?.length ?? 0 })}
        </Title>
        {objects.length > 1 ? (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>{recordButton}</Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>{t('opinions.which')}</Menu.Label>
              {objects.map((o) => (
                <Menu.Item
                  key={o.id}
                  onClick={() => props.onRecord(o.id)}
                  data-testid="consultation-record-opinion-object"
                >
                  <Text size="sm" span ff="monospace" fw={600}>
                    {o.exhibitNumber}
                  </Text>{' '}
                  {o.title}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        ) : (
          recordButton
        )}
      </Group>
      {opinions === null ? null : opinions.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="consultation-opinions-none">
          {consultation.state === 'received' ? t('opinions.noneYetReceived') : t('opinions.none')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('opinions.columns.object')}</Table.Th>
                <Table.Th>{t('opinions.columns.date')}</Table.Th>
                <Table.Th>{t('opinions.columns.authenticity')}</Table.Th>
                <Table.Th>{t('opinions.columns.confidence')}</Table.Th>
                <Table.Th>{t('opinions.columns.conclusion')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {opinions.map((o) => (
                <Table.Tr key={o.id} data-testid="consultation-opinion">
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Anchor
                      component={Link}
                      to={objectRoutes.tab(o.objectId, 'opinions')}
                      ff="monospace"
                      fw={600}
                      size="sm"
                    >
                      {o.exhibitNumber}
                    </Anchor>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm">{date(o.date)}</Text>
                  </Table.Td>
                  <Table.Td>
                    {o.authenticity ? (
                      <Badge
                        size="sm"
                        variant="light"
                        tt="none"
                        color={
                          o.authenticity === 'authentic'
                            ? 'teal'
                            : o.authenticity === 'not_authentic'
                              ? 'red'
                              : 'gray'
                        }
                      >
                        {enumLabel(base, 'authenticityFinding', o.authenticity)}
                      </Badge>
                    ) : (
                      <Text size="sm" c="gray.5">
                        {t('page.notGiven')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{enumLabel(base, 'confidenceLevel', o.confidence)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={2} title={o.conclusion}>
                      {o.conclusion}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
