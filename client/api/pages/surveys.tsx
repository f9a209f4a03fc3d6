import { Context, Hono } from 'hono';
import { findSubject, subjectWhenReady } from '../../../activities/store/readModel';
import { stockholmDate } from '../../../domain/calendar/dates';
import { moveSurveySchema, submitPartSchema, surveyReportMarkdown } from '../../../domain/followUp/survey';
import { surveyReportCsv } from '../../../domain/followUp/surveyReportCsv';
import { followUpWorkflowId, guidelineWorkflowId } from '../../../domain/ids';
import type { Subject } from '../../../domain/readModel';
import type { SurveyView } from '../../../workflows/followUp/api';
import { emptyForm, FormState } from '../../web/form';
import { pageOfWorkflow, pages } from '../../web/links';
import { SurveyPage } from '../../web/pages/survey';
import { SurveyFormPage } from '../../web/pages/surveyForm';
import { allow } from '../auth/guard';
import { AppDeps, nowOf, SignedInEnv, WebEnv } from '../env';
import { pageContext, refuse } from '../render';
import { followUpPlanRequestSchema, meantPlan } from '../routes/followUpSchemas';
import { actOnForm, contactFrom, fieldsOf, given, numberOrText } from './formActs';
import { formFields } from './forms';
import { surveyRecipients, surveyRows } from './followUpRows';
import { guidelineIdParam, nthParams } from './followUpParams';
import { upcomingMailOf } from './upcomingMail';
import { repliesOf } from '../replies';

/** The plan form's fields, named by their path in `POST /api/guidelines/{id}/follow-ups`; only the chosen timing's are sent. */
function planRequest(f: Record<string, string>) {
  const timing =
    f.timing === 'afterAdoption'
      ? { afterAdoption: { months: numberOrText(f['afterAdoption.months']), openForDays: numberOrText(f['afterAdoption.openForDays']) } }
      : { opensOn: f.opensOn, closesOn: f.closesOn };
  const target = given(f['targetMeeting.body']) ?? given(f['targetMeeting.date']);
  return {
    title: f.title,
    ...timing,
    recipientGroups: [{ group: f['recipientGroups.0.group'] }],
    preparationGroup: [contactFrom(f, 'preparationGroup.0')],
    ...(target === undefined ? {} : { targetMeeting: { body: f['targetMeeting.body'], date: f['targetMeeting.date'] } }),
  };
}

const submission = (f: Record<string, string>) => ({
  organisationId: f.organisationId,
  partId: f.partId,
  answer: f.answer,
  submittedOn: f.submittedOn,
});

const move = (f: Record<string, string>) => ({
  opensOn: f.opensOn,
  closesOn: f.closesOn,
  decisionRef: f.decisionRef,
  reason: given(f.reason),
});

type Status = 200 | 409 | 422 | 503;

/**
 * Follow-up surveys: the plan form, and each survey's matrix of organisations against its parts, its window, meeting
 * and reminders to come, the forms to submit a part and to move it, and its reports once it has closed. The reports
 * are made from the view by the domain functions the worker writes its files with, in the organisations file's order
 * as the worker's are: the same text while that file is unchanged, and the web server (which may run on another
 * machine) needs no access to the worker's data folder.
 */
