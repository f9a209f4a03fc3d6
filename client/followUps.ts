import { Client } from '@temporalio/client';
import { deadlineInForce, DeadlineRule } from '../domain/calendar/deadlineRule';
import { BodyDirectory, deadlineRuleOf, meetingInputFor } from '../domain/meeting/bodies';
import {
  confirmationProblem,
  confirmImplementationSchema,
  implementationPlanSchemaOn,
  implementationRequestSchemaOn,
} from '../domain/followUp/implementation';
import { followUpProblem, guidelineIdSchema } from '../domain/guideline/guideline';
import {
  afterAdoptionRequestSchema,
  followUpPlanSchemaOn,
  followUpRequestSchema,
  followUpWindow,
  moveSurveyProblem,
  moveSurveySchemaOn,
  submitPartProblem,
  submitPartSchema,
} from '../domain/followUp/survey';
import { OrganisationDirectory, placed, requireKnownOrganisations } from '../domain/directory/organisation';
import { ContactDirectory, resolveRecipients } from '../domain/directory/recipients';
import { followUpWorkflowId, guidelineWorkflowId, implementationWorkflowId } from '../domain/ids';
import { parseOrThrow, ValidationError } from '../domain/validation';
import {
  confirmImplementationUpdate,
  implementationStateQuery,
  moveSurveyUpdate,
  ImplementationView,
  submitPartUpdate,
  surveyStateQuery,
  SurveyView,
} from '../workflows/followUp/api';
import { GuidelineView, guidelineStateQuery, planFollowUpUpdate, planImplementationUpdate } from '../workflows/guideline/api';
import { Clock, machineClock, todayOn } from './clock';
import { readState, runUpdate } from './updates';

const positive = (n: number, what: string) => {
  if (!Number.isInteger(n) || n < 1) throw new ValidationError([`${what}: must be a number such as 1`]);
  return n;
};

/**
 * After the decision: implementation deadlines and follow-up surveys, for process owners and preparation groups.
 * Dates that must lie ahead are checked against the client's clock; whether a confirmation or an answer lies in the
 * future is left to the workflow, whose clock is the engine's.
 */
export class FollowUpClient {
  constructor(
    private readonly client: Client,
    private readonly bodies: BodyDirectory,
    private readonly organisations: OrganisationDirectory,
    private readonly contacts: ContactDirectory,
    private readonly clock: Clock = machineClock,
  ) {}

  async planImplementation(guidelineId: string, input: unknown): Promise<GuidelineView> {
    const today = todayOn(this.clock);
    const { deadlineRule, ...request } = parseOrThrow(implementationRequestSchemaOn(today), input);
    requireKnownOrganisations(this.organisations, placed('preparationGroup', request.preparationGroup));
    const implementers = resolveRecipients([{ group: request.implementers }], this.organisations, this.contacts);
    const plan = parseOrThrow(implementationPlanSchemaOn(today), {
      ...request,
      implementers,
      deadlineRule: await this.deadlineRule(guidelineId, deadlineRule),
    });
    return this.updateGuideline(guidelineId, 'an implementation deadline', (h) =>
      h.executeUpdate(planImplementationUpdate, { args: [plan] }),
    );
  }

  async confirmImplementation(guidelineId: string, n: number, input: unknown) {
    const confirmation = parseOrThrow(confirmImplementationSchema, input);
    const { handle, notFound } = this.implementationHandle(guidelineId, n);
    return runUpdate({
      handle,
      read: () => handle.query(implementationStateQuery),
      notFound,
      problemWith: (view) => confirmationProblem(view, confirmation),
      run: () => handle.executeUpdate(confirmImplementationUpdate, { args: [confirmation] }),
    });
  }

  async implementation(guidelineId: string, n: number): Promise<ImplementationView> {
    const { handle, notFound } = this.implementationHandle(guidelineId, n);
    return readState(() => handle.query(implementationStateQuery), notFound);
  }

  /** Recipients default to the six sub-regions; the target meeting must be in its body's calendar. */
  async planFollowUp(guidelineId: string, input: unknown): Promise<GuidelineView> {
    const { recipientGroups, deadlineRule, ...request } = parseOrThrow(followUpRequestSchema, await this.withWindow(guidelineId, input));
    requireKnownOrganisations(this.organisations, placed('preparationGroup', request.preparationGroup));
    const recipients = resolveRecipients(recipientGroups, this.organisations, this.contacts);
    const plan = parseOrThrow(followUpPlanSchemaOn(todayOn(this.clock)), {
      ...request,
      recipients,
      deadlineRule: await this.deadlineRule(guidelineId, deadlineRule),
    });
    if (plan.targetMeeting) {
      try {
        meetingInputFor(this.bodies, plan.targetMeeting.body, plan.targetMeeting.date);
      } catch (err) {
        if (err instanceof ValidationError) throw new ValidationError(err.problems.map((p) => `targetMeeting.${p}`));
        throw err;
      }
      const closes = deadlineInForce(plan.closesOn, plan.deadlineRule);
      if (plan.targetMeeting.date <= closes)
        throw new ValidationError([`targetMeeting.date: must be after the survey closes on ${closes}`]);
    }
    return this.updateGuideline(guidelineId, 'a follow-up', (h) => h.executeUpdate(planFollowUpUpdate, { args: [plan] }));
  }

