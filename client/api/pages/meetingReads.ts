import type { Context } from 'hono';
import { findSubject, SubjectFilter, subjectOf, subjectsWhere } from '../../../activities/store/readModel';
import type { Store } from '../../../activities/store/database';
import type { IsoDate } from '../../../domain/calendar/dates';
import { meetingWorkflowId, ResponsibleBodyId } from '../../../domain/ids';
import { meetingsInYear } from '../../../domain/meeting/annualWheel';
import { bodyOf, BodyDirectory, meetingCalendar } from '../../../domain/meeting/bodies';
import { meetingSchedule, meetingStatusAt } from '../../../domain/meeting/meeting';
import type { Subject } from '../../../domain/readModel';
import type { MeetingView } from '../../../workflows/meeting/api';
import type { CalendarBody } from '../../web/pages/meetingCalendar';
import type { MeetingModel } from '../../web/pages/meetingParts';
import { AppDeps, nowOf } from '../env';
import { meetingParams } from '../routes/openapi';

/** Every subject the filter finds, its view typed by the caller. */
export async function subjectsOf<View>(db: Store, filter: SubjectFilter): Promise<Array<Subject<View>>> {
  return (await subjectsWhere(db, filter).execute()).map((row) => subjectOf<View>(row));
}

/** The meetings of a year in the read model: started ones, also any that has since left the calendar. */
const meetingsOfYear = (db: Store, year: number) =>
  subjectsOf<MeetingView>(db, { kind: 'meeting', dueFrom: `${year}-01-01`, dueUntil: `${year}-12-31` });

function fromView(bodies: BodyDirectory, view: MeetingView, now: number): MeetingModel {
  return {
    body: view.body,
    bodyName: bodyOf(bodies, view.body).name,
    date: view.date,
    started: true,
    status: meetingStatusAt(view.status, view.schedule.startsAt, now),
    schedule: view.schedule,
    items: view.items,
    documentsMissing: view.documentsMissing,
    agendaPublished: view.agendaPublished,
  };
}

/** A calendar meeting whose workflow has not been started, as it would start: its dates from the body's settings. */
function fromCalendar(bodies: BodyDirectory, body: ResponsibleBodyId, date: IsoDate, now: number): MeetingModel {
  const b = bodyOf(bodies, body);
  const schedule = meetingSchedule(date, b.startsAt, b.documentPolicy);
  return {
    body,
    bodyName: b.name,
    date,
    started: false,
    status: meetingStatusAt('planned', schedule.startsAt, now),
    schedule,
    items: [],
    documentsMissing: [],
    agendaPublished: false,
  };
}

/** A meeting from the read model, else from the calendar; undefined for a date that is in neither. */
async function meetingModel(
  db: Store,
  bodies: BodyDirectory,
  body: ResponsibleBodyId,
  date: IsoDate,
  now: number,
): Promise<MeetingModel | undefined> {
  const subject = await findSubject<MeetingView>(db, meetingWorkflowId(body, date));
  if (subject) return fromView(bodies, subject.view, now);
  return bodyOf(bodies, body).meetings.includes(date) ? fromCalendar(bodies, body, date, now) : undefined;
}

/** The years the calendar has meetings in, and `year` among them. */
export function calendarYears(bodies: BodyDirectory, year: number): number[] {
  const years = new Set(bodies.bodies.flatMap((b) => b.meetings.map((d) => Number(d.slice(0, 4)))));
  return [...years.add(year)].sort((a, b) => a - b);
}

/** Each body's meetings of the year, with their workflows' state where they run. */
export async function calendarOfYear(db: Store, bodies: BodyDirectory, year: number, now: number): Promise<CalendarBody[]> {
  const started = new Map((await meetingsOfYear(db, year)).map((s) => [s.workflowId, s.view]));
  const calendar = meetingsInYear(meetingCalendar(bodies), year);
  return bodies.bodies.map((b) => {
    const dates = [
      ...new Set([
        ...calendar.filter((m) => m.body === b.id).map((m) => m.date),
        ...[...started.values()].filter((v) => v.body === b.id).map((v) => v.date),
      ]),
    ].sort();
    return {
      id: b.id,
      meetings: dates.map((date) => {
        const view = started.get(meetingWorkflowId(b.id, date));
        const m = view ? fromView(bodies, view, now) : fromCalendar(bodies, b.id, date, now);
        return {
          date,
          started: m.started,
          status: m.status,
          items: m.items.length,
          documentsMissing: m.documentsMissing.length,
          decided: m.items.filter((i) => i.decision).length,
        };
      }),
    };
  });
}

/** The meeting a page's path names (`:body/:date`), if the calendar or the read model has it. */
export async function meetingOfPath(deps: AppDeps, c: Context): Promise<MeetingModel | undefined> {
  const params = meetingParams.safeParse({ body: c.req.param('body'), date: c.req.param('date') });
  if (!params.success) return undefined;
  return meetingModel(deps.db, deps.bodies, params.data.body, params.data.date, nowOf(deps).getTime());
}
