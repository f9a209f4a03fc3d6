import { z } from 'zod';

/** Only what a reminder needs: no personal data beyond name, address, organisation and role. */
export const contactSchema = z.object({
  name: z.string().trim().min(1, { error: 'is required' }),
  email: z.email({ error: 'must be an e-mail address' }),
  organisationId: z.string().min(1, { error: 'is required' }),
  role: z.string().trim().min(1, { error: 'is required' }),
  language: z.enum(['sv', 'en']).default('sv'),
});
export type Contact = z.infer<typeof contactSchema>;
