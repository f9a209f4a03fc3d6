import type { Store } from '../../activities/store/database';
import { subjectOf } from '../../activities/store/readModel';
import { subjectsWithFields } from '../../activities/store/subjectFields';
import type { IsoDate } from '../../domain/calendar/dates';
import { Overview, overviewOf, overviewSelection, OverviewSubjects } from '../../domain/overview';

/**
 * "Att göra" as of `today`: the rows the domain's selection names, with only the fields of their views its rule
 * reads, judged by that rule. The page and the API both ask here.
 */
export async function overviewOn(db: Store, today: IsoDate): Promise<Overview> {
  const selection = overviewSelection(today);
  const read = async <K extends keyof OverviewSubjects>(list: K): Promise<OverviewSubjects[K]> => {
    const rows = await subjectsWithFields(db, selection[list], selection[list].viewFields).execute();
    return rows.map((row) => subjectOf(row)) as OverviewSubjects[K];
  };
  const [rounds, meetings, implementations, surveys, guidelines, commissions] = await Promise.all([
    read('rounds'),
    read('meetings'),
    read('implementations'),
    read('surveys'),
    read('guidelines'),
    read('commissions'),
  ]);
  return overviewOf({ rounds, meetings, implementations, surveys, guidelines, commissions }, today);
}
