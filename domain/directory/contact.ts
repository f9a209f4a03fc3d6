import { z } from 'zod';
import { email, singleLine } from '../fields';

/** Only what a reminder needs: no personal data beyond name, address, organisation and role. */
export const contactSchema = z.strictObject({
  name: singleLine(200),
  email,
  organisationId: singleLine(80),
  role: singleLine(200),
  language: z.enum(['sv', 'en']).default('sv'),
});
export type Contact = z.infer<typeof contactSchema>;
