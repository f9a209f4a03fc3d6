import fs from 'node:fs';
import path from 'node:path';
import { surveyReportMarkdown } from '../domain/followUp/survey';
import { surveyReportCsv } from '../domain/followUp/surveyReportCsv';
import type { SurveyReportRequest } from './types';

/** Writes a survey's results next to the ledger; the same survey always writes the same two files. */
export function surveyReportActivity(reportsDir: string) {
  return {
    async compileSurveyReport(request: SurveyReportRequest): Promise<{ markdownPath: string; csvPath: string }> {
      fs.mkdirSync(reportsDir, { recursive: true });
      const base = path.join(reportsDir, request.workflowId.replace(/[^a-z0-9-]+/gi, '_'));
      const markdownPath = `${base}.md`;
      const csvPath = `${base}.csv`;
      fs.writeFileSync(markdownPath, surveyReportMarkdown(request.title, request.recipients, request.parts, request.submissions));
      fs.writeFileSync(csvPath, surveyReportCsv(request.recipients, request.parts, request.submissions));
      return { markdownPath, csvPath };
    },
  };
}
