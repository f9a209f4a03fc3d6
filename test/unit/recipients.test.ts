import fs from 'node:fs';
import path from 'node:path';
import { RecipientGroup, recipientSchema } from '../../domain/consultation/consultation';
import { Contact } from '../../domain/directory/contact';
import { organisationDirectorySchema } from '../../domain/directory/organisation';
import { ContactDirectory, contactDirectorySchema, resolveRecipients } from '../../domain/directory/recipients';
import { ValidationError } from '../../domain/validation';

const read = (file: string) => JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../config', file), 'utf8'));
const organisations = organisationDirectorySchema.parse(read('organisations.json'));
/** A fresh copy of the shipped contacts for every test to change. */
const shippedContacts = (): ContactDirectory => contactDirectorySchema.parse(read('contacts.json'));

const ids = (groups: RecipientGroup[], contacts = shippedContacts()) =>
  resolveRecipients(groups, organisations, contacts).map((r) => r.organisationId);
const idsOfKind = (kind: string) => organisations.organisations.filter((o) => o.kind === kind).map((o) => o.id);
const problemsOf = (groups: RecipientGroup[], contacts = shippedContacts()): string[] => {
  try {
    resolveRecipients(groups, organisations, contacts);
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return (e as ValidationError).problems;
  }
  throw new Error('expected a ValidationError');
};

describe('the shipped config/contacts.json', () => {
  const directory = shippedContacts();

  test('is accepted, with one contact for each of the 69 organisations', () => {
    expect(directory.contacts).toHaveLength(69);
    expect(directory.contacts.map((c) => c.organisationId)).toEqual(organisations.organisations.map((o) => o.id));
  });

  test('says it is example data', () => {
    expect(directory.about).toMatch(/example/i);
  });

  test('uses only made-up ASCII addresses under .example, all different', () => {
    for (const c of directory.contacts) expect(c.email).toMatch(/^vardsamverkan@[a-z0-9-]+\.example$/);
    expect(new Set(directory.contacts.map((c) => c.email)).size).toBe(69);
  });

  test.each([
    ['kommun-ale', 'Vårdsamverkan Ale', 'vardsamverkan@ale.example'],
    ['kommun-amal', 'Vårdsamverkan Åmål', 'vardsamverkan@amal.example'],
    ['kommun-goteborg', 'Vårdsamverkan Göteborg', 'vardsamverkan@goteborg.example'],
    ['kommun-harryda', 'Vårdsamverkan Härryda', 'vardsamverkan@harryda.example'],
    ['kommun-lilla-edet', 'Vårdsamverkan Lilla Edet', 'vardsamverkan@lilla-edet.example'],
    ['kommun-ockero', 'Vårdsamverkan Öckerö', 'vardsamverkan@ockero.example'],
    ['vgr-narhalsan', 'Vårdsamverkan Närhälsan', 'vardsamverkan@vgr-narhalsan.example'],
  ])('%s has %s <%s>, a Swedish-speaking kontaktperson', (organisationId, name, email) => {
    expect(directory.contacts.find((c) => c.organisationId === organisationId)).toEqual({
      name,
      email,
      organisationId,
      role: 'kontaktperson',
      language: 'sv',
    });
  });
});

describe('contactDirectorySchema', () => {
  const contact: Contact = {
    name: 'Vårdsamverkan Ale',
    email: 'vardsamverkan@ale.example',
    organisationId: 'kommun-ale',
    role: 'kontaktperson',
    language: 'sv',
  };

  test('defaults a contact to Swedish and leaves the organisation ids to resolveRecipients', () => {
    const { language: _language, ...withoutLanguage } = contact;
    expect(contactDirectorySchema.parse({ contacts: [{ ...withoutLanguage, organisationId: 'kommun-x' }] })).toEqual({
      contacts: [{ ...contact, organisationId: 'kommun-x' }],
    });
  });

  test.each([
    [{ contacts: [{ ...contact, email: 'not an address' }] }, 'contacts.0.email'],
    [{ contacts: [contact, { ...contact, name: ' ' }] }, 'contacts.1.name'],
    [{ contacts: [{ ...contact, role: undefined }] }, 'contacts.0.role'],
    [{ contacts: [{ ...contact, language: 'de' }] }, 'contacts.0.language'],
    [{ contacts: [{ ...contact, organisationId: '' }] }, 'contacts.0.organisationId'],
    [{ about: 'no contacts' }, 'contacts'],
  ])('rejects %j, naming %s', (input, field) => {
    expect(contactDirectorySchema.safeParse(input).error?.issues.map((i) => i.path.join('.'))).toEqual([field]);
  });
});

