import fs from 'node:fs';
import path from 'node:path';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { ConsultationClient } from '../../client/consultations';
import { GuidelineClient } from '../../client/guidelines';
import {
  consultationWorkflowId,
  followUpWorkflowId,
  guidelineWorkflowId,
  implementationWorkflowId,
  meetingWorkflowId,
  principalsWorkflowId,
} from '../../domain/ids';
import { contacts, organisations } from './directories';
import { draftGuideline, englishSubscriber, guideline } from './guidelines';
import { bodies, LifecycleEnvironment, TASK_QUEUE } from './lifecycleEnvironment';
import { item, scenarioBodies, startMeeting } from './meetings';
import { commissionBodies, commissionInput, malin, selfCareDraft } from './commissions';
import { CommissionClient } from '../../client/commissions';
import { FollowUpClient } from '../../client/followUps';
import type { Decision } from '../../domain/meeting/decision';
import { resolveRecipients } from '../../domain/directory/recipients';
import { addItemUpdate, recordDecisionUpdate, submitDocumentsUpdate } from '../../workflows/meeting/api';
import { recordPrincipalDecisionUpdate } from '../../workflows/meeting/principalsApi';

const out = path.resolve(__dirname, '../workflow/histories');
type Recorded = Array<[name: string, workflowId: string, runId: string | undefined]>;

async function save(t: LifecycleEnvironment, recorded: Recorded) {
  for (const [name, workflowId, runId] of recorded) {
    const history = await t.env.client.workflow.getHandle(workflowId, runId).fetchHistory();
    fs.writeFileSync(path.join(out, `${name}.json`), historyToJSON(history));
    console.log(`recorded ${name}: ${history.events?.length} events`);
  }
}

async function recordGuidelines() {
  const t = await LifecycleEnvironment.start(await LifecycleEnvironment.bundle());
  try {
    const guidelines = new GuidelineClient(t.env.client, TASK_QUEUE, organisations);
    const consultations = new ConsultationClient(t.env.client, guidelines, organisations, contacts, bodies);
    await t.skipTo('2030-01-07', '10:00');
    await guidelines.register(guideline({ id: 'reminded-and-expired', subscribers: [englishSubscriber] }));
    await guidelines.register(guideline({ id: 'extended' }));
    await guidelines.register(guideline({ id: 'retired' }));
    await guidelines.register(draftGuideline({ id: 'drafted' }));
    await consultations.start('drafted', {
      document: { title: 'Remiss', version: '1', link: 'https://samverkan.example/remiss.pdf' },
      recipientGroups: [{ group: 'subregion-municipalities', subregion: 'simba' }],
      opensOn: '2030-02-04',
      deadline: '2030-05-29',
      processOwner: guideline().owner,
    });
    await t.skipTo('2030-03-02');
    await consultations.recordResponse('drafted', 1, { organisationId: 'kommun-ale', kind: 'comments', receivedOn: '2030-03-02' });
    await consultations.extendDeadline('drafted', 1, { deadline: '2030-06-12', reason: 'Fler svar behövs' });
    await t.skipTo('2030-07-01');
    const run = await t.runId('extended');
    await guidelines.extend('extended', { validUntil: '2031-12-31', note: 'Förlängs', decisionRef: 'VVG 2030-07-01 §1' });
    await t.untilNewRun('extended', run);
    await guidelines.retire('retired', { reason: 'Ersatt' });
    await consultations.close('drafted', 1, {});
    await t.until(async () => (await guidelines.show('drafted')).status === 'awaiting-decision');
    const draftRun = await t.runId('drafted');
    await guidelines.adopt('drafted', { validFrom: '2030-09-01', validUntil: '2032-08-31', decisionRef: 'VVG 2030-08-20 §3' });
    await t.untilNewRun('drafted', draftRun);
    await t.skipTo('2031-01-05');
    await save(t, [
      ['reminded-and-expired', guidelineWorkflowId('reminded-and-expired'), undefined],
      ['extended', guidelineWorkflowId('extended'), run],
      ['retired', guidelineWorkflowId('retired'), undefined],
      ['drafted-consulted-adopted', guidelineWorkflowId('drafted'), draftRun],
      ['consultation-round', consultationWorkflowId('drafted', 1), undefined],
    ]);
  } finally {
    await t.stop();
  }
}

