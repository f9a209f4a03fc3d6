import { Context, Hono } from 'hono';
import type { z } from 'zod';
import { findSubject, subjectWhenReady } from '../../../activities/store/readModel';
import { adoptSchema, extendValiditySchema, guidelineIdSchema, retireSchema } from '../../../domain/guideline/guideline';
import { guidelineWorkflowId } from '../../../domain/ids';
import { ValidationError } from '../../../domain/validation';
import type { GuidelineView } from '../../../workflows/guideline/api';
import { emptyForm, FormState } from '../../web/form';
import { guidelineActionRules, guidelineActions } from '../../web/guidelineActions';
import { pages } from '../../web/links';
import { GuidelinePage } from '../../web/pages/guideline';
import { GuidelineDecision, GuidelineDecisionPage } from '../../web/pages/guidelineDecision';
import { GuidelineFormPage } from '../../web/pages/guidelineForm';
import { GuidelineRegisterPage } from '../../web/pages/guidelineRegister';
import { performed } from '../acts';
import { allow } from '../auth/guard';
import { AppDeps, nowOf, SignedInEnv, todayOf, WebEnv } from '../env';
import { guidelineLifeOf } from '../guidelineLife';
import { guidelineRegisterOn } from '../guidelineRegister';
import { fieldProblems, refusalProblem, schemaProblem } from '../problems';
import { pageContext, refuse } from '../render';
import { guidelineListQuery, registrationSchema } from '../routes/guidelineSchemas';
import { formFields } from './forms';
import { listQuery } from './listQuery';

/** The form's fields, named by their path in the register input, as the CLI's flags build it. */
function registration(fields: Record<string, string>) {
  // A draft has no validity, and a strict schema refuses a key even when it is empty: empty dates are left out.
  const dates = Object.fromEntries((['validFrom', 'validUntil'] as const).flatMap((key) => (fields[key] ? [[key, fields[key]]] : [])));
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
    ...dates,
  };
}

const newForm = () => emptyForm({ draft: 'true', kind: 'guideline', responsibleBody: 'VVG', 'owner.language': 'sv' });

type Guidelines = AppDeps['clients']['guidelines'];

/**
 * Each decision on a guideline: the API route's schema, its fields (those optional are left out when empty), its
 * path, and the typed client's method that does it.
 */
const decisions: Record<
  GuidelineDecision,
  {
    schema: z.ZodType;
    required: string[];
    optional: string[];
    path: string;
    run: (client: Guidelines, id: string, input: unknown) => Promise<unknown>;
  }
> = {
  adopt: {
    schema: adoptSchema,
    required: ['validFrom', 'validUntil', 'decisionRef'],
    optional: ['note'],
    path: 'adoption',
    run: (client, id, input) => client.adopt(id, input),
  },
  extend: {
    schema: extendValiditySchema,
    required: ['validUntil', 'decisionRef', 'note'],
    optional: ['version', 'editorialChanges'],
    path: 'extensions',
    run: (client, id, input) => client.extend(id, input),
  },
  retire: {
    schema: retireSchema,
    required: ['reason'],
    optional: ['decisionRef'],
    path: 'retirement',
    run: (client, id, input) => client.retire(id, input),
  },
};

/** The form's fields as the decision's input: a required field is given even empty, so that the schema names it. */
function decisionInput(decision: GuidelineDecision, fields: Record<string, string>): Record<string, string> {
  const { required, optional } = decisions[decision];
  return Object.fromEntries([
    ...required.map((name) => [name, fields[name] ?? '']),
    ...optional.flatMap((name) => (fields[name]?.trim() ? [[name, fields[name]]] : [])),
  ]);
}

/**
 * The guideline pages, from the read model: the register, a guideline's page with its timeline, and its decisions
 * (adoption, extension, retirement), each a form validated by the API's schema and done through the typed client.
 */
