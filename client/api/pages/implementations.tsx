import { Context, Hono } from 'hono';
import { findSubject, subjectWhenReady } from '../../../activities/store/readModel';
import { stockholmDate } from '../../../domain/calendar/dates';
import { confirmImplementationSchema, implementationRequestSchema } from '../../../domain/followUp/implementation';
import { guidelineWorkflowId, implementationWorkflowId } from '../../../domain/ids';
import type { ImplementationView } from '../../../workflows/followUp/api';
import { emptyForm, FormState } from '../../web/form';
import { pages } from '../../web/links';
import { ImplementationPage } from '../../web/pages/implementation';
import { ImplementationFormPage } from '../../web/pages/implementationForm';
import { allow } from '../auth/guard';
import { AppDeps, nowOf, SignedInEnv, WebEnv } from '../env';
import { pageContext, refuse } from '../render';
import { actOnForm, contactFrom, given } from './formActs';
import { formFields } from './forms';
import { implementationCsv, implementerRows } from './followUpRows';
import { guidelineIdParam, nthParams } from './followUpParams';
import { upcomingMailOf } from './upcomingMail';
import { repliesOf } from '../replies';

/** The plan form's fields, named by their path in `POST /api/guidelines/{id}/implementations`. */
const planRequest = (fields: Record<string, string>) => ({
  deadline: fields.deadline,
  implementers: fields.implementers,
  preparationGroup: [contactFrom(fields, 'preparationGroup.0')],
});

const confirmation = (fields: Record<string, string>) => ({
  organisationId: fields.organisationId,
  confirmedOn: fields.confirmedOn,
  note: given(fields.note),
});

/**
 * Implementation deadlines: the plan form, and each deadline's matrix of implementers against their confirmations,
 * its reminders to come, the confirm form and the matrix as CSV. Everything shown is the read model's.
 */
export function implementationPages(deps: AppDeps) {
  const organisations = deps.organisations.organisations;
  const today = () => stockholmDate(nowOf(deps).getTime());

  const planPage = async (c: Context<SignedInEnv>, form: FormState, status: 200 | 409 | 422 | 503 = 200) => {
    const id = guidelineIdParam(c);
    const guideline = id && (await findSubject(deps.db, guidelineWorkflowId(id)));
    if (!id || !guideline) return refuse(c, 404);
    const page = (
      <ImplementationFormPage
        page={pageContext(c)}
        guidelineId={id}
        guidelineTitle={guideline.title}
        form={form}
        organisations={organisations}
      />
    );
    return c.html(page, status);
  };

  const implementationPage = async (c: Context<SignedInEnv>, confirmForm?: FormState, status: 200 | 409 | 422 | 503 = 200) => {
    const ref = nthParams(c);
    const subject = ref && (await findSubject<ImplementationView>(deps.db, implementationWorkflowId(ref.id, ref.n)));
    if (!subject) return refuse(c, 404);
    const page = (
      <ImplementationPage
        page={pageContext(c)}
        view={subject.view}
        guidelineTitle={subject.title}
        rows={implementerRows(subject.view, deps.organisations)}
        upcoming={await upcomingMailOf(deps, subject.workflowId)}
        confirmForm={confirmForm ?? emptyForm({ confirmedOn: today() })}
        replies={await repliesOf(deps, subject.workflowId)}
      />
    );
    return c.html(page, status);
  };

  return new Hono<WebEnv>()
    .get('/guidelines/:id/implementations/new', allow('implementation.plan'), (c) =>
      planPage(c, emptyForm({ implementers: 'principals', 'preparationGroup.0.language': 'sv' })),
    )
    .post('/guidelines/:id/implementations', allow('implementation.plan'), async (c) => {
      const id = guidelineIdParam(c);
      if (!id || !(await findSubject(deps.db, guidelineWorkflowId(id)))) return refuse(c, 404);
      const fields = await formFields(c);
      const acted = await actOnForm(deps, c.get('user'), {
        act: 'implementation.plan',
        target: id,
        schema: implementationRequestSchema,
        input: planRequest(fields),
        values: fields,
        run: (input) => deps.clients.followUps.planImplementation(id, input),
      });
      if ('refused' in acted) return planPage(c, acted.refused.form, acted.refused.status);
      const { n } = acted.done.implementations[acted.done.implementations.length - 1];
      // The new deadline is a child workflow, which publishes its first row within its first steps.
      await subjectWhenReady(deps.db, implementationWorkflowId(id, n));
      return c.redirect(pages.implementation(id, n), 303);
    })
    .get('/guidelines/:id/implementations/:n', allow('read'), (c) => implementationPage(c))
    .get('/guidelines/:id/implementations/:n/report.csv', allow('read'), async (c) => {
      const ref = nthParams(c);
      const subject = ref && (await findSubject<ImplementationView>(deps.db, implementationWorkflowId(ref.id, ref.n)));
      if (!ref || !subject) return refuse(c, 404);
      return c.body(implementationCsv(implementerRows(subject.view, deps.organisations)), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${ref.id}-implementation-${ref.n}.csv"`,
      });
    })
    .post('/guidelines/:id/implementations/:n/confirmations', allow('implementation.confirm'), async (c) => {
      const ref = nthParams(c);
      if (!ref || !(await findSubject(deps.db, implementationWorkflowId(ref.id, ref.n)))) return refuse(c, 404);
      const fields = await formFields(c);
      const acted = await actOnForm(deps, c.get('user'), {
        act: 'implementation.confirm',
        target: implementationWorkflowId(ref.id, ref.n),
        schema: confirmImplementationSchema,
        input: confirmation(fields),
        values: fields,
        run: (input) => deps.clients.followUps.confirmImplementation(ref.id, ref.n, input),
      });
      if ('refused' in acted) return implementationPage(c, acted.refused.form, acted.refused.status);
      return c.redirect(`${pages.implementation(ref.id, ref.n)}#confirmations`, 303);
    });
}
