import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Loader,
  Modal,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
} from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconFileTypePdf } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DOSSIER_SECTIONS,
  INTERNATIONAL_KINDS,
  type DossierSection,
  type ReportKind,
  type ReportParamsInput,
  type ReportRecord,
} from '../../../../shared/domain/report';
import { CaseFileErrorCode } from '../../../../shared/case-file/errors';
import type { IpcError } from '../../../../shared/ipc/define';
import type { Language } from '../../../../shared/ipc/schemas';
import { api } from '../../api';
import { FORM_MODAL_Z_INDEX } from '../../components/data/form-modal';
import { useTaskProgress } from '../../hooks/useTaskProgress';
import { useVocabulary } from '../../hooks/useVocabulary';
import { isLanguage, LANGUAGES } from '../../i18n';
import { useFormat } from '../../i18n/useFormat';
import { errorText } from '../../lib/error-text';
import { LANGUAGE_NAMES } from '../../lib/language-names';
import { useIpc } from '../../lib/useIpc';
import { CopyValue } from './CopyValue';
import { ReportProgress } from './ReportProgress';
import { useReportsText } from './reports-text';
import { useReportChoices } from './useReportChoices';

/** The kinds chosen in this dialog; MLA and return requests come preset from their request. */
export const DIALOG_KINDS = ['dossier', 'interpol', 'custody', 'seizure-receipt'] as const;

export interface GenerateReportModalProps {
  caseId: string;
  /** Preset kind ('mla' and 'return' need `requestId`); the person may change the others. */
  kind?: ReportKind;
  requestId?: string;
  objectId?: string;
  seizureId?: string;
  opened: boolean;
  onClose: () => void;
  onGenerated?: (report: ReportRecord) => void;
}

