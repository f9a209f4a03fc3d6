import { Client } from '@temporalio/client';
import { z } from 'zod';
import { deadlineInForce, DeadlineRule } from '../domain/calendar/deadlineRule';
import { BodyDirectory, deadlineRuleOf, meetingInputFor } from '../domain/meeting/bodies';
import { confirmationProblem, confirmImplementationSchema, implementationRequestSchema } from '../domain/followUp/implementation';
import { followUpProblem, guidelineIdSchema } from '../domain/guideline/guideline';
import {
  afterAdoptionSchema,
  followUpRequestSchema,
  followUpWindow,
  moveSurveyProblem,
  moveSurveySchema,
  submitPartProblem,
  submitPartSchema,
} from '../domain/followUp/survey';
import type { OrganisationDirectory } from '../domain/directory/organisation';
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
import { readState, runUpdate } from './updates';

const positive = (n: number, what: string) => {
  if (!Number.isInteger(n) || n < 1) throw new ValidationError([`${what}: must be a number such as 1`]);
  return n;
};

/** After the decision: implementation deadlines and follow-up surveys, for process owners and preparation groups. */
export class FollowUpClient {
  constructor(
    private readonly client: Client,
    private readonly bodies: BodyDirectory,
    private readonly organisations: OrganisationDirectory,
    private readonly contacts: ContactDirectory,
  ) {}

  async planImplementation(guidelineId: string, input: unknown): Promise<GuidelineView> {
    const request = parseOrThrow(implementationRequestSchema, input);
    this.checkOrganisations(
      request.preparationGroup.map((c) => c.organisationId),
      'preparationGroup',
    );
    const implementers = resolveRecipients([{ group: request.implementers }], this.organisations, this.contacts);
    const deadlineRule = await this.deadlineRule(guidelineId, request.deadlineRule);
    return this.updateGuideline(guidelineId, 'an implementation deadline', (h) =>
      h.executeUpdate(planImplementationUpdate, { args: [{ ...request, implementers, deadlineRule }] }),
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
    const { recipientGroups, ...plan } = parseOrThrow(followUpRequestSchema, await this.withWindow(guidelineId, input));
    this.checkOrganisations(
      plan.preparationGroup.map((c) => c.organisationId),
      'preparationGroup',
    );
    const deadlineRule = await this.deadlineRule(guidelineId, plan.deadlineRule);
    if (plan.targetMeeting) {
      try {
        meetingInputFor(this.bodies, plan.targetMeeting.body, plan.targetMeeting.date);
      } catch (err) {
        if (err instanceof ValidationError) throw new ValidationError(err.problems.map((p) => `targetMeeting.${p}`));
        throw err;
      }
      const closes = deadlineInForce(plan.closesOn, deadlineRule);
      if (plan.targetMeeting.date <= closes)
        throw new ValidationError([`targetMeeting.date: must be after the survey closes on ${closes}`]);
    }
    const recipients = resolveRecipients(recipientGroups, this.organisations, this.contacts);
    return this.updateGuideline(guidelineId, 'a follow-up', (h) =>
      h.executeUpdate(planFollowUpUpdate, { args: [{ ...plan, recipients, deadlineRule }] }),
    );
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
    const move = parseOrThrow(moveSurveySchema, input);
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

  /** A request with `afterAdoption` gets its dates counted from the guideline's adoption. */
  private async withWindow(guidelineId: string, input: unknown): Promise<unknown> {
    if (typeof input !== 'object' || input === null || !('afterAdoption' in input)) return input;
    const { afterAdoption, ...rest } = input as { afterAdoption: unknown };
    const after = parseOrThrow(z.object({ afterAdoption: afterAdoptionSchema }), { afterAdoption }).afterAdoption;
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

  private checkOrganisations(ids: string[], field: string) {
    const known = new Set(this.organisations.organisations.map((o) => o.id));
    const problems = ids.flatMap((id, i) => (known.has(id) ? [] : [`${field}.${i}.organisationId: unknown organisation '${id}'`]));
    if (problems.length) throw new ValidationError(problems);
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
