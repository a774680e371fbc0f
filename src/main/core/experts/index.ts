export { EXPERT_SPEC, CONSULTATION_SPEC, OPINION_SPEC } from './specs';
export { addExpert, getExpert, listExperts, updateExpert } from './directory';
export { exportExperts, importExperts } from './directory-file';
export {
  addConsultation,
  getConsultation,
  listConsultations,
  updateConsultation,
} from './consultations';
export { writeConsultationLetter, type LetterResult } from './letter';
export { addOpinion, caseOpinions, objectOpinions, updateOpinion } from './opinions';
