import { MailActivities, startMailActivities } from '../support/mailActivities';
import type { Ledger } from '../../activities/ledger';
import { linkOf } from '../../activities/links/personalLinks';
import { savePreferences } from '../../activities/store/contactPreferences';
import type { Store } from '../../activities/store/database';
import type { SendMailRequest } from '../../activities/types';
import type { Contact } from '../../domain/directory/contact';
import { askOf } from '../../domain/links/asks';
import { AUTOMATIC } from '../../domain/mail/letter';
import type { MailSpec } from '../../domain/mail/mailSpec';
import { owner } from '../support/guidelines';
import type { SmtpSink } from '../support/smtpSink';

const ale: Contact = {
  name: 'Registrator Ale',
  email: 'registrator@ale.se',
  organisationId: 'kommun-ale',
  role: 'registrator',
  language: 'sv',
};
const tjorn: Contact = {
  name: 'Tjörn Registry',
  email: 'registry@tjorn.se',
  organisationId: 'kommun-tjorn',
  role: 'registry',
  language: 'en',
};

const invitation: MailSpec = {
  template: 'consultation-invitation',
  guidelineId: 'consent',
  documentTitle: 'Riktlinje för samtycke',
  version: 'remissversion 1',
  deadline: '2031-02-28',
  link: 'https://samverkan.example/samtycke.pdf',
  processOwnerName: owner.name,
  processOwnerEmail: owner.email,
  organisationName: 'Ale kommun',
  calendar: { uid: 'guideline/consent/consultation/1/deadline/kommun-ale@guideline-engine', sequence: 0 },
};

const expiry: MailSpec = {
  template: 'expiry-reminder',
  guidelineId: 'consent',
  title: 'Samtycke',
  validUntil: '2030-12-31',
  responsibleBody: 'VVG',
  daysLeft: 30,
  calendar: { uid: 'guideline/consent/valid-until@guideline-engine', sequence: 0 },
};

const request = (to: Contact, message: MailSpec, key: string): SendMailRequest => ({
  idempotencyKey: key,
  workflowId: message.template === 'expiry-reminder' ? 'guideline/consent' : 'guideline/consent/consultation/1',
  to,
  dueAt: '2030-11-03T07:00:00.000Z',
  message,
});

let mail: MailActivities;
let sink: SmtpSink;
let ledger: Ledger;
let store: Store;
let activities: MailActivities['activities'];

beforeAll(async () => {
  mail = await startMailActivities({ from: 'Riktlinjer <riktlinjer@localhost>' });
  ({ sink, ledger, store, activities } = mail);
});

afterAll(() => mail.stop());

const received = (key: string) => sink.messages.find((m) => m.headers.get('x-guideline-key') === key)!;
const tokenOf = (url: string) => /\/l\/([a-z2-7]{26})$/.exec(url)![1];

describe('a personal link in every mail that asks for something', () => {
  test('an invitation links to its own page and takes replies at the same token; the token opens that ask, for that organisation', async () => {
    await activities.sendMails([request(ale, invitation, 'invite-ale')]);
    const mail = received('invite-ale');
    const url = /(http:\/\/localhost:3000\/l\/[a-z2-7]{26})/.exec(mail.text!)![1];
    const token = tokenOf(url);
    expect(mail.replyTo?.value).toEqual([{ address: `riktlinjer+${token}@localhost`, name: '' }]);
    const paragraphs = mail.text!.trim().split('\n\n');
    expect(paragraphs.slice(-3)).toEqual([
      `Lämna ert svar, med yttrande som bilaga om ni vill, via er egen länk (ingen inloggning behövs): ${url}`,
      'Du kan också svara på detta mejl: svaret och dess bilagor kommer då fram och registreras.',
      AUTOMATIC.sv,
    ]);
    expect(mail.html).toContain(url);
    expect(await linkOf(store, token)).toMatchObject({
      act: 'consultation.answer',
      workflow_id: 'guideline/consent/consultation/1',
      organisation_id: 'kommun-ale',
      contact_email: 'registrator@ale.se',
    });
  });

  test('in English for a contact who reads English, and the same link in every mail of the same ask', async () => {
    await activities.sendMails([
      request(tjorn, { ...invitation, organisationName: 'Tjörn' }, 'invite-tjorn'),
      request(tjorn, { ...invitation, template: 'consultation-reminder', daysLeft: 3, organisationName: 'Tjörn' }, 'remind-tjorn'),
    ]);
    const invited = received('invite-tjorn').text!;
    const reminded = received('remind-tjorn').text!;
    const url = /Give your answer, with your statement attached if you wish, through your own link \(no sign-in needed\): (\S+)/.exec(
      invited,
    )![1];
    expect(reminded).toContain(url);
    expect(reminded).toContain('You can also reply to this e-mail');
  });

  test('a mail that asks nothing has no link and no reply address of its own', async () => {
    await activities.sendMails([request(owner, expiry, 'expiry-owner')]);
    const mail = received('expiry-owner');
    expect(mail.text).not.toContain('/l/');
    expect(mail.replyTo).toBeUndefined();
  });

  test.each([
    ['consultation-reminder', 'consultation.answer'],
    ['consultation-deadline-extended', 'consultation.answer'],
    ['implementation-reminder', 'implementation.confirm'],
    ['survey-invitation', 'followUp.submit'],
    ['survey-reminder', 'followUp.submit'],
    ['principal-reminder', 'principals.record'],
    ['document-reminder', 'meeting.submitDocument'],
    ['consultation-summary', undefined],
    ['agenda-published', undefined],
    ['milestone-reminder', undefined],
  ])('%s asks for %s', (template, act) => {
    const ask = askOf({ template } as MailSpec, ale);
    expect(ask && ask.act).toBe(act);
    if (ask) expect(ask.organisationId).toBe('kommun-ale');
  });

  test("a contact's own choices: mail in the language they chose, and a notice that asks nothing not handed over, its row saying why", async () => {
    await savePreferences(store, 'registry@tjorn.se', { language: 'sv', asksOnly: true });
    const closed: MailSpec = {
      template: 'consultation-closed',
      guidelineId: 'consent',
      documentTitle: 'Riktlinje för samtycke',
      version: 'remissversion 1',
      deadline: '2031-02-28',
      organisationName: 'Tjörn',
      calendar: { uid: 'guideline/consent/consultation/1/deadline/kommun-tjorn@guideline-engine', sequence: 1 },
    };
    const result = await activities.sendMails([
      request(tjorn, { ...invitation, organisationName: 'Tjörn' }, 'prefs-invite'),
      request(tjorn, closed, 'prefs-closed'),
    ]);
    expect(result).toMatchObject({ sent: 1, suppressed: 1 });
    expect(received('prefs-invite').text).toContain('Lämna ert svar');
    expect(sink.messages.filter((m) => m.headers.get('x-guideline-key') === 'prefs-closed')).toEqual([]);
    expect(ledger.mailAttempts().find((a) => a.key === 'prefs-closed')).toMatchObject({
      state: 'suppressed',
      last_error: 'the recipient asked to have only the mail that asks them for something',
    });
    expect(ledger.findMail('prefs-closed')).toBeUndefined();
    // Asked again, it stays as it was: not handed over.
    expect(await activities.sendMails([request(tjorn, closed, 'prefs-closed')])).toMatchObject({ sent: 0, suppressed: 1 });
  });
});
