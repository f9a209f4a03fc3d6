import { z } from 'zod';

/** The roles a signed-in person has in the engine; each person has exactly one. */
export const roles = ['admin', 'process-owner', 'preparation-group', 'secretary', 'viewer'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

type Allowed = Readonly<Record<Role, boolean>>;

/** One row of the table: the roles named may, the others may not. Admin may do everything. */
const only = (...allowed: Role[]): Allowed =>
  Object.fromEntries(roles.map((role) => [role, role === 'admin' || allowed.includes(role)])) as Record<Role, boolean>;

const everyone = only(...roles);

/**
 * Who may do what: every act the engine offers (one per CLI command that changes something, and `read` for
 * everything that only shows), decided for every role. The API looks up a route's act here and nowhere else.
 *
 * The process owner runs a guideline's life and its rounds; the preparation group writes drafts, collects
 * answers and reports; the secretary keeps the meetings and records the bodies' decisions (adoption,
 * extension, retirement); yearly tasks, the cluster and accounts are the administrator's.
 */
export const accessTable = {
  read: everyone,
  'guideline.register': only('process-owner', 'preparation-group'),
  'guideline.extend': only('process-owner', 'secretary'),
  'guideline.retire': only('process-owner', 'secretary'),
  'guideline.adopt': only('process-owner', 'secretary'),
  'consultation.start': only('process-owner'),
  'consultation.answer': only('process-owner', 'preparation-group'),
  'consultation.extend': only('process-owner'),
  'consultation.addRecipient': only('process-owner'),
  'consultation.withdrawRecipient': only('process-owner'),
  'consultation.close': only('process-owner'),
  'meeting.plan': only('secretary'),
  'meeting.addItem': only('process-owner', 'secretary'),
  'meeting.submitDocument': only('process-owner', 'preparation-group', 'secretary'),
  'meeting.decide': only('secretary'),
  'principals.record': only('process-owner', 'secretary'),
  'principals.close': only('process-owner', 'secretary'),
  'implementation.plan': only('process-owner'),
  'implementation.confirm': only('process-owner', 'preparation-group'),
  'followUp.plan': only('process-owner'),
  'followUp.submit': only('process-owner', 'preparation-group'),
  'followUp.move': only('process-owner', 'secretary'),
  'commission.start': only('process-owner', 'secretary'),
  'commission.milestone': only('process-owner', 'preparation-group'),
  'commission.moveMilestone': only('process-owner', 'secretary'),
  'commission.complete': only('process-owner', 'secretary'),
  'yearlyTask.sync': only(),
  'yearlyTask.trigger': only(),
  'yearlyTask.remove': only(),
  'setup.searchAttributes': only(),
  'readModel.reindex': only(),
  'user.add': only(),
} as const satisfies Record<string, Allowed>;

export type Act = keyof typeof accessTable;
export const acts = Object.keys(accessTable) as Act[];

export const may = (role: Role, act: Act): boolean => accessTable[act][role];

/** The roles that may do an act, in the order of `roles`. */
export const rolesThatMay = (act: Act): Role[] => roles.filter((role) => may(role, act));
