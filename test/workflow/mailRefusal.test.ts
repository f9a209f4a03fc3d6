import { ConsultationClient } from '../../client/consultations';
import { GuidelineClient } from '../../client/guidelines';
import { contacts, organisations } from '../support/directories';
import { draftGuideline, owner } from '../support/guidelines';
import { bodies, LifecycleEnvironment, TASK_QUEUE } from '../support/lifecycleEnvironment';
import { SmtpSink } from '../support/smtpSink';

const gone = 'vardsamverkan-gammal@ale.example';

test('an address the mail server refuses is recorded and holds up neither the other invitations nor the round', async () => {
  const sink = new SmtpSink([gone]);
  const t = await LifecycleEnvironment.start(await LifecycleEnvironment.bundle(), await sink.start());
  try {
    // Ale's mailbox in the contact list has been closed; the server answers 550.
    const stale = {
      ...contacts,
      contacts: contacts.contacts.map((c) => (c.organisationId === 'kommun-ale' ? { ...c, email: gone } : c)),
    };
    const guidelines = new GuidelineClient(t.env.client, TASK_QUEUE, organisations);
    const consultations = new ConsultationClient(t.env.client, guidelines, organisations, stale, bodies);
    await t.skipTo('2030-10-01');
    await guidelines.register(draftGuideline({ id: 'consent' }));
    await consultations.start('consent', {
      document: { title: 'Samtycke', version: '1', link: 'https://samverkan.example/samtycke.pdf' },
      recipientGroups: [{ group: 'subregion-municipalities', subregion: 'simba' }],
      opensOn: '2030-11-04',
      deadline: '2030-12-20',
      processOwner: owner,
    });
    await t.skipTo('2030-12-23');

    const addressees = (subject: string) =>
      sink.messages
        .filter((m) => m.subject?.startsWith(subject))
        .flatMap((m) => (Array.isArray(m.to) ? m.to : [m.to]).flatMap((a) => a?.value.map((v) => v.address) ?? []))
        .sort();
    // SIMBA's four municipalities: Ale's invitation is refused, the other three arrive.
    const others = contacts.contacts
      .filter((c) => ['kommun-kungalv', 'kommun-stenungsund', 'kommun-tjorn'].includes(c.organisationId))
      .map((c) => c.email)
      .sort();
    expect(addressees('Synpunkter önskas')).toEqual(others);
    const refusals = t.ledger.outcomes('consent').filter((o) => o.kind === 'consultation-mail-refused');
    expect(refusals.map((o) => JSON.parse(o.details).refused.map((r: { recipient: string }) => r.recipient))).toContainEqual([gone]);
    expect((await consultations.progress('consent', 1)).status).toBe('deadline-passed');
    expect(
      t.ledger
        .mails()
        .filter((m) => m.template === 'consultation-summary')
        .map((m) => m.recipient),
    ).toEqual([owner.email]);
  } finally {
    await t.stop();
    await sink.stop();
  }
});
