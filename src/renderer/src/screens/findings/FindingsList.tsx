import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  EmptyState,
  Group,
  Select,
  Skeleton,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconAlertCircle, IconBulb, IconChecklist, IconRefresh } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type {
  Finding,
  FindingSeverity,
  FindingsReport,
  RuleDomain,
} from '../../../../shared/domain/finding';
import { RULE_DOMAINS } from '../../../../shared/domain/finding';
import { api } from '../../api';
import { EnumChips, FilterBar } from '../../components/data/FilterBar';
import { useFormat } from '../../i18n/useFormat';
import { useIpc } from '../../lib/useIpc';
import { useCaseObjects } from '../objects/useCaseObjects';
import { FindingCard, SEVERITY_COLOR, SEVERITY_ICON, SEVERITY_ORDER } from './FindingCard';
import { useFindingsText } from './useFindingsText';

type Loaded =
  | { key: string; report: FindingsReport; error?: undefined }
  | { key: string; error: string; report?: undefined };

/** The object a finding concerns, as a list names it: from the case's objects, or its evidence. */
function objectLabelOf(finding: Finding, exhibits: ReadonlyMap<string, string>): string | null {
  if (!finding.objectId) return null;
  return (
    exhibits.get(finding.objectId) ??
    finding.evidence.find((e) => e.kind === 'object' && e.id === finding.objectId)?.label ??
    null
  );
}

/**
 * The findings of a case, or of one object (`objectId`): every rule of the analysis registry run
 * over the records (`findings:list`), grouped by severity, most serious first, each explained
 * with its values and the records it rests on. Filters: severity, area (domain) and, for a case,
 * the object. Used by the case's Findings tab, the sidebar's Provenance area and an object's
 * Provenance tab.
 */
