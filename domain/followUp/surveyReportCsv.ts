import { stringify } from 'csv-stringify/sync';
import { ReportRecipient, surveyReportRows, Submissions, SurveyPart } from './survey';

/**
 * The survey's results as CSV (RFC 4180): one row per organisation and part, an answer's line breaks quoted. The
 * worker writes it to the reports folder and the survey's page serves it, so both are the same text. Kept out of
 * survey.ts: csv-stringify touches Node's Buffer when it loads, and the workflow sandbox imports survey.ts.
 */
export function surveyReportCsv(recipients: ReportRecipient[], parts: SurveyPart[], submissions: Submissions): string {
  // With an explicit record_delimiter, csv-stringify stops quoting a lone \n or \r unless told to.
  return stringify(surveyReportRows(recipients, parts, submissions), { record_delimiter: 'windows', quote_record_delimiter: true });
}
