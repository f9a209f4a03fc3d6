import { Hono, type Context } from 'hono';
import { may } from '../../../domain/access';
import { stockholmDate } from '../../../domain/calendar/dates';
import { yearOf } from '../../../domain/calendar/dayNumbers';
import { meetingWorkflowId } from '../../../domain/ids';
import { yearSchema } from '../../../domain/meeting/annualWheel';
import { agendaItemSchema, submitDocumentsSchema } from '../../../domain/meeting/meeting';
import { ValidationError } from '../../../domain/validation';
import { emptyForm, FormState } from '../../web/form';
import { pages } from '../../web/links';
import { MeetingAgendaPage } from '../../web/pages/meetingAgenda';
import { MeetingCalendarPage } from '../../web/pages/meetingCalendar';
import type { MeetingModel } from '../../web/pages/meetingParts';
import { performed } from '../acts';
import { allow } from '../auth/guard';
import { AppDeps, nowOf, SignedInEnv, WebEnv } from '../env';
import { schemaProblem } from '../problems';
import { pageContext, refuse } from '../render';
import { meetingYearSchema } from '../routes/meetingSchemas';
import { meetingDecisionPages } from './meetingDecisions';
import { itemInput, refusal, renamed, submissionField, submissionInput } from './meetingForms';
import { meetingPrincipalPages } from './meetingPrincipals';
import { calendarOfYear, calendarYears, meetingOfPath } from './meetingReads';
import { wheelPages } from './meetingWheel';
import { formFields } from './forms';
import { repliesOf } from '../replies';

const newItemForm = () => emptyForm({ kind: 'decision', 'presenter.language': 'sv', documentsExpected: 'true' });

/** Each body's meetings, an agenda with its items, documents and decisions, the principals' decisions, and the annual wheel. */
export function meetingPages(deps: AppDeps) {
  const now = () => nowOf(deps).getTime();
  const thisYear = () => yearOf(stockholmDate(now()));

  const calendar = async (c: Context<SignedInEnv>, year: number, form: FormState, status: 200 | 409 | 422 | 503 = 200) => {
    return c.html(
      <MeetingCalendarPage
        page={pageContext(c)}
        year={year}
        years={calendarYears(deps.bodies, year)}
        bodies={await calendarOfYear(deps.db, deps.bodies, year, now())}
        mayPlan={may(c.get('user').role, 'meeting.plan')}
        form={form}
      />,
      status,
    );
  };

  const agenda = async (
    c: Context<SignedInEnv>,
    meeting: MeetingModel,
    forms: { item?: FormState; submission?: FormState } = {},
    status: 200 | 409 | 422 | 503 = 200,
  ) => {
    const role = c.get('user').role;
    const acts = {
      addItem: may(role, 'meeting.addItem'),
      submitDocument: may(role, 'meeting.submitDocument'),
      decide: may(role, 'meeting.decide'),
    };
    return c.html(
      <MeetingAgendaPage
        page={pageContext(c)}
        meeting={meeting}
        acts={acts}
        itemForm={forms.item ?? newItemForm()}
        submissionForm={forms.submission ?? emptyForm()}
        organisations={deps.organisations.organisations}
        replies={await repliesOf(deps, meetingWorkflowId(meeting.body, meeting.date))}
      />,
      status,
    );
  };

  return new Hono<WebEnv>()
    .get('/meetings', allow('read'), async (c) => {
      const asked = c.req.query('year');
      const year = asked === undefined ? { success: true as const, data: thisYear() } : yearSchema.safeParse(asked);
      return year.success ? calendar(c, year.data, emptyForm()) : refuse(c, 404);
    })
    .post('/meetings', allow('meeting.plan'), async (c) => {
      const fields = await formFields(c);
      const parsed = meetingYearSchema.safeParse({ body: fields.body, year: fields.year });
      const shown = yearSchema.safeParse(fields.year);
      const year = shown.success ? shown.data : thisYear();
      if (!parsed.success) return calendar(c, year, { values: {}, problems: schemaProblem(parsed.error).errors ?? [] }, 422);
      const { body } = parsed.data;
      try {
        await performed(deps, c.get('user'), 'meeting.plan', `${body} ${year}`, () => deps.clients.meetings.plan(body, year));
        return c.redirect(pages.meetings(year), 303);
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        const { problems, status } = refusal(err);
        return calendar(c, year, { values: {}, problems }, status);
      }
    })
    .get('/meetings/:body/:date', allow('read'), async (c) => {
      const meeting = await meetingOfPath(deps, c);
      return meeting ? agenda(c, meeting) : refuse(c, 404);
    })
    .post('/meetings/:body/:date/items', allow('meeting.addItem'), async (c) => {
      const meeting = await meetingOfPath(deps, c);
      if (!meeting) return refuse(c, 404);
      const fields = await formFields(c);
      const parsed = agendaItemSchema.safeParse(itemInput(fields));
      if (!parsed.success) return agenda(c, meeting, { item: { values: fields, problems: schemaProblem(parsed.error).errors ?? [] } }, 422);
      try {
        await performed(deps, c.get('user'), 'meeting.addItem', meetingWorkflowId(meeting.body, meeting.date), () =>
          deps.clients.meetings.addItem(meeting.body, meeting.date, parsed.data),
        );
        return c.redirect(pages.meeting(meeting.body, meeting.date), 303);
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        const { problems, status } = refusal(err);
        return agenda(c, meeting, { item: { values: fields, problems } }, status);
      }
    })
    .post('/meetings/:body/:date/documents', allow('meeting.submitDocument'), async (c) => {
      const meeting = await meetingOfPath(deps, c);
      if (!meeting) return refuse(c, 404);
      const fields = await formFields(c);
      const again = (problems: FormState['problems'], status: 409 | 422 | 503) =>
        agenda(c, meeting, { submission: { values: fields, problems: renamed(problems, submissionField) } }, status);
      const parsed = submitDocumentsSchema.safeParse(submissionInput(fields));
      if (!parsed.success) return again(schemaProblem(parsed.error).errors ?? [], 422);
      try {
        await performed(deps, c.get('user'), 'meeting.submitDocument', meetingWorkflowId(meeting.body, meeting.date), () =>
          deps.clients.meetings.submitDocuments(meeting.body, meeting.date, parsed.data),
        );
        return c.redirect(pages.meeting(meeting.body, meeting.date), 303);
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        const { problems, status } = refusal(err);
        return again(problems, status);
      }
    })
    .route('/', meetingDecisionPages(deps))
    .route('/', meetingPrincipalPages(deps))
    .route('/', wheelPages(deps));
}
