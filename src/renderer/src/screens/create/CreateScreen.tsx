import { Button, Group, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { api } from '../../api';
import { PassphraseFields } from '../../components/PassphraseFields';
import { PathLine } from '../../components/PathLine';
import { usePassphrasePair } from '../../hooks/usePassphrasePair';
import { useSession } from '../../hooks/useSession';
import { routes } from '../../lib/routes';
import { useIpc } from '../../lib/useIpc';
import { FormCard } from '../public/FormCard';
import { RecoveryKeyStep } from './RecoveryKeyStep';
import { displayName } from '../../lib/display-name';

/** A new case file: the first operator and their passphrase, then the recovery key, once. */
export function CreateScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const call = useIpc();
  const { opened } = useSession();
  const path = useSearchParams()[0].get('path');
  const [operator, setOperator] = useState('');
  const pair = usePassphrasePair([operator]);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<{ name: string; recoveryKey: string } | null>(null);

  if (!path) return <Navigate to={routes.welcome} replace />;
  if (created) {
    return (
      <RecoveryKeyStep
        caseFileName={created.name}
        recoveryKey={created.recoveryKey}
        onContinue={() => {
          setCreated(null);
          void navigate(routes.overview, { replace: true });
        }}
      />
    );
  }

  const valid = operator.trim() !== '' && pair.valid;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!valid || busy) return;
    setBusy(true);
    const result = await call(
      api.casefile.create({ path, operatorName: operator.trim(), passphrase: pair.passphrase }),
    );
    setBusy(false);
    if (!result) return;
    pair.reset();
    opened(result.summary);
    setCreated({ name: displayName(result.summary.name), recoveryKey: result.recoveryKey });
  };

  return (
    <FormCard testId="screen-create" title={t('create.title')} description={t('create.intro')}>
      <PathLine path={path} testId="create-path" />
      <form onSubmit={(e) => void submit(e)} noValidate>
        <TextInput
          label={t('create.operator')}
          description={t('create.operatorHint')}
          value={operator}
          onChange={(e) => setOperator(e.currentTarget.value)}
          autoComplete="off"
          required
          data-autofocus
          autoFocus
          disabled={busy}
          mb="sm"
          data-testid="create-operator"
        />
        <PassphraseFields pair={pair} testId="create-passphrase" disabled={busy} />
        <Group justify="space-between" mt="xl">
          <Button variant="subtle" color="gray" onClick={() => void navigate(routes.welcome)}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" disabled={!valid} loading={busy} data-testid="create-submit">
            {t('create.submit')}
          </Button>
        </Group>
      </form>
    </FormCard>
  );
}
