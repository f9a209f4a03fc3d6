import { Hono } from 'hono';
import { guidelineIdSchema } from '../../../domain/guideline/guideline';
import { ValidationError } from '../../../domain/validation';
import { emptyForm, FormState } from '../../web/form';
import { GuidelinePage } from '../../web/pages/guideline';
import { GuidelineFormPage } from '../../web/pages/guidelineForm';
import { performed } from '../acts';
import { allow } from '../auth/guard';
import type { AppDeps, WebEnv } from '../env';
import { fieldProblems, refusalProblem, schemaProblem } from '../problems';
import { pageContext, refuse } from '../render';
import { registrationSchema } from '../routes/guidelineSchemas';
import { formFields } from './forms';

/** The form's fields, named by their path in the register input, as the CLI's flags build it. */
function registration(fields: Record<string, string>) {
  return {
    draft: fields.draft === 'true' ? true : undefined,
    id: fields.id,
    title: fields.title,
    kind: fields.kind,
    owner: {
      name: fields['owner.name'],
      email: fields['owner.email'],
      organisationId: fields['owner.organisationId'],
      role: fields['owner.role'],
      language: fields['owner.language'],
    },
    responsibleBody: fields.responsibleBody,
    validFrom: fields.validFrom,
    validUntil: fields.validUntil,
  };
}

const newForm = () => emptyForm({ draft: 'true', kind: 'guideline', responsibleBody: 'VVG', 'owner.language': 'sv' });

/** The guideline pages: the pattern of a page (an act, a form validated by the API's schema, a typed client). */
export function guidelinePages(deps: AppDeps) {
  const organisations = deps.organisations.organisations;
  return new Hono<WebEnv>()
    .get('/guidelines/new', allow('guideline.register'), (c) =>
      c.html(<GuidelineFormPage page={pageContext(c)} form={newForm()} organisations={organisations} />),
    )
    .post('/guidelines', allow('guideline.register'), async (c) => {
      const fields = await formFields(c);
      const again = (form: FormState, status: 409 | 422 | 503) =>
        c.html(<GuidelineFormPage page={pageContext(c)} form={form} organisations={organisations} />, status);
      const parsed = registrationSchema.safeParse(registration(fields));
      if (!parsed.success) return again({ values: fields, problems: schemaProblem(parsed.error).errors ?? [] }, 422);
      try {
        const input = parsed.data;
        const view = await performed(deps, c.get('user'), 'guideline.register', input.id, () => deps.clients.guidelines.register(input));
        return c.redirect(`/guidelines/${view.guidelineId}`, 303);
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        const status = refusalProblem(err).status;
        return again({ values: fields, problems: fieldProblems(err.problems) }, status === 409 || status === 503 ? status : 422);
      }
    })
    .get('/guidelines', allow('read'), (c) => {
      const id = guidelineIdSchema.safeParse(c.req.query('id')?.trim().toLowerCase());
      return id.success ? c.redirect(`/guidelines/${id.data}`, 303) : refuse(c, 404);
    })
    .get('/guidelines/:id', allow('read'), async (c) =>
      c.html(<GuidelinePage page={pageContext(c)} view={await deps.clients.guidelines.show(c.req.param('id'))} />),
    );
}
