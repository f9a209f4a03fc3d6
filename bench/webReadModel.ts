import type { Store } from '../activities/store/database';
import { SecretaryOf, writeProjection } from '../activities/store/readModel';
import { addDays, daysBetween, IsoDate, stockholmDate, stockholmInstant } from '../domain/calendar/dates';
import { deadlineInForce } from '../domain/calendar/deadlineRule';
import { deadlineReminderPolicySchema, Recipient } from '../domain/consultation/consultation';
import { consultationProgress, ResponseRecord } from '../domain/consultation/progress';
import { pendingReminders, RoundSchedule, summaryInstant } from '../domain/consultation/round';
import type { Contact } from '../domain/directory/contact';
import { ContactDirectory, resolveRecipients } from '../domain/directory/recipients';
import { draftGuidelineSchema, Guideline, guidelineSchema } from '../domain/guideline/guideline';
import { consultationWorkflowId, guidelineWorkflowId } from '../domain/ids';
import type { Projection } from '../domain/readModel';
import { openingInstant } from '../domain/reminders/deadlineReminders';
import { expiryReminderSchedule } from '../domain/reminders/expiryReminders';
import type { ConsultationView } from '../workflows/consultation/api';
import { roundProjection } from '../workflows/consultation/roundProjection';
import { guidelineProjection } from '../workflows/guideline/projection';
import type { DraftState, PeriodState } from '../workflows/guideline/state';
import { bodies, contacts as shippedContacts, organisations } from '../test/support/directories';

/*
 * A county's read model, as its workflows would have published it: every row made by the workflow's own projection
 * function from a state of the real type, so its columns, its view and its mail to come are what a real run
 * writes. Drawn from a seeded generator, so that every run loads the same county relative to its day.
 */

export const GUIDELINES = 10_000;
export const OPEN_ROUNDS = 1_000;

