import { Client, WorkflowExecutionAlreadyStartedError, WorkflowHandle } from '@temporalio/client';
import { z } from 'zod';
import { stockholmDate } from '../domain/calendar/dates';
import { Failure } from '../domain/failures';
import {
  adoptionProblem,
  adoptSchema,
  extendValiditySchema,
  extensionProblem,
  guidelineIdSchema,
  parseRegistration,
  retireSchema,
  retirementProblem,
} from '../domain/guideline/guideline';
import { OrganisationDirectory, placed, requireKnownOrganisations } from '../domain/directory/organisation';
import { guidelineWorkflowId, parseWorkflowId } from '../domain/ids';
import { parseOrThrow, ValidationError } from '../domain/validation';
import { Clock, machineClock, todayOn } from './clock';
import { readState, runUpdate } from './updates';
import { adoptUpdate, extendValidityUpdate, GuidelineView, guidelineStateQuery, retireUpdate } from '../workflows/guideline/api';
import {
  GuidelineBody,
  GuidelineKind,
  guidelineSearchAttributes,
  GuidelineStatus,
  GuidelineValidUntil,
} from '../workflows/guideline/searchAttributes';

export interface GuidelineListItem {
  guidelineId: string;
  validUntil: string;
  status: string;
  responsibleBody: string;
  kind: string;
}

export const expiringWithinSchema = z
  .string()
  .regex(/^\d{1,4}d$/, { error: 'must be a number of days such as 180d' })
  .transform((s) => Number(s.slice(0, -1)));

/** The typed client used by the CLI and any API: validates with the domain's schemas before Temporal sees it. */
export class GuidelineClient {
  constructor(
    private readonly client: Client,
    private readonly taskQueue: string,
    private readonly organisations: OrganisationDirectory,
    private readonly clock: Clock = machineClock,
  ) {}

  /** Registers a guideline in force, or a draft when the input says `"draft": true` (no validity yet). */
  async register(input: unknown): Promise<GuidelineView> {
    const guideline = parseRegistration(input);
    requireKnownOrganisations(this.organisations, [['owner', guideline.owner], ...placed('subscribers', guideline.subscribers)]);
    try {
      const handle = await this.client.workflow.start('guidelineLifecycle', {
        workflowId: guidelineWorkflowId(guideline.id),
        taskQueue: this.taskQueue,
        // An id is a guideline's for good: a second life would share its rounds' ids and its ledger keys.
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
        args: [{ guideline }],
        typedSearchAttributes: guidelineSearchAttributes(guideline, 'validUntil' in guideline ? 'in-force' : 'draft'),
      });
      return await handle.query(guidelineStateQuery);
    } catch (err) {
      if (err instanceof WorkflowExecutionAlreadyStartedError) {
        throw new ValidationError([`id: a guideline '${guideline.id}' is already registered`], Failure.WrongState);
      }
      throw err;
    }
  }

  async show(guidelineId: string): Promise<GuidelineView> {
    const id = parseOrThrow(guidelineIdSchema, guidelineId);
    return readState(() => this.handle(id).query(guidelineStateQuery), notFound(id));
  }

  async extend(guidelineId: string, input: unknown): Promise<GuidelineView> {
    const extension = parseOrThrow(extendValiditySchema, input);
    return this.update(
      guidelineId,
      (view) => extensionProblem(view.status, view.guideline.validUntil, extension, todayOn(this.clock)),
      (h) => h.executeUpdate(extendValidityUpdate, { args: [extension] }),
    );
  }

  async retire(guidelineId: string, input: unknown): Promise<GuidelineView> {
    const retirement = parseOrThrow(retireSchema, input);
    return this.update(
      guidelineId,
      (view) => retirementProblem(view.status),
      (h) => h.executeUpdate(retireUpdate, { args: [retirement] }),
    );
  }

  /** A decision puts a draft, or a guideline awaiting its decision, in force. */
  async adopt(guidelineId: string, input: unknown): Promise<GuidelineView> {
    const adoption = parseOrThrow(adoptSchema, input);
    return this.update(
      guidelineId,
      (view) => adoptionProblem(view.status),
      (h) => h.executeUpdate(adoptUpdate, { args: [adoption] }),
    );
  }

  /** In-force guidelines whose validity ends within the given number of days, soonest first. */
  async listExpiring(within: string, now = this.clock()): Promise<GuidelineListItem[]> {
    const days = parseOrThrow(expiringWithinSchema, within);
    const before = new Date(now + days * 86_400_000).toISOString();
    const query =
      `WorkflowType = 'guidelineLifecycle' AND ExecutionStatus = 'Running' AND ` +
      `GuidelineStatus = 'in-force' AND GuidelineValidUntil <= '${before}'`;
    const items: GuidelineListItem[] = [];
    for await (const wf of this.client.workflow.list({ query })) {
      const sa = wf.typedSearchAttributes;
      const expires = sa.get(GuidelineValidUntil);
      const ref = parseWorkflowId(wf.workflowId);
      items.push({
        guidelineId: ref?.kind === 'guideline' ? ref.guidelineId : wf.workflowId,
        // The attribute holds the instant validity ends, midnight after the last valid day.
        validUntil: expires ? stockholmDate(expires.getTime() - 1) : '',
        status: sa.get(GuidelineStatus) ?? '',
        responsibleBody: sa.get(GuidelineBody) ?? '',
        kind: sa.get(GuidelineKind) ?? '',
      });
    }
    return items.sort((a, b) => a.validUntil.localeCompare(b.validUntil));
  }

  handle(guidelineId: string) {
    return this.client.workflow.getHandle(guidelineWorkflowId(guidelineId));
  }

  private update(
    guidelineId: string,
    problemWith: (view: GuidelineView) => string | undefined,
    run: (handle: WorkflowHandle) => Promise<GuidelineView>,
  ): Promise<GuidelineView> {
    const id = parseOrThrow(guidelineIdSchema, guidelineId);
    const handle = this.handle(id);
    return runUpdate({
      handle,
      read: () => handle.query(guidelineStateQuery),
      notFound: notFound(id),
      problemWith,
      run: () => run(handle),
    });
  }
}

const notFound = (id: string) => `guidelineId: no guideline '${id}'`;
