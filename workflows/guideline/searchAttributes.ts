import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

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
