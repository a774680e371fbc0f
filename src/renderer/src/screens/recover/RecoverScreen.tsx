import { Anchor, Button, Group, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { CaseFileErrorCode } from '../../../../shared/case-file/errors';
import type { IpcError } from '../../../../shared/ipc/define';
import { api } from '../../api';
import { PassphraseFields } from '../../components/PassphraseFields';
import { PathLine } from '../../components/PathLine';
import { isRecoveryKeyComplete, RecoveryKeyInput } from '../../components/RecoveryKeyInput';
import { useCountdown } from '../../hooks/useCountdown';
import { usePassphrasePair } from '../../hooks/usePassphrasePair';
import { useSession } from '../../hooks/useSession';
import { errorText, retryAfterSeconds } from '../../lib/error-text';
import { routes } from '../../lib/routes';
import { useIpc } from '../../lib/useIpc';
import { useNotify } from '../../lib/useNotify';
import { FormCard } from '../public/FormCard';
import { InlineError } from '../unlock/InlineError';

/** Every passphrase lost: the recovery key sets a new passphrase for an operator and unlocks. */
export function RecoverScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const call = useIpc();
  const notify = useNotify();
  const { opened } = useSession();
  const path = useSearchParams()[0].get('path');
  const [recoveryKey, setRecoveryKey] = useState('');
  const [operator, setOperator] = useState('');
  const pair = usePassphrasePair([operator]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const countdown = useCountdown();

  if (!path) return <Navigate to={routes.welcome} replace />;
  const waiting = countdown.remaining > 0;
  const valid = isRecoveryKeyComplete(recoveryKey) && operator.trim() !== '' && pair.valid;

  const claim = (e: IpcError): boolean => {
    if (e.code === CaseFileErrorCode.RateLimited) countdown.start(retryAfterSeconds(e) || 1);
    else if (e.code === CaseFileErrorCode.WrongCredentials) setError(t('recover.wrongKey'));
    else if (e.code === CaseFileErrorCode.NotFound) setError(t('recover.noSuchOperator'));
    else if (e.code === CaseFileErrorCode.InvalidRecoveryKey) setError(errorText(t, e));
    else return false;
    return true;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!valid || busy || waiting) return;
    setBusy(true);
    setError(null);
    const summary = await call(
      api.casefile.recover({
        path,
        recoveryKey,
        operatorName: operator.trim(),
        newPassphrase: pair.passphrase,
      }),
      claim,
    );
    setBusy(false);
    if (!summary) return;
    opened(summary);
    notify.success(t('recover.done', { name: summary.operatorName }));
    void navigate(routes.overview, { replace: true });
  };

  return (
    <FormCard testId="screen-recover" title={t('recover.title')} description={t('recover.intro')}>
      <PathLine path={path} testId="recover-path" />
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <RecoveryKeyInput value={recoveryKey} onChange={setRecoveryKey} disabled={busy} />
          <TextInput
            label={t('recover.operator')}
            description={t('recover.operatorHint')}
            value={operator}
            onChange={(e) => setOperator(e.currentTarget.value)}
            autoComplete="off"
            required
            disabled={busy}
            data-testid="recover-operator"
          />
          <PassphraseFields
            pair={pair}
            testId="recover-passphrase"
            label={t('recover.newPassphrase')}
            disabled={busy}
          />
          {waiting ? (
            <InlineError testId="recover-error" rateLimited>
              {t('unlock.rateLimited', { count: countdown.remaining })}
            </InlineError>
          ) : error ? (
            <InlineError testId="recover-error">{error}</InlineError>
          ) : null}
        </Stack>
        <Group justify="space-between" mt="xl">
          <Anchor component={Link} to={routes.unlock(path)} size="sm">
            {t('recover.back')}
          </Anchor>
          <Button
            type="submit"
            disabled={!valid || waiting}
            loading={busy}
            style={{ flexShrink: 0 }}
            data-testid="recover-submit"
          >
            {t('recover.submit')}
          </Button>
        </Group>
      </form>
    </FormCard>
  );
}
