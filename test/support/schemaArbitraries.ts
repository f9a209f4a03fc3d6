import fc from 'fast-check';
import { isBusinessDay, QuietPeriod, quietPeriodsSchema } from '../../domain/calendar/businessDays';
import { addDays, IsoDate } from '../../domain/calendar/dates';
import type { ResponseKind } from '../../domain/consultation/consultation';
import { documentKinds, DocumentMediaType, MAX_DOCUMENT_BYTES } from '../../domain/documents/mediaType';
import { UNPRINTABLE } from '../../domain/fields';
import { organisations } from './directories';

/*
 * Arbitraries of inputs the domain's schemas accept, built from the same bounds: they stay well inside them, so
 * that a property is about the field it varies.
 */

const FIRST_MS = Date.UTC(2000, 0, 1);
const DAY_MS = 86_400_000;
const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A date from 2000-01-01 to 2197-12-31, leaving a year for the later dates counted from it. */
export const date = fc.integer({ min: 0, max: 72_300 }).map((i) => isoOf(FIRST_MS + i * DAY_MS));
/** A date and a later one, at most a year on. */
export const datePair = fc
  .tuple(date, fc.integer({ min: 1, max: 365 }))
  .map(([from, days]): [IsoDate, IsoDate] => [from, addDays(from, days)]);
export const businessDay = date.filter(isBusinessDay);

const letters = 'abcdefghijklmnopqrstuvwxyzåäöéüABCÅÄÖ0123456789 -.,:;§()/&\'"';
const visible = fc.constantFrom(...letters.split(''));
// Any character but the controls the schemas refuse: the text a person might paste, scripts and emoji included.
const anyPrintable = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }).filter((s) => !UNPRINTABLE.test(s));
const textUnit = fc.oneof({ weight: 4, arbitrary: visible }, { weight: 1, arbitrary: anyPrintable });

/** One line, non-blank, at most `max` characters once trimmed. */
export const singleLine = (max: number) =>
  fc
    .array(textUnit, { minLength: 1, maxLength: Math.min(max, 40) })
    .map((units) => units.join(''))
    .filter((s) => s.trim().length > 0 && s.trim().length <= max);

/** Text with line breaks, non-blank, at most `max` characters once trimmed. */
export const multiLine = (max: number) =>
  fc
    .array(fc.oneof({ weight: 8, arbitrary: textUnit }, { weight: 1, arbitrary: fc.constantFrom('\n', '\r\n') }), {
      minLength: 1,
      maxLength: Math.min(max, 60),
    })
    .map((units) => units.join(''))
    .filter((s) => s.trim().length > 0 && s.trim().length <= max);

export const slug = (max: number) => fc.stringMatching(new RegExp(`^[a-z0-9][a-z0-9-]{0,${Math.min(max, 30) - 1}}$`));

export const email = fc
  .tuple(
    fc.stringMatching(/^[a-z0-9][a-z0-9_+-]{0,12}$/),
    fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}$/),
    fc.constantFrom('se', 'example', 'org'),
  )
  .map(([local, domain, tld]) => `${local}@${domain}.${tld}`);

export const timeOfDay = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.option(fc.integer({ min: 0, max: 59 }), { nil: undefined }))
  .map(([h, m, s]) => [h, m, ...(s === undefined ? [] : [s])].map((n) => String(n).padStart(2, '0')).join(':'));

const link = (protocol: string) => slug(20).map((path) => `${protocol}://samverkan.example/${path}`);
export const httpLink = fc.oneof(link('https'), link('http'));

const organisationIds = organisations.organisations.map((o) => o.id);
export const organisationId = fc.constantFrom(...organisationIds);

export const contact = fc.record(
  {
    name: singleLine(200),
    email,
    organisationId,
    role: singleLine(200),
    language: fc.constantFrom('sv', 'en'),
  },
  { requiredKeys: ['name', 'email', 'organisationId', 'role'] },
);
export const contacts = (min: number, max = 4) => fc.array(contact, { minLength: min, maxLength: max });

// A period from a day of a leap year (0 is 01-01), lasting `length` days, as calendar.properties builds them.
const monthDayOf = (i: number) => isoOf(FIRST_MS + (i % 366) * DAY_MS).slice(5);
const quietPeriod = fc
  .tuple(fc.integer({ min: 0, max: 365 }), fc.integer({ min: 1, max: 40 }), fc.option(singleLine(80), { nil: undefined }))
  .map(([start, length, name]): QuietPeriod => ({
    ...(name ? { name } : {}),
    from: monthDayOf(start),
    to: monthDayOf(start + length - 1),
  }));
