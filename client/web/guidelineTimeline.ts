import { addDays, stockholmDate } from '../../domain/calendar/dates';
import type { RoundStatus } from '../../domain/consultation/progress';
import type { Subject } from '../../domain/readModel';
import type { ConsultationView } from '../../workflows/consultation/api';
import type { ImplementationView, SurveyView } from '../../workflows/followUp/api';
import type { GuidelineView } from '../../workflows/guideline/api';

/** A mail the ledger records as sent, one row per recipient. */
interface SentMail {
  workflowId: string;
  template: string;
  recipient: string;
  dueAt: string;
  /** The version of the document it was about, where the records know it. */
  version?: string;
}

/** A mail a workflow will send, one row per recipient. */
interface MailAhead {
  workflowId: string;
  purpose: string;
  at: string;
  name: string;
  email: string;
}

/** Everything the guideline's page shows, read from the read model and the ledger. */
export interface GuidelineLife {
  subject: Subject<GuidelineView>;
  rounds: Array<Subject<ConsultationView>>;
  implementations: Array<Subject<ImplementationView>>;
  surveys: Array<Subject<SurveyView>>;
  /** The guideline's own ledger rows the timeline tells: its registration and each expiry. */
  outcomes: Array<{ kind: string; occurredAt: string; details: Record<string, unknown> }>;
  sent: SentMail[];
  ahead: MailAhead[];
}

export type TimelineEvent =
  | { kind: 'registered'; at: string; inForce: boolean }
  | { kind: 'round'; at: string; round: number; deadline: string; status?: RoundStatus; answered?: number; total?: number }
  | { kind: 'adopted'; at: string; validFrom: string; validUntil: string; decisionRef: string; note?: string }
  | {
      kind: 'extended';
      at: string;
      validUntil: string;
      previousUntil: string;
      decisionRef: string;
      note: string;
      version?: string;
      editorialChanges?: string;
    }
  | { kind: 'expired'; at: string; validUntil: string }
  | { kind: 'retired'; at: string; reason: string; decisionRef?: string }
  | { kind: 'implementation'; at: string; n: number; status?: ImplementationView['status']; confirmed?: number; total?: number }
  | { kind: 'follow-up'; at: string; n: number; title: string; closesOn: string; status?: SurveyView['status'] }
  | {
      kind: 'mail';
      at: string;
      workflowId: string;
      purpose: string;
      sent: boolean;
      recipients: Array<{ name?: string; email: string }>;
      version?: string;
    };

/** A validity period: the first from registration or adoption, each later one from an extension. */
interface ValidityPeriod {
  n: number;
  from: string;
  until: string;
  decisionRef?: string;
}

const byWorkflow = <V>(subjects: Array<Subject<V>>) => new Map(subjects.map((s) => [s.workflowId, s]));

/** Mail rows grouped into one event per mail: the same workflow, template and instant. */
function mailEvents<R>(
  rows: R[],
  key: (r: R) => [workflowId: string, purpose: string, at: string],
  event: (first: R, group: R[]) => TimelineEvent,
) {
  const groups = new Map<string, R[]>();
  for (const row of rows) {
    const k = key(row).join('\u0000');
    groups.set(k, [...(groups.get(k) ?? []), row]);
  }
  return [...groups.values()].map((group) => event(group[0], group));
}

/**
 * The guideline's whole life in order: what has happened by `now` and what is still to come. Dates without a time
 * (a round's opening, a deadline) count as happened from their day.
 */
export function timelineOf(life: GuidelineLife, now: Date): { past: TimelineEvent[]; ahead: TimelineEvent[] } {
  const view = life.subject.view;
  const rounds = byWorkflow(life.rounds);
  const implementations = byWorkflow(life.implementations);
  const surveys = byWorkflow(life.surveys);
  const events: TimelineEvent[] = [];
  for (const o of life.outcomes) {
    if (o.kind === 'registered') {
      const registered = o.details.guideline as { validUntil?: string } | undefined;
      events.push({ kind: 'registered', at: o.occurredAt, inForce: !!registered?.validUntil });
    }
    if (o.kind === 'expired') events.push({ kind: 'expired', at: o.occurredAt, validUntil: String(o.details.validUntil) });
  }
  for (const r of view.consultationRounds) {
    const progress = rounds.get(r.workflowId)?.view;
    events.push({
      kind: 'round',
      at: r.opensOn,
      round: r.round,
      deadline: progress?.deadlineInForce ?? r.deadline,
      status: progress?.status,
      answered: progress?.progress.answered,
      total: progress?.progress.total,
    });
  }
  if (view.adoption) events.push({ kind: 'adopted', ...view.adoption });
  for (const e of view.extensions) events.push({ kind: 'extended', ...e });
  if (view.retirement) events.push({ kind: 'retired', ...view.retirement });
  for (const i of view.implementations) {
    const state = implementations.get(i.workflowId)?.view;
    events.push({
      kind: 'implementation',
      at: state?.deadlineInForce ?? i.deadline,
      n: i.n,
      status: state?.status,
      confirmed: state && state.total - state.notConfirmed.length,
      total: state?.total,
    });
  }
  for (const f of view.followUps) {
    const state = surveys.get(f.workflowId);
    events.push({
      kind: 'follow-up',
      at: f.opensOn,
      n: f.n,
      title: f.title,
      closesOn: state?.view.closesInForce ?? f.closesOn,
      status: state?.view.status,
    });
  }
  events.push(
    ...mailEvents(
      life.sent,
      (m) => [m.workflowId, m.template, m.dueAt],
      (m, group) => ({
        kind: 'mail',
        at: m.dueAt,
        workflowId: m.workflowId,
        purpose: m.template,
        sent: true,
        recipients: group.map((g) => ({ email: g.recipient })),
        version: m.version,
      }),
    ),
    ...mailEvents(
      life.ahead,
      (m) => [m.workflowId, m.purpose, m.at],
      (m, group) => ({
        kind: 'mail',
        at: m.at,
        workflowId: m.workflowId,
        purpose: m.purpose,
        sent: false,
        recipients: group.map((g) => ({ name: g.name, email: g.email })),
      }),
    ),
  );
  const nowIso = now.toISOString();
  const today = stockholmDate(now.getTime());
  const happened = (e: TimelineEvent) => (e.kind === 'mail' ? e.sent : e.at.length === 10 ? e.at <= today : e.at <= nowIso);
  const ordered = events.sort((a, b) => a.at.localeCompare(b.at));
  return { past: ordered.filter(happened), ahead: ordered.filter((e) => !happened(e)) };
}

/** The validity periods: the first as registered or adopted, then one per extension. */
export function periodsOf(view: GuidelineView): ValidityPeriod[] {
  const { validFrom, validUntil } = view.guideline;
  if (!validFrom || !validUntil) return [];
  const firstUntil = view.extensions[0]?.previousUntil ?? validUntil;
  return [
    { n: 1, from: view.adoption?.validFrom ?? validFrom, until: firstUntil, decisionRef: view.adoption?.decisionRef },
    ...view.extensions.map((e, i) => ({ n: i + 2, from: addDays(e.previousUntil, 1), until: e.validUntil, decisionRef: e.decisionRef })),
  ];
}
