import { Client, WorkflowHandle } from '@temporalio/client';
import {
  addRecipientSchema,
  closeRoundSchema,
  consultationRequestSchemaOn,
  consultationStartSchemaOn,
  recordResponseSchema,
  unclassifiedProblem,
  withdrawRecipientSchema,
} from '../domain/consultation/consultation';
import {
  addRecipientProblem,
  closeRoundProblem,
  extendDeadlineProblem,
  extendDeadlineSchemaOn,
  recordResponseProblem,
  withdrawRecipientProblem,
} from '../domain/consultation/round';
import { responsesCsv } from '../domain/consultation/responsesCsv';
import { responsesXlsx } from '../domain/consultation/responsesXlsx';
import { consultationProblem, guidelineIdSchema } from '../domain/guideline/guideline';
import { OrganisationDirectory, requireKnownOrganisations } from '../domain/directory/organisation';
import { BodyDirectory, deadlineRuleOf } from '../domain/meeting/bodies';
import { ContactDirectory, resolveRecipients } from '../domain/directory/recipients';
import { consultationWorkflowId } from '../domain/ids';
import { parseOrThrow, ValidationError } from '../domain/validation';
import {
  addRecipientUpdate,
  closeRoundUpdate,
  ConsultationView,
  consultationProgressQuery,
  extendDeadlineUpdate,
  recordResponseUpdate,
  ResponseReceipt,
  withdrawRecipientUpdate,
} from '../workflows/consultation/api';
import { GuidelineView, guidelineStateQuery, startConsultationUpdate } from '../workflows/guideline/api';
import type { GuidelineClient } from './guidelines';
import { Clock, machineClock, todayOn } from './clock';
import { readState, runUpdate } from './updates';

// A closed round's workflow has ended and takes no Updates, so the client says so itself, naming the round.
const closedProblem = (view: ConsultationView) =>
  view.status === 'closed' ? `round: round ${view.round} of ${view.guidelineId} is closed` : undefined;

/**
 * Consultation rounds for process owners: start one, record answers, extend, follow progress, export. Each Update is
 * checked here with its validator's schema and state rule first, dates that must lie ahead against the client's
 * clock; whether an answer lies in the future is left to the round, whose clock is the engine's (the client's may
 * lag behind it, and does on a time-skipping test server).
 */
export class ConsultationClient {
  constructor(
    private readonly client: Client,
    private readonly guidelines: GuidelineClient,
    private readonly organisations: OrganisationDirectory,
    private readonly contacts: ContactDirectory,
    /** Whose deadline rule a round follows when its request names none: the guideline's responsible body's. */
    private readonly bodies: BodyDirectory,
    private readonly clock: Clock = machineClock,
  ) {}

  /**
   * Resolves the recipient groups to organisations and contacts, and the deadline rule to the request's own or the
   * responsible body's, then starts the round from the guideline.
   */
  async start(guidelineId: string, input: unknown): Promise<{ guideline: GuidelineView; round: ConsultationView }> {
    const id = parseOrThrow(guidelineIdSchema, guidelineId);
    const today = todayOn(this.clock);
    const { recipientGroups, deadlineRule, ...request } = parseOrThrow(consultationRequestSchemaOn(today), input);
    requireKnownOrganisations(this.organisations, [['processOwner', request.processOwner]]);
    const recipients = resolveRecipients(recipientGroups, this.organisations, this.contacts);
    const { responsibleBody } = (await this.guidelines.show(id)).guideline;
    const start = parseOrThrow(consultationStartSchemaOn(today), {
      ...request,
      recipients,
      deadlineRule: deadlineRuleOf(this.bodies, responsibleBody, deadlineRule),
    });
    const handle = this.guidelines.handle(id);
    const guideline = await runUpdate({
      handle,
      read: () => handle.query(guidelineStateQuery),
      notFound: `guidelineId: no guideline '${id}'`,
      problemWith: (view) => consultationProblem(view.status),
      run: () => handle.executeUpdate(startConsultationUpdate, { args: [start] }),
    });
    const round = guideline.consultationRounds[guideline.consultationRounds.length - 1].round;
    return { guideline, round: await this.progress(id, round) };
  }

  async progress(guidelineId: string, round?: number): Promise<ConsultationView> {
    const { handle, notFound } = await this.round(guidelineId, round);
    return readState(() => handle.query(consultationProgressQuery), notFound);
  }

