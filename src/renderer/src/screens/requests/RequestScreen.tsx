import {
  Alert,
  Anchor,
  Button,
  Card,
  EmptyState,
  Grid,
  Group,
  Skeleton,
  Stack,
  Tabs,
  TextInput,
  Title,
} from '@mantine/core';
import {
  IconAlertTriangle,
  IconChevronLeft,
  IconChevronRight,
  IconFileSearch,
} from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { Link, useParams } from 'react-router';
import { CaseFileErrorCode } from '../../../../shared/case-file/errors';
import {
  missingSections,
  type RequestFields,
  type RequestRecord,
} from '../../../../shared/domain/intl-request';
import type { IpcError } from '../../../../shared/ipc/define';
import { api } from '../../api';
import { EditConflictAlert } from '../../components/data/EditConflictAlert';
import { FieldErrors } from '../../components/data/FieldErrors';
import { useLeaveGuard } from '../../components/data/useLeaveGuard';
import { inputIssues, type InputIssue } from '../../lib/form-errors';
import { useIpc } from '../../lib/useIpc';
import { useNotify } from '../../lib/useNotify';
import { useCaseContext } from '../cases/case-context';
import { GenerateReportModal } from '../reports/GenerateReportModal';
import { MlaSection } from './MlaSection';
import { RequestStatusBadge } from './request-marks';
import { useCaseLists } from './request-form-parts';
import { requestRoutes } from './request-routes';
import { fieldsOf, sectionStates, sectionsOf, type SectionId } from './request-sections';
import { useRequestsText } from './requests-text';
import { RequestHeader } from './RequestHeader';
import { RequestSectionNav } from './RequestSectionNav';
import { ReturnSection } from './ReturnSection';
import { TrackingCard } from './TrackingCard';

interface Draft {
  title: string;
  fields: RequestFields;
}

const draftOf = (r: RequestRecord): Draft => ({ title: r.title, fields: r.fields });
const same = (a: Draft, b: Draft) => JSON.stringify(a) === JSON.stringify(b);

/** An issue's path inside the fields ("offences.0.qualification"), or "title". */
const issueKey = (issue: InputIssue): string => {
  const path = issue.path[0] === 'fields' ? issue.path.slice(1) : issue.path;
  return path.join('.');
};

/**
 * One international request of the case (a child route of its Reports tab): the guided form,
 * one section at a time, with a list of sections marking what is filled and, in red, the
 * essential sections still empty (what blocks the PDF); Save (with the version: an edit made
 * meanwhile elsewhere is refused and offered for reload); Generate, once nothing essential is
 * missing; and the request's tracking (steps recorded, answer due).
 */