export const quietPeriods = fc.array(quietPeriod, { maxLength: 4 }).filter((p) => quietPeriodsSchema.safeParse(p).success);

const offsets = (min: number, max: number) => fc.array(fc.integer({ min, max }), { minLength: 1, maxLength: 10 });

export const deadlineReminderPolicy = fc.record(
  { businessDaysBefore: offsets(1, 250), sendAt: timeOfDay, quietPeriods },
  { requiredKeys: [] },
);

export const expiryReminderPolicy = fc.record(
  {
    daysBefore: offsets(0, 3650),
    sendAt: timeOfDay,
    onNonBusinessDay: fc.constantFrom('previous-business-day', 'exact-day'),
    quietPeriods,
  },
  { requiredKeys: [] },
);

export const consultationDocument = fc.record({ title: singleLine(300), version: singleLine(40), link: httpLink });

export const recipientGroup = fc.oneof(
  fc.constant({ group: 'all-municipalities' }),
  fc.constant({ group: 'principals' }),
  fc.constant({ group: 'regional-administrations' }),
  fc.constant({ group: 'subregions' }),
  fc.record({ group: fc.constant('subregion-municipalities'), subregion: singleLine(80) }),
  fc.record({ group: fc.constant('organisations'), organisationIds: fc.array(organisationId, { minLength: 1, maxLength: 5 }) }),
);

export const recipient = fc.record({
  organisationId,
  organisationName: singleLine(200),
  progressGroup: singleLine(80),
  contacts: contacts(1, 3),
});
export const recipients = fc.array(recipient, { minLength: 1, maxLength: 5 });

/** The fields every round has, with its dates in order; a resolved round has its policy's defaults filled in. */
const roundFields = <T>(who: fc.Arbitrary<T>, key: string, resolved: boolean) =>
  fc
    .tuple(
      fc.record(
        { document: consultationDocument, reminderPolicy: deadlineReminderPolicy, processOwner: contact, [key]: who },
        { requiredKeys: ['document', 'processOwner', key, ...(resolved ? ['reminderPolicy'] : [])] },
      ),
      datePair,
    )
    .map(([fields, [opensOn, deadline]]) => ({ ...fields, opensOn, deadline }));

export const consultationRequest = roundFields(fc.array(recipientGroup, { minLength: 1, maxLength: 3 }), 'recipientGroups', false);
export const consultationStart = roundFields(recipients, 'recipients', true);
export const consultationRoundInput = fc
  .tuple(consultationStart, slug(80), fc.integer({ min: 1, max: 20 }))
  .map(([start, guidelineId, round]) => ({ guidelineId, round, ...start }));

export const documentRef = fc.record({
  id: fc.uuid({ version: 4 }),
  filename: singleLine(200),
  mediaType: fc.constantFrom(...(Object.keys(documentKinds) as DocumentMediaType[])),
  size: fc.integer({ min: 1, max: MAX_DOCUMENT_BYTES }),
});

/** An answer as staff type it, or as it comes through a link or, unclassified, by a reply. */
export const recordResponse = fc
  .record(
    {
      organisationId,
      kind: fc.constantFrom<ResponseKind>('comments', 'no-comments', 'declines'),
      text: multiLine(20_000),
      documentRef: singleLine(500),
      receivedOn: date,
      documents: fc.array(documentRef, { maxLength: 3 }),
      receivedVia: fc.constantFrom('staff', 'link', 'email'),
      receivedFrom: email,
    },
    { requiredKeys: ['organisationId', 'kind', 'receivedOn'] },
  )
  .chain((r) =>
    r.receivedVia === 'email' ? fc.constantFrom<ResponseKind>('comments', 'unclassified').map((kind) => ({ ...r, kind })) : fc.constant(r),
  );
export const extendDeadline = fc.record({ deadline: date, reason: multiLine(2000) });
export const addRecipient = fc.record({ recipient });
export const withdrawRecipient = fc.record({ organisationId, reason: multiLine(2000) });
export const closeRound = fc.record({ reason: multiLine(2000) }, { requiredKeys: [] });

const guidelineBase = fc.record(
  {
    id: slug(80),
    title: singleLine(300),
    kind: fc.constantFrom('guideline', 'routine', 'agreement', 'application-guide', 'strategy'),
    owner: contact,
    subscribers: contacts(0),
    responsibleBody: fc.constantFrom('VVG', 'SRO'),
    version: singleLine(40),
    reminderPolicy: expiryReminderPolicy,
  },
  { requiredKeys: ['id', 'title', 'kind', 'owner', 'responsibleBody'] },
);
export const draftGuideline = guidelineBase;
export const guideline = fc.tuple(guidelineBase, datePair).map(([g, [validFrom, validUntil]]) => ({ ...g, validFrom, validUntil }));

