import { Button, Group, Modal, Text } from '@mantine/core';
import { useCallback, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmContext, type ConfirmOptions } from './confirm-context';

/** One confirmation dialog for the whole app, opened through useConfirm(). */
export function ConfirmProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [options, setOptions] = useState<ConfirmOptions | null>(null);
  const resolver = useRef<((answer: boolean) => void) | null>(null);

  const confirm = useCallback((next: ConfirmOptions) => {
    resolver.current?.(false);
    setOptions(next);
    return new Promise<boolean>((resolve) => {
      resolver.current = resolve;
    });
  }, []);

  const answer = (value: boolean) => {
    resolver.current?.(value);
    resolver.current = null;
    setOptions(null);
  };

  return (
    <ConfirmContext value={confirm}>
      {children}
      <Modal
        opened={options !== null}
        onClose={() => answer(false)}
        title={options?.title}
        data-testid="confirm-modal"
        // Above any form dialog that asks for confirmation (e.g. discarding its changes).
        zIndex={1000}
      >
        {typeof options?.message === 'string' ? (
          <Text size="sm">{options.message}</Text>
        ) : (
          options?.message
        )}
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={() => answer(false)} data-testid="confirm-cancel">
            {t('common.cancel')}
          </Button>
          <Button
            color={options?.danger ? 'red' : undefined}
            onClick={() => answer(true)}
            data-testid="confirm-ok"
          >
            {options?.confirmLabel}
          </Button>
        </Group>
      </Modal>
    </ConfirmContext>
  );
}
