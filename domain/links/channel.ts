import { z } from 'zod';
import { email } from '../fields';

/** How something handed in reached the engine: typed in by staff, through an organisation's own link, or by a reply. */
export const receivedViaSchema = z.enum(['staff', 'link', 'email']);
export type ReceivedVia = z.infer<typeof receivedViaSchema>;

/**
 * The fields an act done on an organisation's behalf carries, so that its ledger row says how it came and from
 * whom: absent, staff typed it in.
 */
export const receivedFields = {
  receivedVia: receivedViaSchema.optional(),
  /** The contact who sent it, through the link or by e-mail. */
  receivedFrom: email.optional(),
};
