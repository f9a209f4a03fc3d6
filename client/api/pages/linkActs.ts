import type { z } from 'zod';
import { storeDocument } from '../../../activities/documents/documents';
import { recordResponseSchema } from '../../../domain/consultation/consultation';
import { responseOf } from '../../../domain/consultation/progress';
import { DocumentRef, MAX_DOCUMENTS_PER_ANSWER } from '../../../domain/documents/documentRef';
import { documentProblem } from '../../../domain/documents/mediaType';
import { confirmImplementationSchema } from '../../../domain/followUp/implementation';
import { submitPartSchema } from '../../../domain/followUp/survey';
import { parseWorkflowId } from '../../../domain/ids';
import { principalDecisionSchema } from '../../../domain/meeting/principals';
import { describeIssues } from '../../../domain/validation';
import type { FormProblem, FormState } from '../../web/form';
import type { PageContext } from '../../web/layout';
import type { OpenAsk } from '../../links/openAsk';
import type { AppDeps } from '../env';
import { fieldProblems } from '../problems';

/** What a page a link opens knows: the request's page context, the link's token and its open ask. */
export interface LinkContext {
  page: PageContext;
  token: string;
  ask: OpenAsk;
  organisationName: string;
  today: string;
}

type Body = Record<string, string | File | Array<string | File>>;
export type LinkActed = { done: true } | { refused: FormState };

const strings = (body: Body) =>
  Object.fromEntries(Object.entries(body).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : []))) as Record<string, string>;
const given = (value: string | undefined) => (value?.trim() ? value : undefined);
const filesOf = (value: Body[string] | undefined): File[] =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter((f): f is File => typeof f !== 'string' && f.size > 0);

/** The input as the schema reads it, or the form back with each problem at its field. */
function parsed<S extends z.ZodType>(schema: S, input: unknown, values: Record<string, string>): z.output<S> | FormState {
  const result = schema.safeParse(input);
  return result.success ? result.data : { values, problems: fieldProblems(describeIssues(result.error)) };
}
const isForm = (value: unknown): value is FormState => typeof value === 'object' && value !== null && 'problems' in value;

/** Each file read and checked, before any is stored: a problem names the file. */
async function readFiles(files: File[]): Promise<{ bytes: Array<{ name: string; bytes: Uint8Array }>; problems: FormProblem[] }> {
  const bytes = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
  const problems = bytes.flatMap(({ name, bytes: b }) => {
    const problem = documentProblem(b);
    return problem ? [{ field: 'files', detail: `${name}: ${problem}` }] : [];
  });
  return { bytes, problems };
}

/**
 * Does the act a link's page posts, as the organisation: the same input and the same typed client (and so the same
 * Update) as staff, marked as come through the link and from the contact it was mailed to. Files are checked
 * before any is stored, and the input before any file is. A refusal by the client is thrown, as it is for staff.
 */
export async function actOnLink(deps: AppDeps, ctx: LinkContext, body: Body): Promise<LinkActed> {
  const { ask, today } = ctx;
  const { link } = ask;
  const values = strings(body);
  const organisationId = link.organisation_id;
  const via = { receivedVia: 'link' as const, receivedFrom: link.contact_email };
  const store = (file: { name: string; bytes: Uint8Array }) =>
    storeDocument(deps.db, deps.blobs, {
      bytes: file.bytes,
      filename: file.name,
      workflowId: link.workflow_id,
      organisationId,
      via: 'link',
      from: link.contact_email,
    });
  const ref = parseWorkflowId(link.workflow_id);

  switch (ask.act) {
    case 'consultation.answer': {
      const view = ask.subject.view;
      const kept = values.keep === 'true' ? (responseOf(view.responses, organisationId)?.documents ?? []) : [];
      const input = parsed(
        recordResponseSchema,
        { organisationId, kind: values.kind, text: given(values.text), receivedOn: today, ...via },
        values,
      );
      const files = await readFiles(filesOf(body.files));
      const problems = [...(isForm(input) ? input.problems : []), ...files.problems];
      if (kept.length + files.bytes.length > MAX_DOCUMENTS_PER_ANSWER)
        problems.push({ field: 'files', detail: `at most ${MAX_DOCUMENTS_PER_ANSWER} files in all` });
      if (isForm(input) || problems.length) return { refused: { values, problems } };
      const documents: DocumentRef[] = [...kept, ...(await Promise.all(files.bytes.map(store)))];
      await deps.clients.consultations.recordResponse(view.guidelineId, view.round, {
        ...input,
        ...(documents.length ? { documents } : {}),
      });
      return { done: true };
    }
    case 'implementation.confirm': {
      const view = ask.subject.view;
      const input = parsed(
        confirmImplementationSchema,
        { organisationId, confirmedOn: given(values.confirmedOn) ?? today, note: given(values.note), ...via },
        values,
      );
      if (isForm(input)) return { refused: input };
      await deps.clients.followUps.confirmImplementation(view.guidelineId, view.n, input);
      return { done: true };
    }
    case 'followUp.submit': {
      const view = ask.subject.view;
      const input = parsed(
        submitPartSchema,
        { organisationId, partId: values.partId, answer: values.answer, submittedOn: today, ...via },
        values,
      );
      if (isForm(input)) return { refused: input };
      await deps.clients.followUps.submitPart(view.guidelineId, view.n, input);
      return { done: true };
    }
    case 'principals.record': {
      if (ref?.kind !== 'principals') throw new Error(`a principals' link to ${link.workflow_id}`);
      const input = parsed(
        principalDecisionSchema,
        { organisationId, decision: values.decision, decidedOn: values.decidedOn, reference: given(values.reference), ...via },
        values,
      );
      if (isForm(input)) return { refused: input };
      await deps.clients.meetings.recordPrincipalDecision(ref.body, ref.date, ref.itemId, input);
      return { done: true };
    }
    case 'meeting.submitDocument': {
      if (ref?.kind !== 'meeting') throw new Error(`a meeting's link to ${link.workflow_id}`);
      const presents = ask.subject.view.items.filter((i) => i.presenter.email.toLowerCase() === link.contact_email);
      const problems: FormProblem[] = [];
      if (!presents.some((i) => i.itemId === values.itemId)) problems.push({ field: 'itemId', detail: 'choose one of your items' });
      const uploads = filesOf(body.files);
      if (uploads.length !== 1) problems.push({ field: 'files', detail: 'choose one file' });
      const files = await readFiles(uploads);
      problems.push(...files.problems);
      if (problems.length) return { refused: { values, problems } };
      const stored = await store(files.bytes[0]);
      const title = given(values.title)?.trim() ?? stored.filename;
      await deps.clients.meetings.submitDocuments(ref.body, ref.date, {
        itemId: values.itemId,
        documents: [{ title, link: `${deps.links.publicUrl}/documents/${stored.id}` }],
        ...via,
      });
      return { done: true };
    }
  }
}
