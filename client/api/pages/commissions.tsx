import { Context, Hono } from 'hono';
import type { z } from 'zod';
import { findSubject, subjectOf, subjectsWhere, subjectWhenReady } from '../../../activities/store/readModel';
import { stockholmDate } from '../../../domain/calendar/dates';
import {
  commissionIdSchema,
  commissionInputSchema,
  completeCommissionSchema,
  completeMilestoneSchema,
  moveMilestoneSchema,
} from '../../../domain/commission/commission';
import type { Act } from '../../../domain/access';
import { commissionWorkflowId } from '../../../domain/ids';
import type { CommissionView } from '../../../workflows/commission/api';
import { emptyForm, FormState } from '../../web/form';
import { pages } from '../../web/links';
import { CommissionPage } from '../../web/pages/commission';
import { CommissionFormPage, GROUP_ROWS, MILESTONE_ROWS } from '../../web/pages/commissionForm';
import { commissionStateFilters, CommissionListPage } from '../../web/pages/commissionList';
import { allow } from '../auth/guard';
import { AppDeps, nowOf, SignedInEnv, WebEnv } from '../env';
import { pageFromQuery, pageQuerySchema } from '../pagination';
import { pageContext, refuse } from '../render';
import { actOnForm, contactFrom, fieldsOf, given, numberOrText } from './formActs';
import { formFields } from './forms';
import { upcomingMailOf } from './upcomingMail';

/**
 * The rows of a repeated group the form filled in: up to the last one with anything typed in it, so that the
 * schema's paths (`milestones.2.due`) are the form's; an empty row before a filled one is refused as it stands.
 */
function filledRows(fields: Record<string, string>, prefix: string, count: number, keys: string[]): number[] {
  const filled = Array.from({ length: count }, (_, i) => keys.some((k) => given(fields[`${prefix}.${i}.${k}`]?.trim()) !== undefined));
  return Array.from({ length: filled.lastIndexOf(true) + 1 }, (_, i) => i);
}

/** The start form's fields, named by their path in `POST /api/commissions`. */
function commissionRequest(f: Record<string, string>) {
  const year = numberOrText(f['reportBack.nextMeetingIn.year']);
  const month = numberOrText(f['reportBack.nextMeetingIn.month']);
  return {
    id: f.id,
    title: f.title,
    task: f.task,
    commissionedBy: { body: f['commissionedBy.body'], date: f['commissionedBy.date'] },
    group: filledRows(f, 'group', GROUP_ROWS, ['name', 'email', 'organisationId', 'role']).map((i) => contactFrom(f, `group.${i}`)),
    milestones: filledRows(f, 'milestones', MILESTONE_ROWS, ['id', 'title', 'due']).map((i) => ({
      id: f[`milestones.${i}.id`],
      title: f[`milestones.${i}.title`],
      due: f[`milestones.${i}.due`],
    })),
    reportBack: {
      body: f['reportBack.body'],
      date: given(f['reportBack.date']),
      nextMeetingIn: year === undefined && month === undefined ? undefined : { year, month },
    },
  };
}

const milestoneDone = (f: Record<string, string>) => ({ milestoneId: f.milestoneId, completedOn: f.completedOn, link: given(f.link) });
const milestoneMove = (f: Record<string, string>) => ({ milestoneId: f.milestoneId, due: f.due, reason: f.reason });
const completion = (f: Record<string, string>) => ({ completedOn: f.completedOn, summary: f.summary });

const statesOf = { all: [], active: ['active'], completed: ['completed'] };
type Status = 200 | 409 | 422 | 503;
type Forms = { done?: FormState; move?: FormState; complete?: FormState };

