import { Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef, useState } from 'react';
import type { JournalEntry } from '../../../../shared/domain/case';
import { CaseFileErrorCode } from '../../../../shared/case-file/errors';
import type { IpcError } from '../../../../shared/ipc/define';
import { api } from '../../api';
import { localIsoDateTime } from '../../components/data/dates';
import { EditConflictAlert } from '../../components/data/EditConflictAlert';
import { FieldErrors } from '../../components/data/FieldErrors';
import { formKeys } from '../../components/data/form-keys';
import { FORM_MODAL_Z_INDEX } from '../../components/data/form-modal';
import { MarkdownField } from '../../components/data/MarkdownField';
import { FormFooter } from '../../components/data/FormFooter';
import { useDiscardGuard } from '../../components/data/useDiscardGuard';
import { useFocusFirstError } from '../../components/data/useFocusFirstError';
import { applyFieldErrors, type InputIssue } from '../../lib/form-errors';
import { useIpc } from '../../lib/useIpc';
import { useCasesText } from './useCasesText';

interface NoteValues {
  at: string;
  body: string;
}

/**
 * A stored time as a datetime-local input shows it (local, to the minute). A time stored with an
 * offset ("…Z", "+01:00") is converted to this workstation's clock first.
 */
function inputTime(at: string): string {
  return /(Z|[+-]\d\d:\d\d)$/i.test(at) ? localIsoDateTime(new Date(at)) : at.slice(0, 16);
}

/** A journal note, new (dated now unless told otherwise) or edited (sent with its version). */
export function JournalNoteModal(props: {
  caseId: string;
  entry: JournalEntry | null;
  onSaved: (entry: JournalEntry) => void;
  onClosed: () => void;
}) {
  const { entry } = props;
  const t = useCasesText();
  const call = useIpc();
  const guard = useDiscardGuard();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const [opened, setOpened] = useState(true);
  const [busy, setBusy] = useState(false);
  /** The version being edited (replaced by Reload after an edit conflict). */
  const [base, setBase] = useState(entry);
  const [conflict, setConflict] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [unplaced, setUnplaced] = useState<InputIssue[]>([]);
  const form = useForm<NoteValues>({
    mode: 'controlled',
    initialValues: entry
      ? { at: inputTime(entry.at), body: entry.body }
      : { at: localIsoDateTime(), body: '' },
  });

  const close = () => void guard(form.isDirty(), () => setOpened(false));

  const claim = (error: IpcError) => {
    if (error.code === CaseFileErrorCode.EditConflict) {
      setConflict(true);
      return true;
    }
    const outcome = applyFieldErrors(form, error);
    setUnplaced(outcome.unplaced);
    if (outcome.claimed) focusFirstError();
    return outcome.claimed;
  };

  const save = async (values: NoteValues) => {
    if (busy) return;
    setBusy(true);
    setUnplaced([]);
    // An untouched time is sent as stored, so seconds or an offset are not lost in the input.
    const at = base && values.at === inputTime(base.at) ? base.at : values.at;
    const saved = base
      ? await call(
          api.case.editNote({ id: base.id, version: base.version, at, body: values.body }),
          claim,
        )
      : await call(api.case.addNote({ caseId: props.caseId, ...values }), claim);
    setBusy(false);
    if (!saved) return;
    setOpened(false);
    props.onSaved(saved);
  };

  const reload = async () => {
    if (!entry) return;
    setReloading(true);
    const entries = await call(api.case.journal({ caseId: props.caseId }));
    setReloading(false);
    const current = entries?.find((e) => e.id === entry.id);
    if (!current) return;
    const values = { at: inputTime(current.at), body: current.body };
    form.setInitialValues(values);
    form.setValues(values);
    setBase(current);
    setConflict(false);
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      onExitTransitionEnd={props.onClosed}
      closeOnEscape={false}
      zIndex={FORM_MODAL_Z_INDEX}
      closeOnClickOutside={false}
      size="xl"
      title={entry ? t('journal.editTitle') : t('journal.addTitle')}
      data-testid="journal-modal"
    >
      <form
        ref={formRef}
        noValidate
        onSubmit={form.onSubmit((values) => void save(values))}
        onKeyDown={formKeys({ save: () => formRef.current?.requestSubmit(), cancel: close })}
      >
        <Stack gap="md">
          {conflict ? (
            <EditConflictAlert onReload={() => void reload()} reloading={reloading} />
          ) : null}
          <TextInput
            type="datetime-local"
            label={t('journal.at')}
            required
            w={240}
            {...form.getInputProps('at')}
            data-testid="journal-modal-at"
          />
          <MarkdownField
            label={t('journal.body')}
            placeholder={t('journal.bodyPlaceholder')}
            value={form.values.body}
            onChange={(v) => form.setFieldValue('body', v)}
            error={form.errors['body']}
            required
            autoFocus
            minRows={8}
            testId="journal-modal-body"
          />
          <FieldErrors issues={unplaced} />
          <FormFooter
            onCancel={close}
            busy={busy}
            saveLabel={t('journal.save')}
            saveTestId="journal-modal-save"
          />
        </Stack>
      </form>
    </Modal>
  );
}
