import type { Store } from '../../activities/store/database';
import { subjectOf, subjectsWhere } from '../../activities/store/readModel';
import type { IsoDate } from '../../domain/calendar/dates';
import { Overview, overviewOf, overviewSelection, SubjectSelection } from '../../domain/overview';
import type { Subject } from '../../domain/readModel';
import type { CommissionView } from '../../workflows/commission/api';
import type { ConsultationView } from '../../workflows/consultation/api';
import type { ImplementationView, SurveyView } from '../../workflows/followUp/api';
import type { GuidelineView } from '../../workflows/guideline/api';
import type { MeetingView } from '../../workflows/meeting/api';

/** "Att göra" as of `today`: the rows the domain's selection names, judged by its rule. The page and the API both ask here. */
export async function overviewOn(db: Store, today: IsoDate): Promise<Overview> {
  const selection = overviewSelection(today);
  const read = async <View>(s: SubjectSelection): Promise<Array<Subject<View>>> =>
    (await subjectsWhere(db, s).execute()).map((row) => subjectOf<View>(row));
  const [rounds, meetings, implementations, surveys, guidelines, commissions] = await Promise.all([
    read<ConsultationView>(selection.rounds),
    read<MeetingView>(selection.meetings),
    read<ImplementationView>(selection.implementations),
    read<SurveyView>(selection.surveys),
    read<GuidelineView>(selection.guidelines),
    read<CommissionView>(selection.commissions),
  ]);
  return overviewOf({ rounds, meetings, implementations, surveys, guidelines, commissions }, today);
}
