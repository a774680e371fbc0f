import { Modal } from '@mantine/core';
import { useState } from 'react';
import { FORM_MODAL_Z_INDEX } from '../../components/data/form-modal';
import { GenerateForm } from './GenerateReportForm';
import type { GenerateReportModalProps } from './generate-report-model';
import { useReportsText } from './reports-text';

export { DIALOG_KINDS, reportFileName } from './generate-report-model';
export type { GenerateReportModalProps } from './generate-report-model';

/**
 * Generate one report: kind, language(s), the dossier's sections, the object or seizure it is
 * for, and what goes out (parties, objects, documents left out; witnesses and informants in or
 * out). Then where to save it, and the run itself with its steps, progress and Stop; at the
 * end the report ID, pages, SHA-256 and file name, or the reason it was refused, in place.
 */
export function GenerateReportModal(props: GenerateReportModalProps) {
  const t = useReportsText();
  const presetRequest = props.kind === 'mla' || props.kind === 'return';
  const [busy, setBusy] = useState(false);
  return (
    <Modal
      opened={props.opened}
      onClose={() => !busy && props.onClose()}
      zIndex={FORM_MODAL_Z_INDEX}
      closeOnClickOutside={false}
      closeOnEscape={!busy}
      withCloseButton={!busy}
      size="xl"
      title={presetRequest && props.kind ? t(`kind.${props.kind}`) : t('generate.title')}
      data-testid="report-generate-modal"
    >
      {props.opened ? <GenerateForm {...props} onBusy={setBusy} /> : null}
    </Modal>
  );
}
