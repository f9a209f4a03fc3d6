import type { Migration } from 'kysely';
import { accounts } from './0001-accounts';
import { readModel } from './0002-read-model';
import { documents } from './0003-documents';
import { personalLinks } from './0004-personal-links';
import { repliesAndLimits } from './0005-replies-and-limits';
import { calendarFeeds } from './0006-calendar-feeds';
import { contactPreferences } from './0007-contact-preferences';

/**
 * Every version of the schema, applied in the order of their names and never edited once released: a change
 * is a new migration. The ledger's tables (mails, outcomes) are still created by the ledger itself.
 */
export const migrations: Record<string, Migration> = {
  '0001-accounts': accounts,
  '0002-read-model': readModel,
  '0003-documents': documents,
  '0004-personal-links': personalLinks,
  '0005-replies-and-limits': repliesAndLimits,
  '0006-calendar-feeds': calendarFeeds,
  '0007-contact-preferences': contactPreferences,
};
