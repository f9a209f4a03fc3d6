import { stringify } from 'csv-stringify/sync';
import type { OrganisationDirectory } from '../../../domain/directory/organisation';
import type { ReportRecipient } from '../../../domain/followUp/survey';
import type { ImplementationView, SurveyView } from '../../../workflows/followUp/api';
import type { ImplementerRow } from '../../web/pages/implementation';
import type { SurveyRow } from '../../web/pages/survey';

/**
 * The organisations named, in the order of the organisations file: the order in which the clients resolve
 * implementers and recipients, so the worker's reports and these rows list them alike. An organisation the file no
 * longer holds comes last, by id, under the name the workflow knows or its id.
 */
function inDirectoryOrder(ids: Set<string>, organisations: OrganisationDirectory, known: Map<string, string>): ReportRecipient[] {
  const listed = organisations.organisations.filter((o) => ids.has(o.id));
  const listedIds = new Set(listed.map((o) => o.id));
  const rest = [...ids].filter((id) => !listedIds.has(id)).sort();
  return [
    ...listed.map((o) => ({ organisationId: o.id, organisationName: known.get(o.id) ?? o.name })),
    ...rest.map((id) => ({ organisationId: id, organisationName: known.get(id) ?? id })),
  ];
}

/** Every implementer, by display name, with its confirmation if it has confirmed. */
export function implementerRows(view: ImplementationView, organisations: OrganisationDirectory): ImplementerRow[] {
  const ids = new Set([...Object.keys(view.confirmations), ...view.notConfirmed.map((r) => r.organisationId)]);
  const known = new Map(view.notConfirmed.map((r) => [r.organisationId, r.organisationName]));
  return inDirectoryOrder(ids, organisations, known).map((r) => ({
    organisationId: r.organisationId,
    name: r.organisationName,
    confirmation: Object.hasOwn(view.confirmations, r.organisationId) ? view.confirmations[r.organisationId] : undefined,
  }));
}

/**
 * The implementation matrix as CSV (RFC 4180), one row per implementer. The worker writes no file for an
 * implementation deadline (its report is a mail), so this is made from the view alone.
 */
export function implementationCsv(rows: ImplementerRow[]): string {
  const header = ['organisation_id', 'organisation', 'confirmed', 'confirmed_on', 'late', 'note'];
  const lines = rows.map((r) => [
    r.organisationId,
    r.name,
    String(Boolean(r.confirmation)),
    r.confirmation?.confirmedOn ?? '',
    r.confirmation ? String(r.confirmation.late) : '',
    r.confirmation?.note ?? '',
  ]);
  // With an explicit record_delimiter, csv-stringify stops quoting a lone \n or \r unless told to.
  return stringify([header, ...lines], { record_delimiter: 'windows', quote_record_delimiter: true });
}

/** Everyone a survey asked: those with parts missing and those that have submitted. */
export function surveyRecipients(view: SurveyView, organisations: OrganisationDirectory): ReportRecipient[] {
  const missing = view.progress.missing;
  const ids = new Set([...Object.keys(view.submissions), ...missing.map((m) => m.organisationId)]);
  return inDirectoryOrder(ids, organisations, new Map(missing.map((m) => [m.organisationId, m.organisationName])));
}

/** Each organisation asked against each part: the day it came in. */
export function surveyRows(view: SurveyView, recipients: ReportRecipient[]): SurveyRow[] {
  return recipients.map((r) => {
    const submitted = Object.hasOwn(view.submissions, r.organisationId) ? view.submissions[r.organisationId] : {};
    const parts = Object.fromEntries(
      view.plan.parts.map((p) => {
        const s = Object.hasOwn(submitted, p.id) ? submitted[p.id] : undefined;
        return [p.id, s && { submittedOn: s.submittedOn }];
      }),
    );
    return { organisationId: r.organisationId, name: r.organisationName, parts };
  });
}