const decisionRef = singleLine(300);
export const adopt = fc
  .tuple(fc.record({ decisionRef, note: multiLine(2000) }, { requiredKeys: ['decisionRef'] }), datePair)
  .map(([a, [validFrom, validUntil]]) => ({ ...a, validFrom, validUntil }));
export const extendValidity = fc.record(
  { validUntil: date, note: multiLine(2000), decisionRef, editorialChanges: multiLine(2000), version: singleLine(40) },
  { requiredKeys: ['validUntil', 'note', 'decisionRef'] },
);
export const retire = fc.record({ reason: multiLine(2000), decisionRef }, { requiredKeys: ['reason'] });

export const implementationReminderPolicy = expiryReminderPolicy;
export const implementationRequest = fc.record(
  {
    deadline: date,
    implementers: fc.constantFrom('principals', 'subregions'),
    preparationGroup: contacts(1),
    reminderPolicy: implementationReminderPolicy,
  },
  { requiredKeys: ['deadline', 'preparationGroup'] },
);
export const implementationPlan = fc.record(
  { deadline: date, preparationGroup: contacts(1), reminderPolicy: implementationReminderPolicy, implementers: recipients },
  { requiredKeys: ['deadline', 'preparationGroup', 'implementers'] },
);
export const confirmImplementation = fc.record(
  { organisationId, confirmedOn: date, note: multiLine(2000) },
  { requiredKeys: ['organisationId', 'confirmedOn'] },
);

const itemId = slug(80);
export const surveyPart = fc.record({ id: itemId, title: singleLine(200) });
const surveyParts = fc.uniqueArray(surveyPart, { minLength: 1, maxLength: 5, selector: (p) => p.id });
export const afterAdoption = fc.record(
  { months: fc.integer({ min: 1, max: 240 }), openForDays: fc.integer({ min: 7, max: 180 }) },
  { requiredKeys: ['months'] },
);

const surveyFields = <T>(who: fc.Arbitrary<T>, key: string, required: boolean) =>
  fc
    .tuple(
      fc.record(
        {
          title: singleLine(290),
          parts: surveyParts,
          reminderPolicy: deadlineReminderPolicy,
          preparationGroup: contacts(1),
          targetMeeting: fc.record({ body: fc.constantFrom('VVG', 'SRO'), date }),
          [key]: who,
        },
        { requiredKeys: ['title', 'preparationGroup', ...(required ? [key] : [])] },
      ),
      datePair,
    )
    .map(([fields, [opensOn, closesOn]]) => ({ ...fields, opensOn, closesOn }));

export const followUpRequest = surveyFields(fc.array(recipientGroup, { minLength: 1, maxLength: 3 }), 'recipientGroups', false);
export const followUpPlan = surveyFields(recipients, 'recipients', true);
export const afterAdoptionRequest = fc
  .tuple(followUpRequest, afterAdoption)
  .map(([{ opensOn: _opens, closesOn: _closes, ...request }, after]) => ({ ...request, afterAdoption: after }));
export const moveSurvey = fc
  .tuple(fc.record({ decisionRef, reason: multiLine(2000) }, { requiredKeys: ['decisionRef'] }), datePair)
  .map(([m, [opensOn, closesOn]]) => ({ ...m, opensOn, closesOn }));
export const submitPart = fc.record({ organisationId, partId: itemId, answer: multiLine(20_000), submittedOn: date });

