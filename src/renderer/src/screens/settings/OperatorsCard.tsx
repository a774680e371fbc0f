import { ActionIcon, Badge, Button, Group, Table, Text, Tooltip } from '@mantine/core';
import { IconTrash, IconUserPlus } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Operator } from '../../../../shared/ipc/schemas';
import { api } from '../../api';
import { useConfirm } from '../../hooks/useConfirm';
import { useSession } from '../../hooks/useSession';
import { useFormat } from '../../i18n/useFormat';
import { useIpc } from '../../lib/useIpc';
import { useNotify } from '../../lib/useNotify';
import { AddOperatorModal } from './AddOperatorModal';
import { SettingsSection } from './SettingsSection';

const sameName = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase();

/** The people who can unlock this case file, each with their own passphrase. */
export function OperatorsCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const call = useIpc();
  const notify = useNotify();
  const confirm = useConfirm();
  const { summary } = useSession();
  const [operators, setOperators] = useState<Operator[]>([]);
  const [adding, setAdding] = useState(false);

  const load = useCallback(async () => {
    const list = await call(api.operator.list({}));
    if (list) setOperators(list);
  }, [call]);

  useEffect(() => {
    void load();
  }, [load]);

  const remove = async (name: string) => {
    const agreed = await confirm({
      title: t('operators.removeTitle'),
      message: t('operators.removeMessage', { name }),
      confirmLabel: t('operators.removeConfirm'),
      danger: true,
    });
    if (!agreed) return;
    const list = await call(api.operator.remove({ name }));
    if (!list) return;
    setOperators(list);
    notify.success(t('operators.removed', { name }));
  };

  const addButton = (
    <Button
      variant="default"
      leftSection={<IconUserPlus size={16} />}
      onClick={() => setAdding(true)}
      data-testid="operator-add"
    >
      {t('operators.add')}
    </Button>
  );

  return (
    <SettingsSection
      title={t('operators.title')}
      description={t('operators.intro')}
      action={addButton}
      testId="settings-operators"
    >
      <Table verticalSpacing={6} highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('operators.name')}</Table.Th>
            <Table.Th>{t('operators.added')}</Table.Th>
            <Table.Th w={48} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {operators.map((op) => {
            const self = summary !== null && sameName(op.name, summary.operatorName);
            return (
              <Table.Tr key={op.id} data-testid="operator-row">
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Text size="sm" fw={500}>
                      {op.name}
                    </Text>
                    {self ? (
                      <Badge size="xs" variant="light" radius="sm">
                        {t('operators.you')}
                      </Badge>
                    ) : null}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {format.date(op.createdAt)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Tooltip label={self ? t('operators.cannotRemoveSelf') : t('operators.remove')}>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      disabled={self}
                      aria-label={t('operators.remove')}
                      onClick={() => void remove(op.name)}
                      data-testid="operator-remove"
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <AddOperatorModal
        opened={adding}
        onClose={() => setAdding(false)}
        onAdded={(op) => {
          setOperators((list) => [...list, op]);
          notify.success(t('operators.addedNotice', { name: op.name }));
        }}
      />
    </SettingsSection>
  );
}