export function surveyPages(deps: AppDeps) {
  const organisations = deps.organisations.organisations;
  const today = () => stockholmDate(nowOf(deps).getTime());

  const surveyOf = async (c: Context): Promise<Subject<SurveyView> | undefined> => {
    const ref = nthParams(c);
    return ref && findSubject<SurveyView>(deps.db, followUpWorkflowId(ref.id, ref.n));
  };

  const planPage = async (c: Context<SignedInEnv>, form: FormState, status: Status = 200) => {
    const id = guidelineIdParam(c);
    const guideline = id && (await findSubject(deps.db, guidelineWorkflowId(id)));
    if (!id || !guideline) return refuse(c, 404);
    const page = (
      <SurveyFormPage page={pageContext(c)} guidelineId={id} guidelineTitle={guideline.title} form={form} organisations={organisations} />
    );
    return c.html(page, status);
  };

  const surveyPage = async (c: Context<SignedInEnv>, refused: { submit?: FormState; move?: FormState } = {}, status: Status = 200) => {
    const subject = await surveyOf(c);
    if (!subject) return refuse(c, 404);
    const view = subject.view;
    const guideline = await findSubject(deps.db, guidelineWorkflowId(view.guidelineId));
    const page = (
      <SurveyPage
        page={pageContext(c)}
        view={view}
        guidelineTitle={guideline?.title ?? view.guidelineId}
        rows={surveyRows(view, surveyRecipients(view, deps.organisations))}
        upcoming={await upcomingMailOf(deps, subject.workflowId)}
        placedOn={view.placedOn && pageOfWorkflow(view.placedOn)}
        submitForm={refused.submit ?? emptyForm({ 'submit.submittedOn': today() })}
        moveForm={refused.move ?? emptyForm()}
        replies={await repliesOf(deps, subject.workflowId)}
      />
    );
    return c.html(page, status);
  };

  /** A closed survey's report, as the worker wrote it to the reports folder. */
  const report = (type: string, extension: string, text: (view: SurveyView) => string) => async (c: Context<SignedInEnv>) => {
    const subject = await surveyOf(c);
    if (!subject || subject.view.status !== 'closed') return refuse(c, 404);
    const { guidelineId, n } = subject.view;
    return c.body(text(subject.view), 200, {
      'content-type': `${type}; charset=utf-8`,
      'content-disposition': `attachment; filename="${guidelineId}-follow-up-${n}.${extension}"`,
    });
  };
  const recipientsOf = (view: SurveyView) => surveyRecipients(view, deps.organisations);

  return new Hono<WebEnv>()
    .get('/guidelines/:id/follow-ups/new', allow('followUp.plan'), (c) =>
      planPage(c, emptyForm({ timing: 'dates', 'recipientGroups.0.group': 'subregions', 'preparationGroup.0.language': 'sv' })),
    )
    .post('/guidelines/:id/follow-ups', allow('followUp.plan'), async (c) => {
      const id = guidelineIdParam(c);
      if (!id || !(await findSubject(deps.db, guidelineWorkflowId(id)))) return refuse(c, 404);
      const fields = await formFields(c);
      const input = planRequest(fields);
      const acted = await actOnForm(deps, c.get('user'), {
        act: 'followUp.plan',
        target: id,
        schema: followUpPlanRequestSchema,
        // zod refuses a union as a whole: the fields named are those of the kind of plan the form was meant to be.
        explain: meantPlan(input),
        input,
        values: fields,
        run: (plan) => deps.clients.followUps.planFollowUp(id, plan),
      });
      if ('refused' in acted) return planPage(c, acted.refused.form, acted.refused.status);
      const { n } = acted.done.followUps[acted.done.followUps.length - 1];
      // The new survey is a child workflow, which publishes its first row within its first steps.
      await subjectWhenReady(deps.db, followUpWorkflowId(id, n));
      return c.redirect(pages.followUp(id, n), 303);
    })
    .get('/guidelines/:id/follow-ups/:n', allow('read'), (c) => surveyPage(c))
    .get(
      '/guidelines/:id/follow-ups/:n/report.md',
      allow('read'),
      report('text/markdown', 'md', (view) => surveyReportMarkdown(view.plan.title, recipientsOf(view), view.plan.parts, view.submissions)),
    )
    .get(
      '/guidelines/:id/follow-ups/:n/report.csv',
      allow('read'),
      report('text/csv', 'csv', (view) => surveyReportCsv(recipientsOf(view), view.plan.parts, view.submissions)),
    )
    .post('/guidelines/:id/follow-ups/:n/submissions', allow('followUp.submit'), async (c) => {
      const ref = nthParams(c);
      if (!ref || !(await surveyOf(c))) return refuse(c, 404);
      const fields = await formFields(c);
      const acted = await actOnForm(deps, c.get('user'), {
        act: 'followUp.submit',
        target: followUpWorkflowId(ref.id, ref.n),
        schema: submitPartSchema,
        input: submission(fieldsOf(fields, 'submit')),
        values: fields,
        scope: 'submit',
        run: (part) => deps.clients.followUps.submitPart(ref.id, ref.n, part),
      });
      if ('refused' in acted) return surveyPage(c, { submit: acted.refused.form }, acted.refused.status);
      return c.redirect(`${pages.followUp(ref.id, ref.n)}#answers`, 303);
    })
    .post('/guidelines/:id/follow-ups/:n/moves', allow('followUp.move'), async (c) => {
      const ref = nthParams(c);
      if (!ref || !(await surveyOf(c))) return refuse(c, 404);
      const fields = await formFields(c);
      const acted = await actOnForm(deps, c.get('user'), {
        act: 'followUp.move',
        target: followUpWorkflowId(ref.id, ref.n),
        schema: moveSurveySchema,
        input: move(fieldsOf(fields, 'move')),
        values: fields,
        scope: 'move',
        run: (request) => deps.clients.followUps.moveFollowUp(ref.id, ref.n, request),
      });
      if ('refused' in acted) return surveyPage(c, { move: acted.refused.form }, acted.refused.status);
      return c.redirect(`${pages.followUp(ref.id, ref.n)}#moves`, 303);
    });
}