describe('resolveRecipients: groups', () => {
  test.each<[string, RecipientGroup[], string[]]>([
    ['all municipalities', [{ group: 'all-municipalities' }], idsOfKind('municipality')],
    ['regional administrations', [{ group: 'regional-administrations' }], idsOfKind('regional-administration')],
    ['sub-regions', [{ group: 'subregions' }], idsOfKind('subregion')],
    [
      'the municipalities of Fyrbodal',
      [{ group: 'subregion-municipalities', subregion: 'fyrbodal' }],
      organisations.organisations.filter((o) => o.kind === 'municipality' && o.subregion === 'fyrbodal').map((o) => o.id),
    ],
    [
      'the municipalities of SIMBA',
      [{ group: 'subregion-municipalities', subregion: 'simba' }],
      ['kommun-kungalv', 'kommun-ale', 'kommun-stenungsund', 'kommun-tjorn'],
    ],
    ['the municipalities of SAMLA', [{ group: 'subregion-municipalities', subregion: 'samla' }], ['kommun-lerum', 'kommun-alingsas']],
    [
      'named organisations, in file order',
      [{ group: 'organisations', organisationIds: ['kommun-ale', 'vgr', 'vastkom'] }],
      ['vgr', 'vastkom', 'kommun-ale'],
    ],
  ])('%s', (_label, groups, expected) => {
    expect(ids(groups)).toEqual(expected);
  });

  test.each<[string, RecipientGroup[], number]>([
    ['all municipalities', [{ group: 'all-municipalities' }], 49],
    ['regional administrations', [{ group: 'regional-administrations' }], 8],
    ['sub-regions', [{ group: 'subregions' }], 6],
    ['Fyrbodal', [{ group: 'subregion-municipalities', subregion: 'fyrbodal' }], 15],
    ['Skaraborg', [{ group: 'subregion-municipalities', subregion: 'skaraborg' }], 15],
    ['Södra Älvsborg', [{ group: 'subregion-municipalities', subregion: 'sodra-alvsborg' }], 8],
    ['Göteborgsområdet', [{ group: 'subregion-municipalities', subregion: 'goteborgsomradet' }], 5],
    // The consent guideline's consultation: all municipalities and the region's healthcare administrations.
    ['the consent guideline', [{ group: 'all-municipalities' }, { group: 'regional-administrations' }], 57],
    ['all municipalities twice', [{ group: 'all-municipalities' }, { group: 'all-municipalities' }], 49],
    [
      'all municipalities and Fyrbodal',
      [{ group: 'all-municipalities' }, { group: 'subregion-municipalities', subregion: 'fyrbodal' }],
      49,
    ],
    [
      'overlapping groups and names',
      [
        { group: 'subregion-municipalities', subregion: 'simba' },
        { group: 'organisations', organisationIds: ['kommun-ale', 'kommun-ale', 'vgr', 'kommun-lerum'] },
        { group: 'subregion-municipalities', subregion: 'samla' },
      ],
      7,
    ],
    [
      'everything',
      [
        { group: 'all-municipalities' },
        { group: 'regional-administrations' },
        { group: 'subregions' },
        { group: 'organisations', organisationIds: ['vgr', 'vastkom'] },
      ],
      65,
    ],
  ])('%s gives %i organisations, each once', (_label, groups, count) => {
    const resolved = ids(groups);
    expect(resolved).toHaveLength(count);
    expect(new Set(resolved).size).toBe(count);
  });

  test('a union keeps the order of organisations.json, whatever the order of the groups', () => {
    const order = organisations.organisations.map((o) => o.id);
    const resolved = ids([
      { group: 'organisations', organisationIds: ['kommun-ale'] },
      { group: 'regional-administrations' },
      { group: 'all-municipalities' },
    ]);
    expect(resolved).toEqual(order.filter((id) => resolved.includes(id)));
    expect(resolved.slice(0, 2)).toEqual(['vgr-sahlgrenska-universitetssjukhuset', 'vgr-sodra-alvsborgs-sjukhus']);
  });
});

