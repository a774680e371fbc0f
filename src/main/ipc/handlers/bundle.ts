import { exportBundleToFile } from '../../core/bundle/export';
import { importBundleFile } from '../../core/bundle/import';
import { CASE_SPEC } from '../../core/cases/cases';
import { requireRecord } from '../../core/records/record-store';
import type { AppServices } from '../../core/workspace/app-services';
import type { HandlersFor } from '../handle';

/** Case bundles: export cases to a JSON file, import one (all or nothing). */
export function bundleHandlers(services: AppServices): HandlersFor<'bundle'> {
  const session = () => services.workspace.session();
  return {
    'bundle:export': ({ caseIds, path, attachments }) => {
      const s = session();
      const ids = [...new Set(caseIds)];
      // An unknown case is NOT_FOUND before anything is written (the exporter assumes they exist).
      for (const id of ids) requireRecord(s.db, CASE_SPEC, id);
      // Only where the person chose in the save dialog (and the exporter never overwrites).
      return exportBundleToFile(s, ids, services.chosen.take(path, 'bundle-export'), {
        attachments,
      });
    },
    'bundle:import': ({ path }) =>
      importBundleFile(session(), services.chosen.take(path, 'bundle-import')),
  };
}
