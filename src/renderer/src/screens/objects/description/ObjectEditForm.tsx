import { Button, Card, Grid, Group, Paper, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CaseFileErrorCode } from '../../../../../shared/case-file/errors';
import type { ObjectRecord } from '../../../../../shared/domain/object';
import type { ObjectView, SeizureSummary } from '../../../../../shared/domain/object-views';
import type { IpcError } from '../../../../../shared/ipc/define';
import { api } from '../../../api';
import { EditConflictAlert } from '../../../components/data/EditConflictAlert';
import { FieldErrors } from '../../../components/data/FieldErrors';
import { formKeys } from '../../../components/data/form-keys';
import { SaveHint } from '../../../components/data/SaveHint';
import { useDiscardGuard } from '../../../components/data/useDiscardGuard';
import { applyFieldErrors, type InputIssue } from '../../../lib/form-errors';
import { useIpc } from '../../../lib/useIpc';
import { useNotify } from '../../../lib/useNotify';
import { useCaseObjects } from '../useCaseObjects';
import { useObjectsText } from '../useObjectsText';
import { AdditionalFields, InCaseFields, LegalFields } from './CaseFieldsForm';
import { ValueFields } from './ValueFields';
import { objectFields, objectValues, type ObjectFormValues } from './object-form';
import { ObjectIdFields } from './ObjectIdFields';
import { GroupTitle } from './Section';

/**
 * Every field of the description at once, laid out as it reads. Saves name the version that was
 * read: if someone saved in between, main refuses (EDIT_CONFLICT) and Reload shows theirs. Main's
 * issues land on the fields they name; Ctrl+Enter saves and Esc cancels from any field.
 */
export function ObjectEditForm(props: {
  view: ObjectView;
  onSaved: (record: ObjectRecord) => void;
  onCancel: () => void;
}) {
  const { view } = props;
  const { record } = view;
  const t = useObjectsText();
  const { t: common } = useTranslation();
  const call = useIpc();
  const notify = useNotify();
  const guard = useDiscardGuard();
  const formRef = useRef<HTMLFormElement>(null);
  const [version, setVersion] = useState(record.version);
  const [busy, setBusy] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [unplaced, setUnplaced] = useState<InputIssue[]>([]);
  const [seizures, setSeizures] = useState<readonly SeizureSummary[]>([]);
  const others = useCaseObjects(record.caseId);
  const form = useForm<ObjectFormValues>({
    mode: 'controlled',
    initialValues: objectValues(record),
    validate: {
      measurements: { value: (value) => (value === '' ? t('form.required') : null) },
      relatedObjects: { objectId: (value) => (value === null ? t('form.required') : null) },
    },
  });

  useEffect(() => {
    let live = true;
    void call(api.seizure.list({ caseId: record.caseId })).then((list) => {
      if (live && list) setSeizures(list);
    });
    return () => {
      live = false;
    };
  }, [call, record.caseId]);

  const cancel = () => void guard(form.isDirty(), props.onCancel);

  // After the render that shows the errors: the first field main (or the form) refused.
  const [focusRequest, setFocusRequest] = useState(0);
  useEffect(() => {
    if (focusRequest > 0) {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    }
  }, [focusRequest]);
  const focusFirstError = () => setFocusRequest((n) => n + 1);

  const claim = (error: IpcError): boolean => {
    if (error.code === CaseFileErrorCode.EditConflict) {
      setConflict(true);
      return true;
    }
    // A taken exhibit number, a lot count below the items described: refusals naming a field.
    const field = error.details?.['field'];
    if (field === 'exhibitNumber' && error.code === CaseFileErrorCode.AlreadyExists) {
      form.setFieldError('exhibitNumber', t('form.exhibitTaken'));
      focusFirstError();
      return true;
    }
    if (field === 'lotCount' && error.code === CaseFileErrorCode.NotAllowed) {
      form.setFieldError(
        'lotCount',
        t('form.lotBelowDescribed', { count: Number(error.details?.['describedItems'] ?? 0) }),
      );
      focusFirstError();
      return true;
    }
    const outcome = applyFieldErrors(form, error);
    setUnplaced(outcome.unplaced);
    if (outcome.claimed) focusFirstError();
    return outcome.claimed;
  };

  const save = async (values: ObjectFormValues) => {
    if (busy) return;
    setBusy(true);
    setUnplaced([]);
    setConflict(false);
    const saved = await call(
      api.object.update({ id: record.id, version, fields: objectFields(values, record.lotId) }),
      claim,
    );
    setBusy(false);
    if (!saved) return;
    notify.success(t('form.saved', { exhibit: saved.exhibitNumber }));
    props.onSaved(saved);
  };

  const reload = async () => {
    setReloading(true);
    const fresh = await call(api.object.get({ id: record.id }));
    setReloading(false);
    if (!fresh) return;
    const values = objectValues(fresh.record);
    form.setInitialValues(values);
    form.setValues(values);
    form.clearErrors();
    setVersion(fresh.record.version);
    setConflict(false);
  };

  const buttons = (
    <Group gap="sm" wrap="nowrap">
      <Button variant="default" size="xs" onClick={cancel} data-testid="object-form-cancel">
        {common('common.cancel')}
      </Button>
      <Button type="submit" size="xs" loading={busy} data-testid="object-form-save">
        {t('form.save')}
      </Button>
    </Group>
  );

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={form.onSubmit((values) => void save(values), focusFirstError)}
      onKeyDown={formKeys({ save: () => formRef.current?.requestSubmit(), cancel })}
      data-testid="object-form"
    >
      <Stack gap="md">
        <Paper
          withBorder
          px="md"
          py={8}
          style={{
            position: 'sticky',
            top: 'calc(var(--app-shell-header-offset, 0rem) + 4px)',
            zIndex: 5,
            boxShadow: 'var(--mantine-shadow-xs)',
          }}
        >
          <Group justify="space-between" wrap="nowrap">
            <Stack gap={0}>
              <Text size="sm" fw={600}>
                {t('form.editTitle', { exhibit: record.exhibitNumber })}
              </Text>
              <SaveHint />
            </Stack>
            {buttons}
          </Group>
        </Paper>
        {conflict ? (
          <EditConflictAlert onReload={() => void reload()} reloading={reloading} />
        ) : null}
        <FieldErrors issues={unplaced} testId="object-form-unplaced" />
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <Stack gap="md">
              <Card>
                <GroupTitle title={t('groups.objectId')} hint={t('groups.objectIdHint')} />
                <Stack mt="sm">
                  <ObjectIdFields form={form} view={view} />
                </Stack>
              </Card>
              <Card>
                <GroupTitle title={t('groups.additional')} hint={t('groups.additionalHint')} />
                <AdditionalFields form={form} objectId={record.id} others={others} />
              </Card>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <Stack gap="md">
              <Card>
                <GroupTitle title={t('groups.inCase')} />
                <InCaseFields form={form} seizures={seizures} />
              </Card>
              <Card>
                <GroupTitle title={t('groups.legal')} />
                <LegalFields form={form} />
              </Card>
              <Card>
                <GroupTitle title={t('groups.value')} />
                <ValueFields form={form} />
              </Card>
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </form>
  );
}
