import type { ValidationError } from '../../../domain/validation';
import type { FormProblem } from '../../web/form';
import { SUBMISSION } from '../../web/pages/meetingAgenda';
import { decisionGroups } from '../../web/pages/meetingDecision';
import type { DecisionChoice } from '../../web/texts/meetings';
import { fieldProblems, refusalProblem } from '../problems';

/** A form's optional text field: left out when empty, since the strict schemas refuse an empty string or key. */
const given = (key: string, value: string | undefined) => (value?.trim() ? { [key]: value } : {});

/** The add-item form as the API's item: its fields are named by their path in `agendaItemSchema`. */
export function itemInput(fields: Record<string, string>) {
  const minutes = fields.minutes?.trim();
  return {
    itemId: fields.itemId,
    title: fields.title,
    kind: fields.kind,
    // What is not a number becomes NaN, which the schema refuses by name.
    minutes: minutes ? Number(minutes) : undefined,
    ...(fields['subject.type'] ? { subject: { type: fields['subject.type'], id: fields['subject.id'] } } : {}),
    presenter: {
      name: fields['presenter.name'],
      email: fields['presenter.email'],
      organisationId: fields['presenter.organisationId'],
      role: fields['presenter.role'],
      language: fields['presenter.language'],
    },
    documentsExpected: fields.documentsExpected === 'true',
    needsSro: fields.needsSro === 'true',
  };
}

/** The fields a prefix holds, without it: `submission.itemId` → `itemId`. */
function unprefixed(fields: Record<string, string>, prefix: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fields).flatMap(([k, v]) => (k.startsWith(`${prefix}.`) ? [[k.slice(prefix.length + 1), v]] : [])),
  );
}

/** Problems named by their schema path, renamed to the form's fields. */
export const renamed = (problems: FormProblem[], fieldOf: (field: string) => string): FormProblem[] =>
  problems.map((p) => (p.field ? { ...p, field: fieldOf(p.field) } : p));

/** Documents handed in for an item, from the hand-in form's fields, which carry its prefix. */
export function submissionInput(fields: Record<string, string>) {
  const own = unprefixed(fields, SUBMISSION);
  return { itemId: own.itemId, documents: [{ title: own['documents.0.title'], link: own['documents.0.link'] }] };
}

/** A problem of the documents handed in, at its field in the hand-in form; one of the meeting's stays the meeting's. */
export const submissionField = (field: string) => (field === 'itemId' || field.startsWith('documents.') ? `${SUBMISSION}.${field}` : field);

const actions: Partial<Record<DecisionChoice, 'adopt' | 'extend' | 'approve'>> = { adopt: 'adopt', extend: 'extend', approve: 'approve' };

/**
 * The decision form as the API's decision: the chosen outcome (an endorsement by its action) with the fields of its
 * own group, and how the schema's fields are named in the form, so that each refusal is shown at its field.
 */
export function decisionInput(fields: Record<string, string>): { input: Record<string, unknown>; fieldOf: (field: string) => string } {
  const choice = fields.choice as DecisionChoice;
  const action = actions[choice];
  const group = decisionGroups[choice];
  const own = group?.fields.reduce((o, field) => ({ ...o, ...given(field, fields[`${group.prefix}.${field}`]) }), {});
  const input = {
    outcome: action ? 'endorse' : choice || undefined,
    ...(action ? { action } : {}),
    itemId: fields.itemId,
    ...own,
    ...given('text', fields.text),
  };
  const fieldOf = (field: string) =>
    field === 'outcome' || field === 'action' ? 'choice' : group?.fields.includes(field) ? `${group.prefix}.${field}` : field;
  return { input, fieldOf };
}

/** A principal's decision from its form. */
export function principalDecisionInput(fields: Record<string, string>) {
  return {
    organisationId: fields.organisationId,
    decision: fields.decision || undefined,
    decidedOn: fields.decidedOn,
    ...given('reference', fields.reference),
  };
}

/** A typed client's refusal as a form shows it: each problem at its field, 409 for the wrong state, 503 when busy, else 422. */
export function refusal(err: ValidationError): { problems: FormProblem[]; status: 409 | 422 | 503 } {
  const status = refusalProblem(err).status;
  return { problems: fieldProblems(err.problems), status: status === 409 || status === 503 ? status : 422 };
}
