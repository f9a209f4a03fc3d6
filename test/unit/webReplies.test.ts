import { followUpWorkflowId, implementationWorkflowId, meetingWorkflowId, principalsWorkflowId } from '../../domain/ids';
import { GUIDELINE, now, seedFollowUps } from '../support/followUpSubjects';
import { AHEAD, seedMeetingSubjects, SRO_HELD } from '../support/meetingSubjects';
import { textOf } from '../support/pageText';
import { testApp, TestApp } from '../support/webApp';

/*
 * A reply to an ask that is not a round's answer is kept for staff: its ask's own page shows it, with who sent it,
 * its text and its attachments.
 */

let web: TestApp;
beforeAll(async () => {
  web = await testApp({ now });
  await seedFollowUps(web.db);
  await seedMeetingSubjects(web.db);
});
afterAll(() => web.close());

const reply = (workflowId: string, organisationId: string, text: string) =>
  web.db
    .insertInto('inbound_replies')
    .values({
      id: `00000000-0000-4000-8000-${workflowId.length.toString().padStart(12, '0')}`,
      message_id: `<${workflowId}@example>`,
      act: 'implementation.confirm',
      workflow_id: workflowId,
      organisation_id: organisationId,
      contact_email: 'kontakt@example.se',
      from_address: 'kontakt@example.se',
      subject: 'Re: Påminnelse',
      text,
      documents: '[]',
      refused_attachments: '[]',
      received_at: '2027-08-30T08:00:00.000Z',
      outcome: 'kept',
    })
    .execute();

test.each([
  [
    'an implementation',
    implementationWorkflowId(GUIDELINE, 1),
    `/guidelines/${GUIDELINE}/implementations/1`,
    'goteborgsomradet',
    'Göteborgsområdet',
  ],
  ['a survey', followUpWorkflowId(GUIDELINE, 1), `/guidelines/${GUIDELINE}/follow-ups/1`, 'skaraborg', 'Skaraborg'],
  ['a meeting', meetingWorkflowId('VVG', AHEAD), `/meetings/VVG/${AHEAD}`, 'vastkom', 'VästKom'],
  [
    'a recommendation to the principals',
    principalsWorkflowId('SRO', SRO_HELD, 'self-care'),
    `/meetings/SRO/${SRO_HELD}/principals/self-care`,
    'kommun-ale',
    'Ale',
  ],
])('a reply to %s is shown on its page, with its organisation and text', async (_, workflowId, path, organisationId, name) => {
  await reply(workflowId, organisationId, `Svar från ${name} via e-post.`);
  const { browser } = await web.signedIn('viewer');
  const response = await browser.request(path);
  expect(response.status).toBe(200);
  const text = textOf(await response.text());
  expect(text).toContain(
    `Svar via e-post (1) ${name} Från kontakt@example.se Mottaget 30 augusti 2027 Ämne Re: Påminnelse Svar från ${name} via e-post.`,
  );
});
