import { defineSearchAttributeKey, SearchAttributePair, SearchAttributeType } from '@temporalio/common';
import type { DraftGuideline, Guideline, GuidelineStatus as Status } from '../../domain/guideline/guideline';
import { expiryInstant } from '../../domain/reminders/expiryReminders';

/** Custom search attributes: the dev server registers them at start, a cluster needs them created once. */
export const GuidelineValidUntil = defineSearchAttributeKey('GuidelineValidUntil', SearchAttributeType.DATETIME);
export const GuidelineStatus = defineSearchAttributeKey('GuidelineStatus', SearchAttributeType.KEYWORD);
export const GuidelineBody = defineSearchAttributeKey('GuidelineBody', SearchAttributeType.KEYWORD);
export const GuidelineKind = defineSearchAttributeKey('GuidelineKind', SearchAttributeType.KEYWORD);

/** Names and types as `temporal operator search-attribute create` and the dev server's flag spell them. */
export const SEARCH_ATTRIBUTE_DEFINITIONS = [
  ['GuidelineValidUntil', 'Datetime'],
  ['GuidelineStatus', 'Keyword'],
  ['GuidelineBody', 'Keyword'],
  ['GuidelineKind', 'Keyword'],
] as const;

/**
 * What a guideline's run is found by: its status, body and kind, and once it has a validity the instant that ends
 * (midnight after the last valid day), which `list --expiring` compares. The client starts a run with these, and
 * the run keeps them current.
 */
export function guidelineSearchAttributes(guideline: DraftGuideline | Guideline, status: Status): SearchAttributePair[] {
  return [
    ...('validUntil' in guideline ? [{ key: GuidelineValidUntil, value: new Date(expiryInstant(guideline.validUntil)) }] : []),
    { key: GuidelineStatus, value: status },
    { key: GuidelineBody, value: guideline.responsibleBody },
    { key: GuidelineKind, value: guideline.kind },
  ];
}
