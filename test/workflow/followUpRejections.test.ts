import { FollowUpClient } from '../../client/followUps';
import { GuidelineClient } from '../../client/guidelines';
import type { BodyDirectory } from '../../domain/meeting/bodies';
import { ValidationError } from '../../domain/validation';
import { contacts, organisations } from '../support/directories';
import { guideline } from '../support/guidelines';
import { bodies, LifecycleEnvironment, TASK_QUEUE } from '../support/lifecycleEnvironment';
import { presenter } from '../support/meetings';

const calendar: BodyDirectory = {
  ...bodies,
  bodies: bodies.bodies.map((b) => ({ ...b, meetings: b.id === 'VVG' ? ['2052-12-13', '2053-02-14'] : [] })),
};
const preparation = presenter('Beredningen', 'beredning@vastkom.example', 'vastkom');

let t: LifecycleEnvironment;
let guidelines: GuidelineClient;
let followUps: FollowUpClient;

beforeAll(async () => {
  t = await LifecycleEnvironment.start(await LifecycleEnvironment.bundle(), undefined, calendar);
  guidelines = new GuidelineClient(t.env.client, TASK_QUEUE, organisations);
  followUps = new FollowUpClient(t.env.client, calendar, organisations, contacts);
  await t.skipTo('2052-09-01');
  await guidelines.register(guideline({ id: 'self-care', validFrom: '2052-06-10', validUntil: '2055-06-30' }));
  const { validFrom: _f, validUntil: _u, ...draft } = guideline({ id: 'draft-only' });
  await guidelines.register({ ...draft, draft: true });
  await followUps.planImplementation('self-care', { deadline: '2052-12-31', implementers: 'subregions', preparationGroup: [preparation] });
  await followUps.planFollowUp('self-care', {
    title: 'Uppföljning',
    opensOn: '2052-10-01',
    closesOn: '2052-10-30',
    preparationGroup: [preparation],
  });
});

afterAll(async () => {
  await t.stop();
});

/** The refusal, after checking that what it would have changed is as it was. */
async function refused(attempt: () => Promise<unknown>, read: () => Promise<unknown>): Promise<string> {
  const before = await read();
  const err = await attempt().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ValidationError);
  expect(await read()).toEqual(before);
  return (err as Error).message;
}
const guidelineState =
  (id = 'self-care') =>
  () =>
    guidelines.show(id);
const plan = { deadline: '2052-12-31', preparationGroup: [preparation] };
const survey = { title: 'Uppföljning', opensOn: '2052-11-02', closesOn: '2052-11-30', preparationGroup: [preparation] };

describe('planning after a decision', () => {
  test.each([
    [
      'an implementation deadline for a draft',
      () => followUps.planImplementation('draft-only', plan),
      'draft-only',
      /^status: the guideline is draft; an implementation deadline is planned once it is adopted$/,
    ],
    [
      'a follow-up of a draft',
      () => followUps.planFollowUp('draft-only', survey),
      'draft-only',
      /^status: the guideline is draft; a follow-up is planned once it is adopted$/,
    ],
    [
      'an implementation deadline already passed',
      () => followUps.planImplementation('self-care', { ...plan, deadline: '2052-08-31' }),
      'self-care',
      /^deadline: 2052-08-31 has already passed$/,
    ],
    [
      'implementers that are neither principals nor sub-regions',
      () => followUps.planImplementation('self-care', { ...plan, implementers: 'everyone' }),
      'self-care',
      /^implementers: /,
    ],
    [
      'a preparation group of an unknown organisation',
      () =>
        followUps.planImplementation('self-care', { ...plan, preparationGroup: [{ ...preparation, organisationId: 'kommun-atlantis' }] }),
      'self-care',
      /^preparationGroup\.0\.organisationId: unknown organisation 'kommun-atlantis'$/,
    ],
    [
      'a survey closing before it opens',
      () => followUps.planFollowUp('self-care', { ...survey, closesOn: '2052-11-01' }),
      'self-care',
      /^closesOn: must be after opensOn$/,
    ],
    [
      'a survey opening in the past',
      () => followUps.planFollowUp('self-care', { ...survey, opensOn: '2052-08-01' }),
      'self-care',
      /^opensOn: 2052-08-01 has already passed$/,
    ],
    [
      'results for a meeting not in the calendar',
      () => followUps.planFollowUp('self-care', { ...survey, targetMeeting: { body: 'VVG', date: '2052-12-14' } }),
      'self-care',
      /^targetMeeting\.date: VVG has no meeting on 2052-12-14 in its calendar$/,
    ],
    [
      'results for a meeting before the survey closes',
      () => followUps.planFollowUp('self-care', { ...survey, closesOn: '2052-12-20', targetMeeting: { body: 'VVG', date: '2052-12-13' } }),
      'self-care',
      /^targetMeeting\.date: must be after the survey closes on 2052-12-20$/,
    ],
    [
      'a survey with two parts of one id',
      () =>
        followUps.planFollowUp('self-care', {
          ...survey,
          parts: [
            { id: 'a', title: 'A' },
            { id: 'a', title: 'B' },
          ],
        }),
      'self-care',
      /^parts: part ids must be distinct$/,
    ],
    [
      'an unknown guideline',
      () => followUps.planImplementation('no-such-guideline', plan),
      'self-care',
      /^guidelineId: no guideline 'no-such-guideline'$/,
    ],
  ])('%s is refused', async (_name, attempt, id, message) => {
    expect(await refused(attempt, guidelineState(id))).toMatch(message);
  });
});

