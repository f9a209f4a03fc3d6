import type { Store } from '../../activities/store/database';
import { writeProjection } from '../../activities/store/readModel';
import { stockholmInstant } from '../../domain/calendar/dates';
import { commissionWorkflowId } from '../../domain/ids';
import type { CommissionView } from '../../workflows/commission/api';
import { commissionProjection } from '../../workflows/commission/commissionProjection';

/*
 * The read model as the commission workflow writes it, through its own projection, on 1 September 2027: the LSS
 * short-stay commission with one milestone done, one overdue and one moved, and an earlier commission completed.
 */

export const TODAY = '2027-09-01';
export const now = () => new Date(`${TODAY}T10:00:00Z`);
export const COMMISSION = 'lss-short-stays';

const contact = (name: string, email: string, organisationId: string) => ({
  name,
  email,
  organisationId,
  role: 'arbetsgrupp',
  language: 'sv' as const,
});
export const annSofie = contact('Ann-Sofie Rundberg', 'ann-sofie.rundberg@vgregion.example', 'vgr');
export const malin = contact('Malin Svärd', 'malin.sward@vastkom.example', 'vastkom');
export const secretary = { name: 'Sekreteraren VVG', email: 'sekreterare@vgregion.example', organisationId: 'vgr' };

export function commissionView(overrides: Partial<CommissionView> = {}): CommissionView {
  return {
    commissionId: COMMISSION,
    workflowId: commissionWorkflowId(COMMISSION),
    status: 'active',
    title: 'Hälso- och sjukvård vid korttidsvistelse enligt LSS',
    task: 'Ta fram en gemensam rutin för egenvård\nvid korttidsvistelse för barn.',
    commissionedBy: { body: 'VVG', date: '2027-06-10' },
    group: [annSofie, malin],
    milestones: [
      {
        id: 'first-draft',
        title: 'Första utkast',
        due: '2027-08-16',
        status: 'completed',
        completedOn: '2027-08-12',
        link: 'https://samverkan.example/utkast.pdf',
        moves: [],
      },
      { id: 'analysis', title: 'Analys', due: '2027-08-30', status: 'overdue', moves: [] },
      {
        id: 'final-report',
        title: 'Slutrapport',
        due: '2027-10-15',
        status: 'open',
        moves: [
          {
            milestoneId: 'final-report',
            due: '2027-10-15',
            reason: 'Gruppen behöver mer tid',
            previousDue: '2027-09-30',
            at: '2027-08-20T09:00:00.000Z',
          },
        ],
      },
    ],
    reportBack: { body: 'VVG', date: '2027-10-18', meetingId: 'meeting/VVG/2027-10-18', itemId: `commission-${COMMISSION}`, placed: true },
    upcoming: [
      { kind: 'reminder', milestoneId: 'final-report', date: '2027-10-01', at: stockholmInstant('2027-10-01', '08:00') },
      { kind: 'escalation', milestoneId: 'final-report', date: '2027-10-18', at: stockholmInstant('2027-10-18', '08:00') },
    ],
    ...overrides,
  };
}

export const completedCommission = () =>
  commissionView({
    commissionId: 'roadmap-2030',
    workflowId: commissionWorkflowId('roadmap-2030'),
    status: 'completed',
    title: 'Färdplan för god och nära vård',
    commissionedBy: { body: 'SRO', date: '2027-01-15' },
    milestones: [{ id: 'plan', title: 'Färdplan', due: '2027-03-01', status: 'completed', completedOn: '2027-02-26', moves: [] }],
    reportBack: { body: 'SRO', date: '2027-03-12', meetingId: 'meeting/SRO/2027-03-12', itemId: 'commission-roadmap-2030', placed: true },
    upcoming: [],
    completion: {
      completedOn: '2027-03-12',
      summary: 'Färdplanen antogs',
      at: '2027-03-12T14:00:00.000Z',
      guidelineWorkflowId: 'guideline/roadmap',
    },
  });

/** The two commissions, as their workflows publish them; VVG's secretary is known. */
export async function seedCommissions(db: Store, views = [commissionView(), completedCommission()]): Promise<void> {
  let version = 1;
  for (const view of views) await writeProjection(db, { ...commissionProjection(view), version: version++ }, () => secretary);
}
