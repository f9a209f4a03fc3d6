import type { ZodType } from 'zod';
import {
  closeRoundSchema,
  extendDeadlineSchema,
  recordResponseSchema,
  withdrawRecipientSchema,
} from '../../../domain/consultation/consultation';
import type { FormProblem } from '../../web/form';
import { RoundAct, roundActs } from '../../web/pages/roundActs';
import type { ApiClients } from '../env';
import { addRecipientRequestSchema } from '../routes/consultationSchemas';

/** One act's form: the schema its API route validates with, its input from the form's fields, its typed client's call. */
interface ActInput<T> {
  schema: ZodType<T>;
  input: (fields: Record<string, string>) => unknown;
  run: (consultations: ApiClients['consultations'], guidelineId: string, round: number, value: T) => Promise<unknown>;
}
const actInput = <T>(spec: ActInput<T>) => spec as ActInput<unknown>;

// Optional texts left empty are left out, as the CLI leaves out a flag not given.
export const actInputs: Record<RoundAct, ActInput<unknown>> = {
  answer: actInput({
    schema: recordResponseSchema,
    input: (f) => ({
      organisationId: f.organisationId,
      kind: f.kind,
      receivedOn: f.receivedOn,
      text: f.text || undefined,
      documentRef: f.documentRef || undefined,
    }),
    run: (cs, id, n, value) => cs.recordResponse(id, n, value),
  }),
  extension: actInput({
    schema: extendDeadlineSchema,
    input: (f) => ({ deadline: f.deadline, reason: f.reason }),
    run: (cs, id, n, value) => cs.extendDeadline(id, n, value),
  }),
  addition: actInput({
    schema: addRecipientRequestSchema,
    input: (f) => ({ organisationId: f.organisationId }),
    run: (cs, id, n, value) => cs.addRecipient(id, n, value.organisationId),
  }),
  withdrawal: actInput({
    schema: withdrawRecipientSchema,
    input: (f) => ({ organisationId: f.organisationId, reason: f.reason }),
    run: (cs, id, n, value) => cs.withdrawRecipient(id, n, value),
  }),
  closure: actInput({
    schema: closeRoundSchema,
    input: (f) => ({ reason: f.reason || undefined }),
    run: (cs, id, n, value) => cs.close(id, n, value),
  }),
};

/** A form's own fields, without its name before them (`answer.kind` → `kind`). */
export const ownFields = (act: RoundAct, fields: Record<string, string>) =>
  Object.fromEntries(roundActs[act].fields.map((name) => [name, fields[`${act}.${name}`] ?? '']));

/** A problem of an act's input, placed at its form's field: `organisationId` → `answer.organisationId`. */
export const atActField = (act: RoundAct, problems: FormProblem[]): FormProblem[] =>
  problems.map((p) =>
    p.field && (roundActs[act].fields as readonly string[]).includes(p.field) ? { ...p, field: `${act}.${p.field}` } : p,
  );
