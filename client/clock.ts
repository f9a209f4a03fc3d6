import { IsoDate, stockholmDate } from '../domain/calendar/dates';

/**
 * The client's now, in epoch milliseconds: the machine's, unless a caller gives another, such as a test on a
 * time-skipping server whose clock runs years ahead. The client checks against it only what must lie ahead, which a
 * server running ahead of it checks again; what must not lie in the future is left to the workflow's own clock.
 */
export type Clock = () => number;

export const machineClock: Clock = () => Date.now();

export const todayOn = (clock: Clock): IsoDate => stockholmDate(clock());
