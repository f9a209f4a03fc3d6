import { findSubject } from '../../../activities/store/readModel';
import type { Store } from '../../../activities/store/database';
import { guidelineWorkflowId, parseWorkflowId } from '../../../domain/ids';
import { meetingName } from '../../../domain/meeting/agenda';
import type { FormState } from '../../web/form';
import { LinkAnswerPage } from '../../web/pages/linkAnswer';
import { LinkConfirmPage, LinkDocumentsPage, LinkPrincipalPage, LinkSurveyPage } from '../../web/pages/linkActsPages';
import type { LinkContext } from './linkActs';

/** The guideline's title, for an implementation deadline whose view names only its id. */
export async function guidelineTitle(db: Store, guidelineId: string): Promise<string> {
  return (await findSubject(db, guidelineWorkflowId(guidelineId)))?.title ?? guidelineId;
}

/** The page of the ask a link opens, drawn from the ask's state in the read model. */
export function askPage(ctx: LinkContext, form: FormState, done: boolean, titles: { guideline?: string } = {}) {
  const { ask, page, token, organisationName, today } = ctx;
  const common = { page, token, organisationId: ask.link.organisation_id, organisationName, today, form, done };
  switch (ask.act) {
    case 'consultation.answer':
      return <LinkAnswerPage {...common} view={ask.subject.view} />;
    case 'implementation.confirm':
      return <LinkConfirmPage {...common} view={ask.subject.view} guidelineTitle={titles.guideline ?? ask.subject.view.guidelineId} />;
    case 'followUp.submit':
      return <LinkSurveyPage {...common} view={ask.subject.view} />;
    case 'principals.record':
      return <LinkPrincipalPage {...common} view={ask.subject.view} meetingName={meetingNameOf(ask.subject.view.meetingId)} />;
    case 'meeting.submitDocument':
      return (
        <LinkDocumentsPage
          {...common}
          view={ask.subject.view}
          contactEmail={ask.link.contact_email}
          meetingName={meetingName(ask.subject.view)}
        />
      );
  }
}

const meetingNameOf = (meetingId: string) => {
  const ref = parseWorkflowId(meetingId);
  return ref?.kind === 'meeting' ? meetingName(ref) : meetingId;
};
