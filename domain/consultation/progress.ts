import type { Recipient, RecordResponse } from './consultation';
import type { IsoDate } from '../calendar/dates';

/** A response as the round keeps it: whether it came in after the deadline, and when it was recorded. */
export type ResponseRecord = RecordResponse & { late: boolean; recordedAt: string };

export type RoundStatus = 'scheduled' | 'open' | 'deadline-passed' | 'closed';

export interface GroupProgress {
  group: string;
  total: number;
  answered: number;
  /** Organisation ids, by organisation name. */
  notAnswered: string[];
}

export interface ConsultationProgress {
  total: number;
  answered: number;
  /** `notAnswered.length`, kept as a number for display. */
  notAnsweredCount: number;
  late: number;
  byGroup: GroupProgress[];
  /** By progress group, then by name. */
  notAnswered: Array<{ organisationId: string; organisationName: string; progressGroup: string }>;
}

const sv = (a: string, b: string) => a.localeCompare(b, 'sv');
// Responses are keyed by organisation id: look up own keys only, so an id like 'constructor' is not an answer.
export const responseOf = (responses: Record<string, ResponseRecord>, id: string) =>
  Object.hasOwn(responses, id) ? responses[id] : undefined;

/** Who has answered, overall and per progress group; withdrawn organisations count nowhere. */
export function consultationProgress(
  recipients: Recipient[],
  responses: Record<string, ResponseRecord>,
  withdrawn: string[],
): ConsultationProgress {
  const active = recipients.filter((r) => !withdrawn.includes(r.organisationId));
  const silent = active
    .filter((r) => !responseOf(responses, r.organisationId))
    .sort((a, b) => sv(a.progressGroup, b.progressGroup) || sv(a.organisationName, b.organisationName));

  const groups = new Map<string, GroupProgress>();
  for (const r of active) {
    let g = groups.get(r.progressGroup);
    if (!g) groups.set(r.progressGroup, (g = { group: r.progressGroup, total: 0, answered: 0, notAnswered: [] }));
    g.total++;
    if (responseOf(responses, r.organisationId)) g.answered++;
  }
  for (const r of silent) groups.get(r.progressGroup)!.notAnswered.push(r.organisationId);

  return {
    total: active.length,
    answered: active.length - silent.length,
    notAnsweredCount: silent.length,
    late: active.filter((r) => responseOf(responses, r.organisationId)?.late).length,
    byGroup: [...groups.values()].sort((a, b) => sv(a.group, b.group)),
    notAnswered: silent.map((r) => ({
      organisationId: r.organisationId,
      organisationName: r.organisationName,
      progressGroup: r.progressGroup,
    })),
  };
}

/** Late means received after the deadline day; on the deadline day itself is in time. */
export function isLate(receivedOn: IsoDate, deadline: IsoDate): boolean {
  return receivedOn > deadline;
}
