import { Modal, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef, useState } from 'react';
import { PhotoRole } from '../../../../../shared/domain/object';
import type { PhotoView } from '../../../../../shared/ipc/photo-search.contract';
import { api } from '../../../api';
import { formKeys } from '../../../components/data/form-keys';
import { FORM_MODAL_Z_INDEX } from '../../../components/data/form-modal';
import { FormFooter } from '../../../components/data/FormFooter';
import { useDiscardGuard } from '../../../components/data/useDiscardGuard';
import { useEnumLabel } from '../../../hooks/useVocabulary';
import { applyFieldErrors } from '../../../lib/form-errors';
import { useIpc } from '../../../lib/useIpc';
import { useObjectsText } from '../useObjectsText';

/** A photo's role (overall view, detail, marking…) and caption. */
export function PhotoEditModal(props: {
  photo: PhotoView;
  onSaved: (photo: PhotoView) => void;
  onClosed: () => void;
}) {
  const t = useObjectsText();
  const label = useEnumLabel();
  const call = useIpc();
  const guard = useDiscardGuard();
  const formRef = useRef<HTMLFormElement>(null);
  const [opened, setOpened] = useState(true);
  const [busy, setBusy] = useState(false);
  const form = useForm({
    mode: 'controlled',
    initialValues: { role: props.photo.role as string, caption: props.photo.caption },
  });
  const close = () => void guard(form.isDirty(), () => setOpened(false));

  const save = async (values: { role: string; caption: string }) => {
    const role = PhotoRole.safeParse(values.role);
    if (busy || !role.success) return;
    setBusy(true);
    const saved = await call(
      api.photo.update({ id: props.photo.id, role: role.data, caption: values.caption }),
      (error) => applyFieldErrors(form, error).claimed,
    );
    setBusy(false);
    if (!saved) return;
    setOpened(false);
    props.onSaved(saved);
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      onExitTransitionEnd={props.onClosed}
      closeOnEscape={false}
      zIndex={FORM_MODAL_Z_INDEX}
      title={t('photos.editTitle')}
      data-testid="photo-edit-modal"
    >
      <form
        ref={formRef}
        noValidate
        onSubmit={form.onSubmit((v) => void save(v))}
        onKeyDown={formKeys({ save: () => formRef.current?.requestSubmit(), cancel: close })}
      >
        <Stack gap="md">
          <Select
            label={t('photos.role')}
            description={t('photos.roleHint')}
            data={PhotoRole.options.map((r) => ({ value: r, label: label('photoRole', r) }))}
            {...form.getInputProps('role')}
            data-testid="photo-edit-role"
          />
          <TextInput
            label={t('photos.caption')}
            placeholder={t('photos.captionPlaceholder')}
            data-autofocus
            {...form.getInputProps('caption')}
            data-testid="photo-edit-caption"
          />
          <FormFooter
            onCancel={close}
            busy={busy}
            saveLabel={t('photos.save')}
            saveTestId="photo-edit-save"
          />
        </Stack>
      </form>
    </Modal>
  );
}