  async recordResponse(guidelineId: string, round: number | undefined, input: unknown): Promise<ResponseReceipt> {
    const response = parseOrThrow(recordResponseSchema, input);
    const unclassified = unclassifiedProblem(response);
    if (unclassified) throw new ValidationError([unclassified]);
    return this.update(
      guidelineId,
      round,
      (view) => recordResponseProblem(view, response),
      (h) => h.executeUpdate(recordResponseUpdate, { args: [response] }),
    );
  }

  async extendDeadline(guidelineId: string, round: number | undefined, input: unknown): Promise<ConsultationView> {
    const extension = parseOrThrow(extendDeadlineSchemaOn(todayOn(this.clock)), input);
    return this.update(
      guidelineId,
      round,
      (view) => extendDeadlineProblem(view, extension),
      (h) => h.executeUpdate(extendDeadlineUpdate, { args: [extension] }),
    );
  }

  async addRecipient(guidelineId: string, round: number | undefined, organisationId: string): Promise<ConsultationView> {
    let recipient;
    try {
      [recipient] = resolveRecipients([{ group: 'organisations', organisationIds: [organisationId] }], this.organisations, this.contacts);
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      throw new ValidationError(err.problems.map((p) => p.replace(/^recipientGroups\.0\.organisationIds\.0:/, 'organisationId:')));
    }
    const request = parseOrThrow(addRecipientSchema, { recipient });
    return this.update(
      guidelineId,
      round,
      (view) => addRecipientProblem(view, request),
      (h) => h.executeUpdate(addRecipientUpdate, { args: [request] }),
    );
  }

  async withdrawRecipient(guidelineId: string, round: number | undefined, input: unknown): Promise<ConsultationView> {
    const withdrawal = parseOrThrow(withdrawRecipientSchema, input);
    return this.update(
      guidelineId,
      round,
      (view) => withdrawRecipientProblem(view, withdrawal),
      (h) => h.executeUpdate(withdrawRecipientUpdate, { args: [withdrawal] }),
    );
  }

  async close(guidelineId: string, round: number | undefined, input: unknown): Promise<ConsultationView> {
    const closing = parseOrThrow(closeRoundSchema, input);
    return this.update(guidelineId, round, closeRoundProblem, (h) => h.executeUpdate(closeRoundUpdate, { args: [closing] }));
  }

  async exportCsv(guidelineId: string, round?: number): Promise<string> {
    const view = await this.progress(guidelineId, round);
    return responsesCsv(view.recipients, view.responses, view.withdrawn);
  }

  /** The CSV's rows as a workbook (XLSX), for those who open the answers in a spreadsheet. */
  async exportXlsx(guidelineId: string, round?: number): Promise<Uint8Array<ArrayBuffer>> {
    const view = await this.progress(guidelineId, round);
    return responsesXlsx(view.recipients, view.responses, view.withdrawn);
  }

  /** A round by number, or the guideline's latest round when no number is given. */
  private async round(guidelineId: string, round?: number) {
    const id = parseOrThrow(guidelineIdSchema, guidelineId);
    let n = round;
    if (n === undefined) {
      const rounds = (await this.guidelines.show(id)).consultationRounds;
      if (rounds.length === 0) throw new ValidationError([`round: guideline '${id}' has had no consultation round`]);
      n = rounds[rounds.length - 1].round;
    }
    if (!Number.isInteger(n) || n < 1) throw new ValidationError([`round: must be a round number such as 1`]);
    const handle = this.client.workflow.getHandle(consultationWorkflowId(id, n));
    return { handle, notFound: `round: guideline '${id}' has no consultation round ${n}` };
  }

  /** Sends an Update once the round's queried state passes the same rule its validator applies. */
  private async update<R>(
    guidelineId: string,
    round: number | undefined,
    problemWith: (view: ConsultationView) => string | undefined,
    run: (handle: WorkflowHandle) => Promise<R>,
  ): Promise<R> {
    const { handle, notFound } = await this.round(guidelineId, round);
    return runUpdate({
      handle,
      read: () => handle.query(consultationProgressQuery),
      notFound,
      problemWith: (view) => closedProblem(view) ?? problemWith(view),
      run: () => run(handle),
    });
  }
}
