import { Anchor, Badge, Card, DataList, Grid, Group, List, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { ObjectView } from '../../../../../shared/domain/object-views';
import { useCalendarDate } from '../../../components/data/dates';
import { MarkdownView } from '../../../components/data/MarkdownView';
import { PhotoThumb } from '../../../components/photos/PhotoThumb';
import { useEnumLabel, useVocabulary } from '../../../hooks/useVocabulary';
import { useFormat } from '../../../i18n/useFormat';
import { useCountries } from '../fields/countries';
import { FieldList } from '../FieldList';
import { useTypeLabel } from '../list/object-columns';
import { mono } from '../object-marks';
import { objectRoutes } from '../object-routes';
import { useCaseObjects } from '../useCaseObjects';
import { useDataText } from '../../../components/data/data-text';
import { useObjectsText } from '../useObjectsText';
import { useObjectFormat } from './object-format';
import { GroupTitle, Section } from './Section';

/** The whole record as read: Object ID in the standard's order, then what the case adds to it. */
export function ObjectReadView({ view, actions }: { view: ObjectView; actions: ReactNode }) {
  const t = useObjectsText();
  const data = useDataText();
  const enumLabel = useEnumLabel();
  const date = useCalendarDate();
  const format = useFormat();
  const f = useObjectFormat();
  const typeLabel = useTypeLabel();
  const reg116 = useVocabulary('reg116_category');
  const { nameOf } = useCountries();
  const { record: r } = view;
  const others = useCaseObjects(r.caseId, r.relatedObjects.length > 0);

  const none = (
    <Text span size="sm" c="gray.5">
      {data('notGiven')}
    </Text>
  );
  const text = (value: string, testId?: string) =>
    value ? (
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid={testId}>
        {value}
      </Text>
    ) : (
      none
    );
  const item = (key: string, label: string, value: ReactNode) => (
    <DataList.Item key={key} data-testid={`object-field-${key}`}>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{value}</DataList.ItemValue>
    </DataList.Item>
  );
  const chips = (values: readonly string[]) =>
    values.length > 0 ? (
      <Group gap={4}>
        {values.map((v) => (
          <Badge key={v} variant="light" color="gray" radius="sm" tt="none" fw={500}>
            {v}
          </Badge>
        ))}
      </Group>
    ) : (
      none
    );
  const years = f.years(r.dating.earliest, r.dating.latest);
  const place = r.placeOfOrigin;

  return (
    <Grid gap="md" data-testid="object-read-view">
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <Stack gap="md">
          <Card data-testid="object-id-card">
            <GroupTitle
              title={t('groups.objectId')}
              hint={t('groups.objectIdHint')}
              action={actions}
            />
            <Stack gap="md" mt="sm">
              <Section number="1.1" title={t('fields.photographs')}>
                <Group gap="sm" wrap="nowrap">
                  <PhotoThumb
                    attachmentId={view.coverAttachmentId}
                    size={56}
                    alt={r.exhibitNumber}
                  />
                  <Stack gap={2}>
                    <Text size="sm" data-testid="object-photo-count">
                      {t('photosSummary.count', {
                        count: view.photoCount,
                        formatted: format.number(view.photoCount),
                      })}
                    </Text>
                    <Anchor component={Link} to={objectRoutes.tab(r.id, 'photos')} size="sm">
                      {t('photosSummary.open')}
                    </Anchor>
                  </Stack>
                </Group>
              </Section>
              <Section number="1.2" title={t('fields.type')}>
                <Text size="sm" data-testid="object-field-type">
                  {typeLabel(r.typeL1, r.typeL2)}
                </Text>
              </Section>
              <Section number="1.3" title={t('fields.measurements')}>
                {r.measurements.length > 0 ? (
                  <Group gap="lg" data-testid="object-field-measurements">
                    {r.measurements.map((m, i) => (
                      <Text key={i} size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
                        {f.measurement(m)}
                      </Text>
                    ))}
                  </Group>
                ) : (
                  none
                )}
              </Section>
              <Section number="1.4" title={t('fields.materialsTechniques')}>
                <Stack gap={6}>
                  <Group gap="xs" wrap="nowrap" align="flex-start">
                    <Text size="xs" c="dimmed" w="6.5rem" style={{ flex: 'none' }} pt={2}>
                      {t('fields.materials')}
                    </Text>
                    {chips(r.materials)}
                  </Group>
                  <Group gap="xs" wrap="nowrap" align="flex-start">
                    <Text size="xs" c="dimmed" w="6.5rem" style={{ flex: 'none' }} pt={2}>
                      {t('fields.techniques')}
                    </Text>
                    {chips(r.techniques)}
                  </Group>
                </Stack>
              </Section>
              <Section number="1.5" title={t('fields.inscriptions')}>
                {r.inscriptions.length > 0 ? (
                  <Stack gap={6} data-testid="object-field-inscriptions">
                    {r.inscriptions.map((ins, i) => (
                      <Group key={i} gap="xs" wrap="nowrap" align="flex-start">
                        <Badge variant="outline" color="gray" radius="sm" tt="none" fw={500} mt={1}>
                          {enumLabel('inscriptionKind', ins.kind)}
                        </Badge>
                        <Stack gap={0} miw={0}>
                          <Text size="sm" fw={500} style={{ whiteSpace: 'pre-wrap' }}>
                            {ins.text}
                          </Text>
                          {ins.position || ins.script ? (
                            <Text size="xs" c="dimmed">
                              {[ins.position, ins.script].filter(Boolean).join(' · ')}
                            </Text>
                          ) : null}
                        </Stack>
                      </Group>
                    ))}
                  </Stack>
                ) : (
                  none
                )}
              </Section>
              <Section number="1.6" title={t('fields.dating')}>
                {years || r.dating.text ? (
                  <Text size="sm" data-testid="object-field-dating">
                    {r.dating.text}
                    {r.dating.text && years ? ' · ' : ''}
                    {years ? (
                      <Text
                        span
                        size="sm"
                        c="gray.7"
                        style={{ fontVariantNumeric: 'tabular-nums' }}
                      >
                        {years}
                      </Text>
                    ) : null}
                  </Text>
                ) : (
                  none
                )}
              </Section>
              <Section number="1.7" title={t('fields.maker')}>
                {text(r.maker)}
              </Section>
              <Section number="1.8" title={t('fields.subject')}>
                {text(r.subject)}
              </Section>
              <Section number="1.9" title={t('fields.title')}>
                {text(r.title)}
              </Section>
              <Section number="1.10" title={t('fields.distinguishingFeatures')}>
                {text(r.distinguishingFeatures, 'object-field-distinguishing')}
              </Section>
              <Section number="1.11" title={t('fields.description')}>
                {r.description ? <MarkdownView>{r.description}</MarkdownView> : none}
              </Section>
            </Stack>
          </Card>
          <Card data-testid="object-additional-card">
            <GroupTitle title={t('groups.additional')} hint={t('groups.additionalHint')} />
            <FieldList mt="xs">
              {item('inventoryNumber', t('fields.inventoryNumber'), r.inventoryNumber || none)}
              {item(
                'relatedWrittenMaterial',
                t('fields.relatedWrittenMaterial'),
                text(r.relatedWrittenMaterial),
              )}
              {item(
                'placeOfOrigin',
                t('fields.placeOfOrigin'),
                place.text || place.country || place.lat !== null ? (
                  <Stack gap={0}>
                    {place.text ? <Text size="sm">{place.text}</Text> : null}
                    {place.country ? (
                      <Text size="sm" c="gray.7">
                        {nameOf(place.country)}
                      </Text>
                    ) : null}
                    {place.lat !== null && place.lon !== null ? (
                      <Text size="xs" c="dimmed" style={mono}>
                        {f.coordinate(place.lat)}, {f.coordinate(place.lon)}
                      </Text>
                    ) : null}
                  </Stack>
                ) : (
                  none
                ),
              )}
              {item(
                'relatedObjects',
                t('fields.relatedObjects'),
                r.relatedObjects.length > 0 ? (
                  <Stack gap={2}>
                    {r.relatedObjects.map((rel) => {
                      const other = others?.find((o) => o.id === rel.objectId);
                      return (
                        <Group key={rel.objectId} gap={6} wrap="nowrap">
                          <Anchor
                            component={Link}
                            to={objectRoutes.object(rel.objectId)}
                            size="sm"
                            style={mono}
                          >
                            {other?.exhibitNumber ?? t('form.relatedObject')}
                          </Anchor>
                          <Text size="xs" c="dimmed" truncate="end">
                            {[rel.relation, other?.title].filter(Boolean).join(' · ')}
                          </Text>
                        </Group>
                      );
                    })}
                  </Stack>
                ) : (
                  none
                ),
              )}
              {item(
                'dateDocumented',
                t('fields.dateDocumented'),
                r.dateDocumented ? date(r.dateDocumented) : none,
              )}
            </FieldList>
          </Card>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <Stack gap="md">
          <Card data-testid="object-case-card">
            <GroupTitle title={t('groups.inCase')} />
            <FieldList mt="xs">
              {item(
                'exhibitNumber',
                t('fields.exhibitNumber'),
                <Text span size="sm" style={mono}>
                  {r.exhibitNumber}
                </Text>,
              )}
              {item('seizure', t('fields.seizure'), view.seizure?.reference ?? none)}
              {item(
                'lotCount',
                t('fields.lotCount'),
                r.lotCount !== null ? format.number(r.lotCount) : none,
              )}
            </FieldList>
          </Card>
          <Card data-testid="object-legal-card">
            <GroupTitle title={t('groups.legal')} />
            <FieldList mt="xs">
              {item(
                'unesco1970',
                t('fields.unesco1970'),
                r.unesco1970.length > 0 ? (
                  <List size="sm" spacing={2}>
                    {r.unesco1970.map((c) => (
                      <List.Item key={c}>{enumLabel('unesco1970', c)}</List.Item>
                    ))}
                  </List>
                ) : (
                  none
                ),
              )}
              {item(
                'eu2019880Part',
                t('fields.eu2019880Part'),
                r.eu2019880Part ? enumLabel('eu2019880Part', r.eu2019880Part) : none,
              )}
              {item(
                'reg116Category',
                t('fields.reg116Category'),
                r.reg116Category ? reg116.labelOf(r.reg116Category) : none,
              )}
              {item(
                'nationalTreasure',
                t('fields.nationalTreasure'),
                r.nationalTreasure ? (
                  <Badge color="red" variant="light" radius="sm" tt="none">
                    {t('form.yes')}
                  </Badge>
                ) : (
                  t('form.no')
                ),
              )}
              {item(
                'countryOfOrigin',
                t('fields.countryOfOrigin'),
                r.countryOfOrigin ? (
                  <Group gap={6}>
                    <Text span size="sm">
                      {nameOf(r.countryOfOrigin)}
                    </Text>
                    <Badge variant="outline" color="gray" radius="sm" tt="none" size="sm">
                      {enumLabel('certainty', r.countryOfOriginCertainty)}
                    </Badge>
                  </Group>
                ) : (
                  none
                ),
              )}
            </FieldList>
          </Card>
          <Card data-testid="object-value-card">
            <GroupTitle title={t('groups.value')} />
            <FieldList mt="xs">
              {item(
                'valuation',
                t('fields.valuation'),
                r.valuation ? (
                  <Stack gap={0}>
                    <Text span size="sm" fw={600}>
                      {f.money(r.valuation.value.amount, r.valuation.value.currency)}
                    </Text>
                    <Text span size="xs" c="dimmed">
                      {[
                        enumLabel('valuationBasis', r.valuation.basis),
                        r.valuation.valuer,
                        r.valuation.on ? date(r.valuation.on) : '',
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Text>
                  </Stack>
                ) : (
                  none
                ),
              )}
              {item(
                'authenticity',
                t('fields.authenticity'),
                enumLabel('authenticity', r.authenticity),
              )}
              {item(
                'condition',
                t('fields.condition'),
                <Stack gap={0}>
                  <Text span size="sm">
                    {enumLabel('conditionGrade', r.condition.grade)}
                  </Text>
                  {r.condition.note ? (
                    <Text span size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                      {r.condition.note}
                    </Text>
                  ) : null}
                </Stack>,
              )}
            </FieldList>
          </Card>
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
