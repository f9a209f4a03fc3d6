import type { z } from 'zod';
import { IsoDate, isoDate } from './dates';

/**
 * A refinement for dates that must lie ahead: each named field before `today` is refused as passed. `today` is
 * the workflow's date in its validators and the machine's at the edge. A date that does not exist is reported
 * once, by isoDate, and not compared.
 */
export const notBefore =
  <K extends string>(today: IsoDate, ...fields: K[]) =>
  (value: { [F in K]?: string }, ctx: z.RefinementCtx) => {
    for (const field of fields) {
      const date = value[field];
      if (date !== undefined && isoDate.safeParse(date).success && date < today) {
        ctx.addIssue({ code: 'custom', path: [field], message: `${date} has already passed` });
      }
    }
  };
