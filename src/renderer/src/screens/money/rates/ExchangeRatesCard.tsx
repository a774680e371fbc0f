import { ActionIcon, Button, Group, ScrollArea, Table, Text, Tooltip } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import type { ExchangeRateRecord } from '../../../../../shared/domain/finance';
import { api } from '../../../api';
import { useCalendarDate } from '../../../components/data/dates';
import { useDialog } from '../../../components/data/useDialog';
import { useConfirm } from '../../../hooks/useConfirm';
import { useIpc } from '../../../lib/useIpc';
import { useNotify } from '../../../lib/useNotify';
import { SettingsSection } from '../../settings/SettingsSection';
import { useDecimal } from '../money-format';
import { useMoneyText } from '../money-text';
import { RateFormModal } from './RateFormModal';

/**
 * The unit's table of exchange rates (one for the whole case file): the day, the currency, what
 * one unit was worth in EUR, and where the figure comes from. Totals convert with the rate of the
 * payment's day or the latest one of the week before; without one the amount is shown as not
 * converted, never guessed.
 */
export function ExchangeRatesCard() {
  const t = useMoneyText();
  const call = useIpc();
  const notify = useNotify();
  const confirm = useConfirm();
  const date = useCalendarDate();
  const decimal = useDecimal();
  const { hash } = useLocation();
  const ref = useRef<HTMLDivElement>(null);
  const [rates, setRates] = useState<ExchangeRateRecord[] | null>(null);
  const editing = useDialog<ExchangeRateRecord | null>();

  const load = useCallback(async () => {
    const list = await call(api.rate.list({}));
    if (list)
      setRates(
        [...list].sort((a, b) =>
          a.date < b.date ? 1 : a.date > b.date ? -1 : a.currency.localeCompare(b.currency),
        ),
      );
  }, [call]);
  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    if (hash === '#exchange-rates') ref.current?.scrollIntoView({ block: 'start' });
  }, [hash]);

  const remove = async (r: ExchangeRateRecord) => {
    const ok = await confirm({
      title: t('rates.removeTitle'),
      message: t('rates.removeMessage', {
        currency: r.currency,
        date: date(r.date),
        rate: r.rate,
        base: r.base,
      }),
      confirmLabel: t('rates.remove'),
      danger: true,
    });
    if (!ok) return;
    const done = await call(api.rate.remove({ id: r.id, version: r.version }));
    if (!done) return;
    notify.success(t('rates.removed'));
    await load();
  };

  return (
    <div ref={ref} id="exchange-rates">
      <SettingsSection
        title={t('rates.title')}
        description={t('rates.description')}
        testId="settings-exchange-rates"
        action={
          <Button
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() => editing.open(null)}
            data-testid="rates-add"
          >
            {t('rates.add')}
          </Button>
        }
      >
        {rates !== null && rates.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="rates-empty">
            {t('rates.empty')}
          </Text>
        ) : (
          <ScrollArea.Autosize mah={360} type="auto">
            <Table verticalSpacing={6} highlightOnHover data-testid="rates-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('rates.columns.date')}</Table.Th>
                  <Table.Th>{t('rates.columns.currency')}</Table.Th>
                  <Table.Th ta="right">{t('rates.columns.rate')}</Table.Th>
                  <Table.Th>{t('rates.columns.source')}</Table.Th>
                  <Table.Th w={80} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {(rates ?? []).map((r) => (
                  <Table.Tr key={r.id} data-testid="rate-row" data-currency={r.currency}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{date(r.date)}</Table.Td>
                    <Table.Td fw={600}>{r.currency}</Table.Td>
                    <Table.Td
                      ta="right"
                      style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
                    >
                      {decimal(r.rate, 0)} {r.base}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={1} title={r.source}>
                        {r.source}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={2} wrap="nowrap" justify="flex-end">
                        <Tooltip label={t('common.edit')}>
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            aria-label={t('common.edit')}
                            onClick={() => editing.open(r)}
                            data-testid="rate-edit"
                          >
                            <IconPencil size={16} />
                          </ActionIcon>
                        </Tooltip>
                        <Tooltip label={t('rates.remove')}>
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={t('rates.remove')}
                            onClick={() => void remove(r)}
                            data-testid="rate-remove"
                          >
                            <IconTrash size={16} />
                          </ActionIcon>
                        </Tooltip>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        )}
      </SettingsSection>
      {editing.state ? (
        <RateFormModal
          key={editing.state.key}
          rate={editing.state.value}
          onSaved={() => void load()}
          onClosed={editing.closed(editing.state.key)}
        />
      ) : null}
    </div>
  );
}