export function FindingsList(props: { caseId: string; objectId?: string }) {
  const { caseId, objectId } = props;
  const t = useFindingsText();
  const format = useFormat();
  const call = useIpc();
  const objects = useCaseObjects(caseId, objectId === undefined);
  const key = `${caseId}:${objectId ?? ''}`;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [severities, setSeverities] = useState<FindingSeverity[]>([]);
  const [domains, setDomains] = useState<RuleDomain[]>([]);
  const [object, setObject] = useState<string | null>(null);

  const load = useCallback(async () => {
    let failure = '';
    const input = objectId === undefined ? { caseId } : { caseId, objectId };
    const report = await call(api.findings.list(input), (error) => {
      failure = error.message;
      return true;
    });
    setLoaded(report ? { key, report } : { key, error: failure });
  }, [call, caseId, objectId, key]);

  useEffect(() => {
    void load();
  }, [load]);

  const current = loaded?.key === key ? loaded : null;
  const report = current?.report ?? null;

  const exhibits = useMemo(
    () =>
      new Map(
        (objects ?? []).map((o) => [
          o.id,
          o.title ? `${o.exhibitNumber} · ${o.title}` : o.exhibitNumber,
        ]),
      ),
    [objects],
  );
  const titles = useMemo(
    () => new Map((report?.rules ?? []).map((r) => [r.id, r.title])),
    [report],
  );
  const all = useMemo(() => report?.findings ?? [], [report]);
  const filtered = all.filter(
    (f) =>
      (severities.length === 0 || severities.includes(f.severity)) &&
      (domains.length === 0 || domains.includes(f.domain)) &&
      (!object || f.objectId === object),
  );
  const count = (pick: (f: Finding) => boolean) => all.filter(pick).length;
  const presentDomains = RULE_DOMAINS.filter(
    (d) => report?.rules.some((r) => r.domain === d) || all.some((f) => f.domain === d),
  );
  const findingObjects = [...new Set(all.flatMap((f) => (f.objectId ? [f.objectId] : [])))];
  const activeFilters = (severities.length ? 1 : 0) + (domains.length ? 1 : 0) + (object ? 1 : 0);

  if (current?.error !== undefined) {
    return (
      <Alert
        color="red"
        variant="light"
        icon={<IconAlertCircle size={18} />}
        data-testid="findings-error"
      >
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm">{t('failed', { message: current.error })}</Text>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconRefresh size={14} />}
            onClick={() => void load()}
          >
            {t('retry')}
          </Button>
        </Group>
      </Alert>
    );
  }

  if (!report) {
    return (
      <Stack gap="xs" data-testid="findings-loading" aria-label={t('loading')}>
        <Skeleton h={40} />
        <Skeleton h={96} />
        <Skeleton h={96} />
      </Stack>
    );
  }

  return (
    <Stack gap="md" data-testid="findings-list" data-count={all.length}>
      <Alert
        variant="light"
        color="gray"
        icon={<IconBulb size={18} />}
        p="xs"
        data-testid="findings-note"
      >
        <Text size="sm">{t('note')}</Text>
      </Alert>
      {all.length === 0 ? (
        <EmptyState
          py="lg"
          size="md"
          icon={<IconChecklist size={28} stroke={1.5} />}
          title={t('empty.title')}
          description={t(objectId ? 'empty.object' : 'empty.case', {
            count: report.rules.length,
          })}
          data-testid="findings-empty"
        />
      ) : (
        <>
          <FilterBar
            activeCount={activeFilters}
            onClear={() => {
              setSeverities([]);
              setDomains([]);
              setObject(null);
            }}
            testId="findings-filters"
            trailing={
              <Group gap="xs" wrap="nowrap">
                <Text size="xs" c="dimmed" data-testid="findings-count">
                  {filtered.length === all.length
                    ? t('count', { count: all.length })
                    : t('shown', { shown: filtered.length, total: all.length })}
                </Text>
                <Tooltip label={t('generatedAt', { time: format.dateTime(report.generatedAt) })}>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={t('refresh')}
                    onClick={() => void load()}
                    data-testid="findings-refresh"
                  >
                    <IconRefresh size={16} />
                  </ActionIcon>
                </Tooltip>
              </Group>
            }
          >
            <EnumChips
              label={t('filters.severity')}
              options={SEVERITY_ORDER.filter((s) => count((f) => f.severity === s) > 0).map(
                (s) => ({
                  value: s,
                  label: `${t(`severity.${s}`)} ${count((f) => f.severity === s)}`,
                }),
              )}
              value={severities}
              onChange={setSeverities}
              testId="findings-filter-severity"
            />
            {presentDomains.length > 1 ? (
              <EnumChips
                label={t('filters.domain')}
                options={presentDomains.map((d) => ({ value: d, label: t(`domain.${d}`) }))}
                value={domains}
                onChange={setDomains}
                testId="findings-filter-domain"
              />
            ) : null}
            {objectId === undefined && findingObjects.length > 0 ? (
              <Select
                size="xs"
                w={260}
                label={t('filters.object')}
                placeholder={t('filters.allObjects')}
                data={findingObjects.map((id) => ({
                  value: id,
                  label:
                    objectLabelOf(all.find((f) => f.objectId === id) as Finding, exhibits) ?? id,
                }))}
                value={object}
                onChange={setObject}
                allowDeselect
                clearable
                searchable
                nothingFoundMessage={t('filters.noObject')}
                data-testid="findings-filter-object"
              />
            ) : null}
          </FilterBar>
          {filtered.length === 0 ? (
            <EmptyState
              py="lg"
              size="sm"
              icon={<IconChecklist size={24} stroke={1.5} />}
              title={t('noMatch.title')}
              description={t('noMatch.text', { count: all.length })}
              data-testid="findings-no-match"
            />
          ) : (
            SEVERITY_ORDER.map((severity) => {
              const group = filtered.filter((f) => f.severity === severity);
              if (group.length === 0) return null;
              const Icon = SEVERITY_ICON[severity];
              const color = SEVERITY_COLOR[severity];
              return (
                <Stack
                  key={severity}
                  gap="xs"
                  component="section"
                  aria-label={t(`severity.${severity}`)}
                  data-testid={`findings-group-${severity}`}
                  data-count={group.length}
                >
                  <Group gap={8} wrap="nowrap">
                    <Icon size={18} stroke={1.8} color={`var(--mantine-color-${color}-7)`} />
                    <Title order={4} size="h6">
                      {t(`severity.${severity}`)}
                    </Title>
                    <Badge size="sm" circle color={color} variant="light">
                      {group.length}
                    </Badge>
                    <Text size="xs" c="dimmed" truncate="end">
                      {t(`severityHint.${severity}`)}
                    </Text>
                  </Group>
                  {group.map((finding) => (
                    <FindingCard
                      key={finding.key}
                      finding={finding}
                      englishTitle={titles.get(finding.ruleId) ?? finding.ruleId}
                      objectLabel={objectLabelOf(finding, exhibits)}
                      showObject={objectId === undefined}
                    />
                  ))}
                </Stack>
              );
            })
          )}
        </>
      )}
    </Stack>
  );
}
