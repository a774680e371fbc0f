import { Alert, Divider, Group, List, Modal, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconFile, IconFileOff } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CaseFileErrorCode } from '../../../../shared/case-file/errors';
import type { HandlingCode } from '../cases/case-form';
import { DocumentFields, type DocumentView } from '../../../../shared/domain/document';
import type { ObjectSummary } from '../../../../shared/domain/object-views';
import { partyDisplayName } from '../../../../shared/domain/party';
import type { PartySummary } from '../../../../shared/domain/party-views';
import type { IpcError } from '../../../../shared/ipc/define';
import { api } from '../../api';
import { EditConflictAlert } from '../../components/data/EditConflictAlert';
import { FieldErrors } from '../../components/data/FieldErrors';
import { formKeys } from '../../components/data/form-keys';
import { FORM_MODAL_Z_INDEX } from '../../components/data/form-modal';
import { FormFooter } from '../../components/data/FormFooter';
import { useDiscardGuard } from '../../components/data/useDiscardGuard';
import { useFocusFirstError } from '../../components/data/useFocusFirstError';
import { errorText } from '../../lib/error-text';
import { applyFieldErrors, type InputIssue } from '../../lib/form-errors';
import { settle } from '../../lib/settle';
import { useIpc } from '../../lib/useIpc';
import { useNotify } from '../../lib/useNotify';
import { AssessmentFields } from './AssessmentFields';
import {
  documentFields,
  documentValues,
  newDocumentValues,
  type DocumentFormValues,
} from './document-form';
import { DocumentMainFields } from './DocumentMainFields';
import { useDocumentsText } from './useDocumentsText';

/** What the form is opened for: new files to store, a document without its file, or an edit. */
export type DocumentFormMode =
  | { kind: 'add'; paths: readonly string[] }
  | { kind: 'record' }
  | { kind: 'edit'; document: DocumentView };

export const baseName = (file: string) => file.split(/[\\/]/).pop() ?? file;

/**
 * Describes files being stored (each picked file becomes a document with these details), a
 * document recorded without its file, or corrects one (version-aware). Main checks everything
 * (the type against the vocabulary, the partial date, the reason a forgery is claimed, the web
 * address) and its answer lands on the fields.
 */
