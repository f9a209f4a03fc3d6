import { Context, Hono } from 'hono';
import { yearlyTaskScheduleId } from '../../../domain/ids';
import { yearlyTaskIdSchema, yearlyTasksSchema } from '../../../domain/yearlyTask/yearlyTask';
import { emptyForm, FormState } from '../../web/form';
import { pages } from '../../web/links';
import { YearlyTaskListPage, YearlyTaskPage } from '../../web/pages/yearlyTasks';
import { yearlyTaskTexts } from '../../web/texts/yearlyTasks';
import { performed } from '../acts';
import { allow } from '../auth/guard';
import type { AppDeps, SignedInEnv, WebEnv } from '../env';
import { pageContext, refuse } from '../render';
import { actOnForm } from './formActs';
import { formFields } from './forms';

/** The sync form has one field, the file: every problem of the tasks in it is shown there, naming its place in the file. */
const atFile = (form: FormState): FormState => ({
  values: form.values,
  problems: form.problems.map((p) => ({ field: 'file', detail: p.field ? `${p.field}: ${p.detail}` : p.detail })),
});

/**
 * The yearly tasks. They are Temporal Schedules, not workflows, so the read model holds no row for them: each page
 * asks the server once (a list, or one describe), which is cheap for the few dozen tasks a county keeps.
 */
export function yearlyTaskPages(deps: AppDeps) {
  const tasks = deps.clients.yearlyTasks;

  const listPage = async (c: Context<SignedInEnv>, syncForm?: FormState, status: 200 | 409 | 422 | 503 = 200) => {
    const t = yearlyTaskTexts[pageContext(c).language];
    const removed = yearlyTaskIdSchema.safeParse(c.req.query('removed')).data;
    const synced = Number(c.req.query('synced') ?? 0);
    // The server's list catches up with a removal a moment later: the page already leaves the removed task out.
    const shown = (await tasks.list()).filter((s) => s.task.id !== removed);
    const form = syncForm ?? emptyForm({ file: JSON.stringify({ tasks: shown.map((s) => s.task) }, null, 2) });
    const notice = removed ? t.removed(removed) : synced > 0 ? t.synced(synced) : undefined;
    return c.html(<YearlyTaskListPage page={pageContext(c)} tasks={shown} notice={notice} syncForm={form} />, status);
  };

  /** The task named in the path, if the path names one; the client's describe refuses an unknown one as NotFound. */
  const taskId = (c: Context) => yearlyTaskIdSchema.safeParse(c.req.param('id')).data;

  return new Hono<WebEnv>()
    .get('/yearly-tasks', allow('read'), (c) => listPage(c))
    .post('/yearly-tasks', allow('yearlyTask.sync'), async (c) => {
      const fields = await formFields(c);
      let file: unknown;
      try {
        file = JSON.parse(fields.file ?? '');
      } catch (err) {
        // In English, like every other problem the engine names, and marked so on a Swedish page.
        return listPage(c, { values: fields, problems: [{ field: 'file', detail: `is not JSON: ${(err as Error).message}` }] }, 422);
      }
      const acted = await actOnForm(deps, c.get('user'), {
        act: 'yearlyTask.sync',
        target: (input) => input.tasks.map((t) => yearlyTaskScheduleId(t.id)).join(', '),
        schema: yearlyTasksSchema,
        input: file,
        values: fields,
        run: (input) => tasks.sync(input.tasks),
      });
      if ('refused' in acted) return listPage(c, atFile(acted.refused.form), acted.refused.status);
      return c.redirect(`${pages.yearlyTasks()}?synced=${acted.done.length}`, 303);
    })
    .get('/yearly-tasks/:id', allow('read'), async (c) => {
      const id = taskId(c);
      if (!id) return refuse(c, 404);
      const page = <YearlyTaskPage page={pageContext(c)} shown={await tasks.describe(id)} runStarted={c.req.query('run') === 'started'} />;
      return c.html(page);
    })
    .post('/yearly-tasks/:id/runs', allow('yearlyTask.trigger'), async (c) => {
      const id = taskId(c);
      if (!id) return refuse(c, 404);
      await performed(deps, c.get('user'), 'yearlyTask.trigger', yearlyTaskScheduleId(id), () => tasks.trigger(id));
      return c.redirect(`${pages.yearlyTask(id)}?run=started`, 303);
    })
    .post('/yearly-tasks/:id/removal', allow('yearlyTask.remove'), async (c) => {
      const id = taskId(c);
      if (!id) return refuse(c, 404);
      await performed(deps, c.get('user'), 'yearlyTask.remove', yearlyTaskScheduleId(id), () => tasks.remove(id));
      return c.redirect(`${pages.yearlyTasks()}?removed=${id}`, 303);
    });
}
