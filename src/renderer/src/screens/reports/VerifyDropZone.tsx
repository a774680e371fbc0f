import { Alert, Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import {
  IconAlertOctagon,
  IconFileSearch,
  IconFileUpload,
  IconRosetteDiscountCheck,
} from '@tabler/icons-react';
import { useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportRecord, ReportVerification } from '../../../../shared/domain/report';
import { MAX_VERIFY_BYTES } from '../../../../shared/ipc/report.contract';
import type { IpcError } from '../../../../shared/ipc/define';
import { api } from '../../api';
import { useFormat } from '../../i18n/useFormat';
import { errorText } from '../../lib/error-text';
import { useIpc } from '../../lib/useIpc';
import { CopyValue } from './CopyValue';
import { useReportsText } from './reports-text';

interface Checked {
  name: string;
  verification: ReportVerification;
}

const baseName = (path: string): string => path.split(/[\\/]/).pop() ?? path;

/**
 * "Is this PDF one we generated, unaltered?": drop a PDF on the zone (its bytes are read here and
 * sent with report:verify-bytes) or choose one (dialog:open-pdf → report:verify-file). The verdict
 * is large and unambiguous: green with the matching report, or red, and "altered" when the file
 * names a registered report whose bytes it no longer has.
 */
export function VerifyDropZone() {
  const t = useReportsText();
  const i18n = useTranslation();
  const call = useIpc();
  const [over, setOver] = useState(false);
  const [busy, setBusy] = useState(false);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const inPlace = (error: IpcError): boolean => {
    setProblem(errorText(i18n.t, error));
    return true;
  };

  const start = () => {
    setBusy(true);
    setProblem(null);
    setChecked(null);
  };

  const choose = async () => {
    if (busy) return;
    const picked = await call(api.dialog.openPdf({}));
    if (!picked?.path) return;
    start();
    const verification = await call(api.report.verifyFile({ path: picked.path }), inPlace);
    setBusy(false);
    if (verification) setChecked({ name: baseName(picked.path), verification });
  };

  const onDrop = async (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    if (busy) return;
    const files = [...e.dataTransfer.files];
    const file = files[0];
    if (files.length !== 1 || !file || !/\.pdf$/i.test(file.name)) {
      setChecked(null);
      setProblem(t('verify.notPdf'));
      return;
    }
    if (file.size > MAX_VERIFY_BYTES || file.size === 0) {
      setChecked(null);
      setProblem(t('verify.notPdf'));
      return;
    }
    start();
    const bytes = new Uint8Array(await file.arrayBuffer());
    const verification = await call(api.report.verifyBytes({ bytes }), inPlace);
    setBusy(false);
    if (verification) setChecked({ name: file.name, verification });
  };

  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      void choose();
    }
  };

  return (
    <Stack gap="sm">
      <Paper
        withBorder
        p="lg"
        radius="md"
        role="button"
        tabIndex={0}
        aria-label={t('verify.drop')}
        onClick={() => void choose()}
        onKeyDown={onKey}
        onDragOver={(e) => {
          e.preventDefault();
          e.dataTransfer.dropEffect = 'copy';
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => void onDrop(e)}
        data-testid="report-drop-zone"
        data-over={over || undefined}
        style={{
          cursor: 'pointer',
          borderStyle: 'dashed',
          borderWidth: 2,
          borderColor: over ? 'var(--mantine-color-blue-6)' : undefined,
          background: over ? 'var(--mantine-color-blue-0)' : undefined,
        }}
      >
        <Group gap="md" wrap="nowrap">
          <ThemeIcon size={44} radius="xl" variant="light">
            {busy ? <IconFileSearch size={24} /> : <IconFileUpload size={24} />}
          </ThemeIcon>
          <Stack gap={2} style={{ flex: 1 }}>
            <Text fw={600}>{busy ? t('verify.checking') : t('verify.drop')}</Text>
            <Text size="xs" c="dimmed">
              {t('verify.dropHint')}
            </Text>
          </Stack>
          <Button
            variant="default"
            loading={busy}
            tabIndex={-1}
            onClick={(e) => {
              e.stopPropagation();
              void choose();
            }}
            data-testid="report-verify-choose"
          >
            {t('verify.choose')}
          </Button>
        </Group>
      </Paper>
      {problem ? (
        <Alert color="orange" data-testid="report-verify-problem">
          {problem}
        </Alert>
      ) : null}
      {checked ? <Verdict checked={checked} /> : null}
    </Stack>
  );
}

function useReportLine(): (r: ReportRecord) => Record<string, string> {
  const format = useFormat();
  return (r) => ({
    title: r.title,
    case: r.caseReference,
    at: format.dateTime(r.generatedAt),
    by: r.generatedBy,
  });
}

function Verdict({ checked }: { checked: Checked }) {
  const t = useReportsText();
  const format = useFormat();
  const line = useReportLine();
  const v = checked.verification;
  const match = v.match && v.report;
  return (
    <Paper
      p="lg"
      radius="md"
      bg={match ? 'teal.0' : 'red.0'}
      style={{
        border: `2px solid var(--mantine-color-${match ? 'teal' : 'red'}-6)`,
      }}
      data-testid="report-verdict"
      data-match={match ? 'true' : 'false'}
      role="status"
    >
      <Group gap="md" wrap="nowrap" align="flex-start">
        <ThemeIcon size={48} radius="xl" color={match ? 'teal' : 'red'}>
          {match ? <IconRosetteDiscountCheck size={30} /> : <IconAlertOctagon size={30} />}
        </ThemeIcon>
        <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
          {v.report && v.match ? (
            <>
              <Title order={3} c="teal.9" data-testid="report-verdict-title">
                {t('verify.match', { id: v.report.id })}
              </Title>
              <Text size="sm">{t('verify.matchDetail', line(v.report))}</Text>
            </>
          ) : (
            <>
              <Title order={3} c="red.9" data-testid="report-verdict-title">
                {t('verify.noMatch')}
              </Title>
              {v.claimed ? (
                <>
                  <Text fw={700} c="red.9" data-testid="report-verdict-altered">
                    {t('verify.altered', { id: v.claimed.id })}
                  </Text>
                  <Text size="sm">{t('verify.alteredDetail', line(v.claimed))}</Text>
                </>
              ) : (
                <Text size="sm">{t('verify.noMatchDetail')}</Text>
              )}
            </>
          )}
          <Text size="xs" c="dimmed">
            {t('verify.file', { name: checked.name, size: format.bytes(v.bytes) })}
          </Text>
          <Group gap={4} wrap="nowrap">
            <Text size="xs" c="dimmed">
              {t('result.sha256')}:
            </Text>
            <CopyValue value={v.sha256} mono size="xs" testId="report-verdict-sha" />
          </Group>
        </Stack>
      </Group>
    </Paper>
  );
}
