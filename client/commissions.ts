import { Client, WorkflowExecutionAlreadyStartedError, WorkflowHandle, WorkflowNotFoundError } from '@temporalio/client';
import { WorkflowIdReusePolicy } from '@temporalio/common';
import { BodyDirectory, meetingCalendar } from '../domain/meeting/bodies';
import {
  commissionIdSchema,
  commissionInputSchemaOn,
  completeCommissionSchema,
  completeMilestoneSchema,
  completionProblem,
  milestoneCompletionProblem,
  milestoneMoveProblem,
  moveMilestoneSchemaOn,
  resolveReportBack,
} from '../domain/commission/commission';
import { OrganisationDirectory, placed, requireKnownOrganisations } from '../domain/directory/organisation';
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
import { Clock, machineClock, todayOn } from './clock';
import { readState, runUpdate } from './updates';

const notFound = (id: string) => `commissionId: no commission '${id}'`;

/**
 * Commissions (uppdrag) for the bodies' secretaries: give one, follow its milestones, move them, record the report.
 * Dates that must lie ahead are checked against the client's clock; whether work was done in the future is left to
 * the workflow, whose clock is the engine's.
 */
export class CommissionClient {
  constructor(
    private readonly client: Client,
    private readonly taskQueue: string,
    private readonly bodies: BodyDirectory,
    private readonly organisations: OrganisationDirectory,
    private readonly clock: Clock = machineClock,
  ) {}

  /** Starts the commission once its group is known and its report-back meeting is in the calendar and ahead. */
  async start(input: unknown): Promise<CommissionView> {
    const today = todayOn(this.clock);
    const parsed = parseOrThrow(commissionInputSchemaOn(today), input);
    requireKnownOrganisations(this.organisations, placed('group', parsed.group));
    const calendar = meetingCalendar(this.bodies);
    resolveReportBack(parsed, calendar, today);
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
    const request = parseOrThrow(moveMilestoneSchemaOn(todayOn(this.clock)), input);
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
      requireKnownOrganisations(this.organisations, [['draft.owner', draft.owner], ...placed('draft.subscribers', draft.subscribers)]);
      await this.refuseExistingGuideline(draft.id);
    }
    return this.update(
      commissionId,
      (view) => completionProblem(view, request),
      (h) => h.executeUpdate(completeCommissionUpdate, { args: [request] }),
    );
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
