import type { BodyDirectory } from '../../domain/meeting/bodies';
import { bodies } from './lifecycleEnvironment';
import { presenter } from './meetings';

/**
 * The shipped bodies with a calendar far enough ahead for the time-skipping server, whose clock starts at the
 * real now: VVG gives the commission on 11 December 2036 and meets once in February 2037, on Monday the 16th.
 * Neither body meets in February 2038.
 */
export const commissionBodies: BodyDirectory = {
  ...bodies,
  bodies: bodies.bodies.map((b) => ({
    ...b,
    meetings: b.id === 'VVG' ? ['2036-12-11', '2037-02-16', '2037-04-13', '2038-03-15'] : ['2037-01-16', '2037-03-13'],
  })),
};

export const annSofie = presenter('Ann-Sofie Rundberg', 'ann-sofie.rundberg@vgregion.example', 'vgr');
export const malin = presenter('Malin Svärd', 'malin.sward@vastkom.example', 'vastkom');

/** The LSS short-stay commission, told to return to the next meeting in February. */
export function commissionInput(overrides: Record<string, unknown> = {}) {
  return {
    id: 'lss-short-stays',
    title: 'Hälso- och sjukvård vid korttidsvistelse enligt LSS',
    task: 'Ta fram en gemensam rutin för egenvårdsbedömda insatser vid korttidsvistelse för barn.',
    commissionedBy: { body: 'VVG', date: '2036-12-11' },
    group: [annSofie, malin],
    milestones: [
      { id: 'first-draft', title: 'Första utkast', due: '2037-01-15' },
      { id: 'final-report', title: 'Slutrapport', due: '2037-02-05' },
    ],
    reportBack: { body: 'VVG', nextMeetingIn: { year: 2037, month: 2 } },
    ...overrides,
  };
}

export const selfCareDraft = {
  id: 'lss-self-care',
  title: 'Rutin för egenvård vid korttidsvistelse enligt LSS',
  kind: 'routine',
  owner: annSofie,
  responsibleBody: 'VVG',
};
