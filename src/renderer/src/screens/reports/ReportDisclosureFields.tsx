/** The report dialog's disclosure: parties, objects and documents withheld; protected persons. */
import { Fieldset, MultiSelect, Stack, Switch, Text } from '@mantine/core';
import { FORM_MODAL_Z_INDEX } from '../../components/data/form-modal';
import { useReportsText } from './reports-text';

type Option = { value: string; label: string };

/** What goes out: the parties, objects and documents left out, and witnesses and informants. */
export function ReportDisclosureFields(props: {
  partyOptions: Option[];
  objectOptions: Option[];
  documentOptions: Option[];
  withheldParties: string[];
  setWithheldParties: (value: string[]) => void;
  withheldObjects: string[];
  setWithheldObjects: (value: string[]) => void;
  withheldDocuments: string[];
  setWithheldDocuments: (value: string[]) => void;
  international: boolean;
  includeProtected: boolean;
  setProtectedChoice: (value: boolean) => void;
  running: boolean;
}) {
  const t = useReportsText();
  const {
    partyOptions,
    objectOptions,
    documentOptions,
    withheldParties,
    setWithheldParties,
    withheldObjects,
    setWithheldObjects,
    withheldDocuments,
    setWithheldDocuments,
    international,
    includeProtected,
    setProtectedChoice,
    running,
  } = props;
  return (
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
  );
}