/** A name safe for a file system from a case reference and the kind. */
export function reportFileName(reference: string, kind: string): string {
  const base = `${reference} ${kind}`.replace(/[\\/:*?"<>|]+/g, '-').trim();
  return `${base || 'report'}.pdf`;
}

/**
 * Generate one report: kind, language(s), the dossier's sections, the object or seizure it is
 * for, and what goes out (parties, objects, documents left out; witnesses and informants in or
 * out). Then where to save it, and the run itself with its steps, progress and Stop; at the
 * end the report ID, pages, SHA-256 and file name, or the reason it was refused, in place.
 */
export function GenerateReportModal(props: GenerateReportModalProps) {
  const t = useReportsText();
  const presetRequest = props.kind === 'mla' || props.kind === 'return';
  const [busy, setBusy] = useState(false);
  return (
    <Modal
      opened={props.opened}
      onClose={() => !busy && props.onClose()}
      zIndex={FORM_MODAL_Z_INDEX}
      closeOnClickOutside={false}
      closeOnEscape={!busy}
      withCloseButton={!busy}
      size="xl"
      title={presetRequest && props.kind ? t(`kind.${props.kind}`) : t('generate.title')}
      data-testid="report-generate-modal"
    >
      {props.opened ? <GenerateForm {...props} onBusy={setBusy} /> : null}
    </Modal>
  );
}

type RunState =
  | { phase: 'form' }
  | { phase: 'running'; jobId: string; cancelling: boolean }
  | { phase: 'done'; report: ReportRecord }
  | { phase: 'cancelled' }
  | { phase: 'failed'; message: string; detail: string | null };

function GenerateForm(props: GenerateReportModalProps & { onBusy: (busy: boolean) => void }) {
  const t = useReportsText();
  const i18n = useTranslation();
  const call = useIpc();
  const format = useFormat();
  const roles = useVocabulary('party_role');
  const choices = useReportChoices(props.caseId, true);
  const presetRequest = props.kind === 'mla' || props.kind === 'return';
  const uiLanguage: Language = isLanguage(i18n.i18n.language) ? i18n.i18n.language : 'en';

  const [kind, setKind] = useState<ReportKind>(props.kind ?? 'dossier');
  const [language, setLanguageChoice] = useState<Language>(uiLanguage);
  const [secondLanguage, setSecondLanguage] = useState<Language | null>(null);
  const [sections, setSections] = useState<DossierSection[]>([...DOSSIER_SECTIONS]);
  const [objectId, setObjectId] = useState<string | null>(props.objectId ?? null);
  const [seizureId, setSeizureId] = useState<string | null>(props.seizureId ?? null);
  const [withheldParties, setWithheldParties] = useState<string[]>([]);
  const [withheldObjects, setWithheldObjects] = useState<string[]>([]);
  const [withheldDocuments, setWithheldDocuments] = useState<string[]>([]);
  const [protectedChoice, setProtectedChoice] = useState<boolean | null>(null);
  const [showIssues, setShowIssues] = useState(false);
  const [run, setRun] = useState<RunState>({ phase: 'form' });
  const { progress, reset } = useTaskProgress(run.phase === 'running' ? 'report' : null);

  const international = INTERNATIONAL_KINDS.includes(kind);
  const includeProtected = protectedChoice ?? !international;
  const running = run.phase === 'running';
  const { onBusy } = props;
  useEffect(() => onBusy(running), [onBusy, running]);

  // A single seizure is the obvious choice for a receipt.
  useEffect(() => {
    if (kind === 'seizure-receipt' && seizureId === null && choices?.seizures.length === 1) {
      setSeizureId(choices.seizures[0]?.id ?? null);
    }
  }, [kind, seizureId, choices]);

  const languageOptions = useMemo(
    () => LANGUAGES.map((value) => ({ value, label: LANGUAGE_NAMES[value] })),
    [],
  );
  const kindOptions = DIALOG_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }));
  const partyOptions = (choices?.parties ?? []).map((p) => ({
    value: p.party.id,
    label: `${p.party.name} (${p.roles.map((r) => roles.labelOf(r)).join(', ')})`,
  }));
  const objectOptions = (choices?.objects ?? []).map((o) => ({
    value: o.id,
    label: [o.exhibitNumber, o.title].filter(Boolean).join(' — '),
  }));
  const documentOptions = (choices?.documents ?? []).map((d) => ({
    value: d.id,
    label: d.title || d.number || d.file?.name || d.id,
  }));
  const seizureOptions = (choices?.seizures ?? []).map((s) => ({
    value: s.id,
    label: [s.reference, s.place].filter(Boolean).join(' — '),
  }));

  const sectionsMissing = kind === 'dossier' && sections.length === 0;
  const seizureMissing = kind === 'seizure-receipt' && seizureId === null;

  const params = (): ReportParamsInput => {
    const except = <T extends { value: string }>(all: T[], withheld: string[]) =>
      withheld.length === 0 ? null : all.map((o) => o.value).filter((v) => !withheld.includes(v));
    return {
      caseId: props.caseId,
      kind,
      language,
      secondLanguage: secondLanguage && secondLanguage !== language ? secondLanguage : null,
      sections: kind === 'dossier' ? DOSSIER_SECTIONS.filter((s) => sections.includes(s)) : null,
      disclosure: {
        partyIds: except(partyOptions, withheldParties),
        objectIds: except(objectOptions, withheldObjects),
        documentIds: except(documentOptions, withheldDocuments),
        includeProtected,
      },
      requestId: presetRequest ? (props.requestId ?? null) : null,
      objectId: kind === 'interpol' || kind === 'custody' ? objectId : null,
      seizureId: kind === 'seizure-receipt' ? seizureId : null,
    };
  };

  const failed = (error: IpcError): boolean => {
    const message = errorText(i18n.t, error);
    const detail =
      error.code === CaseFileErrorCode.InvalidInput && error.message !== message
        ? error.message
        : null;
    setRun({ phase: 'failed', message, detail });
    return true;
  };

  const generate = async () => {
    setShowIssues(true);
    if (!choices || sectionsMissing || seizureMissing || running) return;
    const target = await call(
      api.dialog.savePdf({
        suggestedName: reportFileName(choices.reference, t(`fileKind.${kind}`)),
      }),
    );
    if (!target?.path) return;
    const jobId = crypto.randomUUID();
    reset();
    setRun({ phase: 'running', jobId, cancelling: false });
    const outcome = await call(
      api.report.generate({ jobId, target: target.path, params: params() }),
      failed,
    );
    if (!outcome) return;
    if (outcome.status === 'cancelled') {
      setRun({ phase: 'cancelled' });
      return;
    }
    setRun({ phase: 'done', report: outcome.report });
    props.onGenerated?.(outcome.report);
  };

  const stop = async () => {
    if (run.phase !== 'running') return;
    setRun({ ...run, cancelling: true });
    await call(api.report.cancel({ jobId: run.jobId }));
  };

  if (run.phase === 'done') {
    const r = run.report;
    return (
      <Stack gap="md" data-testid="report-result">
        <Alert color="teal" icon={<IconCircleCheck size={20} />} title={t('generate.done')}>
          {r.title}
        </Alert>
        <Table withRowBorders={false} verticalSpacing={4}>
          <Table.Tbody>
            <Table.Tr>
              <Table.Th w={140}>{t('result.id')}</Table.Th>
              <Table.Td>
                <CopyValue value={r.id} mono testId="report-result-id" />
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('result.pages')}</Table.Th>
              <Table.Td data-testid="report-result-pages">{format.number(r.pages)}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('result.size')}</Table.Th>
              <Table.Td>{format.bytes(r.bytes)}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('result.sha256')}</Table.Th>
              <Table.Td>
                <CopyValue value={r.sha256} mono size="xs" testId="report-result-sha" />
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('result.file')}</Table.Th>
              <Table.Td>
                <CopyValue value={r.fileName} testId="report-result-file" />
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
        <Group justify="flex-end">
          <Button
            variant="default"
            onClick={() => setRun({ phase: 'form' })}
            data-testid="report-another"
          >
            {t('generate.another')}
          </Button>
          <Button onClick={props.onClose} data-testid="report-close" data-autofocus>
            {t('generate.close')}
          </Button>
        </Group>
      </Stack>
    );
  }

  if (!choices) {
    return (
      <Group justify="center" p="xl">
        <Loader size="sm" />
      </Group>
    );
  }

  return (
    <Stack gap="md" data-testid="report-form">
      {presetRequest ? null : (
        <Select
          label={t('generate.kind')}
          data={kindOptions}
          value={kind}
          onChange={(v) => v && setKind(v as ReportKind)}
          allowDeselect={false}
          disabled={running}
          data-testid="report-kind"
          comboboxProps={{ zIndex: FORM_MODAL_Z_INDEX + 1 }}
        />
      )}
      <SimpleGrid cols={2}>
        <Select
          label={t('generate.language')}
          data={languageOptions}
          value={language}
          onChange={(v) => v && isLanguage(v) && setLanguageChoice(v)}
          allowDeselect={false}
          disabled={running}
          data-testid="report-language"
          comboboxProps={{ zIndex: FORM_MODAL_Z_INDEX + 1 }}
        />
        <Select
          label={t('generate.secondLanguage')}
          data={languageOptions.filter((o) => o.value !== language)}
          value={secondLanguage}
          onChange={(v) => setSecondLanguage(v && isLanguage(v) ? v : null)}
          placeholder={t('generate.secondNone')}
          clearable
          disabled={running}
          data-testid="report-second-language"
          comboboxProps={{ zIndex: FORM_MODAL_Z_INDEX + 1 }}
        />
      </SimpleGrid>

      {kind === 'dossier' ? (
        <Checkbox.Group
          label={t('generate.sections')}
          value={sections}
          onChange={(v) => setSections(DOSSIER_SECTIONS.filter((s) => v.includes(s)))}
          error={showIssues && sectionsMissing ? t('generate.sectionsMissing') : undefined}
          data-testid="report-sections"
        >
          <Group gap="xs" mt={4} mb={6}>
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={() => setSections([...DOSSIER_SECTIONS])}
              disabled={running}
            >
              {t('generate.sectionsAll')}
            </Button>
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={() => setSections([])}
              disabled={running}
            >
              {t('generate.sectionsNone')}
            </Button>
          </Group>
          <SimpleGrid cols={2} spacing={6} verticalSpacing={6}>
            {DOSSIER_SECTIONS.map((s) => (
              <Checkbox
                key={s}
                value={s}
                label={t(`section.${s}`)}
                disabled={running}
                data-testid={`report-section-${s}`}
              />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
      ) : null}

      {kind === 'interpol' || kind === 'custody' ? (
        <Select
          label={t('generate.object')}
          data={objectOptions}
          value={objectId}
          onChange={setObjectId}
          placeholder={t('generate.objectAll')}
          clearable
          searchable
          disabled={running}
          data-testid="report-object"
          comboboxProps={{ zIndex: FORM_MODAL_Z_INDEX + 1 }}
        />
      ) : null}

      {kind === 'seizure-receipt' ? (
        <Select
          label={t('generate.seizure')}
          data={seizureOptions}
          value={seizureId}
          onChange={setSeizureId}
          searchable
          disabled={running}
          error={
            showIssues && seizureMissing
              ? seizureOptions.length === 0
                ? t('generate.seizuresNone')
                : t('generate.seizureMissing')
              : undefined
          }
          data-testid="report-seizure"
          comboboxProps={{ zIndex: FORM_MODAL_Z_INDEX + 1 }}
        />
      ) : null}

      <Fieldset legend={t('generate.disclosure')} data-testid="report-disclosure">
        <Stack gap="sm">
          <Text size="xs" c="dimmed">
            {t('generate.disclosureHint')}
          </Text>
          <MultiSelect
            label={t('generate.withholdParties')}
            data={partyOptions}
            value={withheldParties}
            onChange={setWithheldParties}
            placeholder={withheldParties.length ? undefined : t('generate.nothingWithheld')}
            searchable
            clearable
            disabled={running}
            data-testid="report-withhold-parties"
            comboboxProps={{ zIndex: FORM_MODAL_Z_INDEX + 1 }}
          />
          <MultiSelect
            label={t('generate.withholdObjects')}
            data={objectOptions}
            value={withheldObjects}
            onChange={setWithheldObjects}
            placeholder={withheldObjects.length ? undefined : t('generate.nothingWithheld')}
            searchable
            clearable
            disabled={running}
            data-testid="report-withhold-objects"
            comboboxProps={{ zIndex: FORM_MODAL_Z_INDEX + 1 }}
          />
          <MultiSelect
            label={t('generate.withholdDocuments')}
            data={documentOptions}
            value={withheldDocuments}
            onChange={setWithheldDocuments}
            placeholder={withheldDocuments.length ? undefined : t('generate.nothingWithheld')}
            searchable
            clearable
            disabled={running}
            data-testid="report-withhold-documents"
            comboboxProps={{ zIndex: FORM_MODAL_Z_INDEX + 1 }}
          />
          <Switch
            label={t('generate.protected')}
            description={
              international ? t('generate.protectedIntl') : t('generate.protectedNational')
            }
            checked={includeProtected}
            onChange={(e) => setProtectedChoice(e.currentTarget.checked)}
            disabled={running}
            data-testid="report-include-protected"
          />
        </Stack>
      </Fieldset>

      {run.phase === 'running' ? <ReportProgress progress={progress} /> : null}
      {run.phase === 'cancelled' ? (
        <Alert color="gray" data-testid="report-cancelled">
          {t('generate.cancelled')}
        </Alert>
      ) : null}
      {run.phase === 'failed' ? (
        <Alert
          color="red"
          icon={<IconAlertTriangle size={20} />}
          title={t('generate.failed')}
          data-testid="report-error"
        >
          <Text size="sm">{run.message}</Text>
          {run.detail ? (
            <Text size="sm" mt={4}>
              {run.detail}
            </Text>
          ) : null}
        </Alert>
      ) : null}

      <Group justify="flex-end">
        {run.phase === 'running' ? (
          <Button
            color="red"
            variant="light"
            onClick={() => void stop()}
            loading={run.cancelling}
            data-testid="report-stop"
          >
            {run.cancelling ? t('generate.stopping') : t('generate.stop')}
          </Button>
        ) : (
          <Button variant="default" onClick={props.onClose} data-testid="report-cancel">
            {t('generate.cancel')}
          </Button>
        )}
        <Button
          leftSection={<IconFileTypePdf size={16} />}
          onClick={() => void generate()}
          loading={running}
          data-testid="report-generate"
        >
          {t('generate.generate')}
        </Button>
      </Group>
    </Stack>
  );
}