export function RequestScreen() {
  const t = useRequestsText();
  const call = useIpc();
  const notify = useNotify();
  const { view: caseView } = useCaseContext();
  const caseId = caseView.record.id;
  const requestId = useParams()['requestId'] ?? '';
  const lists = useCaseLists(caseId);
  const [record, setRecord] = useState<RequestRecord | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [gone, setGone] = useState(false);
  const [section, setSection] = useState<SectionId>('header');
  const [tab, setTab] = useState<string>('form');
  const [busy, setBusy] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [issues, setIssues] = useState<InputIssue[]>([]);
  const [generating, setGenerating] = useState(false);

  const load = useCallback(async () => {
    const next = await call(api.request.get({ id: requestId }), (error) => {
      const missing =
        error.code === CaseFileErrorCode.NotFound || error.code === CaseFileErrorCode.InvalidInput;
      if (missing) setGone(true);
      return missing;
    });
    if (next) {
      setRecord(next);
      setDraft(draftOf(next));
      setGone(false);
      setConflict(false);
      setIssues([]);
    }
  }, [call, requestId]);

  useEffect(() => {
    void load();
  }, [load]);

  const dirty = record !== null && draft !== null && !same(draft, draftOf(record));
  useLeaveGuard(dirty);
  const missing = useMemo(() => (draft ? missingSections(draft.fields) : []), [draft]);
  const missingSet = useMemo(() => new Set(missing), [missing]);
  const states = useMemo(() => (draft ? sectionStates(draft.fields) : null), [draft]);
  const errors = useMemo(() => {
    const map = new Map<string, string>();
    for (const issue of issues) {
      const key = issueKey(issue);
      if (!map.has(key)) map.set(key, issue.message);
    }
    return map;
  }, [issues]);
  const errorOf = useCallback((path: string) => errors.get(path), [errors]);

  const save = useCallback(async (): Promise<RequestRecord | null> => {
    if (!record || !draft || busy) return null;
    setBusy(true);
    setIssues([]);
    const saved = await call(
      api.request.update({
        id: record.id,
        version: record.version,
        title: draft.title.trim(),
        fields: draft.fields,
      }),
      (error: IpcError) => {
        if (error.code === CaseFileErrorCode.EditConflict) {
          setConflict(true);
          return true;
        }
        const found = inputIssues(error);
        setIssues(found);
        return found.length > 0;
      },
    );
    setBusy(false);
    if (!saved) return null;
    setRecord(saved);
    setDraft(draftOf(saved));
    setConflict(false);
    notify.success(t('screen.saved'));
    return saved;
  }, [record, draft, busy, call, notify, t]);

  const reload = async () => {
    setReloading(true);
    await load();
    setReloading(false);
  };

  const generate = async () => {
    if (dirty && !(await save())) return;
    setGenerating(true);
  };

  const back = (
    <Anchor
      component={Link}
      to={requestRoutes.list(caseId)}
      size="sm"
      w="fit-content"
      data-testid="request-back"
    >
      <Group gap={4} wrap="nowrap">
        <IconChevronLeft size={14} />
        {t('screen.back')}
      </Group>
    </Anchor>
  );

  if (gone || (record && record.caseId !== caseId)) {
    return (
      <Card padding="xl" data-testid="screen-RequestScreen">
        <EmptyState
          py="lg"
          size="md"
          icon={<IconFileSearch size={28} stroke={1.5} />}
          title={t('screen.notFound')}
          data-testid="request-not-found"
        >
          <EmptyState.Actions>{back}</EmptyState.Actions>
        </EmptyState>
      </Card>
    );
  }

  if (!record || !draft || !states) {
    return (
      <Stack gap="md" data-testid="screen-request-loading">
        <Skeleton h={28} w="40%" />
        <Skeleton h={320} />
      </Stack>
    );
  }

  const kind = draft.fields.kind;
  const order = sectionsOf(kind);
  const at = Math.max(0, order.indexOf(section));
  const current = order[at] ?? 'header';
  const prev = at > 0 ? order[at - 1] : undefined;
  const next = at < order.length - 1 ? order[at + 1] : undefined;
  const errorSections = new Set(
    order.filter((s) =>
      issues.some((i) => fieldsOf(kind, s).includes(issueKey(i).split('.')[0] ?? '')),
    ),
  );
  const setFields = (fields: RequestFields) => setDraft({ ...draft, fields });

  const keys = (event: KeyboardEvent<HTMLElement>) => {
    const mod = event.ctrlKey || event.metaKey;
    if (mod && !event.altKey && (event.key === 's' || event.key === 'Enter')) {
      event.preventDefault();
      void save();
    } else if (event.altKey && !mod && (event.key === 'PageDown' || event.key === 'PageUp')) {
      const to = event.key === 'PageDown' ? next : prev;
      if (to) {
        event.preventDefault();
        setSection(to);
      }
    }
  };

  return (
    <Stack
      gap="md"
      onKeyDown={keys}
      data-testid="screen-RequestScreen"
      data-request-id={record.id}
      data-version={record.version}
      data-status={record.status}
      data-missing={missing.join(',')}
    >
      {back}
      <RequestHeader
        record={record}
        fields={draft.fields}
        missing={missing}
        dirty={dirty}
        busy={busy}
        onSave={() => void save()}
        onGenerate={() => void generate()}
      />
      {conflict ? <EditConflictAlert onReload={() => void reload()} reloading={reloading} /> : null}
      <FieldErrors issues={issues} testId="request-errors" />
      <Tabs value={tab} onChange={(v) => setTab(v ?? 'form')} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="form" data-testid="request-tab-form">
            {t('screen.form')}
          </Tabs.Tab>
          <Tabs.Tab
            value="tracking"
            data-testid="request-tab-tracking"
            rightSection={<RequestStatusBadge status={record.status} testId="request-tab-status" />}
          >
            {t('screen.tracking')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="form" pt="md">
          <Grid gap="md">
            <Grid.Col span={{ base: 12, md: 3 }}>
              <RequestSectionNav
                order={order}
                current={current}
                states={states}
                errorSections={errorSections}
                onSelect={setSection}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 9 }}>
              <Card padding="md" data-testid="request-section-body" data-section={current}>
                <Stack gap="md">
                  <Title order={3} size="h5">
                    {`${at + 1}. ${t(`section.${current}`)}`}
                  </Title>
                  {states[current] === 'missing' ? (
                    <Alert
                      color="red"
                      variant="light"
                      p="xs"
                      icon={<IconAlertTriangle size={16} />}
                      data-testid="request-section-missing"
                    >
                      {t('screen.essentialEmpty')}
                    </Alert>
                  ) : null}
                  {current === 'header' ? (
                    <TextInput
                      label={t('field.title')}
                      required
                      value={draft.title}
                      onChange={(e) => setDraft({ ...draft, title: e.currentTarget.value })}
                      error={errorOf('title')}
                      data-testid="request-title-input"
                    />
                  ) : null}
                  {draft.fields.kind === 'mla' ? (
                    <MlaSection
                      section={current}
                      fields={draft.fields}
                      onChange={setFields}
                      errorOf={errorOf}
                      missing={missingSet}
                      lists={lists}
                    />
                  ) : (
                    <ReturnSection
                      section={current}
                      fields={draft.fields}
                      onChange={setFields}
                      errorOf={errorOf}
                      missing={missingSet}
                      lists={lists}
                    />
                  )}
                  <Group justify="space-between" pt="xs">
                    {prev ? (
                      <Button
                        variant="subtle"
                        leftSection={<IconChevronLeft size={16} />}
                        onClick={() => setSection(prev)}
                        title={`${t('screen.previous')} (Alt+PageUp)`}
                        data-testid="request-prev"
                      >
                        {t(`section.${prev}`)}
                      </Button>
                    ) : (
                      <span />
                    )}
                    {next ? (
                      <Button
                        variant="light"
                        rightSection={<IconChevronRight size={16} />}
                        onClick={() => setSection(next)}
                        title={`${t('screen.next')} (Alt+PageDown)`}
                        data-testid="request-next"
                      >
                        {t(`section.${next}`)}
                      </Button>
                    ) : null}
                  </Group>
                </Stack>
              </Card>
            </Grid.Col>
          </Grid>
        </Tabs.Panel>
        <Tabs.Panel value="tracking" pt="md">
          <TrackingCard
            request={record}
            onSaved={(saved) => {
              setRecord(saved);
              if (!dirty) setDraft(draftOf(saved));
            }}
          />
        </Tabs.Panel>
      </Tabs>
      <GenerateReportModal
        caseId={caseId}
        kind={kind}
        requestId={record.id}
        opened={generating}
        onClose={() => setGenerating(false)}
      />
    </Stack>
  );
}
