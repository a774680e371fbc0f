export { buildReport, generateReport, type ReportProgress } from './engine/run';
export { claimedReportId, getReport, listReports, verifyReportBytes } from './engine/register';
export {
  createRequest,
  getRequest,
  listRequests,
  recordRequestStatus,
  updateRequest,
} from './requests';