export const itemSubject = fc.record({ type: fc.constantFrom('guideline', 'commission', 'survey', 'plan', 'other'), id: singleLine(120) });
export const meetingDocument = fc.record({
  title: singleLine(300),
  link: fc.oneof(
    httpLink,
    slug(20).map((p) => `file:///data/reports/${p}.md`),
  ),
});
export const agendaItem = fc.record(
  {
    itemId,
    title: singleLine(300),
    kind: fc.constantFrom('decision', 'dialogue', 'information'),
    subject: itemSubject,
    presenter: contact,
    minutes: fc.integer({ min: 1, max: 480 }),
    documentsExpected: fc.boolean(),
    documents: fc.array(meetingDocument, { maxLength: 3 }),
    needsSro: fc.boolean(),
    origin: fc.record({ meetingId: singleLine(120), reason: fc.constantFrom('sent-back', 'forwarded') }),
  },
  { requiredKeys: ['itemId', 'title', 'kind', 'presenter', 'minutes'] },
);
export const submitDocuments = fc.record({ itemId, documents: fc.array(meetingDocument, { minLength: 1, maxLength: 3 }) });
export const documentPolicy = fc.record(
  {
    documentDeadlineBusinessDays: fc.integer({ min: 1, max: 60 }),
    presenterRemindersBusinessDaysBefore: fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 10 }),
    sendAt: timeOfDay,
  },
  { requiredKeys: [] },
);
export const meetingCalendar = fc.record(
  { VVG: fc.array(date, { maxLength: 4 }), SRO: fc.array(date, { maxLength: 4 }) },
  { requiredKeys: [] },
);
export const meetingInput = fc.record(
  {
    body: fc.constantFrom('VVG', 'SRO'),
    date: businessDay,
    startsAt: timeOfDay,
    documentPolicy,
    secretary: contact,
    members: contacts(0),
    calendar: meetingCalendar,
    items: fc.array(agendaItem, { maxLength: 2 }),
  },
  { requiredKeys: ['body', 'date', 'secretary', 'members', 'calendar'] },
);

const decisionText = multiLine(4000);
const withText = <T extends object>(decision: fc.Arbitrary<T>) =>
  fc.tuple(decision, fc.option(decisionText, { nil: undefined })).map(([d, text]) => ({ ...d, ...(text ? { text } : {}) }));
export const decision = withText(
  fc.oneof(
    fc
      .tuple(itemId, datePair)
      .map(([id, [validFrom, validUntil]]) => ({ outcome: 'endorse', action: 'adopt', itemId: id, validFrom, validUntil })),
    fc.record(
      {
        outcome: fc.constant('endorse'),
        action: fc.constant('extend'),
        itemId,
        validUntil: date,
        editorialChanges: multiLine(2000),
        version: singleLine(40),
      },
      { requiredKeys: ['outcome', 'action', 'itemId', 'validUntil'] },
    ),
    fc.record({ outcome: fc.constant('endorse'), action: fc.constant('approve'), itemId }),
    fc.record({ outcome: fc.constant('note'), itemId }),
    fc.record({ outcome: fc.constant('send-back'), itemId, toMeeting: date, reason: multiLine(2000) }),
    fc.record({ outcome: fc.constant('recommend-principals'), itemId, decideBy: date, principals: recipients }),
  ),
);

export const principalReminderPolicy = fc.record({ businessDaysAfter: offsets(1, 250), sendAt: timeOfDay }, { requiredKeys: [] });
export const principalAdoptionInput = fc.record(
  {
    meetingId: singleLine(120),
    itemId: singleLine(80),
    title: singleLine(300),
    subject: itemSubject,
    decideBy: date,
    principals: recipients,
    secretary: contact,
    reminderPolicy: principalReminderPolicy,
  },
  { requiredKeys: ['meetingId', 'itemId', 'title', 'decideBy', 'principals', 'secretary'] },
);
export const principalDecision = fc.record(
  { organisationId, decision: fc.constantFrom('adopted', 'declined'), decidedOn: date, reference: singleLine(300) },
  { requiredKeys: ['organisationId', 'decision', 'decidedOn'] },
);
export const closeTracking = fc.record({ reason: multiLine(2000) });

export const milestone = fc.record({ id: slug(40), title: singleLine(300), due: date });
export const reportBack = fc
  .tuple(
    fc.constantFrom('VVG', 'SRO'),
    fc.oneof(
      date.map((d) => ({ date: d })),
      fc.record({ year: fc.integer({ min: 2000, max: 2199 }), month: fc.integer({ min: 1, max: 12 }) }).map((m) => ({ nextMeetingIn: m })),
    ),
    fc.option(fc.integer({ min: 1, max: 480 }), { nil: undefined }),
  )
  .map(([body, when, minutes]) => ({ body, ...when, ...(minutes ? { minutes } : {}) }));
export const commissionReminderPolicy = fc.record(
  {
    businessDaysBefore: offsets(1, 60),
    sendAt: timeOfDay,
    quietPeriods,
    escalateBusinessDaysAfter: fc.integer({ min: 1, max: 20 }),
  },
  { requiredKeys: [] },
);
/** Milestones due after the commissioning, each no earlier than the one before. */
const milestonesAfter = (commissioned: IsoDate) =>
  fc
    .uniqueArray(fc.record({ id: slug(40), title: singleLine(300), gap: fc.integer({ min: 0, max: 120 }) }), {
      minLength: 1,
      maxLength: 4,
      selector: (m) => m.id,
    })
    .map((ms) => {
      let due = commissioned;
      return ms.map(({ gap, ...m }, i) => {
        due = addDays(due, i === 0 ? gap + 1 : gap);
        return { ...m, due };
      });
    });
