import { writeProjection } from '../../activities/store/readModel';
import type { Store } from '../../activities/store/database';
import type { Recipient } from '../../domain/consultation/consultation';
import { progressGroupOf } from '../../domain/directory/recipients';
import { consultationProgress, ResponseRecord } from '../../domain/consultation/progress';
import { consultationWorkflowId, guidelineWorkflowId } from '../../domain/ids';
import type { Projection } from '../../domain/readModel';
import type { ConsultationView } from '../../workflows/consultation/api';
import type { GuidelineView } from '../../workflows/guideline/api';
import { organisations } from './directories';
import { owner } from './guidelines';
import { draftView } from './webApp';

/** A recipient as a round resolves it from the shipped directory, with one contact of its own. */
export function recipientOf(organisationId: string): Recipient {
  const o = organisations.organisations.find((x) => x.id === organisationId);
  if (!o) throw new Error(`no organisation ${organisationId} in the shipped directory`);
  return {
    organisationId,
    organisationName: o.name,
    progressGroup: progressGroupOf(o),
    contacts: [
      {
        name: `Registrator ${o.name}`,
        email: `registrator@${organisationId}.example`,
        organisationId,
        role: 'registrator',
        language: 'sv',
      },
    ],
  };
}

const answer = (organisationId: string, fields: Omit<ResponseRecord, 'organisationId' | 'recordedAt'>): ResponseRecord => ({
  organisationId,
  recordedAt: `${fields.receivedOn}T09:00:00.000Z`,
  ...fields,
});

export const GUIDELINE = 'expected-child';

/**
 * Round 1 of a draft, open: seven organisations in three sub-regions and the region's administrations; three have
 * answered (one late), one is withdrawn, three are silent. Its deadline was extended to a Saturday, 2 March 2097,
 * which the next-business-day rule moves to Monday 4 March.
 */
export function openRound(overrides: Partial<ConsultationView> = {}): ConsultationView {
  const recipients = [
    'kommun-bengtsfors',
    'kommun-uddevalla',
    'kommun-boras',
    'kommun-mark',
    'kommun-ale',
    'vgr-narhalsan',
    'vgr-habilitering-halsa',
  ].map(recipientOf);
  const responses: Record<string, ResponseRecord> = {
    'kommun-bengtsfors': answer('kommun-bengtsfors', {
      kind: 'comments',
      receivedOn: '2097-02-03',
      late: false,
      text: 'Förtydliga ansvaret vid utskrivning.\nSe bilaga.',
      documentRef: 'Dnr 2097/14',
    }),
    'kommun-boras': answer('kommun-boras', { kind: 'no-comments', receivedOn: '2097-01-20', late: false }),
    'vgr-narhalsan': answer('vgr-narhalsan', { kind: 'declines', receivedOn: '2097-03-05', late: true }),
  };
  const withdrawn = ['kommun-ale'];
  const view: ConsultationView = {
    guidelineId: GUIDELINE,
    round: 1,
    status: 'open',
    document: {
      title: 'Riktlinje vid oro för ett väntat barn',
      version: 'remissversion 1',
      link: 'https://samverkan.example/vantat-barn.pdf',
    },
    opensOn: '2097-01-07',
    deadline: '2097-03-02',
    deadlineRule: 'next-business-day',
    deadlineInForce: '2097-03-04',
    processOwner: owner,
    progress: consultationProgress(recipients, responses, withdrawn),
    recipients,
    withdrawn,
    responses,
    upcomingReminders: [{ businessDaysBefore: 3, date: '2097-02-27', at: '2097-02-27T07:00:00.000Z' }],
    extensions: [
      { deadline: '2097-03-02', reason: 'Fler kommuner behöver tid', previousDeadline: '2097-02-28', at: '2097-02-10T10:00:00.000Z' },
    ],
    // One extension and one withdrawal.
    calendarSequence: 2,
    ...overrides,
  };
  return view;
}

let version = 1;

/** Writes a round's view into the read model as the round's workflow would. */
export async function seedRound(db: Store, view: ConsultationView): Promise<void> {
  const projection: Projection<ConsultationView> = {
    workflowId: consultationWorkflowId(view.guidelineId, view.round),
    kind: 'consultation',
    guidelineId: view.guidelineId,
    title: view.document.title,
    status: view.status,
    dueOn: view.deadlineInForce,
    view,
    upcoming: [],
  };
  await writeProjection(db, { ...projection, version: version++ }, () => undefined);
}

/** Writes a guideline's view into the read model as its workflow would. */
export async function seedGuideline(db: Store, view: GuidelineView = draftView(GUIDELINE)): Promise<void> {
  await writeProjection(
    db,
    {
      workflowId: guidelineWorkflowId(view.guidelineId),
      kind: 'guideline',
      guidelineId: view.guidelineId,
      title: view.guideline.title,
      status: view.status,
      body: view.guideline.responsibleBody,
      guidelineKind: view.guideline.kind,
      view,
      upcoming: [],
      version: version++,
    },
    () => undefined,
  );
}
