import type { Context } from 'hono';
import { Hono } from 'hono';
import { findSubject, subjectWhenReady } from '../../../activities/store/readModel';
import { stockholmDate } from '../../../domain/calendar/dates';
import { consultationRequestSchemaOn, recordResponseSchema } from '../../../domain/consultation/consultation';
import { responseOf } from '../../../domain/consultation/progress';
import { consultationProblem, guidelineIdSchema } from '../../../domain/guideline/guideline';
import { consultationWorkflowId, guidelineWorkflowId } from '../../../domain/ids';
import { deadlineRuleOf } from '../../../domain/meeting/bodies';
import { ValidationError } from '../../../domain/validation';
import type { ConsultationView } from '../../../workflows/consultation/api';
import type { GuidelineView } from '../../../workflows/guideline/api';
import { emptyForm, FormProblem, FormState } from '../../web/form';
import { pages } from '../../web/links';
import { RoundDone, RoundPage } from '../../web/pages/round';
import { classifyField } from '../../web/pages/roundReplies';
import { RoundAct, roundActs } from '../../web/pages/roundActs';
import { RoundGuideline, RoundStartPage } from '../../web/pages/roundStart';
import { performed } from '../acts';
import { repliesOf } from '../replies';
import { allow } from '../auth/guard';
import { AppDeps, nowOf, SignedInEnv, WebEnv } from '../env';
import { fieldProblems, refusalProblem, schemaProblem } from '../problems';
import { pageContext, refuse } from '../render';
import { formFields } from './forms';
import { actInputs, atActField, ownFields } from './roundActInputs';
import { placeProblems, roundFormPost, roundRequest, startDefaults } from './roundRequest';

/** A refusal's status as the page answers it: the wrong state 409, busy 503, anything else at a field 422. */
const refusalStatus = (err: ValidationError) => {
  const status = refusalProblem(err).status;
  return status === 409 || status === 503 ? status : 422;
};

/** A round's number from its path: a positive whole number, or nothing (which is a 404). */
const roundNumber = (text: string) => (/^[1-9][0-9]{0,3}$/.test(text) ? Number(text) : undefined);