describe('resolveRecipients: recipients', () => {
  test.each([
    ['kommun-ale', 'Ale', 'simba'],
    ['kommun-lilla-edet', 'Lilla Edet', 'fyrbodal'],
    ['kommun-goteborg', 'Göteborg', 'goteborgsomradet'],
    ['vgr-narhalsan', 'Närhälsan', 'regional-administration'],
    ['fyrbodal', 'Fyrbodal', 'subregion'],
    ['vgr', 'Västra Götalandsregionen', 'region'],
    ['vastkom', 'VästKom', 'municipal-association'],
    ['kf-sjuharad', 'Sjuhärad kommunalförbund', 'association-of-local-authorities'],
  ])('%s is %s, counted under %s, with its contact', (organisationId, organisationName, progressGroup) => {
    const contacts = shippedContacts();
    const [recipient] = resolveRecipients([{ group: 'organisations', organisationIds: [organisationId] }], organisations, contacts);
    expect(recipient).toEqual({
      organisationId,
      organisationName,
      progressGroup,
      contacts: contacts.contacts.filter((c) => c.organisationId === organisationId),
    });
    expect(recipient.contacts).toHaveLength(1);
    expect(recipientSchema.parse(recipient)).toEqual(recipient);
  });

  test('every municipality is counted under its sub-region', () => {
    const recipients = resolveRecipients([{ group: 'all-municipalities' }], organisations, shippedContacts());
    const subregionOf = new Map(organisations.organisations.map((o) => [o.id, o.subregion]));
    for (const r of recipients) expect(r.progressGroup).toBe(subregionOf.get(r.organisationId));
  });

  test('an organisation gets all its contacts, in file order', () => {
    const contacts = shippedContacts();
    const registrar: Contact = {
      name: 'Registrator Ale',
      email: 'registrator@ale.example',
      organisationId: 'kommun-ale',
      role: 'registrator',
      language: 'sv',
    };
    const english: Contact = {
      name: 'Care Liaison Ale',
      email: 'liaison@ale.example',
      organisationId: 'kommun-ale',
      role: 'kontaktperson',
      language: 'en',
    };
    contacts.contacts.unshift(registrar);
    contacts.contacts.push(english);
    const [ale] = resolveRecipients([{ group: 'organisations', organisationIds: ['kommun-ale'] }], organisations, contacts);
    expect(ale.contacts.map((c) => c.email)).toEqual(['registrator@ale.example', 'vardsamverkan@ale.example', 'liaison@ale.example']);
  });

  test('contacts of organisations that are not invited do not matter, nor do their absence', () => {
    const contacts = shippedContacts();
    contacts.contacts = contacts.contacts.filter((c) => c.organisationId.startsWith('kommun-'));
    expect(ids([{ group: 'all-municipalities' }], contacts)).toHaveLength(49);
  });
});

describe('resolveRecipients: errors', () => {
  const withoutContactFor = (...organisationIds: string[]) => {
    const contacts = shippedContacts();
    contacts.contacts = contacts.contacts.filter((c) => !organisationIds.includes(c.organisationId));
    return contacts;
  };
  const withContact = (organisationId: string) => {
    const contacts = shippedContacts();
    contacts.contacts.push({ name: 'Okänd', email: 'okand@x.example', organisationId, role: 'kontaktperson', language: 'sv' });
    return contacts;
  };

  test.each<[string, RecipientGroup[], ContactDirectory, string[]]>([
    [
      'an unknown sub-region',
      [{ group: 'all-municipalities' }, { group: 'subregion-municipalities', subregion: 'atlantis' }],
      shippedContacts(),
      ["recipientGroups.1.subregion: unknown sub-region 'atlantis'"],
    ],
    [
      'an organisation that is not a sub-region',
      [{ group: 'subregion-municipalities', subregion: 'kommun-ale' }],
      shippedContacts(),
      ["recipientGroups.0.subregion: unknown sub-region 'kommun-ale'"],
    ],
    [
      'an unknown organisation',
      [{ group: 'organisations', organisationIds: ['vgr', 'kommun-ale', 'kommun-x'] }],
      shippedContacts(),
      ["recipientGroups.0.organisationIds.2: unknown organisation 'kommun-x'"],
    ],
    [
      'an organisation without a contact',
      [{ group: 'subregion-municipalities', subregion: 'simba' }],
      withoutContactFor('kommun-ale'),
      ["recipients: no contact for 'kommun-ale' (Ale)"],
    ],
    [
      'a contact of an unknown organisation',
      [{ group: 'regional-administrations' }],
      withContact('kommun-x'),
      ["contacts.69.organisationId: unknown organisation 'kommun-x'"],
    ],
    [
      'every problem at once',
      [
        { group: 'organisations', organisationIds: ['kommun-y', 'vgr'] },
        { group: 'subregion-municipalities', subregion: 'atlantis' },
        { group: 'subregion-municipalities', subregion: 'samla' },
        { group: 'organisations', organisationIds: ['kommun-ale', 'kommun-x'] },
      ],
      withoutContactFor('vgr', 'kommun-alingsas', 'vastkom'),
      [
        "recipientGroups.0.organisationIds.0: unknown organisation 'kommun-y'",
        "recipientGroups.1.subregion: unknown sub-region 'atlantis'",
        "recipientGroups.3.organisationIds.1: unknown organisation 'kommun-x'",
        "recipients: no contact for 'vgr' (Västra Götalandsregionen)",
        "recipients: no contact for 'kommun-alingsas' (Alingsås)",
      ],
    ],
  ])('%s', (_label, groups, contacts, problems) => {
    expect(problemsOf(groups, contacts)).toEqual(problems);
  });

  test('the error message lists every problem', () => {
    expect(() =>
      resolveRecipients(
        [
          { group: 'subregion-municipalities', subregion: 'atlantis' },
          { group: 'organisations', organisationIds: ['kommun-x'] },
        ],
        organisations,
        shippedContacts(),
      ),
    ).toThrow(
      "recipientGroups.0.subregion: unknown sub-region 'atlantis'; recipientGroups.1.organisationIds.0: unknown organisation 'kommun-x'",
    );
  });
});

