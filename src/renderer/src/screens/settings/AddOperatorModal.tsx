import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Operator } from '../../../../shared/ipc/schemas';
import { api } from '../../api';
import { PassphraseFields } from '../../components/PassphraseFields';
import { usePassphrasePair } from '../../hooks/usePassphrasePair';
import { useIpc } from '../../lib/useIpc';

interface Props {
  opened: boolean;
  onClose: () => void;
  onAdded: (operator: Operator) => void;
}

/** A new operator types their own name and passphrase here; the data is not re-encrypted. */
export function AddOperatorModal({ opened, onClose, onAdded }: Props) {
  const { t } = useTranslation();
  const call = useIpc();
  const [name, setName] = useState('');
  const pair = usePassphrasePair([name]);
  const [busy, setBusy] = useState(false);
  const valid = name.trim() !== '' && pair.valid;

  const close = () => {
    setName('');
    pair.reset();
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!valid || busy) return;
    setBusy(true);
    const added = await call(api.operator.add({ name: name.trim(), passphrase: pair.passphrase }));
    setBusy(false);
    if (!added) return;
    onAdded(added);
    close();
  };

  return (
    <Modal opened={opened} onClose={close} title={t('operators.addTitle')} size="md">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="operator-add-form">
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('operators.addIntro')}
          </Text>
          <TextInput
            label={t('operators.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required
            data-autofocus
            autoComplete="off"
            disabled={busy}
            data-testid="operator-add-name"
          />
          <PassphraseFields pair={pair} testId="operator-add-passphrase" disabled={busy} />
        </Stack>
        <Group justify="flex-end" mt="xl">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" disabled={!valid} loading={busy} data-testid="operator-add-submit">
            {t('operators.addSubmit')}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
