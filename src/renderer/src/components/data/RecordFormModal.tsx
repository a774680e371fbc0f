import { Modal, Stack } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { useRef, useState, type ReactNode, type RefObject } from 'react';
import { CaseFileErrorCode } from '../../../../shared/case-file/errors';
import type { IpcError, IpcResult } from '../../../../shared/ipc/define';
import { applyFieldErrors, type FieldErrorOutcome, type InputIssue } from '../../lib/form-errors';
import { useIpc } from '../../lib/useIpc';
import { useNotify } from '../../lib/useNotify';
import { EditConflictAlert } from './EditConflictAlert';
import { FieldErrors } from './FieldErrors';
import { formKeys } from './form-keys';
import { FORM_MODAL_Z_INDEX } from './form-modal';
import { FormFooter } from './FormFooter';
import { useDiscardGuard } from './useDiscardGuard';
import { useFocusFirstError } from './useFocusFirstError';

// Mantine's own constraint on form values; `any` lets interfaces (no index signature) through.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type FormValues = Record<string, any>;

/**
 * The life of a dialog that adds or edits one stored record, shared by every such form: the
 * values, the version being edited (an edit made to an outdated version is refused by main as
 * EDIT_CONFLICT and offered a reload), main's refusals placed on their fields (the rest listed
 * under the form), a guard against discarding typed changes, and the toast once saved.
 */
export interface RecordFormOptions<
  V extends FormValues,
  R extends { id: string; version: number },
> {
  record: R | null;
  initialValues: () => V;
  toValues: (record: R) => V;
  /** Calls main with the values (add when `version` is null, else update that version). */
  submit: (values: V, version: number | null) => Promise<IpcResult<R>>;
  /** Places a refusal on the form's fields; defaults to applyFieldErrors. */
  claimErrors?: (form: UseFormReturnType<V>, error: IpcError) => FieldErrorOutcome;
  /** Reads the record again after an edit conflict. */
  fetchCurrent?: (id: string) => Promise<R | null>;
  savedMessage: string;
  onSaved: (saved: R) => void;
}

export interface RecordFormState<V extends FormValues> {
  form: UseFormReturnType<V>;
  formRef: RefObject<HTMLFormElement | null>;
  opened: boolean;
  busy: boolean;
  conflict: boolean;
  reloading: boolean;
  unplaced: InputIssue[];
  editing: boolean;
  close: () => void;
  save: (values: V) => Promise<void>;
  reload: () => Promise<void>;
}

export function useRecordForm<V extends FormValues, R extends { id: string; version: number }>(
  options: RecordFormOptions<V, R>,
): RecordFormState<V> {
  const { record } = options;
  const call = useIpc();
  const notify = useNotify();
  const guard = useDiscardGuard();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const [opened, setOpened] = useState(true);
  const [busy, setBusy] = useState(false);
  const [version, setVersion] = useState(record?.version ?? null);
  const [conflict, setConflict] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [unplaced, setUnplaced] = useState<InputIssue[]>([]);
  const form = useForm<V>({
    mode: 'controlled',
    initialValues: record ? options.toValues(record) : options.initialValues(),
  });

  const close = () => void guard(form.isDirty(), () => setOpened(false));

  const claim = (error: IpcError): boolean => {
    if (error.code === CaseFileErrorCode.EditConflict) {
      setConflict(true);
      return true;
    }
    const outcome = options.claimErrors
      ? options.claimErrors(form, error)
      : applyFieldErrors(form, error);
    setUnplaced(outcome.unplaced);
    if (outcome.claimed) focusFirstError();
    return outcome.claimed || outcome.unplaced.length > 0;
  };

  const save = async (values: V) => {
    if (busy) return;
    setBusy(true);
    setUnplaced([]);
    const saved = await call(options.submit(values, record ? version : null), claim);
    setBusy(false);
    if (!saved) return;
    notify.success(options.savedMessage);
    setOpened(false);
    options.onSaved(saved);
  };

  const reload = async () => {
    if (!record || !options.fetchCurrent) return;
    setReloading(true);
    const fresh = await options.fetchCurrent(record.id);
    setReloading(false);
    if (!fresh) return;
    const values = options.toValues(fresh);
    form.setInitialValues(values);
    form.setValues(values);
    setVersion(fresh.version);
    setConflict(false);
  };

  return {
    form,
    formRef,
    opened,
    busy,
    conflict,
    reloading,
    unplaced,
    editing: record !== null,
    close,
    save,
    reload,
  };
}

/**
 * The dialog around a record form: Esc and Ctrl+Enter (formKeys), the conflict alert above the
 * fields, the refusals that belong to no field below them, then Cancel / Save. Closing with
 * unsaved changes asks first. `testId` names the modal (`<testId>-modal`), the form
 * (`<testId>-form`) and the save button (`<testId>-form-save`).
 */
export function RecordFormModal<V extends FormValues>(props: {
  state: RecordFormState<V>;
  title: ReactNode;
  saveLabel: ReactNode;
  testId: string;
  size?: string;
  onClosed: () => void;
  children: ReactNode;
}) {
  const { state } = props;
  return (
    <Modal
      opened={state.opened}
      onClose={state.close}
      onExitTransitionEnd={props.onClosed}
      closeOnEscape={false}
      closeOnClickOutside={false}
      zIndex={FORM_MODAL_Z_INDEX}
      size={props.size ?? '50rem'}
      title={props.title}
      data-testid={`${props.testId}-modal`}
    >
      <form
        ref={state.formRef}
        noValidate
        data-testid={`${props.testId}-form`}
        onSubmit={state.form.onSubmit((values) => void state.save(values))}
        onKeyDown={formKeys({
          save: () => state.formRef.current?.requestSubmit(),
          cancel: state.close,
        })}
      >
        <Stack gap="md">
          {state.conflict ? (
            <EditConflictAlert onReload={() => void state.reload()} reloading={state.reloading} />
          ) : null}
          {props.children}
          <FieldErrors issues={state.unplaced} />
          <FormFooter
            onCancel={state.close}
            busy={state.busy}
            saveLabel={props.saveLabel}
            saveTestId={`${props.testId}-form-save`}
          />
        </Stack>
      </form>
    </Modal>
  );
}
