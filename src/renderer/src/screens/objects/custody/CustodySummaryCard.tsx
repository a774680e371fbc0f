import { Card, DataList, Text, Title } from '@mantine/core';
import { FieldList } from '../FieldList';
import type { CustodyCurrent } from '../../../../../shared/domain/object-views';
import { useEnumLabel } from '../../../hooks/useVocabulary';
import { useDataText } from '../../../components/data/data-text';
import { useObjectsText } from '../useObjectsText';
import { useRecordedTime } from './custody-format';

/** Where the object is now, who holds it and under which seal: derived by main from the log. */
export function CustodySummaryCard({ current }: { current: CustodyCurrent | null }) {
  const t = useObjectsText();
  const data = useDataText();
  const label = useEnumLabel();
  const time = useRecordedTime();
  const value = (text: string, testId: string) => (
    <Text size="sm" fw={600} c={text ? undefined : 'gray.5'} data-testid={testId}>
      {text || data('notGiven')}
    </Text>
  );
  return (
    <Card data-testid="custody-current">
      <Title order={3} size="h5" mb="xs">
        {t('custody.current')}
      </Title>
      {current ? (
        <FieldList labelWidth="8rem">
          <DataList.Item>
            <DataList.ItemLabel>{t('custody.location')}</DataList.ItemLabel>
            <DataList.ItemValue>
              {value(current.location, 'custody-current-location')}
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('custody.custodian')}</DataList.ItemLabel>
            <DataList.ItemValue>
              {value(current.custodian, 'custody-current-custodian')}
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('custody.seal')}</DataList.ItemLabel>
            <DataList.ItemValue>
              <Text
                size="sm"
                fw={600}
                ff="monospace"
                c={current.sealNumber ? undefined : 'gray.5'}
                data-testid="custody-current-seal"
              >
                {current.sealNumber || data('notGiven')}
              </Text>
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('custody.lastAction')}</DataList.ItemLabel>
            <DataList.ItemValue>
              <Text size="sm">{label('custodyAction', current.lastAction)}</Text>
              <Text size="xs" c="dimmed">
                {time(current.at)}
              </Text>
            </DataList.ItemValue>
          </DataList.Item>
        </FieldList>
      ) : (
        <Text size="sm" c="dimmed" data-testid="custody-current-none">
          {t('custody.noneYet')}
        </Text>
      )}
    </Card>
  );
}
