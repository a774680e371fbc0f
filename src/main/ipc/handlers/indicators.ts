import {
  acceptSuggestion,
  addObservation,
  addRedListMatch,
  catalogue,
  dismissSuggestion,
  exportCatalogue,
  importCatalogue,
  listObservations,
  listRedListMatches,
  listSuggestions,
  listVersions,
  redLists,
  riskOverview,
  saveVersion,
  updateObservation,
  updateRedListMatch,
} from '../../core/indicators';
import type { AppServices } from '../../core/workspace/app-services';
import type { ObservationFieldsInput, RedListMatchFields } from '../../../shared/domain/indicator';
import type { HandlersFor } from '../handle';

/**
 * Indicators: the core checks every field. Catalogue files are read or written only where a
 * dialog handed out the path; the grant is spent once the work succeeded.
 */
export function indicatorHandlers(
  services: AppServices,
): HandlersFor<'indicator' | 'redlist' | 'observation' | 'suggestion' | 'risk'> {
  const session = () => services.workspace.session();
  return {
    'indicator:versions': () => listVersions(session()),
    'indicator:catalogue': ({ versionId }) => catalogue(session(), versionId),
    'indicator:import': ({ path, mode }) =>
      services.chosen.spendOnSuccess(path, 'indicators-import', (resolved) =>
        importCatalogue(session(), resolved, mode),
      ),
    'indicator:export': ({ path, format, versionId }) =>
      services.chosen.spendOnSuccess(path, 'indicators-export', (resolved) =>
        exportCatalogue(session(), resolved, format, versionId),
      ),
    'indicator:save-version': (input) => saveVersion(session(), input),

    'redlist:lists': () => redLists(session()),
    'redlist:matches': ({ objectId }) => listRedListMatches(session(), objectId),
    'redlist:add-match': ({ fields }) =>
      addRedListMatch(session(), { fields: fields as Partial<RedListMatchFields> }),
    'redlist:update-match': ({ id, version, fields }) =>
      updateRedListMatch(session(), {
        id,
        version,
        fields: fields as Partial<RedListMatchFields>,
      }),

    'observation:list': (query) => listObservations(session(), query),
    'observation:add': ({ caseId, fields }) =>
      addObservation(session(), { caseId, fields: fields as ObservationFieldsInput }),
    'observation:update': ({ id, version, fields }) =>
      updateObservation(session(), { id, version, fields: fields as ObservationFieldsInput }),

    'suggestion:list': (query) => listSuggestions(session(), query),
    'suggestion:accept': (input) => acceptSuggestion(session(), input),
    'suggestion:dismiss': (input) => dismissSuggestion(session(), input),

    'risk:overview': (query) => riskOverview(session(), query),
  };
}