export const commissionInput = date.chain((commissioned) =>
  fc.record(
    {
      id: slug(60),
      title: singleLine(280),
      task: multiLine(4000),
      commissionedBy: fc.record({ body: fc.constantFrom('VVG', 'SRO'), date: fc.constant(commissioned) }),
      group: contacts(1),
      milestones: milestonesAfter(commissioned),
      reportBack,
      reminderPolicy: commissionReminderPolicy,
    },
    { requiredKeys: ['id', 'title', 'task', 'commissionedBy', 'group', 'milestones', 'reportBack'] },
  ),
);
export const completeMilestone = fc.record(
  { milestoneId: slug(40), completedOn: date, link: httpLink },
  { requiredKeys: ['milestoneId', 'completedOn'] },
);
export const moveMilestone = fc.record({ milestoneId: slug(40), due: date, reason: multiLine(2000) });
export const completeCommission = fc.record(
  { completedOn: date, summary: multiLine(4000), draft: draftGuideline },
  { requiredKeys: ['completedOn', 'summary'] },
);

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const monthDay = fc
  .integer({ min: 1, max: 12 })
  .chain((month) => fc.record({ month: fc.constant(month), day: fc.integer({ min: 1, max: DAYS_IN_MONTH[month - 1] }) }));
const catchupWindow = fc.oneof(
  fc.integer({ min: 1, max: 30 }).map((n) => `${n} ${n === 1 ? 'day' : 'days'}`),
  fc.integer({ min: 1, max: 720 }).map((n) => `${n} ${n === 1 ? 'hour' : 'hours'}`),
);
export const yearlyTask = fc
  .record(
    {
      id: slug(60),
      title: singleLine(200),
      description: multiLine(2000),
      guidelineId: slug(80),
      owner: contact,
      recipients: contacts(0),
      on: monthDay,
      time: timeOfDay.filter((t) => !t.startsWith('02:')),
      dueBy: monthDay,
      catchupWindow,
    },
    { requiredKeys: ['id', 'title', 'description', 'owner', 'on'] },
  )
  .filter((t) => !t.dueBy || t.dueBy.month !== t.on.month || t.dueBy.day !== t.on.day);
export const yearlyTasks = fc.record(
  { about: multiLine(4000), tasks: fc.uniqueArray(yearlyTask, { maxLength: 3, selector: (t) => t.id }) },
  { requiredKeys: ['tasks'] },
);

export const organisation = fc.record(
  {
    id: slug(80),
    kind: fc.constantFrom(
      'region',
      'municipal-association',
      'association-of-local-authorities',
      'subregion',
      'regional-administration',
      'municipality',
    ),
    name: singleLine(200),
    shortName: singleLine(80),
    hospitalArea: singleLine(200),
    note: multiLine(2000),
    verified: fc.boolean(),
    subregionVerified: fc.boolean(),
  },
  { requiredKeys: ['id', 'kind', 'name'] },
);
/** Organisations with unique ids, each referring only to organisations of the file. */
export const organisationDirectory = fc
  .tuple(fc.uniqueArray(organisation, { minLength: 1, maxLength: 5, selector: (o) => o.id }), fc.array(fc.nat(), { maxLength: 3 }))
  .map(([orgs, refs]) => ({
    organisations: orgs.map((o, i) =>
      i > 0 && refs[i % refs.length] !== undefined ? { ...o, parent: orgs[refs[i % refs.length] % i].id } : o,
    ),
  }));
export const contactDirectory = fc.record({ about: multiLine(4000), contacts: contacts(0) }, { requiredKeys: ['contacts'] });
const body = (id: string) =>
  fc.record(
    {
      id: fc.constant(id),
      name: singleLine(200),
      secretary: contact,
      members: contacts(0),
      startsAt: timeOfDay,
      documentPolicy,
      meetings: fc.array(businessDay, { maxLength: 4 }),
    },
    { requiredKeys: ['id', 'name', 'secretary'] },
  );
export const bodyDirectory = fc.record(
  { about: multiLine(4000), bodies: fc.tuple(body('VVG'), body('SRO')) },
  { requiredKeys: ['bodies'] },
);
