import { Hono, type Context } from 'hono';
import { stockholmDate } from '../../../domain/calendar/dates';
import { meetingWorkflowId } from '../../../domain/ids';
import { bodyOf } from '../../../domain/meeting/bodies';
import { ValidationError } from '../../../domain/validation';
import { emptyForm, FormState } from '../../web/form';
import { pages } from '../../web/links';
import { MeetingDecisionPage } from '../../web/pages/meetingDecision';
import type { AgendaItemModel, MeetingModel } from '../../web/pages/meetingParts';
import type { DecisionChoice } from '../../web/texts/meetings';
import { performed } from '../acts';
import { allow } from '../auth/guard';
import { AppDeps, nowOf, SignedInEnv, WebEnv } from '../env';
import { schemaProblem } from '../problems';
import { pageContext, refuse } from '../render';
import { decisionRequestSchema } from '../routes/meetingSchemas';
import { decisionInput, refusal, renamed } from './meetingForms';
import { formFields } from './forms';
import { meetingOfPath } from './meetingReads';

/** Recording an item's decision once the meeting is held: a page per item, with every outcome the domain allows for it. */
export function meetingDecisionPages(deps: AppDeps) {
  const today = () => stockholmDate(nowOf(deps).getTime());

  /** The body's meetings after this one that have not yet been held: where an item can be sent back to. */
  const laterMeetings = (meeting: MeetingModel) =>
    bodyOf(deps.bodies, meeting.body)
      .meetings.filter((d) => d > meeting.date && d >= today())
      .sort();

  /**
   * What `decisionProblem` would allow for the item: adoption and extension only of a guideline, a send-back only
   * to a later meeting, a recommendation to the principals only by SRO.
   */
  const choices = (meeting: MeetingModel, item: AgendaItemModel): DecisionChoice[] => [
    ...(item.subject?.type === 'guideline' ? (['adopt', 'extend'] as const) : []),
    'approve',
    'note',
    ...(laterMeetings(meeting).length ? (['send-back'] as const) : []),
    ...(meeting.body === 'SRO' ? (['recommend-principals'] as const) : []),
  ];

  const page = (
    c: Context<SignedInEnv>,
    meeting: MeetingModel,
    item: AgendaItemModel,
    form: FormState,
    status: 200 | 409 | 422 | 503 = 200,
  ) =>
    c.html(
      <MeetingDecisionPage
        page={pageContext(c)}
        meeting={meeting}
        item={item}
        choices={choices(meeting, item)}
        laterMeetings={laterMeetings(meeting)}
        form={form}
      />,
      status,
    );

  return new Hono<WebEnv>()
    .get('/meetings/:body/:date/items/:itemId/decision', allow('meeting.decide'), async (c) => {
      const meeting = await meetingOfPath(deps, c);
      const item = meeting?.items.find((i) => i.itemId === c.req.param('itemId'));
      if (!meeting || !item) return refuse(c, 404);
      // Nothing to decide before the meeting, nor twice: the agenda says why.
      if (item.decision || meeting.status !== 'held') return c.redirect(pages.meeting(meeting.body, meeting.date), 303);
      return page(c, meeting, item, emptyForm());
    })
    .post('/meetings/:body/:date/decisions', allow('meeting.decide'), async (c) => {
      const meeting = await meetingOfPath(deps, c);
      const fields = await formFields(c);
      const item = meeting?.items.find((i) => i.itemId === fields.itemId);
      if (!meeting || !item) return refuse(c, 404);
      const { input, fieldOf } = decisionInput(fields);
      const again = (problems: FormState['problems'], status: 409 | 422 | 503) =>
        page(c, meeting, item, { values: fields, problems: renamed(problems, fieldOf) }, status);
      const parsed = decisionRequestSchema.safeParse(input);
      if (!parsed.success) return again(schemaProblem(parsed.error).errors ?? [], 422);
      try {
        await performed(deps, c.get('user'), 'meeting.decide', meetingWorkflowId(meeting.body, meeting.date), () =>
          deps.clients.meetings.decide(meeting.body, meeting.date, parsed.data),
        );
        return c.redirect(pages.meeting(meeting.body, meeting.date), 303);
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        const { problems, status } = refusal(err);
        return again(problems, status);
      }
    });
}
