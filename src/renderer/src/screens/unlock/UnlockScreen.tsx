import { Anchor, Button, Checkbox, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { IconLockOpen } from '@tabler/icons-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { CaseFileErrorCode } from '../../../../shared/case-file/errors';
import { api } from '../../api';
import { PathLine } from '../../components/PathLine';
import { useCountdown } from '../../hooks/useCountdown';
import { useDeviceStatus } from '../../hooks/useDeviceStatus';
import { useSession } from '../../hooks/useSession';
import { retryAfterSeconds } from '../../lib/error-text';
import { routes } from '../../lib/routes';
import { useIpc } from '../../lib/useIpc';
import { FormCard } from '../public/FormCard';
import { InlineError } from './InlineError';
import { LockNotice } from './LockNotice';
import { RememberedUnlock } from './RememberedUnlock';
import type { CaseFileSummary } from '../../../../shared/ipc/schemas';

/** Operator name (optional with a single operator) and passphrase; mistakes are shown in place. */
export function UnlockScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const call = useIpc();
  const { opened } = useSession();
  const [params] = useSearchParams();
  const path = params.get('path');
  const [operator, setOperator] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [remember, setRemember] = useState(false);
  const [device, refreshDevice] = useDeviceStatus(path);
  const countdown = useCountdown();
  const passphraseRef = useRef<HTMLInputElement>(null);
  const operatorRef = useRef<HTMLInputElement>(null);

  if (!path) return <Navigate to={routes.welcome} replace />;
  const waiting = countdown.remaining > 0;

  const enter = (summary: CaseFileSummary) => {
    opened(summary);
    void navigate(routes.overview, { replace: true });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || waiting || passphrase === '') return;
    setBusy(true);
    setError(null);
    const name = operator.trim();
    const summary = await call(
      api.casefile.unlock({ path, passphrase, ...(name ? { operatorName: name } : {}) }),
      (e) => {
        if (e.code === CaseFileErrorCode.WrongCredentials) {
          setError(t('unlock.wrong'));
          setPassphrase('');
          passphraseRef.current?.focus();
        } else if (e.code === CaseFileErrorCode.OperatorRequired) {
          setError(t('unlock.operatorRequired'));
          operatorRef.current?.focus();
        } else if (e.code === CaseFileErrorCode.RateLimited) {
          countdown.start(retryAfterSeconds(e) || 1);
          setPassphrase('');
        } else {
          return false;
        }
        return true;
      },
    );
    if (summary && remember) await call(api.device.remember({}));
    setBusy(false);
    if (summary) enter(summary);
  };

  return (
    <FormCard testId="screen-unlock" title={t('unlock.title')} description={t('unlock.intro')}>
      <PathLine path={path} testId="unlock-path" />
      <LockNotice reason={params.get('reason')} />
      {device?.remembered ? (
        <RememberedUnlock
          path={path}
          operatorName={device.remembered.operatorName}
          onUnlocked={enter}
          onForgotten={refreshDevice}
        />
      ) : null}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <TextInput
            ref={operatorRef}
            label={t('unlock.operator')}
            description={t('unlock.operatorHint')}
            value={operator}
            onChange={(e) => setOperator(e.currentTarget.value)}
            autoComplete="username"
            disabled={busy}
            data-testid="unlock-operator"
          />
          <PasswordInput
            ref={passphraseRef}
            label={t('unlock.passphrase')}
            value={passphrase}
            onChange={(e) => setPassphrase(e.currentTarget.value)}
            autoComplete="current-password"
            autoFocus
            required
            disabled={busy}
            data-testid="unlock-passphrase"
          />
          {device?.available && !device.remembered ? (
            <Checkbox
              label={t('unlock.remember')}
              description={t('unlock.rememberHint')}
              checked={remember}
              onChange={(e) => setRemember(e.currentTarget.checked)}
              disabled={busy}
              data-testid="unlock-remember"
            />
          ) : null}
          {waiting ? (
            <InlineError testId="unlock-error" rateLimited>
              {t('unlock.rateLimited', { count: countdown.remaining })}
            </InlineError>
          ) : error ? (
            <InlineError testId="unlock-error">{error}</InlineError>
          ) : null}
        </Stack>
        <Group justify="space-between" mt="xl" wrap="nowrap">
          <Anchor component={Link} to={routes.recover(path)} size="sm" data-testid="unlock-recover">
            {t('unlock.lostPassphrase')}
          </Anchor>
          <Button
            type="submit"
            leftSection={<IconLockOpen size={18} />}
            disabled={passphrase === '' || waiting}
            loading={busy}
            style={{ flexShrink: 0 }}
            data-testid="unlock-submit"
          >
            {t('unlock.submit')}
          </Button>
        </Group>
      </form>
      <Anchor component={Link} to={routes.welcome} size="sm" c="dimmed">
        {t('unlock.other')}
      </Anchor>
    </FormCard>
  );
}