  async submitPart(guidelineId: string, n: number, input: unknown) {
    const part = parseOrThrow(submitPartSchema, input);
    const { handle, notFound } = this.surveyHandle(guidelineId, n);
    return runUpdate({
      handle,
      read: () => handle.query(surveyStateQuery),
      notFound,
      problemWith: (view) => submitPartProblem(view, part),
      run: () => handle.executeUpdate(submitPartUpdate, { args: [part] }),
    });
  }

  /** A decision moves a follow-up that has not opened, such as a strategy's deeper follow-up to another year. */
  async moveFollowUp(guidelineId: string, n: number, input: unknown): Promise<SurveyView> {
    const move = parseOrThrow(moveSurveySchemaOn(todayOn(this.clock)), input);
    const { handle, notFound } = this.surveyHandle(guidelineId, n);
    return runUpdate({
      handle,
      read: () => handle.query(surveyStateQuery),
      notFound,
      problemWith: (view) => moveSurveyProblem(view, move),
      run: () => handle.executeUpdate(moveSurveyUpdate, { args: [move] }),
    });
  }

  async survey(guidelineId: string, n: number): Promise<SurveyView> {
    const { handle, notFound } = this.surveyHandle(guidelineId, n);
    return readState(() => handle.query(surveyStateQuery), notFound);
  }

  /** A request with `afterAdoption`, and no dates of its own, gets its dates counted from the guideline's adoption. */
  private async withWindow(guidelineId: string, input: unknown): Promise<unknown> {
    if (typeof input !== 'object' || input === null || !('afterAdoption' in input)) return input;
    const { afterAdoption: after, ...rest } = parseOrThrow(afterAdoptionRequestSchema, input);
    const id = parseOrThrow(guidelineIdSchema, guidelineId);
    const view = await readState(
      () => this.client.workflow.getHandle(guidelineWorkflowId(id)).query(guidelineStateQuery),
      `guidelineId: no guideline '${id}'`,
    );
    const validFrom = view.adoption?.validFrom ?? view.guideline.validFrom;
    if (!validFrom) throw new ValidationError([`afterAdoption: guideline '${id}' has not been adopted`]);
    return { ...rest, ...followUpWindow(validFrom, after) };
  }

  /** A request's own deadline rule, or that of the guideline's responsible body. */
  private async deadlineRule(guidelineId: string, own: DeadlineRule | undefined): Promise<DeadlineRule> {
    if (own) return own;
    const id = parseOrThrow(guidelineIdSchema, guidelineId);
    const view = await readState(
      () => this.client.workflow.getHandle(guidelineWorkflowId(id)).query(guidelineStateQuery),
      `guidelineId: no guideline '${id}'`,
    );
    return deadlineRuleOf(this.bodies, view.guideline.responsibleBody);
  }

  private async updateGuideline(
    guidelineId: string,
    what: string,
    run: (handle: ReturnType<Client['workflow']['getHandle']>) => Promise<GuidelineView>,
  ) {
    const id = parseOrThrow(guidelineIdSchema, guidelineId);
    const handle = this.client.workflow.getHandle(guidelineWorkflowId(id));
    return runUpdate({
      handle,
      read: () => handle.query(guidelineStateQuery),
      notFound: `guidelineId: no guideline '${id}'`,
      problemWith: (view) => followUpProblem(view.status, what),
      run: () => run(handle),
    });
  }

  private implementationHandle(guidelineId: string, n: number) {
    const id = parseOrThrow(guidelineIdSchema, guidelineId);
    const handle = this.client.workflow.getHandle(implementationWorkflowId(id, positive(n, 'n')));
    return { handle, notFound: `n: guideline '${id}' has no implementation deadline ${n}` };
  }

  private surveyHandle(guidelineId: string, n: number) {
    const id = parseOrThrow(guidelineIdSchema, guidelineId);
    const handle = this.client.workflow.getHandle(followUpWorkflowId(id, positive(n, 'n')));
    return { handle, notFound: `n: guideline '${id}' has no follow-up ${n}` };
  }
}
