import { Card, DataList, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import type { PartySummary } from '../../../../shared/domain/party-views';
import type { Shipment } from '../../../../shared/domain/seizure';
import { useCalendarDate } from '../../components/data/dates';
import { useEnumLabel } from '../../hooks/useVocabulary';
import { PartyRefText, useSeizureItem } from './SeizureDetailsCard';
import { useMoney } from './useMoney';
import { useSeizuresText } from './useSeizuresText';
import { ValueGapNote } from './ValueGapNote';

/** The shipment the control stopped: route, documents, and the customs declaration. */
export function ShipmentCard(props: {
  shipment: Shipment;
  parties: ReadonlyMap<string, PartySummary>;
}) {
  const { shipment: s, parties } = props;
  const t = useSeizuresText();
  const label = useEnumLabel();
  const date = useCalendarDate();
  const money = useMoney();
  const { item, text, none } = useSeizureItem();
  const d = s.declaration;
  const when = (from: string | null, to: string | null) =>
    from || to ? `${from ? date(from) : '…'} – ${to ? date(to) : '…'}` : '';

  return (
    <Card data-testid="seizure-shipment">
      <Title order={3} size="h5" mb="sm">
        {t('page.shipment')}
      </Title>
      <Stack gap="md">
        <DataList size="sm" gap={8} labelWidth="12rem" withDivider>
          {item(
            'consignor',
            t('fields.consignor'),
            <PartyRefText value={s.consignor} parties={parties} />,
          )}
          {item(
            'consignee',
            t('fields.consignee'),
            <PartyRefText value={s.consignee} parties={parties} />,
          )}
          {item('carrier', t('fields.carrier'), text(s.carrier))}
          {item(
            'borderCrossingPoint',
            t('fields.borderCrossingPoint'),
            text(s.borderCrossingPoint),
          )}
          {item(
            'transportDocuments',
            t('fields.transportDocuments'),
            s.transportDocuments.length > 0 ? (
              <Stack gap={2}>
                {s.transportDocuments.map((doc, i) => (
                  <Text key={i} size="sm">
                    {label('transportDocumentKind', doc.kind)}{' '}
                    <Text span ff="monospace" fw={600} size="sm">
                      {doc.number}
                    </Text>
                  </Text>
                ))}
              </Stack>
            ) : (
              none
            ),
          )}
        </DataList>
        <div>
          <Text size="sm" fw={600} mb={4}>
            {t('fields.routeLegs')}
          </Text>
          {s.routeLegs.length === 0 ? (
            <Text size="sm" c="gray.5">
              {t('form.noLegs')}
            </Text>
          ) : (
            <Table withTableBorder verticalSpacing={6} data-testid="seizure-route">
              <Table.Tbody>
                {s.routeLegs.map((leg, i) => (
                  <Table.Tr key={i}>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        <Text size="sm">{leg.from}</Text>
                        <IconArrowRight size={14} color="var(--mantine-color-gray-6)" aria-hidden />
                        <Text size="sm">{leg.to}</Text>
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c="gray.7">
                        {label('transportMode', leg.mode)}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Text size="sm" c="gray.7">
                        {when(leg.departedOn, leg.arrivedOn)}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </div>
        {d ? (
          <div data-testid="seizure-declaration">
            <Text size="sm" fw={600} mb={4}>
              {t('page.declaration')}
            </Text>
            <DataList size="sm" gap={8} labelWidth="12rem" withDivider>
              {item(
                'declarationNumber',
                t('fields.declarationNumber'),
                d.number ? (
                  <Text span ff="monospace" size="sm">
                    {d.number}
                  </Text>
                ) : (
                  none
                ),
              )}
              {item(
                'hsCode',
                t('fields.hsCode'),
                d.hsCode ? (
                  <Text span ff="monospace" size="sm">
                    {d.hsCode}
                  </Text>
                ) : (
                  none
                ),
              )}
              {item(
                'declaredDescription',
                t('fields.declaredDescription'),
                text(d.declaredDescription),
              )}
              {item('declaredOrigin', t('fields.declaredOrigin'), text(d.declaredOrigin))}
              {item(
                'declaredValue',
                t('fields.declaredValue'),
                d.declaredValue ? money(d.declaredValue) : none,
              )}
              {item(
                'assessedValue',
                t('fields.assessedValue'),
                d.assessedValue ? (
                  <Text span size="sm" fw={600}>
                    {money(d.assessedValue)}
                  </Text>
                ) : (
                  none
                ),
              )}
            </DataList>
            <div style={{ marginTop: 8 }}>
              <ValueGapNote declared={d.declaredValue} assessed={d.assessedValue} />
            </div>
          </div>
        ) : null}
      </Stack>
    </Card>
  );
}
