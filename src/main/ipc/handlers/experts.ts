import {
  addConsultation,
  addExpert,
  addOpinion,
  caseOpinions,
  exportExperts,
  getConsultation,
  getExpert,
  importExperts,
  listConsultations,
  listExperts,
  objectOpinions,
  updateConsultation,
  updateExpert,
  updateOpinion,
  writeConsultationLetter,
} from '../../core/experts';
import type { AppServices } from '../../core/workspace/app-services';
import type {
  ConsultationFieldsInput,
  ExpertFieldsInput,
  OpinionFieldsInput,
} from '../../../shared/domain/expert';
import type { HandlersFor } from '../handle';

/**
 * Experts, consultations and opinions: the core checks every field. Directory files and request
 * letters are read or written only where a dialog handed out the path, and the grant is spent
 * only once the work succeeded (a refused file can be corrected and tried again).
 */
export function expertHandlers(
  services: AppServices,
): HandlersFor<'expert' | 'consultation' | 'opinion'> {
  const session = () => services.workspace.session();
  return {
    'expert:list': (query) => listExperts(session(), query),
    'expert:get': ({ id }) => getExpert(session(), id),
    'expert:add': ({ fields }) => addExpert(session(), { fields: fields as ExpertFieldsInput }),
    'expert:update': ({ id, version, fields }) =>
      updateExpert(session(), { id, version, fields: fields as ExpertFieldsInput }),
    'expert:import': ({ path }) =>
      services.chosen.spendOnSuccess(path, 'experts-import', (resolved) =>
        importExperts(session(), resolved),
      ),
    'expert:export': ({ path, format }) =>
      services.chosen.spendOnSuccess(path, 'experts-export', (resolved) =>
        exportExperts(session(), resolved, format),
      ),

    'consultation:list': ({ caseId }) => listConsultations(session(), caseId),
    'consultation:get': ({ id }) => getConsultation(session(), id),
    'consultation:add': ({ caseId, fields }) =>
      addConsultation(session(), { caseId, fields: fields as ConsultationFieldsInput }),
    'consultation:update': ({ id, version, fields }) =>
      updateConsultation(session(), { id, version, fields: fields as ConsultationFieldsInput }),
    'consultation:letter': ({ id, path }) =>
      services.chosen.spendOnSuccess(path, 'pdf-export', (resolved) =>
        writeConsultationLetter(session(), { id, path: resolved }),
      ),

    'opinion:for-object': ({ objectId }) => objectOpinions(session(), objectId),
    'opinion:for-case': ({ caseId }) => caseOpinions(session(), caseId),
    'opinion:add': ({ fields }) => addOpinion(session(), { fields: fields as OpinionFieldsInput }),
    'opinion:update': ({ id, version, fields }) =>
      updateOpinion(session(), { id, version, fields: fields as OpinionFieldsInput }),
  };
}