export function DocumentFormModal(props: {
  caseId: string;
  caseHandlingCode: HandlingCode | null;
  mode: DocumentFormMode;
  objects: readonly ObjectSummary[] | null;
  onSaved: (saved: DocumentView[]) => void;
  onClosed: () => void;
}) {
  const { mode } = props;
  const editing = mode.kind === 'edit' ? mode.document : null;
  const t = useDocumentsText();
  const { t: common } = useTranslation();
  const call = useIpc();
  const notify = useNotify();
  const guard = useDiscardGuard();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const [opened, setOpened] = useState(true);
  const [busy, setBusy] = useState(false);
  const [version, setVersion] = useState(editing?.version ?? 0);
  const [conflict, setConflict] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [unplaced, setUnplaced] = useState<InputIssue[]>([]);
  /** Files after the first that could not be stored (the first one's errors land on the fields). */
  const [failed, setFailed] = useState<{ name: string; message: string }[]>([]);
  /** Files already stored (by path), so a second try after a failure does not store them twice. */
  const [stored, setStored] = useState<ReadonlyMap<string, DocumentView>>(new Map());
  const form = useForm<DocumentFormValues>({
    mode: 'controlled',
    initialValues: editing
      ? documentValues(editing, null, props.caseHandlingCode)
      : newDocumentValues(props.caseHandlingCode),
  });

  const issuerName = async (partyId: string | null): Promise<PartySummary | null> => {
    if (!partyId) return null;
    const party = await call(api.party.get({ id: partyId }), () => true);
    if (!party) return null;
    const r = party.record;
    return { id: partyId, kind: r.kind, name: partyDisplayName(r), flags: r.flags };
  };

  // The issuer's name for the picker, once (the form starts without it).
  const issuerId = editing?.issuer.partyId ?? null;
  useEffect(() => {
    if (!issuerId) return;
    let live = true;
    void issuerName(issuerId).then((picked) => {
      if (!live || !picked) return;
      const issuer = { ...form.getValues().issuer, picked };
      form.setInitialValues({ ...form.getInitialValues(), issuer });
      form.setFieldValue('issuer', issuer);
    });
    return () => {
      live = false;
    };
    // Only for the document the form was opened with (form and call are stable).
  }, [issuerId]);

  const close = () => void guard(form.isDirty(), () => setOpened(false));

  const claim = (error: IpcError): boolean => {
    if (error.code === CaseFileErrorCode.EditConflict) {
      setConflict(true);
      return true;
    }
    const outcome = applyFieldErrors(form, error);
    setUnplaced(outcome.unplaced);
    if (outcome.claimed) focusFirstError();
    return outcome.claimed;
  };

  const addFiles = async (paths: readonly string[], values: DocumentFormValues) => {
    const fields = documentFields(values);
    const done = new Map(stored);
    const problems: { name: string; message: string }[] = [];
    const left = paths.filter((p) => !done.has(p));
    for (const [i, path] of left.entries()) {
      if (i === 0) {
        // The first file carries the form's errors: they land on the fields, and nothing else is
        // stored until they are fixed.
        const saved = await call(api.document.add({ caseId: props.caseId, path, fields }), claim);
        if (!saved) return null;
        done.set(path, saved);
        setStored(new Map(done));
        continue;
      }
      const result = await settle(api.document.add({ caseId: props.caseId, path, fields }));
      if (result.ok) done.set(path, result.value);
      else problems.push({ name: baseName(path), message: errorText(common, result.error) });
    }
    setStored(done);
    setFailed(problems);
    return { done: [...done.values()], problems };
  };

  const save = async (values: DocumentFormValues) => {
    if (busy) return;
    setBusy(true);
    setUnplaced([]);
    setConflict(false);
    form.clearErrors();
    const fields = documentFields(values);
    let saved: DocumentView[] | null;
    if (mode.kind === 'add') {
      // What the shared schema can tell is checked here first, without a round trip: a forgery
      // without its reason, half a grade, a malformed date or address shows on its field. Main
      // keeps the dialog's grant until the file is stored, so a refusal only the core can make
      // (an unknown party) is corrected and saved again with the same file.
      const checked = DocumentFields.safeParse(fields);
      if (!checked.success) {
        claim({
          code: CaseFileErrorCode.InvalidInput,
          message: checked.error.message,
          details: {
            issues: checked.error.issues.map((i) => ({
              path: i.path.map(String),
              message: i.message,
            })),
          },
        });
        setBusy(false);
        return;
      }
      const outcome = await addFiles(mode.paths, values);
      if (outcome && outcome.done.length > 0) {
        notify.success(t('form.added', { count: outcome.done.length }));
      }
      // Some files were refused: the form stays open with their names; the stored ones are kept.
      saved = outcome && outcome.problems.length === 0 ? outcome.done : null;
      if (outcome && outcome.problems.length > 0) props.onSaved(outcome.done);
    } else if (mode.kind === 'record') {
      const one = await call(api.document.record({ caseId: props.caseId, fields }), claim);
      if (one) notify.success(t('form.recorded'));
      saved = one ? [one] : null;
    } else {
      const one = await call(api.document.update({ id: mode.document.id, version, fields }), claim);
      if (one) notify.success(t('form.saved'));
      saved = one ? [one] : null;
    }
    setBusy(false);
    if (!saved) return;
    setOpened(false);
    props.onSaved(saved);
  };

  const reload = async () => {
    if (!editing) return;
    setReloading(true);
    const fresh = await call(api.document.get({ id: editing.id }));
    const picked = fresh ? await issuerName(fresh.issuer.partyId) : null;
    setReloading(false);
    if (!fresh) return;
    const values = documentValues(fresh, picked, props.caseHandlingCode);
    form.setInitialValues(values);
    form.setValues(values);
    form.clearErrors();
    setVersion(fresh.version);
    setConflict(false);
  };

  const title =
    mode.kind === 'edit'
      ? t('form.editTitle')
      : mode.kind === 'record'
        ? t('form.recordTitle')
        : mode.paths.length > 1
          ? t('form.addTitleMany', { count: mode.paths.length })
          : t('form.addTitle');

  return (
    <Modal
      opened={opened}
      onClose={close}
      onExitTransitionEnd={props.onClosed}
      closeOnEscape={false}
      closeOnClickOutside={false}
      zIndex={FORM_MODAL_Z_INDEX}
      size="60rem"
      title={title}
      data-testid="document-modal"
    >
      <form
        ref={formRef}
        noValidate
        onSubmit={form.onSubmit((values) => void save(values))}
        onKeyDown={formKeys({ save: () => formRef.current?.requestSubmit(), cancel: close })}
        data-testid="document-form"
      >
        <Stack gap="md">
          {conflict ? (
            <EditConflictAlert onReload={() => void reload()} reloading={reloading} />
          ) : null}
          {mode.kind === 'add' ? (
            <FileList paths={mode.paths} stored={stored} />
          ) : mode.kind === 'record' ? (
            <Group gap="xs" wrap="nowrap" c="dimmed" data-testid="document-form-no-file">
              <IconFileOff size={18} />
              <Text size="sm">{t('form.noFileNote')}</Text>
            </Group>
          ) : null}
          <Title order={3} size="h5">
            {t('form.identitySection')}
          </Title>
          <DocumentMainFields form={form} objects={props.objects} />
          <Divider />
          <Title order={3} size="h5">
            {t('form.assessmentSection')}
          </Title>
          <AssessmentFields form={form} />
          <FieldErrors issues={unplaced} testId="document-form-unplaced" />
          {failed.length > 0 ? (
            <Alert color="red" variant="light" data-testid="document-form-failed">
              <List size="sm" spacing={2}>
                {failed.map((f, i) => (
                  <List.Item key={i}>
                    {t('form.failed', { name: f.name, message: f.message })}
                  </List.Item>
                ))}
              </List>
            </Alert>
          ) : null}
          <FormFooter
            onCancel={close}
            busy={busy}
            saveLabel={
              mode.kind === 'edit'
                ? t('form.save')
                : mode.kind === 'record'
                  ? t('form.recordConfirm')
                  : t('form.addConfirm')
            }
            saveTestId="document-form-save"
            cancelTestId="document-form-cancel"
          />
        </Stack>
      </form>
    </Modal>
  );
}

/** The files about to be stored, by name; those already stored are struck through. */
function FileList(props: { paths: readonly string[]; stored: ReadonlyMap<string, DocumentView> }) {
  const { paths, stored } = props;
  const t = useDocumentsText();
  return (
    <Stack gap={4} data-testid="document-form-files">
      <Text size="sm" fw={500}>
        {t('form.files')}
      </Text>
      {paths.map((p) => (
        <Group key={p} gap={6} wrap="nowrap">
          <IconFile size={16} color="var(--mantine-color-steel-7)" />
          <Text
            size="sm"
            ff="monospace"
            truncate="end"
            td={stored.has(p) ? 'line-through' : undefined}
            title={p}
          >
            {baseName(p)}
          </Text>
        </Group>
      ))}
      {paths.length > 1 ? (
        <Text size="xs" c="dimmed">
          {t('form.manyFiles')}
        </Text>
      ) : null}
    </Stack>
  );
}