export function guidelinePages(deps: AppDeps) {
  const organisations = deps.organisations.organisations;
  /** The guideline named in the path, as the read model has it. */
  const subjectOf = async (id: string) =>
    guidelineIdSchema.safeParse(id).success ? await findSubject<GuidelineView>(deps.db, guidelineWorkflowId(id)) : undefined;

  const app = new Hono<WebEnv>()
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
        // A workflow just started publishes its first row within its first steps: the page it goes to reads that row.
        await subjectWhenReady(deps.db, guidelineWorkflowId(view.guidelineId));
        return c.redirect(pages.guideline(view.guidelineId), 303);
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        const status = refusalProblem(err).status;
        return again({ values: fields, problems: fieldProblems(err.problems) }, status === 409 || status === 503 ? status : 422);
      }
    })
    .get('/guidelines', allow('read'), async (c) => {
      // The way to a guideline by its id, as the start page once offered it.
      const lookup = c.req.query('id');
      if (lookup !== undefined) {
        const id = guidelineIdSchema.safeParse(lookup.trim().toLowerCase());
        return id.success ? c.redirect(pages.guideline(id.data), 303) : refuse(c, 404);
      }
      const { filters, query, page } = listQuery(c, guidelineListQuery);
      const found = query ? await guidelineRegisterOn(deps.db, todayOf(deps), query, page) : { items: [], total: 0 };
      return c.html(
        <GuidelineRegisterPage page={pageContext(c)} filters={filters} rows={found.items} total={found.total} {...page} />,
        query ? 200 : 422,
      );
    })
    .get('/guidelines/:id', allow('read'), async (c) => {
      const id = c.req.param('id');
      const life = guidelineIdSchema.safeParse(id).success ? await guidelineLifeOf(deps.db, id, nowOf(deps)) : undefined;
      if (!life) return refuse(c, 404);
      const actions = guidelineActions(life.subject.view.status, c.get('user').role);
      return c.html(<GuidelinePage page={pageContext(c)} life={life} actions={actions} now={nowOf(deps)} />);
    });

  for (const decision of Object.keys(decisions) as GuidelineDecision[]) {
    const { schema, path, run } = decisions[decision];
    const act = guidelineActionRules[decision].act;
    const form = (c: Context<SignedInEnv>, view: GuidelineView, state: FormState, status: 200 | 409 | 422 | 503) => {
      const { guidelineId, guideline } = view;
      return c.html(
        <GuidelineDecisionPage
          page={pageContext(c)}
          decision={decision}
          guideline={{ guidelineId, title: guideline.title, validUntil: guideline.validUntil }}
          form={state}
        />,
        status,
      );
    };
    app.get(`/guidelines/:id/${path}/new`, allow(act), async (c) => {
      const subject = await subjectOf(c.req.param('id'));
      if (!subject) return refuse(c, 404);
      // In a status that refuses the decision the form says so at once, as sending it would.
      const problem = guidelineActionRules[decision].problemIn(subject.view.status);
      return problem
        ? form(c, subject.view, { values: {}, problems: fieldProblems([problem]) }, 409)
        : form(c, subject.view, emptyForm(), 200);
    });
    app.post(`/guidelines/:id/${path}`, allow(act), async (c) => {
      const subject = await subjectOf(c.req.param('id'));
      if (!subject) return refuse(c, 404);
      const fields = await formFields(c);
      const parsed = schema.safeParse(decisionInput(decision, fields));
      if (!parsed.success) return form(c, subject.view, { values: fields, problems: schemaProblem(parsed.error).errors ?? [] }, 422);
      const id = subject.view.guidelineId;
      try {
        await performed(deps, c.get('user'), act, id, () => run(deps.clients.guidelines, id, parsed.data));
        return c.redirect(pages.guideline(id), 303);
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        const status = refusalProblem(err).status;
        return form(
          c,
          subject.view,
          { values: fields, problems: fieldProblems(err.problems) },
          status === 409 || status === 503 ? status : 422,
        );
      }
    });
  }
  return app;
}
