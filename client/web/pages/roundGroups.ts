import type { Organisation } from '../../../domain/directory/organisation';
import { progressGroupOf } from '../../../domain/directory/recipients';
import type { Language } from '../language';
import { consultationTexts } from '../texts/consultations';

/** The kinds of organisation in the order their groups follow the sub-regions. */
const KIND_ORDER: Array<Organisation['kind']> = [
  'region',
  'regional-administration',
  'subregion',
  'municipal-association',
  'association-of-local-authorities',
  'municipality',
];

export interface Group<T> {
  key: string;
  label: string;
  items: T[];
}

/**
 * Items grouped as a round counts its answers: the municipalities by sub-region (named as the directory names
 * it), then the other organisations by kind. Sub-regions come first, by name; within a group the items keep their order.
 */
export function groupedByProgressGroup<T>(
  items: T[],
  groupOf: (item: T) => string,
  organisations: Organisation[],
  language: Language,
): Array<Group<T>> {
  const t = consultationTexts[language];
  const subregions = new Map(organisations.filter((o) => o.kind === 'subregion').map((o) => [o.id, o.name]));
  const groups = new Map<string, Group<T>>();
  for (const item of items) {
    const key = groupOf(item);
    let group = groups.get(key);
    if (!group) {
      const label = subregions.get(key) ?? (KIND_ORDER.includes(key as Organisation['kind']) ? t.groups[key as Organisation['kind']] : key);
      groups.set(key, (group = { key, label, items: [] }));
    }
    group.items.push(item);
  }
  // Sub-regions first, then the kinds in their order, then anything else.
  const rank = (key: string) => {
    if (subregions.has(key)) return -1;
    const kind = KIND_ORDER.indexOf(key as Organisation['kind']);
    return kind === -1 ? KIND_ORDER.length : kind;
  };
  return [...groups.values()].sort((a, b) => rank(a.key) - rank(b.key) || a.label.localeCompare(b.label, 'sv'));
}

/** The directory's organisations grouped as a round would count them. */
export const organisationsByGroup = (organisations: Organisation[], language: Language) =>
  groupedByProgressGroup(organisations, progressGroupOf, organisations, language);
