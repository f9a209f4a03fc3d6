/** A person who may sign in: a local account (with a password hash) or one the identity provider vouches for. */
export interface UsersTable {
  id: string;
  /** A local account's name; `oidc:` and the provider's subject for a person signed in through OIDC. */
  username: string;
  name: string;
  role: string;
  /** scrypt's parameters, salt and hash; null for an OIDC account, which never signs in with a password. */
  password_hash: string | null;
  created_at: string;
}

/** A signed-in browser or script. The cookie carries the id; only its SHA-256 is kept, so a copy of the
 * database signs nobody in. */
export interface SessionsTable {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

/** Every act done through the API or the pages, with who did it, until the ledger records the actor itself. */
export interface ApiActsTable {
  id: string;
  at: string;
  user_id: string;
  username: string;
  act: string;
  target: string;
  /** `done`, a refusal's type (InvalidInput, WrongState, NotFound, Busy), or `failed`. */
  outcome: string;
}

/** A workflow as the pages see it: domain/readModel.ts's Projection, its view as JSON. */
export interface SubjectsTable {
  workflow_id: string;
  kind: string;
  guideline_id: string | null;
  title: string;
  status: string;
  body: string | null;
  guideline_kind: string | null;
  due_on: string | null;
  view: string;
  version: number;
  updated_at: string;
}

/** One recipient of one mail a workflow will send, unless something changes first. */
export interface UpcomingMailTable {
  workflow_id: string;
  /** The mail's place among its workflow's, then the recipient's within the mail. */
  seq: number;
  at: string;
  purpose: string;
  name: string;
  email: string;
  organisation_id: string | null;
}

/** A document handed in: its bytes are the blob store's, under `sha256`. */
export interface DocumentsTable {
  id: string;
  sha256: string;
  filename: string;
  media_type: string;
  size: number;
  /** What it was handed in to: a round, a survey, a meeting… */
  workflow_id: string;
  organisation_id: string | null;
  /** `staff`, `link` or `email`. */
  received_via: string;
  /** The contact's address, or the signed-in user's name. */
  received_from: string;
  received_at: string;
}

/** A personal link: the hash of its token and its scope (domain/links/personalLink.ts). */
export interface PersonalLinksTable {
  token_hash: string;
  act: string;
  workflow_id: string;
  organisation_id: string;
  contact_name: string;
  contact_email: string;
  created_at: string;
}

/** A reply to an asking mail, as the inbound listener took it; documents and refusals are JSON. */
export interface InboundRepliesTable {
  id: string;
  message_id: string;
  act: string;
  workflow_id: string;
  organisation_id: string;
  /** Whom the asking mail went to; `from_address` is who replied. */
  contact_email: string;
  from_address: string;
  subject: string;
  text: string;
  /** The attachments kept, as DocumentRefs. */
  documents: string;
  /** The attachments refused, with why: `{ filename, problem }`. */
  refused_attachments: string;
  received_at: string;
  /** `answered` when it recorded the organisation's answer, `kept` when it was only kept for staff to read. */
  outcome: string;
}

/** How often one key (a door and who knocks) was used in one window of time. */
export interface RateLimitsTable {
  key: string;
  window_start: number;
  count: number;
}

/** A calendar feed's token, by its hash, and whose calendar it opens: a contact's, or without one the organisation's. */
export interface CalendarFeedsTable {
  token_hash: string;
  organisation_id: string;
  contact_email: string | null;
  created_at: string;
}

/** A contact's own choices for their mail. */
export interface ContactPreferencesTable {
  email: string;
  language: string | null;
  /** 1: only mail that asks for something. */
  asks_only: number;
  updated_at: string;
}

/** The tables this module's migrations create; the ledger's own tables are the ledger's. */
export interface Tables {
  users: UsersTable;
  sessions: SessionsTable;
  api_acts: ApiActsTable;
  subjects: SubjectsTable;
  upcoming_mail: UpcomingMailTable;
  documents: DocumentsTable;
  personal_links: PersonalLinksTable;
  inbound_replies: InboundRepliesTable;
  rate_limits: RateLimitsTable;
  contact_preferences: ContactPreferencesTable;
  calendar_feeds: CalendarFeedsTable;
}
