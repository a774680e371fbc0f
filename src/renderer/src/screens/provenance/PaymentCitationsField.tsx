import { ActionIcon, Group, Input, Select, Stack, Text, Tooltip } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch, IconX } from '@tabler/icons-react';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { PaymentView } from '../../../../shared/domain/finance-views';
import type { CitedPayment } from '../../../../shared/domain/provenance';
import { api } from '../../api';
import { useCalendarDate } from '../../components/data/dates';
import { useIpc } from '../../lib/useIpc';
import { useMoney } from '../seizures/useMoney';
import { citedOf, searchFilters } from './payment-links';
import { PaymentRow, useMethodLabel } from './payment-marks';
import { useProvenanceText } from './useProvenanceText';

/** Payments offered at once; typing an amount, a name or a reference narrows the list. */
const SHOWN = 30;

/**
 * "Paid by": the payments of the case an event cites, in the order they were added, each with a
 * button that removes it, and a search that finds the others in main (payment:list): an amount is
 * matched exactly, other text in the reference, purpose and names. Each payment is cited once.
 *
 * `known` are the payments whose rows can be shown (names resolved): the chain's, and those picked
 * here, which `onChange` hands over as `added`. `error` is main's message for the list
 * (`payments`, or one of its items).
 */
export function PaymentCitationsField(props: {
  caseId: string;
  value: readonly string[];
  onChange: (value: string[], added?: CitedPayment) => void;
  known: Readonly<Record<string, CitedPayment>>;
  error?: ReactNode;
  /** Shown under the list, e.g. how the payments compare with the price. */
  footer?: ReactNode;
  testId?: string;
}) {
  const t = useProvenanceText();
  const call = useIpc();
  const date = useCalendarDate();
  const money = useMoney();
  const methodLabel = useMethodLabel();
  const testId = props.testId ?? 'payment-citations';
  const { value, onChange, caseId } = props;
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), 200);
  const [found, setFound] = useState<{ query: string; rows: PaymentView[]; total: number } | null>(
    null,
  );

  useEffect(() => {
    let live = true;
    void call(
      api.payment.list({
        caseId,
        limit: SHOWN,
        sort: 'date',
        direction: 'desc',
        filters: searchFilters(query),
      }),
    ).then((page) => {
      if (live && page) setFound({ query, rows: page.rows, total: page.total });
    });
    return () => {
      live = false;
    };
  }, [call, caseId, query]);

  const cited = useMemo(() => new Set(value), [value]);
  const byId = useMemo(
    () => new Map((found?.rows ?? []).filter((p) => !cited.has(p.id)).map((p) => [p.id, p])),
    [found, cited],
  );
  const label = (p: PaymentView) =>
    `${date(p.date)} · ${money(p.amount)} · ${p.payerName || '—'} → ${p.beneficiaryName || '—'}`;

  const add = (id: string | null) => {
    const p = id ? byId.get(id) : undefined;
    setSearch('');
    if (!p || cited.has(p.id)) return;
    onChange([...value, p.id], citedOf(p));
  };
  const remove = (index: number) => onChange(value.filter((_, i) => i !== index));

  const noPayments = found !== null && found.query === '' && found.total === 0;
  const more = found !== null && found.total > found.rows.length;

  return (
    <Input.Wrapper
      label={t('fields.payments')}
      description={t('payments.description')}
      error={props.error}
      data-testid={testId}
    >
      <Stack gap={6} mt={4}>
        {value.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid={`${testId}-none`}>
            {t('payments.none')}
          </Text>
        ) : (
          value.map((id, index) => {
            const p = props.known[id];
            return (
              <Group
                key={id}
                gap="xs"
                wrap="nowrap"
                data-testid={`${testId}-row`}
                data-payment-id={id}
              >
                <div style={{ flex: 1, minWidth: 0 }}>
                  {p ? (
                    <PaymentRow payment={p} />
                  ) : (
                    <Text size="sm" c="dimmed" fs="italic">
                      {t('payments.unknown')}
                    </Text>
                  )}
                </div>
                <Tooltip label={t('payments.remove')}>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={t('payments.remove')}
                    onClick={() => remove(index)}
                    data-testid={`${testId}-remove`}
                  >
                    <IconX size={16} />
                  </ActionIcon>
                </Tooltip>
              </Group>
            );
          })
        )}
        {props.footer}
        {noPayments ? (
          <Text size="xs" c="dimmed" data-testid={`${testId}-empty`}>
            {t('payments.noPayments')}
          </Text>
        ) : (
          <>
            <Select
              size="xs"
              aria-label={t('payments.add')}
              placeholder={t('payments.addPlaceholder')}
              leftSection={<IconSearch size={14} />}
              data={[...byId.values()].map((p) => ({ value: p.id, label: label(p) }))}
              value={null}
              searchable
              searchValue={search}
              onSearchChange={setSearch}
              filter={({ options }) => options}
              nothingFoundMessage={
                found === null || found.query !== search.trim()
                  ? t('payments.loading')
                  : t('payments.nothingFound')
              }
              comboboxProps={{ withinPortal: true }}
              maxDropdownHeight={300}
              onChange={add}
              renderOption={({ option }) => {
                const p = byId.get(option.value);
                return (
                  <Stack gap={0} data-testid={`${testId}-option`}>
                    <Text size="sm">{option.label}</Text>
                    {p ? (
                      <Text size="xs" c="dimmed">
                        {[methodLabel(p.method), p.reference, p.purpose]
                          .filter(Boolean)
                          .join(' · ')}
                      </Text>
                    ) : null}
                  </Stack>
                );
              }}
              error={props.error ? true : undefined}
              data-testid={`${testId}-add`}
            />
            <Text size="xs" c="dimmed">
              {more
                ? t('payments.shown', { shown: found.rows.length, total: found.total })
                : t('payments.searchHint')}
            </Text>
          </>
        )}
      </Stack>
    </Input.Wrapper>
  );
}