describe('confirmations and answers', () => {
  const implementation = () => followUps.implementation('self-care', 1);
  const surveyState = () => followUps.survey('self-care', 1);

  test('a part before the survey opens is refused', async () => {
    const submit = () =>
      followUps.submitPart('self-care', 1, {
        organisationId: 'fyrbodal',
        partId: 'functionality',
        answer: 'Svar',
        submittedOn: '2052-09-01',
      });
    expect(await refused(submit, surveyState)).toBe('survey: the survey opens on 2052-10-01');
  });

  describe('once the survey is open', () => {
    beforeAll(async () => {
      await t.skipTo('2052-10-05');
      await followUps.confirmImplementation('self-care', 1, { organisationId: 'skaraborg', confirmedOn: '2052-10-05' });
    });

    test.each([
      [
        'an organisation that does not implement',
        { organisationId: 'kommun-ale', confirmedOn: '2052-10-05' },
        "organisationId: 'kommun-ale' is not one of the implementers",
      ],
      [
        'a second confirmation',
        { organisationId: 'skaraborg', confirmedOn: '2052-10-05' },
        "organisationId: 'skaraborg' has already confirmed",
      ],
      [
        'a confirmation dated in the future',
        { organisationId: 'fyrbodal', confirmedOn: '2052-10-06' },
        'confirmedOn: cannot be in the future',
      ],
      ['a confirmation without a date', { organisationId: 'fyrbodal' }, /^confirmedOn: /],
    ])('%s is refused', async (_name, input, message) => {
      expect(await refused(() => followUps.confirmImplementation('self-care', 1, input), implementation)).toMatch(message);
    });

    test.each([
      [
        'a part that is not in the survey',
        { organisationId: 'fyrbodal', partId: 'costs', answer: 'Svar', submittedOn: '2052-10-05' },
        "partId: 'costs' is not a part of this survey (functionality, implementation, compliance-and-results)",
      ],
      [
        'an organisation that was not asked',
        { organisationId: 'kommun-ale', partId: 'functionality', answer: 'Svar', submittedOn: '2052-10-05' },
        "organisationId: 'kommun-ale' was not asked to answer",
      ],
      [
        'an empty answer',
        { organisationId: 'fyrbodal', partId: 'functionality', answer: ' ', submittedOn: '2052-10-05' },
        'answer: is required',
      ],
      [
        'an answer dated in the future',
        { organisationId: 'fyrbodal', partId: 'functionality', answer: 'Svar', submittedOn: '2052-10-09' },
        'submittedOn: cannot be in the future',
      ],
      [
        'an unknown follow-up number',
        { organisationId: 'fyrbodal', partId: 'functionality', answer: 'Svar', submittedOn: '2052-10-05' },
        "n: guideline 'self-care' has no follow-up 7",
        7,
      ],
    ])('%s is refused', async (_name, input, message, n = 1) => {
      expect(await refused(() => followUps.submitPart('self-care', n, input), surveyState)).toBe(message);
    });

    test('a part after the survey closed is refused', async () => {
      await t.skipTo('2052-11-02');
      const submit = () =>
        followUps.submitPart('self-care', 1, {
          organisationId: 'fyrbodal',
          partId: 'functionality',
          answer: 'Sent',
          submittedOn: '2052-11-02',
        });
      expect(await refused(submit, surveyState)).toBe('survey: the survey is closed and its report compiled');
    });
  });
});
