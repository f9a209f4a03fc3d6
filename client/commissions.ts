import { Client, WorkflowExecutionAlreadyStartedError, WorkflowHandle, WorkflowNotFoundError } from '@temporalio/client';
import { WorkflowIdReusePolicy } from '@temporalio/common';
import { BodyDirectory, meetingCalendar } from '../domain/meeting/bodies';
import {
  commissionIdSchema,
  commissionInputSchema,
  completeCommissionSchema,
  completeMilestoneSchema,
  completionProblem,
  milestoneCompletionProblem,
  milestoneMoveProblem,
  moveMilestoneSchema,
  resolveReportBack,
} from '../domain/commission/commission';
import type { Contact } from '../domain/directory/contact';
import { stockholmDate } from '../domain/calendar/dates';
import type { OrganisationDirectory } from '../domain/directory/organisation';
import { Failure } from '../domain/failures';
import { commissionWorkflowId, guidelineWorkflowId } from '../domain/ids';
import { parseOrThrow, ValidationError } from '../domain/validation';
import {
  CommissionView,
  commissionStateQuery,
  completeCommissionUpdate,
  completeMilestoneUpdate,
  moveMilestoneUpdate,
} from '../workflows/commission/api';
import { readState, runUpdate } from './updates';

const notFound = (id: string) => `commissionId: no commission '${id}'`;

/** Commissions (uppdrag) for the bodies' secretaries: give one, follow its milestones, move them, record the report. */
export class CommissionClient {
  constructor(
    private readonly client: Client,
    private readonly taskQueue: string,
    private readonly bodies: BodyDirectory,
    private readonly organisations: OrganisationDirectory,
  ) {}

  /** Starts the commission once its group is known and its report-back meeting is in the calendar and ahead. */
  async start(input: unknown): Promise<CommissionView> {
    const parsed = parseOrThrow(commissionInputSchema, input);
    this.checkOrganisations(parsed.group.map((contact, i) => [`group.${i}`, contact]));
    const calendar = meetingCalendar(this.bodies);
    resolveReportBack(parsed, calendar, stockholmDate(Date.now()));
    try {
      const handle = await this.client.workflow.start('commission', {
        workflowId: commissionWorkflowId(parsed.id),
        taskQueue: this.taskQueue,
        // A commission's id names its ledger rows and its agenda item for good.
        workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
        args: [{ commission: parsed, calendar }],
      });
      return await handle.query(commissionStateQuery);
    } catch (err) {
      if (err instanceof WorkflowExecutionAlreadyStartedError)
        throw new ValidationError([`id: a commission '${parsed.id}' already exists`], Failure.WrongState);
      throw err;
    }
  }

  async show(commissionId: string): Promise<CommissionView> {
    const id = parseOrThrow(commissionIdSchema, commissionId);
    return readState(() => this.handle(id).query(commissionStateQuery), notFound(id));
  }

  async completeMilestone(commissionId: string, input: unknown): Promise<CommissionView> {
    const request = parseOrThrow(completeMilestoneSchema, input);
    return this.update(
      commissionId,
      (view) => milestoneCompletionProblem(view, request),
      (h) => h.executeUpdate(completeMilestoneUpdate, { args: [request] }),
    );
  }

  async moveMilestone(commissionId: string, input: unknown): Promise<CommissionView> {
    const request = parseOrThrow(moveMilestoneSchema, input);
    return this.update(
      commissionId,
      (view) => milestoneMoveProblem(view, request),
      (h) => h.executeUpdate(moveMilestoneUpdate, { args: [request] }),
    );
  }

  /** Records the report; a draft guideline in it must be new, and its people known. */
  async complete(commissionId: string, input: unknown): Promise<CommissionView> {
    const request = parseOrThrow(completeCommissionSchema, input);
    const draft = request.draft;
    if (draft) {
      this.checkOrganisations([
        ['draft.owner', draft.owner],
        ...draft.subscribers.map((s, i): [string, Contact] => [`draft.subscribers.${i}`, s]),
      ]);
      await this.refuseExistingGuideline(draft.id);
    }
    return this.update(
      commissionId,
      (view) => completionProblem(view, request),
      (h) => h.executeUpdate(completeCommissionUpdate, { args: [request] }),
    );
  }

  private checkOrganisations(contacts: Array<[string, Contact]>): void {
    const known = new Set(this.organisations.organisations.map((o) => o.id));
    const unknown = contacts.filter(([, c]) => !known.has(c.organisationId));
    if (unknown.length)
      throw new ValidationError(unknown.map(([field, c]) => `${field}.organisationId: unknown organisation '${c.organisationId}'`));
  }

  private async refuseExistingGuideline(guidelineId: string): Promise<void> {
    try {
      await this.client.workflow.getHandle(guidelineWorkflowId(guidelineId)).describe();
    } catch (err) {
      if (err instanceof WorkflowNotFoundError) return;
      throw err;
    }
    throw new ValidationError([`draft.id: a guideline '${guidelineId}' is already registered`], Failure.WrongState);
  }

  private handle(id: string): WorkflowHandle {
    return this.client.workflow.getHandle(commissionWorkflowId(id));
  }

  private update(
    commissionId: string,
    problemWith: (view: CommissionView) => string | undefined,
    run: (handle: WorkflowHandle) => Promise<CommissionView>,
  ): Promise<CommissionView> {
    const id = parseOrThrow(commissionIdSchema, commissionId);
    const handle = this.handle(id);
    return runUpdate({
      handle,
      read: () => handle.query(commissionStateQuery),
      notFound: notFound(id),
      problemWith,
      run: () => run(handle),
    });
  }
}
