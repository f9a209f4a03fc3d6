import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { folderBlobStore } from '../../activities/documents/blobStore';
import { calendarFeedUrls } from '../../activities/links/calendarFeeds';
import { subjectWhenReady } from '../../activities/store/readModel';
import { createApp } from '../../client/api/app';
import type { ApiClients } from '../../client/api/env';
import { ConsultationClient } from '../../client/consultations';
import { GuidelineClient } from '../../client/guidelines';
import { consultationWorkflowId } from '../../domain/ids';
import type { ConsultationView } from '../../workflows/consultation/api';
import { readCalendarFeed, readCalendarFile } from '../support/calendarFiles';
import { contacts, organisations } from '../support/directories';
import { draftGuideline, owner } from '../support/guidelines';
import { bodies, LifecycleEnvironment, TASK_QUEUE } from '../support/lifecycleEnvironment';
import { testLinks } from '../support/links';
import { webSettings } from '../support/webApp';

let bundle: WorkflowBundleWithSourceMap;
let t: LifecycleEnvironment;

beforeAll(async () => {
  bundle = await LifecycleEnvironment.bundle();
});

beforeEach(async () => {
  t = await LifecycleEnvironment.start(bundle);
});

afterEach(async () => {
  await t.stop();
});

const roundId = consultationWorkflowId('consent', 1);

/** The calendar event of each mail the round sent to an address, in the order they were due. */
async function mailedEvents(recipient: string) {
  const keys = new Map(
    t.ledger
      .mails(roundId)
      .filter((row) => row.recipient === recipient)
      .map((row) => [row.key, row]),
  );
  const events = [];
  for (const file of t.outboxFiles()) {
    const parsed = await simpleParser(fs.readFileSync(path.join(t.outbox, file)));
    const row = keys.get(String(parsed.headers.get('x-guideline-key')));
    const ics = parsed.attachments.find((a) => a.contentType === 'text/calendar');
    if (row && ics) events.push({ template: row.template, dueAt: row.due_at, event: readCalendarFile(ics.content.toString('utf8')) });
  }
  return events.sort((a, b) => a.dueAt.localeCompare(b.dueAt));
}

test("after an extension, the organisation's feed carries the UID and SEQUENCE of the round's last mail to it, with the new date", async () => {
  const guidelines = new GuidelineClient(t.env.client, TASK_QUEUE, organisations);
  const consultations = new ConsultationClient(t.env.client, guidelines, organisations, contacts, bodies);
  await t.skipTo('2030-10-01');
  await guidelines.register(draftGuideline({ id: 'consent', title: 'Riktlinje för samtycke' }));
  await consultations.start('consent', {
    document: { title: 'Riktlinje för samtycke', version: 'remissversion 1', link: 'https://samverkan.example/samtycke-v1.pdf' },
    recipientGroups: [{ group: 'organisations', organisationIds: ['kommun-ale', 'kommun-boras'] }],
    opensOn: '2030-11-04',
    deadline: '2031-02-28',
    processOwner: owner,
  });
  await t.skipTo('2030-11-05');
  await consultations.extendDeadline('consent', 1, { deadline: '2031-03-14', reason: 'Fler kommuner behöver behandla förslaget' });
  await subjectWhenReady<ConsultationView>(t.store, roundId, (s) => s.view.calendarSequence === 1);

  const ale = contacts.contacts.find((c) => c.organisationId === 'kommun-ale')!;
  const mailed = await mailedEvents(ale.email);
  expect(mailed.map((m) => [m.template, m.event.sequence, m.event.start])).toEqual([
    ['consultation-invitation', 0, '2031-02-28'],
    ['consultation-deadline-extended', 1, '2031-03-14'],
  ]);

  // The web app on the worker's read model, as `npm start` runs them.
  const app = createApp({
    clients: {} as ApiClients,
    db: t.store,
    web: webSettings(),
    organisations,
    bodies,
    links: testLinks,
    blobs: folderBlobStore(fs.mkdtempSync(path.join(os.tmpdir(), 'feed-blobs-'))),
  });
  const { organisation } = await calendarFeedUrls(t.store, testLinks, { organisationId: 'kommun-ale', contactEmail: ale.email });
  const response = await app.request(new URL(organisation).pathname);
  expect(response.status).toBe(200);
  const feed = readCalendarFeed(await response.text());
  const last = mailed[mailed.length - 1].event;
  expect(feed.events.map((e) => [e.uid, e.sequence, e.start])).toEqual([[last.uid, last.sequence, last.start]]);
});
