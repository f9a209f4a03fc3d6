import { stockholmDate, IsoDate } from '../../domain/calendar/dates';

/** Workflow time, which replays the same. */
export const nowIso = () => new Date(Date.now()).toISOString();

/** The Stockholm date in workflow time. */
export const today = (): IsoDate => stockholmDate(Date.now());
