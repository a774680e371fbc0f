import type { z } from 'zod';
import {
  addCheck,
  addCustodyEntry,
  changeLegalStatus,
  createObject,
  createSeizure,
  custodyOf,
  getObject,
  getSeizure,
  listObjects,
  listSeizures,
  splitFromLot,
  updateCheck,
  updateObject,
  updateSeizure,
} from '../../core/objects';
import type { AppServices } from '../../core/workspace/app-services';
import type {
  CustodyFieldsInput,
  ExternalCheckFields,
  ObjectFieldsInput,
} from '../../../shared/domain/object';
import type { SeizureFieldsInput } from '../../../shared/domain/seizure';
import type { HandlersFor } from '../handle';

type CheckInput = z.input<typeof ExternalCheckFields>;

/** Seizures, seized objects and lots, legal status, external checks and chain of custody. */
export function objectHandlers(services: AppServices): HandlersFor<'seizure' | 'object'> {
  const session = () => services.workspace.session();
  return {
    'seizure:list': ({ caseId }) => listSeizures(session(), caseId),
    'seizure:get': ({ id }) => getSeizure(session(), id),
    'seizure:create': ({ caseId, fields }) =>
      createSeizure(session(), caseId, fields as SeizureFieldsInput),
    'seizure:update': ({ id, version, fields }) =>
      updateSeizure(session(), { id, version, fields: fields as SeizureFieldsInput }),

    'object:list': (query) => listObjects(session(), query),
    'object:get': ({ id }) => getObject(session(), id),
    'object:create': ({ caseId, fields }) =>
      createObject(session(), caseId, fields as ObjectFieldsInput),
    'object:update': ({ id, version, fields }) =>
      updateObject(session(), { id, version, fields: fields as ObjectFieldsInput }),
    'object:split-lot': (input) => splitFromLot(session(), input),
    'object:change-legal-status': (input) => changeLegalStatus(session(), input),
    'object:add-check': ({ objectId, fields }) =>
      addCheck(session(), objectId, fields as CheckInput),
    'object:update-check': ({ id, version, fields }) =>
      updateCheck(session(), { id, version, fields: fields as CheckInput }),
    'object:add-custody': ({ objectId, fields }) => {
      const entry = addCustodyEntry(session(), objectId, fields as CustodyFieldsInput);
      const custody = custodyOf(session(), objectId);
      const view = custody.entries.find((e) => e.id === entry.id);
      return { entry: view ?? { ...entry, correctedBy: null }, custody };
    },
  };
}
