import type { ConsultationClient } from '../../client/consultations';
import type { ValidationError } from '../../domain/validation';

/**
 * A consultation client that only records answers, as the round would take them, or refuses each with `refuseWith`
 * when a test sets it: what the link pages and the inbound listener call.
 */
export function answeringConsultations() {
  const state = {
    answers: [] as Array<{ guidelineId: string; round: number | undefined; input: any }>,
    refuseWith: undefined as ValidationError | undefined,
  };
  const client = {
    recordResponse: async (guidelineId: string, round: number | undefined, input: unknown) => {
      if (state.refuseWith) throw state.refuseWith;
      state.answers.push({ guidelineId, round, input });
      return { organisationId: '', late: false, replaced: false, answered: 0, total: 0 };
    },
  } as unknown as ConsultationClient;
  return { client, state };
}
