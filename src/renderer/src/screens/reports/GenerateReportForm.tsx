/**
 * The report dialog's form and run: kind, language(s), sections, object or seizure, disclosure,
 * then where to save it, the run with its progress and Stop, and the outcome or refusal in place.
 */
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Loader,
  Select,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { IconAlertTriangle, IconFileTypePdf } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DOSSIER_SECTIONS,
  INTERNATIONAL_KINDS,
  type DossierSection,
  type ReportKind,
  type ReportParamsInput,
} from '../../../../shared/domain/report';
import { CaseFileErrorCode } from '../../../../shared/case-file/errors';
import type { IpcError } from '../../../../shared/ipc/define';
import type { Language } from '../../../../shared/ipc/schemas';
import { api } from '../../api';
import { FORM_MODAL_Z_INDEX } from '../../components/data/form-modal';
import { useTaskProgress } from '../../hooks/useTaskProgress';
import { useVocabulary } from '../../hooks/useVocabulary';
import { isLanguage, LANGUAGES } from '../../i18n';
import { errorText } from '../../lib/error-text';
import { LANGUAGE_NAMES } from '../../lib/language-names';
import { useIpc } from '../../lib/useIpc';
import {
  DIALOG_KINDS,
  reportFileName,
  type GenerateReportModalProps,
  type RunState,
} from './generate-report-model';
import { GenerateReportResult } from './GenerateReportResult';
import { ReportDisclosureFields } from './ReportDisclosureFields';
import { ReportProgress } from './ReportProgress';
import { useReportsText } from './reports-text';
import { useReportChoices } from './useReportChoices';

export function GenerateForm(
  props: GenerateReportModalProps & { onBusy: (busy: boolean) => void },
) {
  const t = useReportsText();
  const i18n = useTranslation();
  const call = useIpc();
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
    return (
      <GenerateReportResult
        report={run.report}
        onAnother={() => setRun({ phase: 'form' })}
        onClose={props.onClose}
      />
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

      <ReportDisclosureFields
        partyOptions={partyOptions}
        objectOptions={objectOptions}
        documentOptions={documentOptions}
        withheldParties={withheldParties}
        setWithheldParties={setWithheldParties}
        withheldObjects={withheldObjects}
        setWithheldObjects={setWithheldObjects}
        withheldDocuments={withheldDocuments}
        setWithheldDocuments={setWithheldDocuments}
        international={international}
        includeProtected={includeProtected}
        setProtectedChoice={setProtectedChoice}
        running={running}
      />

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
