import type { Context } from 'hono';
import type { GuidelineView } from '../../../workflows/guideline/api';
import type { FormProblem } from '../../web/form';
import { NAMED_ORGANISATIONS_FIELD, ROUND_GROUPS_FIELD, startFields } from '../../web/pages/roundStart';

const DEFAULT_REMINDER_DAYS = '30, 14, 3';
const DEFAULT_SEND_AT = '08:00';
const DEFAULT_QUIET_PERIODS = '07-01–07-31';

/** The start form as first shown: the document and process owner from the guideline, the policy's defaults. */
export function startDefaults(view: GuidelineView, today: string): Record<string, string> {
  const owner = view.guideline.owner;
  return {
    'document.title': view.guideline.title,
    opensOn: today,
    'processOwner.name': owner.name,
    'processOwner.email': owner.email,
    'processOwner.organisationId': owner.organisationId,
    'processOwner.role': owner.role,
    'processOwner.language': owner.language,
    'reminderPolicy.businessDaysBefore': DEFAULT_REMINDER_DAYS,
    'reminderPolicy.sendAt': DEFAULT_SEND_AT,
    'reminderPolicy.quietPeriods': DEFAULT_QUIET_PERIODS,
  };
}

const items = (text: string | undefined) =>
  (text ?? '')
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** "30, 14, 3": numbers where they are, and what is not a number as typed, for the schema to name. */
const numbers = (text: string | undefined) => items(text).map((s) => (/^\d+$/.test(s) ? Number(s) : s));

/** "07-01–07-31" (or with a hyphen or a slash between); what cannot be split is given whole, for the schema to name. */
function period(text: string) {
  const m = /^(\d{2}-\d{2})\s*(?:–|—|-|\/)\s*(\d{2}-\d{2})$/.exec(text);
  return m ? { from: m[1], to: m[2] } : { from: text, to: text };
}

/**
 * The round request (the input of `consultation start --file`) from the form's fields, and for each recipient group
 * the form field it came from, to place a problem with `recipientGroups.N` where it belongs. A field left empty is
 * left out, so that the schema's default applies; empty quiet periods mean none.
 */
export function roundRequest(
  fields: Record<string, string>,
  all: Record<string, string[]>,
): { request: Record<string, unknown>; groupFields: string[] } {
  const groups: Array<[field: string, group: Record<string, unknown>]> = [];
  const ticked = (name: string) => fields[`groups.${name}`] === 'true';
  if (ticked('all-municipalities')) groups.push([ROUND_GROUPS_FIELD, { group: 'all-municipalities' }]);
  if (ticked('regional-administrations')) groups.push([ROUND_GROUPS_FIELD, { group: 'regional-administrations' }]);
  if (ticked('subregions')) groups.push([ROUND_GROUPS_FIELD, { group: 'subregions' }]);
  if (fields['groups.subregion']) {
    groups.push(['groups.subregion', { group: 'subregion-municipalities', subregion: fields['groups.subregion'] }]);
  }
  const named = all[NAMED_ORGANISATIONS_FIELD] ?? [];
  if (named.length) groups.push([NAMED_ORGANISATIONS_FIELD, { group: 'organisations', organisationIds: named }]);

  const given = (name: string) => (fields[name] ? { [name.slice(name.lastIndexOf('.') + 1)]: fields[name] } : {});
  const days = numbers(fields['reminderPolicy.businessDaysBefore']);
  return {
    request: {
      document: { title: fields['document.title'], version: fields['document.version'], link: fields['document.link'] },
      recipientGroups: groups.map(([, group]) => group),
      opensOn: fields.opensOn,
      deadline: fields.deadline,
      processOwner: {
        name: fields['processOwner.name'],
        email: fields['processOwner.email'],
        organisationId: fields['processOwner.organisationId'],
        role: fields['processOwner.role'],
        ...given('processOwner.language'),
      },
      reminderPolicy: {
        ...(days.length ? { businessDaysBefore: days } : {}),
        ...given('reminderPolicy.sendAt'),
        quietPeriods: items(fields['reminderPolicy.quietPeriods']).map(period),
      },
      ...given('deadlineRule'),
    },
    groupFields: groups.map(([field]) => field),
  };
}

/**
 * Each problem at the form field it concerns: a recipient group's at the control it came from, any other at the
 * field whose path begins its own (`reminderPolicy.quietPeriods.0.from` → `reminderPolicy.quietPeriods`). The same
 * problem at the same field is shown once.
 */
export function placeProblems(problems: FormProblem[], groupFields: string[]): FormProblem[] {
  const placed = problems.map((p) => {
    const path = p.field;
    if (!path) return p;
    const group = /^recipientGroups\.(\d+)(\.|$)/.exec(path);
    if (group) return { ...p, field: groupFields[Number(group[1])] ?? ROUND_GROUPS_FIELD };
    const field = startFields.filter((f) => path === f || path.startsWith(`${f}.`)).sort((a, b) => b.length - a.length)[0];
    return field ? { ...p, field } : p;
  });
  return placed.filter((p, i) => placed.findIndex((q) => q.field === p.field && q.detail === p.detail) === i);
}

/** A form's text fields, and every value of a field that repeats (the named organisations' checkboxes). */
export async function roundFormPost(c: Context): Promise<{ fields: Record<string, string>; all: Record<string, string[]> }> {
  const body = await c.req.parseBody({ all: true });
  const all = Object.fromEntries(
    Object.entries(body).map(([k, v]) => [k, (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string')]),
  );
  const fields = Object.fromEntries(Object.entries(all).map(([k, v]) => [k, v.join(',')]));
  return { fields, all };
}
