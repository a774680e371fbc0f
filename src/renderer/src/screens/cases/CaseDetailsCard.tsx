import { Badge, Button, Card, DataList, Group, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { CaseRecord } from '../../../../shared/domain/case';
import { useCalendarDate } from '../../components/data/dates';
import { useEnumLabel, useVocabulary } from '../../hooks/useVocabulary';
import { useCasesText } from './useCasesText';

/** Every field of the case, read-only; "—" for what was not given. */
export function CaseDetailsCard({ record, onEdit }: { record: CaseRecord; onEdit: () => void }) {
  const t = useCasesText();
  const date = useCalendarDate();
  const enumLabel = useEnumLabel();
  const offences = useVocabulary('offence_type');
  const classifications = useVocabulary('classification');

  const none = (
    <Text span size="sm" c="gray.5">
      {t('data.notGiven')}
    </Text>
  );
  const text = (value: string) => (value ? value : none);
  const item = (key: string, label: string, value: ReactNode) => (
    <DataList.Item key={key} data-testid={`case-field-${key}`}>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{value}</DataList.ItemValue>
    </DataList.Item>
  );

  return (
    <Card data-testid="case-details">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h5">
          {t('overview.details')}
        </Title>
        <Button
          size="xs"
          variant="subtle"
          leftSection={<IconPencil size={14} />}
          onClick={onEdit}
          data-testid="case-details-edit"
        >
          {t('page.edit')}
        </Button>
      </Group>
      <DataList size="sm" gap={8} labelWidth="11rem" withDivider>
        {item(
          'reference',
          t('fields.reference'),
          <Text span ff="monospace" size="sm">
            {record.reference}
          </Text>,
        )}
        {item('title', t('fields.title'), record.title)}
        {item(
          'offences',
          t('fields.offences'),
          record.offences.length > 0 ? (
            <Group gap={4}>
              {record.offences.map((code) => (
                <Badge key={code} variant="light" color="gray" radius="sm" tt="none" fw={500}>
                  {offences.labelOf(code)}
                </Badge>
              ))}
            </Group>
          ) : (
            none
          ),
        )}
        {item('openedOn', t('fields.openedOn'), date(record.openedOn))}
        {record.closedOn ? item('closedOn', t('fields.closedOn'), date(record.closedOn)) : null}
        {item('jurisdiction', t('fields.jurisdiction'), text(record.jurisdiction))}
        {item('unit', t('fields.unit'), text(record.unit))}
        {item('leadInvestigator', t('fields.leadInvestigator'), text(record.leadInvestigator))}
        {item('prosecutor', t('fields.prosecutor'), text(record.prosecutor))}
        {item(
          'prosecutionReference',
          t('fields.prosecutionReference'),
          text(record.prosecutionReference),
        )}
        {item(
          'classification',
          t('fields.classification'),
          classifications.labelOf(record.classification),
        )}
        {item(
          'handlingCode',
          t('fields.handlingCode'),
          <>
            <Text span size="sm" ff="monospace" fw={600}>
              {record.handlingCode}
            </Text>
            <Text span size="sm" c="gray.7">
              {' — '}
              {enumLabel('handlingCodeHelp', record.handlingCode, '')}
            </Text>
          </>,
        )}
        {item(
          'tags',
          t('fields.tags'),
          record.tags.length > 0 ? (
            <Group gap={4}>
              {record.tags.map((tag) => (
                <Badge key={tag} variant="outline" color="gray" radius="sm" tt="none" fw={500}>
                  {tag}
                </Badge>
              ))}
            </Group>
          ) : (
            none
          ),
        )}
      </DataList>
    </Card>
  );
}