/** A consultation round's pages: starting one on a guideline, and the round with its organisations, acts and exports. */
export function consultationPages(deps: AppDeps) {
  const organisations = deps.organisations.organisations;
  const today = () => stockholmDate(nowOf(deps).getTime());

  /** The guideline a round starts on, from the read model; undefined for one it does not hold. */
  async function guidelineOf(id: string): Promise<{ view: GuidelineView; guideline: RoundGuideline } | undefined> {
    if (!guidelineIdSchema.safeParse(id).success) return undefined;
    const subject = await findSubject<GuidelineView>(deps.db, guidelineWorkflowId(id));
    if (!subject) return undefined;
    const view = subject.view;
    const body = view.guideline.responsibleBody;
    return {
      view,
      guideline: {
        id,
        title: view.guideline.title,
        responsibleBody: body,
        bodyRule: deadlineRuleOf(deps.bodies, body),
        refused: consultationProblem(view.status) !== undefined,
      },
    };
  }

  /** The round's view from the read model; undefined for a round it does not hold. */
  async function roundOf(id: string, n: string): Promise<ConsultationView | undefined> {
    const round = roundNumber(n);
    if (round === undefined || !guidelineIdSchema.safeParse(id).success) return undefined;
    return (await findSubject<ConsultationView>(deps.db, consultationWorkflowId(id, round)))?.view;
  }

  const showRound = async (
    c: Context<SignedInEnv>,
    view: ConsultationView,
    status: 200 | 409 | 422 | 503,
    forms = {},
    done?: RoundDone,
    classifyForm?: FormState,
  ) => {
    const replies = await repliesOf(deps, consultationWorkflowId(view.guidelineId, view.round));
    return c.html(
      <RoundPage
        page={pageContext(c)}
        view={view}
        organisations={organisations}
        today={today()}
        forms={forms}
        done={done}
        replies={replies}
        classifyForm={classifyForm}
      />,
      status,
    );
  };

  const app = new Hono<WebEnv>()
    .get('/guidelines/:id/rounds/new', allow('consultation.start'), async (c) => {
      const found = await guidelineOf(c.req.param('id'));
      if (!found) return refuse(c, 404);
      const form = emptyForm(startDefaults(found.view, today()));
      return c.html(
        <RoundStartPage page={pageContext(c)} guideline={found.guideline} form={form} organisations={organisations} />,
        found.guideline.refused ? 409 : 200,
      );
    })
    .post('/guidelines/:id/rounds', allow('consultation.start'), async (c) => {
      const id = c.req.param('id');
      const found = await guidelineOf(id);
      if (!found) return refuse(c, 404);
      const { fields, all } = await roundFormPost(c);
      const { request, groupFields } = roundRequest(fields, all);
      const again = (problems: FormProblem[], status: 409 | 422 | 503) =>
        c.html(
          <RoundStartPage
            page={pageContext(c)}
            guideline={found.guideline}
            form={{ values: fields, problems: placeProblems(problems, groupFields) }}
            organisations={organisations}
          />,
          status,
        );
      const parsed = consultationRequestSchemaOn(today()).safeParse(request);
      if (!parsed.success) return again(schemaProblem(parsed.error).errors ?? [], 422);
      let round: number;
      try {
        const started = await performed(deps, c.get('user'), 'consultation.start', id, () =>
          deps.clients.consultations.start(id, parsed.data),
        );
        round = started.round.round;
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        return again(fieldProblems(err.problems), refusalStatus(err));
      }
      // The round publishes its first row within its first steps: the page it leads to reads it.
      await subjectWhenReady(deps.db, consultationWorkflowId(id, round), () => true, 10_000);
      return c.redirect(`${pages.round(id, round)}?done=start`, 303);
    })
    .get('/guidelines/:id/rounds/:n', allow('read'), async (c) => {
      const view = await roundOf(c.req.param('id'), c.req.param('n'));
      if (!view) return refuse(c, 404);
      const done = c.req.query('done');
      const known = done !== undefined && (done === 'start' || done === 'classification' || Object.hasOwn(roundActs, done));
      return showRound(c, view, 200, {}, known ? (done as RoundDone) : undefined);
    });

  // A reply by e-mail, said to be the kind it is: the same answer, with the kind staff read it as.
  app.get('/guidelines/:id/rounds/:n/classifications', allow('read'), (c) =>
    c.redirect(c.req.path.slice(0, -'/classifications'.length), 303),
  );
  app.post('/guidelines/:id/rounds/:n/classifications', allow('consultation.answer'), async (c) => {
    const id = c.req.param('id');
    const view = await roundOf(id, c.req.param('n'));
    if (!view) return refuse(c, 404);
    const fields = await formFields(c);
    const organisationId = fields.organisationId ?? '';
    const field = classifyField(organisationId);
    const again = (problems: FormProblem[], status: 409 | 422 | 503) =>
      showRound(c, view, status, {}, undefined, {
        values: fields,
        problems: problems.map((p) => ({ ...p, field: p.field === 'kind' ? field : p.field })),
      });
    const reply = responseOf(view.responses, organisationId);
    if (reply?.kind !== 'unclassified') return again([{ field, detail: 'the answer is not a reply waiting to be classified' }], 409);
    const { late: _late, recordedAt: _recordedAt, ...answer } = reply;
    const parsed = recordResponseSchema.safeParse({ ...answer, kind: fields[field] });
    if (!parsed.success || parsed.data.kind === 'unclassified') {
      return again(
        parsed.success ? [{ field, detail: 'choose the kind of answer it is' }] : (schemaProblem(parsed.error).errors ?? []),
        422,
      );
    }
    try {
      await performed(deps, c.get('user'), 'consultation.answer', consultationWorkflowId(id, view.round), () =>
        deps.clients.consultations.recordResponse(id, view.round, parsed.data),
      );
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      return again(fieldProblems(err.problems), refusalStatus(err));
    }
    return c.redirect(`${pages.round(id, view.round)}?done=classification`, 303);
  });

  // A form sent back stays at the address it was posted to: the language switch and a reload ask for it again.
  app.get('/guidelines/:id/rounds', allow('read'), (c) => c.redirect(pages.guideline(c.req.param('id')), 303));
  for (const act of Object.keys(roundActs) as RoundAct[]) {
    const { act: name, path } = roundActs[act];
    app.get(`/guidelines/:id/rounds/:n/${path}`, allow('read'), (c) => c.redirect(c.req.path.slice(0, -`/${path}`.length), 303));
    app.post(`/guidelines/:id/rounds/:n/${path}`, allow(name), async (c) => {
      const id = c.req.param('id');
      const view = await roundOf(id, c.req.param('n'));
      if (!view) return refuse(c, 404);
      const fields = await formFields(c);
      const again = (problems: FormProblem[], status: 409 | 422 | 503) =>
        showRound(c, view, status, { [act]: { values: fields, problems: atActField(act, problems) } satisfies FormState });
      const { schema, input, run } = actInputs[act];
      const parsed = schema.safeParse(input(ownFields(act, fields)));
      if (!parsed.success) return again(schemaProblem(parsed.error).errors ?? [], 422);
      try {
        await performed(deps, c.get('user'), name, consultationWorkflowId(id, view.round), () =>
          run(deps.clients.consultations, id, view.round, parsed.data),
        );
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        return again(fieldProblems(err.problems), refusalStatus(err));
      }
      return c.redirect(`${pages.round(id, view.round)}?done=${act}`, 303);
    });
  }
  return app;
}
