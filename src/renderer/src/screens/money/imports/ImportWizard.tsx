import { Button, Group, Modal, Stack, Stepper } from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconFileImport } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountView } from '../../../../../shared/domain/finance-views';
import type {
  StatementImportResult,
  StatementMappingRecord,
  StatementPreview,
} from '../../../../../shared/domain/statement';
import { api } from '../../../api';
import { FORM_MODAL_Z_INDEX } from '../../../components/data/form-modal';
import { useDialog } from '../../../components/data/useDialog';
import { useTaskProgress } from '../../../hooks/useTaskProgress';
import { errorText } from '../../../lib/error-text';
import { useIpc } from '../../../lib/useIpc';
import { useNotify } from '../../../lib/useNotify';
import { AccountFormModal } from '../accounts/AccountFormModal';
import { useStatementsText } from '../money-text';
import { ColumnsStep } from './ColumnsStep';
import { FileStep } from './FileStep';
import { ImportStep } from './ImportStep';
import { MappingChoiceStep, type MappingChoice } from './MappingChoiceStep';
import { draftMapping, draftOf, emptyDraft, guessDraft, type MappingDraft } from './mapping-draft';
import { useMappingSave } from './useMappingSave';
import { useStatementPreview } from './useStatementPreview';

/**
 * Import a bank statement, in four steps: the file; a saved mapping or a new one; the mapping
 * screen with its live preview; the import, with progress and cancel, and what it did. Nothing
 * is written before the last step; malformed rows stop the import unless the person accepts to
 * import the valid rows only.
 */