describe('resolveRecipients: the principals (huvudmännen)', () => {
  const principals = () => resolveRecipients([{ group: 'principals' }], organisations, shippedContacts());

  test('are the region and the 49 municipalities: 50 organisations, each once', () => {
    const resolved = ids([{ group: 'principals' }]);
    expect(resolved).toHaveLength(50);
    expect(new Set(resolved).size).toBe(50);
    expect(resolved).toEqual(['vgr', ...idsOfKind('municipality')]);
  });

  test('the region is counted as the region, each municipality under its sub-region', () => {
    const subregionOf = new Map(organisations.organisations.map((o) => [o.id, o.subregion]));
    const [region, ...municipalities] = principals();
    expect(region).toMatchObject({ organisationId: 'vgr', organisationName: 'Västra Götalandsregionen', progressGroup: 'region' });
    expect(municipalities).toHaveLength(49);
    for (const m of municipalities) expect(m.progressGroup).toBe(subregionOf.get(m.organisationId));
  });

  test.each([
    ['vastkom', 'the municipal association'],
    ['kf-fyrbodal', 'an association of local authorities'],
    ['fyrbodal', 'a sub-region'],
    ['vgr-narhalsan', 'a regional administration'],
  ])('leave out %s (%s)', (organisationId) => {
    expect(ids([{ group: 'principals' }])).not.toContain(organisationId);
  });

  test.each<[string, RecipientGroup[], number]>([
    ['with all municipalities', [{ group: 'all-municipalities' }, { group: 'principals' }], 50],
    ['twice', [{ group: 'principals' }, { group: 'principals' }], 50],
    ['with the region named', [{ group: 'principals' }, { group: 'organisations', organisationIds: ['vgr', 'kommun-ale'] }], 50],
    ['with VästKom', [{ group: 'principals' }, { group: 'organisations', organisationIds: ['vastkom'] }], 51],
    ['with the regional administrations', [{ group: 'regional-administrations' }, { group: 'principals' }], 58],
  ])('%s give %i organisations', (_label, groups, count) => {
    const resolved = ids(groups);
    expect(resolved).toHaveLength(count);
    expect(new Set(resolved).size).toBe(count);
  });

  test('every principal has its contact and satisfies the recipient schema', () => {
    for (const r of principals()) {
      expect(r.contacts).toHaveLength(1);
      expect(recipientSchema.parse(r)).toEqual(r);
    }
  });

  test('a principal without a contact is reported', () => {
    const contacts = shippedContacts();
    contacts.contacts = contacts.contacts.filter((c) => c.organisationId !== 'vgr' && c.organisationId !== 'kommun-boras');
    expect(problemsOf([{ group: 'principals' }], contacts)).toEqual([
      "recipients: no contact for 'vgr' (Västra Götalandsregionen)",
      "recipients: no contact for 'kommun-boras' (Borås)",
    ]);
  });
});
