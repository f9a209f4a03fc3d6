import { z } from 'zod';
import { contactSchema } from './contact';
import { responsibleBodySchema } from './guideline';

export const bodyDirectorySchema = z.object({
  about: z.string().optional(),
  bodies: z
    .array(z.object({ id: responsibleBodySchema, name: z.string().min(1), secretary: contactSchema }))
    .refine((bodies) => responsibleBodySchema.options.every((id) => bodies.some((b) => b.id === id)), {
      error: 'must describe both VVG and SRO',
    }),
});
export type BodyDirectory = z.infer<typeof bodyDirectorySchema>;