export function ImportWizard(props: {
  caseId: string;
  accounts: readonly AccountView[] | null;
  onAccountsChanged: () => Promise<void> | void;
  onImported: () => void;
  onClosed: () => void;
}) {
  const t = useStatementsText();
  const i18n = useTranslation();
  const call = useIpc();
  const notify = useNotify();
  const [opened, setOpened] = useState(true);
  const [step, setStep] = useState(0);
  const [path, setPath] = useState<string | null>(null);
  const [raw, setRaw] = useState<StatementPreview | null>(null);
  const [choosing, setChoosing] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const [mappings, setMappings] = useState<StatementMappingRecord[] | null>(null);
  const [choice, setChoice] = useState<MappingChoice>({ kind: 'new', bank: '' });
  const [draft, setDraft] = useState<MappingDraft>(emptyDraft());
  const [accountId, setAccountId] = useState<string | null>(null);
  const [showIssues, setShowIssues] = useState(false);
  const [accept, setAccept] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [result, setResult] = useState<StatementImportResult | null>(null);
  const [exporting, setExporting] = useState(false);
  const newAccount = useDialog<null>();
  const saving = useMappingSave();
  const { progress, reset } = useTaskProgress(jobId ? 'statement-import' : null);

  const mapping = useMemo(() => draftMapping(draft), [draft]);
  const request =
    path && step >= 2
      ? { path, mapping, caseId: props.caseId, ...(accountId ? { accountId } : {}) }
      : null;
  const live = useStatementPreview(request);
  const parsed = live.stale ? null : (live.preview?.parsed ?? null);
  const account = props.accounts?.find((a) => a.id === accountId) ?? null;
  const imported = result?.status === 'imported';

  useEffect(() => {
    void call(api.statement.mappings({})).then((list) => {
      if (list) setMappings(list);
    });
  }, [call]);

  const close = () => {
    if (jobId) return;
    setOpened(false);
  };

  const choose = async () => {
    setChoosing(true);
    setFileError(null);
    const picked = await call(api.dialog.openStatement({}));
    if (picked?.path) {
      let failure: string | null = null;
      const first = await call(api.statement.preview({ path: picked.path }), (error) => {
        failure = errorText(i18n.t, error);
        return true;
      });
      setFileError(failure);
      if (first) {
        setPath(picked.path);
        setRaw(first);
        setResult(null);
      }
    }
    setChoosing(false);
  };

  const toColumns = () => {
    if (!raw) return;
    const saved = choice.kind === 'saved' ? mappings?.find((m) => m.id === choice.id) : undefined;
    if (saved) {
      setDraft(draftOf(saved.mapping));
      saving.start(saved);
    } else {
      const bank = choice.kind === 'new' ? choice.bank.trim() : '';
      setDraft(
        guessDraft(
          raw.headers,
          raw.rows.filter((r) => r.row > raw.headerRow).map((r) => r.cells),
        ),
      );
      saving.startNew(bank);
    }
    setShowIssues(false);
    setStep(2);
  };

  const toImport = async () => {
    setShowIssues(true);
    if (!accountId || !live.preview?.parsed || live.stale) return;
    if (!(await saving.save(mapping))) return;
    setAccept(false);
    setResult(null);
    setStep(3);
  };

  const run = async () => {
    if (!path || !accountId || !saving.record) return;
    const id = crypto.randomUUID();
    reset();
    setJobId(id);
    const outcome = await call(
      api.statement.import({
        jobId: id,
        caseId: props.caseId,
        path,
        mappingId: saving.record.id,
        accountId,
        acceptValidRows: accept,
      }),
    );
    setJobId(null);
    setCancelling(false);
    if (!outcome) return;
    setResult(outcome);
    if (outcome.status === 'imported') {
      notify.success(
        outcome.counts.created > 0
          ? t('import.done', { count: outcome.counts.created })
          : t('import.nothingNew'),
      );
      props.onImported();
    }
  };

  const cancel = async () => {
    if (!jobId) return;
    setCancelling(true);
    await call(api.statement.cancel({ jobId }));
  };

  const exportErrors = async () => {
    if (!path || !raw) return;
    const base = raw.file.name.replace(/\.[^.]+$/, '');
    const target = await call(
      api.dialog.saveCsv({ suggestedName: `${base}-${t('errors.fileSuffix')}.csv` }),
    );
    if (!target?.path) return;
    setExporting(true);
    const written = await call(
      api.statement.exportErrors({
        target: target.path,
        from: result?.importId
          ? { kind: 'import', importId: result.importId }
          : { kind: 'file', path, mapping },
      }),
    );
    setExporting(false);
    if (written) notify.success(t('errors.exported', { count: written.rows, path: written.path }));
  };

  const invalid = result ? result.counts.invalid : (parsed?.counts.invalid ?? 0);
  const canImport = !jobId && !imported && (invalid === 0 || accept);
  const nextDisabled =
    (step === 0 && !raw) ||
    (step === 1 && choice.kind === 'saved' && !choice.id) ||
    (step === 2 && (saving.busy || live.stale));

  return (
    <Modal
      opened={opened}
      onClose={close}
      onExitTransitionEnd={props.onClosed}
      closeOnEscape={!jobId}
      closeOnClickOutside={false}
      withCloseButton={!jobId}
      zIndex={FORM_MODAL_Z_INDEX}
      size="min(96vw, 92rem)"
      title={t('wizard.title')}
      data-testid="statement-wizard"
    >
      <Stack gap="lg">
        <Stepper
          active={step}
          size="sm"
          allowNextStepsSelect={false}
          onStepClick={(s) => !jobId && !imported && setStep(s)}
        >
          <Stepper.Step label={t('wizard.steps.file')} description={raw?.file.name} />
          <Stepper.Step label={t('wizard.steps.mapping')} />
          <Stepper.Step label={t('wizard.steps.columns')} />
          <Stepper.Step label={t('wizard.steps.import')} />
        </Stepper>
        {step === 0 ? (
          <FileStep
            raw={raw}
            choosing={choosing}
            error={fileError}
            onChoose={() => void choose()}
          />
        ) : step === 1 ? (
          <MappingChoiceStep mappings={mappings} value={choice} onChange={setChoice} />
        ) : step === 2 && raw ? (
          <ColumnsStep
            raw={raw}
            draft={draft}
            onDraftChange={(patch) => setDraft((d) => ({ ...d, ...patch }))}
            preview={live.preview}
            previewError={live.error ? errorText(i18n.t, live.error) : null}
            stale={live.stale}
            accounts={props.accounts}
            accountId={accountId}
            onAccountChange={setAccountId}
            onNewAccount={() => newAccount.open(null)}
            name={saving.name}
            onNameChange={saving.setName}
            nameError={saving.nameError}
            bank={saving.bank}
            onBankChange={saving.setBank}
            showIssues={showIssues}
            accountError={showIssues && !accountId ? t('mapping.accountMissing') : null}
          />
        ) : step === 3 && parsed ? (
          <ImportStep
            summary={{
              file: raw?.file.name ?? '',
              account: account?.label ?? '',
              mapping: saving.record?.name ?? '',
            }}
            parsed={parsed}
            accept={accept}
            onAccept={setAccept}
            running={jobId !== null}
            cancelling={cancelling}
            progress={progress}
            result={result}
            exporting={exporting}
            onExport={() => void exportErrors()}
            onCancel={() => void cancel()}
          />
        ) : null}
        <Group justify="space-between">
          {step > 0 && !imported ? (
            <Button
              variant="default"
              leftSection={<IconArrowLeft size={16} />}
              disabled={jobId !== null}
              onClick={() => setStep((s) => s - 1)}
              data-testid="statement-back"
            >
              {t('wizard.back')}
            </Button>
          ) : (
            <span />
          )}
          <Group gap="sm">
            <Button
              variant="default"
              onClick={close}
              disabled={jobId !== null}
              data-testid="statement-close"
            >
              {imported ? t('wizard.close') : t('wizard.cancel')}
            </Button>
            {step < 3 ? (
              <Button
                rightSection={<IconArrowRight size={16} />}
                disabled={nextDisabled}
                loading={step === 2 && saving.busy}
                onClick={() =>
                  step === 1 ? toColumns() : step === 2 ? void toImport() : setStep(1)
                }
                data-testid="statement-next"
              >
                {t('wizard.next')}
              </Button>
            ) : imported ? null : (
              <Button
                leftSection={<IconFileImport size={16} />}
                disabled={!canImport}
                loading={jobId !== null}
                onClick={() => void run()}
                data-testid="statement-import"
              >
                {invalid > 0 ? t('import.startValid') : t('import.start')}
              </Button>
            )}
          </Group>
        </Group>
      </Stack>
      {newAccount.state ? (
        <AccountFormModal
          key={newAccount.state.key}
          caseId={props.caseId}
          account={null}
          onSaved={(created) => {
            void Promise.resolve(props.onAccountsChanged()).then(() => setAccountId(created.id));
          }}
          onClosed={newAccount.closed(newAccount.state.key)}
        />
      ) : null}
    </Modal>
  );
}