/** mulberry32: small, fast, and the same sequence for the same seed. */
function generator(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (from: number, to: number) => from + Math.floor(next() * (to - from + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const weighted = <T>(choices: ReadonlyArray<readonly [T, number]>): T => {
    let r = next() * choices.reduce((sum, [, w]) => sum + w, 0);
    for (const [value, w] of choices) if ((r -= w) < 0) return value;
    return choices[choices.length - 1][0];
  };
  return { next, int, pick, weighted };
}

const TOPICS = [
  ['läkemedelshantering i hemsjukvården', 'lakemedel-hemsjukvard'],
  ['samordnad individuell plan', 'sip'],
  ['in- och utskrivning från sluten hälso- och sjukvård', 'utskrivning'],
  ['barn och unga med psykisk ohälsa', 'barn-psykisk-ohalsa'],
  ['vård vid demenssjukdom', 'demens'],
  ['palliativ vård i livets slutskede', 'palliativ'],
  ['nutrition för äldre', 'nutrition'],
  ['hjälpmedel för personer med funktionsnedsättning', 'hjalpmedel'],
  ['egenvård', 'egenvard'],
  ['oro för ett väntat barn', 'vantat-barn'],
  ['medföljande personal', 'medfoljande'],
  ['samtycke och informationsöverföring', 'samtycke'],
  ['missbruk och beroende', 'beroende'],
  ['hälso- och sjukvård vid korttidsvistelse enligt LSS', 'lss-korttid'],
  ['fallprevention', 'fallprevention'],
  ['sårvård', 'sarvard'],
  ['diabetesvård i kommunal hälso- och sjukvård', 'diabetes'],
  ['trycksårsprevention', 'trycksar'],
  ['inkontinensvård', 'inkontinens'],
  ['rehabilitering efter stroke', 'stroke-rehab'],
  ['psykiatrisk vård för vuxna', 'vuxenpsykiatri'],
  ['vård av personer med hemlöshet', 'hemloshet'],
  ['våld i nära relationer', 'vald-nara-relationer'],
  ['munhälsa', 'munhalsa'],
  ['vaccination i särskilt boende', 'vaccination'],
  ['digitala vårdmöten', 'digitala-vardmoten'],
  ['mobila närsjukvårdsteam', 'mobila-team'],
  ['läkarmedverkan i kommunal hälso- och sjukvård', 'lakarmedverkan'],
  ['barnhälsovård och elevhälsa', 'elevhalsa'],
  ['habilitering för barn', 'habilitering'],
] as const;

const KINDS = [
  ['guideline', 'Riktlinje för', 45],
  ['routine', 'Rutin för', 30],
  ['agreement', 'Överenskommelse om', 10],
  ['application-guide', 'Tillämpningsanvisning för', 10],
  ['strategy', 'Strategi för', 5],
] as const;

const AREAS = ['Fyrbodal', 'Skaraborg', 'Södra Älvsborg', 'Göteborgsregionen', 'SIMBA', 'Västra Götaland'];
const FIRST_NAMES = ['Anna', 'Erik', 'Maria', 'Lars', 'Karin', 'Johan', 'Eva', 'Per', 'Sara', 'Anders', 'Lena', 'Mikael', 'Emma'];
const LAST_NAMES = ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Gustafsson'];
const COMMENTS = [
  'Kommunen tillstyrker förslaget men vill att ansvaret vid utskrivning förtydligas.',
  'Förvaltningen har inga invändningar i sak. Bilagan om dokumentation bör uppdateras.',
  'Vi saknar en beskrivning av hur uppföljningen ska göras lokalt och vem som ansvarar för den.',
  'Nämnden ställer sig bakom förslaget med de synpunkter som framgår av bifogat tjänsteutlåtande.',
];

/** What a county's directory holds beyond the shipped example: three mailboxes an organisation, a registry among them. */
function countyContacts(): ContactDirectory {
  const more = organisations.organisations.flatMap((o, i) => [
    {
      name: `Registrator ${o.name}`,
      email: `registrator@${o.id}.example`,
      organisationId: o.id,
      role: 'registrator',
      language: 'sv' as const,
    },
    {
      name: `${FIRST_NAMES[i % FIRST_NAMES.length]} ${LAST_NAMES[i % LAST_NAMES.length]}`,
      email: `samordnare@${o.id}.example`,
      organisationId: o.id,
      role: 'samordnare vårdsamverkan',
      language: 'sv' as const,
    },
  ]);
  return { contacts: [...shippedContacts.contacts, ...more] };
}

const secretaryOf: SecretaryOf = (body) => bodies.bodies.find((b) => b.id === body)?.secretary;

export interface LoadedReadModel {
  /** Rows in each table. */
  subjects: number;
  upcomingMail: number;
  /** An open round whose deadline falls in the overview's 30 days, with organisations still silent: a round's page. */
  sampleRound: { guidelineId: string; round: number };
}

/**
 * Writes GUIDELINES guidelines and OPEN_ROUNDS open rounds (57 municipalities and regional administrations each)
 * as of `now`, with writeProjection, and says what it wrote.
 */
export async function loadCountyReadModel(db: Store, now: Date, progress?: (done: number) => void): Promise<LoadedReadModel> {
  const random = generator(20260501);
  const today = stockholmDate(now.getTime());
  const nowIso = now.toISOString();
  const directory = countyContacts();
  const recipients = resolveRecipients([{ group: 'all-municipalities' }, { group: 'regional-administrations' }], organisations, directory);
  const people = directory.contacts;
  const person = (organisationId: string, role: string): Contact => {
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    const n = random.int(1, 40);
    return {
      name: `${first} ${last}`,
      email: `${first}.${last}${n}@${organisationId}.example`.toLowerCase(),
      organisationId,
      role,
      language: 'sv',
    };
  };
  const owners = Array.from({ length: 150 }, (_, i) =>
    person(i % 3 === 0 ? 'vgr' : random.pick(recipients).organisationId, 'processledare'),
  );
  const subscribersOf = () => Array.from({ length: random.int(0, 8) }, () => random.pick(people));
  const policy = deadlineReminderPolicySchema.parse({});

  // Which guidelines are on a round, and which are in each other state: a fixed share of each.
  const statuses = Array.from({ length: GUIDELINES }, (_, i) =>
    i < OPEN_ROUNDS
      ? 'in-consultation'
      : random.weighted([
          ['in-force', 880],
          ['draft', 30],
          ['awaiting-decision', 20],
          ['expired', 20],
          ['retired', 30],
        ] as const),
  );

  let version = 1;
  let written = 0;
  let sampleRound: LoadedReadModel['sampleRound'] | undefined;
  const write = async (projection: Projection) => {
    await writeProjection(db, { ...projection, version: version++ }, secretaryOf);
    if (++written % 1000 === 0) progress?.(written);
  };

  for (let i = 0; i < GUIDELINES; i++) {
    const [topic, slug] = TOPICS[i % TOPICS.length];
    const [kind, prefix] = random.weighted(KINDS.map(([k, p, w]) => [[k, p], w] as const));
    const id = `${slug}-${i}`;
    const base = draftGuidelineSchema.parse({
      id,
      title: `${prefix} ${topic}, ${random.pick(AREAS)}`,
      kind,
      owner: random.pick(owners),
      subscribers: subscribersOf(),
      responsibleBody: random.weighted([
        ['VVG', 60],
        ['SRO', 40],
      ] as const),
      version: `${random.int(1, 4)}.${random.int(0, 9)}`,
    });
    const status = statuses[i];
    const workflowId = guidelineWorkflowId(id);

    if (status === 'in-consultation' || status === 'draft' || status === 'awaiting-decision') {
      const draft: DraftState = { phase: 'drafting', status, guideline: base, consultationRounds: [], implementations: [], followUps: [] };
      if (status !== 'draft') {
        const round = consultationRound(
          random,
          id,
          base.title,
          base.owner,
          recipients,
          today,
          nowIso,
          status === 'awaiting-decision',
          policy,
        );
        draft.consultationRounds.push({
          round: 1,
          workflowId: round.workflowId,
          opensOn: round.view.opensOn,
          deadline: round.view.deadline,
        });
        await write(round);
        const deadline = round.view.deadlineInForce;
        if (!round.view.closeReason && deadline <= addDays(today, 30) && round.view.progress.notAnsweredCount > 0) {
          sampleRound ??= { guidelineId: id, round: 1 };
        }
      }
      await write(guidelineProjection(workflowId, draft));
      continue;
    }

    // In force until a day in the next four years; expired up to a year ago; retired any time.
    const validUntil =
      status === 'expired' ? addDays(today, -random.int(1, 365)) : addDays(today, random.int(status === 'retired' ? -400 : 1, 4 * 365));
    const validFrom = addDays(validUntil, -random.int(2, 4) * 365);
    const guideline: Guideline = guidelineSchema.parse({ ...base, validFrom, validUntil });
    const extended = random.next() < 0.3;
    const periodStart = extended ? addDays(validUntil, -2 * 365) : validFrom;
    const period: PeriodState = {
      phase: 'validity',
      status,
      guideline,
      period: extended ? 2 : 1,
      periodStartedAt: stockholmInstant(periodStart, '10:00'),
      // What fell due before now has been sent.
      sentReminders: expiryReminderSchedule(validUntil, guideline.reminderPolicy)
        .filter((r) => r.at < nowIso)
        .map((r) => r.at),
      extensions: extended
        ? [
            {
              validUntil,
              note: 'Förlängs oförändrad i väntan på revidering',
              decisionRef: `${guideline.responsibleBody} ${periodStart} §${random.int(2, 12)}`,
              at: stockholmInstant(periodStart, '13:00'),
              previousUntil: periodStart,
            },
          ]
        : [],
      consultationRounds: [],
      implementations: [],
      followUps: [],
      ...(status === 'retired'
        ? {
            retirement: {
              reason: 'Ersätts av en gemensam riktlinje för hela länet',
              decisionRef: `${guideline.responsibleBody} ${addDays(today, -random.int(1, 700))} §4`,
              at: nowIso,
            },
          }
        : {}),
    };
    await write(guidelineProjection(workflowId, period));
  }

  const counted = async (table: 'subjects' | 'upcoming_mail') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  if (!sampleRound) throw new Error('no open round has its deadline within 30 days: the generator has changed');
  return {
    subjects: await counted('subjects'),
    upcomingMail: await counted('upcoming_mail'),
    sampleRound,
  };
}

/**
 * Round 1 of a draft, as its workflow publishes it: open since up to two months, its deadline in the coming months
 * (closed, for a guideline awaiting its decision), with the answers that have come in so far, more the longer it
 * has been open, and its reminders to those still silent.
 */
function consultationRound(
  random: ReturnType<typeof generator>,
  guidelineId: string,
  title: string,
  processOwner: Contact,
  invited: Recipient[],
  today: IsoDate,
  nowIso: string,
  closed: boolean,
  reminderPolicy: ReturnType<typeof deadlineReminderPolicySchema.parse>,
): Projection<ConsultationView> {
  const given = closed ? addDays(today, -random.int(5, 90)) : addDays(today, random.int(1, 180));
  const lasts = random.int(60, 100);
  const opensOn = [addDays(given, -lasts), today].sort()[0];
  const deadlineRule = 'next-business-day';
  const inForce = deadlineInForce(given, deadlineRule);
  const extended = !closed && random.next() < 0.1;
  const withdrawn = invited.filter(() => random.next() < 0.03).map((r) => r.organisationId);
  const elapsed = Math.max(0, daysBetween(opensOn, today)) / Math.max(1, daysBetween(opensOn, inForce));
  const responses: Record<string, ResponseRecord> = {};
  for (const r of invited) {
    if (withdrawn.includes(r.organisationId) || random.next() > (closed ? 0.9 : 0.1 + 0.6 * elapsed)) continue;
    const receivedOn = addDays(opensOn, random.int(0, Math.max(0, daysBetween(opensOn, closed ? inForce : today))));
    const kind = random.weighted([
      ['no-comments', 45],
      ['comments', 40],
      ['declines', 15],
    ] as const);
    responses[r.organisationId] = {
      organisationId: r.organisationId,
      kind,
      receivedOn,
      late: receivedOn > inForce,
      recordedAt: stockholmInstant(receivedOn, '14:00'),
      ...(kind === 'comments' ? { text: random.pick(COMMENTS), documentRef: `Dnr ${receivedOn.slice(0, 4)}/${random.int(10, 999)}` } : {}),
    };
  }
  const schedule: RoundSchedule = {
    opensOn,
    deadline: given,
    deadlineRule,
    reminderPolicy,
    scheduleFrom: openingInstant(opensOn, reminderPolicy.sendAt),
    sentReminders: [],
  };
  const sent = pendingReminders(schedule)
    .filter((r) => r.at < nowIso)
    .map((r) => r.at);
  const active = invited.filter((r) => !withdrawn.includes(r.organisationId));
  const view: ConsultationView = {
    guidelineId,
    round: 1,
    status: closed ? 'closed' : 'open',
    document: { title, version: 'remissversion 1', link: `https://samverkan.example/remiss/${guidelineId}.pdf` },
    opensOn,
    deadline: given,
    deadlineRule,
    deadlineInForce: inForce,
    processOwner,
    progress: consultationProgress(invited, responses, withdrawn),
    recipients: invited,
    withdrawn,
    responses,
    upcomingReminders: closed ? [] : pendingReminders({ ...schedule, sentReminders: sent }),
    extensions: extended
      ? [{ deadline: given, reason: 'Fler kommuner behöver behandla förslaget i nämnd', previousDeadline: addDays(given, -21), at: nowIso }]
      : [],
    calendarSequence: extended ? 1 : 0,
    ...(closed ? { closeReason: 'Remisstiden har gått ut' } : {}),
  };
  return roundProjection(consultationWorkflowId(guidelineId, 1), view, {
    summaryAt: closed ? undefined : summaryInstant(schedule),
    active,
    silent: closed ? [] : active.filter((r) => !responses[r.organisationId]),
  });
}
