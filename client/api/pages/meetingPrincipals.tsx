import { Hono, type Context } from 'hono';
import { findSubject } from '../../../activities/store/readModel';
import { may } from '../../../domain/access';
import { principalsWorkflowId } from '../../../domain/ids';
import { closeTrackingSchema, principalDecisionSchema } from '../../../domain/meeting/principals';
import { ValidationError } from '../../../domain/validation';
import type { PrincipalView } from '../../../workflows/meeting/principalsApi';
import { emptyForm, FormState } from '../../web/form';
import { pages } from '../../web/links';
import { MeetingPrincipalsPage } from '../../web/pages/meetingPrincipals';
import { performed } from '../acts';
import { allow } from '../auth/guard';
import type { AppDeps, SignedInEnv, WebEnv } from '../env';
import { schemaProblem } from '../problems';
import { pageContext, refuse } from '../render';
import { itemParams } from '../routes/openapi';
import { principalDecisionInput, refusal } from './meetingForms';
import { formFields } from './forms';
import { repliesOf } from '../replies';

const PATH = '/meetings/:body/:date/principals/:itemId';

/** The principals' own decisions after SRO's recommendation: the tracking from the read model, and its two acts. */
export function meetingPrincipalPages(deps: AppDeps) {
  const names = Object.fromEntries(deps.organisations.organisations.map((o) => [o.id, o.name]));

  /** The tracking the path names, from the read model. */
  const trackingAt = async (c: Context<SignedInEnv>) => {
    const params = itemParams.safeParse({ body: c.req.param('body'), date: c.req.param('date'), itemId: c.req.param('itemId') });
    if (!params.success) return undefined;
    const { body, date, itemId } = params.data;
    const workflowId = principalsWorkflowId(body, date, itemId);
    const subject = await findSubject<PrincipalView>(deps.db, workflowId);
    return subject && { body, date, itemId, workflowId, view: subject.view };
  };

  type Tracking = NonNullable<Awaited<ReturnType<typeof trackingAt>>>;

  const page = async (
    c: Context<SignedInEnv>,
    t: Tracking,
    forms: { record?: FormState; close?: FormState } = {},
    status: 200 | 409 | 422 | 503 = 200,
  ) => {
    const role = c.get('user').role;
    return c.html(
      <MeetingPrincipalsPage
        page={pageContext(c)}
        body={t.body}
        date={t.date}
        itemId={t.itemId}
        view={t.view}
        names={{ ...names, ...Object.fromEntries(t.view.progress.notDecided.map((p) => [p.organisationId, p.organisationName])) }}
        acts={{ record: may(role, 'principals.record'), close: may(role, 'principals.close') }}
        recordForm={forms.record ?? emptyForm()}
        closeForm={forms.close ?? emptyForm()}
        replies={await repliesOf(deps, principalsWorkflowId(t.body, t.date, t.itemId))}
      />,
      status,
    );
  };

  return new Hono<WebEnv>()
    .get(PATH, allow('read'), async (c) => {
      const tracking = await trackingAt(c);
      return tracking ? page(c, tracking) : refuse(c, 404);
    })
    .post(`${PATH}/decisions`, allow('principals.record'), async (c) => {
      const tracking = await trackingAt(c);
      if (!tracking) return refuse(c, 404);
      const fields = await formFields(c);
      const parsed = principalDecisionSchema.safeParse(principalDecisionInput(fields));
      if (!parsed.success)
        return page(c, tracking, { record: { values: fields, problems: schemaProblem(parsed.error).errors ?? [] } }, 422);
      const { body, date, itemId } = tracking;
      try {
        await performed(deps, c.get('user'), 'principals.record', tracking.workflowId, () =>
          deps.clients.meetings.recordPrincipalDecision(body, date, itemId, parsed.data),
        );
        return c.redirect(pages.principals(body, date, itemId), 303);
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        const { problems, status } = refusal(err);
        return page(c, tracking, { record: { values: fields, problems } }, status);
      }
    })
    .post(`${PATH}/closure`, allow('principals.close'), async (c) => {
      const tracking = await trackingAt(c);
      if (!tracking) return refuse(c, 404);
      const fields = await formFields(c);
      const parsed = closeTrackingSchema.safeParse({ reason: fields.reason });
      if (!parsed.success) return page(c, tracking, { close: { values: fields, problems: schemaProblem(parsed.error).errors ?? [] } }, 422);
      const { body, date, itemId } = tracking;
      try {
        await performed(deps, c.get('user'), 'principals.close', tracking.workflowId, () =>
          deps.clients.meetings.closeTracking(body, date, itemId, parsed.data),
        );
        return c.redirect(pages.principals(body, date, itemId), 303);
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        const { problems, status } = refusal(err);
        return page(c, tracking, { close: { values: fields, problems } }, status);
      }
    });
}
