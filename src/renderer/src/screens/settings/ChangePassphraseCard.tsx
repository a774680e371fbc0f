import { Alert, Button, Group, PasswordInput, SimpleGrid, Stack } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CaseFileErrorCode } from '../../../../shared/case-file/errors';
import { api } from '../../api';
import { PassphraseFields } from '../../components/PassphraseFields';
import { usePassphrasePair } from '../../hooks/usePassphrasePair';
import { useSession } from '../../hooks/useSession';
import { useIpc } from '../../lib/useIpc';
import { useNotify } from '../../lib/useNotify';
import { SettingsSection } from './SettingsSection';

/** The signed-in operator replaces their passphrase; only the key file changes. */
export function ChangePassphraseCard() {
  const { t } = useTranslation();
  const call = useIpc();
  const notify = useNotify();
  const { summary } = useSession();
  const [current, setCurrent] = useState('');
  const [wrong, setWrong] = useState(false);
  const pair = usePassphrasePair(summary ? [summary.operatorName] : []);
  const [busy, setBusy] = useState(false);
  const person = summary?.operatorIsPerson ?? false;
  const valid = current !== '' && pair.valid;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!valid || busy) return;
    setBusy(true);
    setWrong(false);
    const done = await call(
      api.operator.changePassphrase({ oldPassphrase: current, newPassphrase: pair.passphrase }),
      (e) => {
        const isWrong = e.code === CaseFileErrorCode.WrongCredentials;
        setWrong(isWrong);
        return isWrong;
      },
    );
    setBusy(false);
    if (!done) return;
    setCurrent('');
    pair.reset();
    notify.success(t('passphraseChange.done'));
  };

  return (
    <SettingsSection
      title={t('passphraseChange.title')}
      description={t('passphraseChange.intro')}
      testId="settings-passphrase"
    >
      {person ? (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
            <PasswordInput
              label={t('passphraseChange.current')}
              value={current}
              onChange={(e) => {
                setCurrent(e.currentTarget.value);
                setWrong(false);
              }}
              error={wrong ? t('passphraseChange.wrong') : undefined}
              autoComplete="current-password"
              required
              disabled={busy}
              data-testid="passphrase-current"
            />
            <Stack gap="sm">
              <PassphraseFields
                pair={pair}
                testId="passphrase-new"
                label={t('recover.newPassphrase')}
                disabled={busy}
              />
            </Stack>
          </SimpleGrid>
          <Group justify="flex-end" mt="md">
            <Button
              type="submit"
              leftSection={<IconKey size={16} />}
              disabled={!valid}
              loading={busy}
              data-testid="passphrase-change-submit"
            >
              {t('passphraseChange.submit')}
            </Button>
          </Group>
        </form>
      ) : (
        <Alert color="gray" variant="light">
          {t('passphraseChange.notPerson')}
        </Alert>
      )}
    </SettingsSection>
  );
}