/** Commissions: the list and the start form, and each commission's milestones, report back, mail to come and acts. */
export function commissionPages(deps: AppDeps) {
  const organisations = deps.organisations.organisations;
  const today = () => stockholmDate(nowOf(deps).getTime());
  const commissionOf = async (c: Context) => {
    const id = commissionIdSchema.safeParse(c.req.param('id')).data;
    return id === undefined ? undefined : findSubject<CommissionView>(deps.db, commissionWorkflowId(id));
  };

  const commissionPage = async (c: Context<SignedInEnv>, forms: Forms = {}, status: Status = 200) => {
    const subject = await commissionOf(c);
    if (!subject) return refuse(c, 404);
    const page = (
      <CommissionPage
        page={pageContext(c)}
        view={subject.view}
        upcoming={await upcomingMailOf(deps, subject.workflowId)}
        doneForm={forms.done ?? emptyForm({ 'done.completedOn': today() })}
        moveForm={forms.move ?? emptyForm()}
        completeForm={forms.complete ?? emptyForm({ 'complete.completedOn': today() })}
      />
    );
    return c.html(page, status);
  };

  const startPage = (c: Context<SignedInEnv>, form: FormState, status: Status = 200) =>
    c.html(<CommissionFormPage page={pageContext(c)} form={form} organisations={organisations} />, status);

  /** One of a commission's acts, by its form, back to the commission when it is done. */
  const act =
    (
      scope: keyof Forms,
      /** Where the page opens once it is done: what the act changed. */
      landing: string,
      what: Act,
      schema: z.ZodType,
      input: (fields: Record<string, string>) => unknown,
      run: (commissionId: string, input: unknown) => Promise<unknown>,
    ) =>
    async (c: Context<SignedInEnv>) => {
      const subject = await commissionOf(c);
      if (!subject) return refuse(c, 404);
      const { commissionId } = subject.view;
      const fields = await formFields(c);
      const acted = await actOnForm(deps, c.get('user'), {
        act: what,
        target: subject.workflowId,
        schema,
        input: input(fieldsOf(fields, scope)),
        values: fields,
        scope,
        run: (parsed) => run(commissionId, parsed),
      });
      if ('refused' in acted) return commissionPage(c, { [scope]: acted.refused.form }, acted.refused.status);
      return c.redirect(`${pages.commission(commissionId)}#${landing}`, 303);
    };
  const commissions = deps.clients.commissions;

  return new Hono<WebEnv>()
    .get('/commissions', allow('read'), async (c) => {
      const state = commissionStateFilters.find((s) => s === c.req.query('state')) ?? 'all';
      const paging = pageQuerySchema.safeParse(c.req.query()).data ?? pageQuerySchema.parse({});
      const found = await pageFromQuery(subjectsWhere(deps.db, { kind: 'commission', status: statesOf[state] }), paging);
      const page = (
        <CommissionListPage
          page={pageContext(c)}
          state={state}
          commissions={found.items.map((row) => subjectOf<CommissionView>(row))}
          offset={found.offset}
          limit={found.limit}
          total={found.total}
        />
      );
      return c.html(page);
    })
    .get('/commissions/new', allow('commission.start'), (c) =>
      startPage(
        c,
        emptyForm({
          'commissionedBy.body': 'VVG',
          'commissionedBy.date': today(),
          'reportBack.body': 'VVG',
          'group.0.language': 'sv',
          'group.1.language': 'sv',
        }),
      ),
    )
    .post('/commissions', allow('commission.start'), async (c) => {
      const fields = await formFields(c);
      const input = commissionRequest(fields);
      const acted = await actOnForm(deps, c.get('user'), {
        act: 'commission.start',
        target: (commission) => commissionWorkflowId(commission.id),
        schema: commissionInputSchema,
        input,
        values: fields,
        run: (commission) => commissions.start(commission),
      });
      if ('refused' in acted) return startPage(c, acted.refused.form, acted.refused.status);
      await subjectWhenReady(deps.db, acted.done.workflowId);
      return c.redirect(pages.commission(acted.done.commissionId), 303);
    })
    .get('/commissions/:id', allow('read'), (c) => commissionPage(c))
    .post(
      '/commissions/:id/milestones/completions',
      allow('commission.milestone'),
      act('done', 'milestones', 'commission.milestone', completeMilestoneSchema, milestoneDone, (id, input) =>
        commissions.completeMilestone(id, input),
      ),
    )
    .post(
      '/commissions/:id/milestones/moves',
      allow('commission.moveMilestone'),
      act('move', 'milestones', 'commission.moveMilestone', moveMilestoneSchema, milestoneMove, (id, input) =>
        commissions.moveMilestone(id, input),
      ),
    )
    .post(
      '/commissions/:id/completion',
      allow('commission.complete'),
      act('complete', 'content', 'commission.complete', completeCommissionSchema, completion, (id, input) =>
        commissions.complete(id, input),
      ),
    );
}
