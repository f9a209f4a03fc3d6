import type { PersonalLinksTable } from '../../activities/store/tables';
import { findSubject } from '../../activities/store/readModel';
import type { Store } from '../../activities/store/database';
import type { Subject } from '../../domain/readModel';
import type { PersonalAct } from '../../domain/links/personalLink';
import type { ConsultationView } from '../../workflows/consultation/api';
import type { ImplementationView, SurveyView } from '../../workflows/followUp/api';
import type { MeetingView } from '../../workflows/meeting/api';
import type { PrincipalView } from '../../workflows/meeting/principalsApi';

/** An ask a personal link opens, with the state of what it is asked in, as the read model holds it. */
export type OpenAsk =
  | { act: 'consultation.answer'; link: PersonalLinksTable; subject: Subject<ConsultationView> }
  | { act: 'implementation.confirm'; link: PersonalLinksTable; subject: Subject<ImplementationView> }
  | { act: 'followUp.submit'; link: PersonalLinksTable; subject: Subject<SurveyView> }
  | { act: 'principals.record'; link: PersonalLinksTable; subject: Subject<PrincipalView> }
  | { act: 'meeting.submitDocument'; link: PersonalLinksTable; subject: Subject<MeetingView> };

/**
 * Whether the ask is still open for the link's organisation: a round until it is closed (answers after the deadline
 * are taken and flagged late, as from staff) and while the organisation is not withdrawn; an implementation deadline
 * until its report; a survey while it is open; the principals' decisions until the tracking is closed; a meeting's
 * documents until the meeting is held. A link whose ask has closed opens nothing, exactly like an unknown one.
 */
export async function openAsk(db: Store, link: PersonalLinksTable | undefined, now: Date): Promise<OpenAsk | undefined> {
  if (!link) return undefined;
  const subject = await findSubject<unknown>(db, link.workflow_id);
  if (!subject) return undefined;
  const org = link.organisation_id;
  const act = link.act as PersonalAct;
  switch (act) {
    case 'consultation.answer': {
      const s = subject as Subject<ConsultationView>;
      const v = s.view;
      const open = (v.status === 'open' || v.status === 'deadline-passed') && v.recipients.some((r) => r.organisationId === org);
      return open && !v.withdrawn.includes(org) ? { act, link, subject: s } : undefined;
    }
    case 'implementation.confirm': {
      const s = subject as Subject<ImplementationView>;
      const asked = s.view.notConfirmed.some((m) => m.organisationId === org) || Object.hasOwn(s.view.confirmations, org);
      return s.view.status === 'open' && asked ? { act, link, subject: s } : undefined;
    }
    case 'followUp.submit': {
      const s = subject as Subject<SurveyView>;
      // Only those asked ever submit: they have parts missing, or have submitted.
      const asked = s.view.progress.missing.some((m) => m.organisationId === org) || Object.hasOwn(s.view.submissions, org);
      return s.view.status === 'open' && asked ? { act, link, subject: s } : undefined;
    }
    case 'principals.record': {
      const s = subject as Subject<PrincipalView>;
      const asked = s.view.progress.notDecided.some((m) => m.organisationId === org) || Object.hasOwn(s.view.decisions, org);
      return s.view.status !== 'closed' && asked ? { act, link, subject: s } : undefined;
    }
    case 'meeting.submitDocument': {
      const s = subject as Subject<MeetingView>;
      const before = (s.view.status === 'planned' || s.view.status === 'agenda-published') && now < new Date(s.view.schedule.startsAt);
      const presents = s.view.items.some((i) => i.presenter.email.toLowerCase() === link.contact_email);
      return before && presents ? { act, link, subject: s } : undefined;
    }
  }
}