async function recordMeetings() {
  const t = await LifecycleEnvironment.start(await LifecycleEnvironment.bundle(), undefined, scenarioBodies);
  try {
    const guidelines = new GuidelineClient(t.env.client, TASK_QUEUE, organisations);
    const december = meetingWorkflowId('VVG', '2034-12-15');
    const sroJanuary = meetingWorkflowId('SRO', '2035-01-19');
    const meeting = (id: string) => t.env.client.workflow.getHandle(id);
    await t.skipTo('2034-10-02');
    await guidelines.register(guideline({ id: 'expected-child', validFrom: '2032-01-01', validUntil: '2034-12-31' }));
    await startMeeting(t.env.client, 'VVG', '2034-12-15');
    for (const input of [
      item({ itemId: 'expected-child', title: 'Förlängning', subject: { type: 'guideline', id: 'expected-child' } }),
      item({ itemId: 'pfik', title: 'PFIK', kind: 'dialogue' }),
      item({ itemId: 'lss', title: 'Uppdrag LSS', subject: { type: 'commission', id: 'lss' }, needsSro: true }),
    ]) {
      await meeting(december).executeUpdate(addItemUpdate, { args: [input] });
    }
    await t.skipTo('2034-11-20');
    await meeting(december).executeUpdate(submitDocumentsUpdate, {
      args: [{ itemId: 'lss', documents: [{ title: 'Uppdrag', link: 'https://samverkan.example/lss.pdf' }] }],
    });
    await t.skipTo('2034-12-15', '10:00');
    const decide = (id: string, decision: Decision) => meeting(id).executeUpdate(recordDecisionUpdate, { args: [decision] });
    await decide(december, {
      outcome: 'endorse',
      action: 'extend',
      itemId: 'expected-child',
      validUntil: '2036-12-31',
      version: '2',
      editorialChanges: 'Språk',
    });
    await decide(december, { outcome: 'send-back', itemId: 'pfik', toMeeting: '2035-02-09', reason: 'Återkommer' });
    await decide(december, { outcome: 'endorse', action: 'approve', itemId: 'lss' });
    await t.skipTo('2035-01-19', '14:00');
    const principals = resolveRecipients([{ group: 'principals' }], organisations, contacts);
    await decide(sroJanuary, { outcome: 'recommend-principals', itemId: 'lss', decideBy: '2035-03-29', principals });
    const tracking = principalsWorkflowId('SRO', '2035-01-19', 'lss');
    await meeting(tracking).executeUpdate(recordPrincipalDecisionUpdate, {
      args: [{ organisationId: 'vgr', decision: 'adopted', decidedOn: '2035-01-19' }],
    });
    await t.skipTo('2035-04-02');
    await save(t, [
      ['meeting-decided', december, undefined],
      ['meeting-forwarded-to', sroJanuary, undefined],
      ['principal-adoption', tracking, undefined],
    ]);
  } finally {
    await t.stop();
  }
}

async function recordAfterDecisions() {
  const t = await LifecycleEnvironment.start(await LifecycleEnvironment.bundle(), undefined, commissionBodies);
  try {
    const guidelines = new GuidelineClient(t.env.client, TASK_QUEUE, organisations);
    const followUps = new FollowUpClient(t.env.client, commissionBodies, organisations, contacts);
    const commissions = new CommissionClient(t.env.client, TASK_QUEUE, commissionBodies, organisations);
    await t.skipTo('2036-12-11', '10:00');
    await commissions.start(commissionInput());
    await guidelines.register(guideline({ id: 'followed-up', validFrom: '2036-06-01', validUntil: '2039-05-31' }));
    const preparationGroup = [malin];
    await followUps.planImplementation('followed-up', { deadline: '2037-03-31', implementers: 'subregions', preparationGroup });
    await followUps.planFollowUp('followed-up', {
      title: 'Uppföljning',
      opensOn: '2037-01-12',
      closesOn: '2037-02-05',
      preparationGroup,
      targetMeeting: { body: 'VVG', date: '2037-02-16' },
    });
    await t.skipTo('2037-01-13');
    await followUps.confirmImplementation('followed-up', 1, { organisationId: 'fyrbodal', confirmedOn: '2037-01-13' });
    await followUps.submitPart('followed-up', 1, {
      organisationId: 'fyrbodal',
      partId: 'functionality',
      answer: 'Fungerar',
      submittedOn: '2037-01-13',
    });
    await commissions.completeMilestone('lss-short-stays', { milestoneId: 'first-draft', completedOn: '2037-01-13' });
    await t.skipTo('2037-02-10');
    await commissions.complete('lss-short-stays', { completedOn: '2037-02-10', summary: 'Rutin framtagen', draft: selfCareDraft });
    await t.skipTo('2037-04-02');
    await save(t, [
      ['commission', 'commission/lss-short-stays', undefined],
      ['implementation-tracking', implementationWorkflowId('followed-up', 1), undefined],
      ['follow-up-survey', followUpWorkflowId('followed-up', 1), undefined],
    ]);
  } finally {
    await t.stop();
  }
}

/**
 * Records workflow histories for the replay test (`npx tsx test/support/recordHistories.ts [guidelines|meetings|after-decisions]`).
 * Re-record only on purpose: the point of the saved files is that a change to workflow code must still replay
 * what ran before it, so a new kind of workflow records its own set and leaves the others as they were.
 */
async function main(which: string[]) {
  if (which.length === 0 || which.includes('guidelines')) await recordGuidelines();
  if (which.length === 0 || which.includes('meetings')) await recordMeetings();
  if (which.length === 0 || which.includes('after-decisions')) await recordAfterDecisions();
}

main(process.argv.slice(2)).catch((err) => {
  console.error(err);
  process.exit(1);
});
