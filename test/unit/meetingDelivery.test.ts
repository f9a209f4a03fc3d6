import { Client, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { meetingDeliveryActivities } from '../../activities/meetingDelivery';
import { Failure } from '../../domain/failures';
import { bodies } from '../support/lifecycleEnvironment';

/** A guideline that refuses every Update this way and has taken no decision. */
function refusingGuideline(refusal: ApplicationFailure): Client {
  const handle = {
    executeUpdate: () => Promise.reject(new WorkflowUpdateFailedError('Workflow Update failed', refusal)),
    query: () => Promise.resolve({ status: 'in-force', guideline: {}, extensions: [] }),
  };
  return { workflow: { getHandle: () => handle } } as unknown as Client;
}

const request = {
  guidelineId: 'expected-child',
  updateId: 'meeting/VVG/2035-02-09|item',
  update: 'extendValidity' as const,
  payload: { validUntil: '2037-12-31', note: 'Förlängs', decisionRef: 'VVG 2035-02-09 §4' },
};

describe('a decision the guideline refuses', () => {
  test('for a moment, while it moves to its next period, is retried', async () => {
    const busy = ApplicationFailure.create({ type: Failure.Busy, message: 'status: the guideline is starting a new validity period' });
    const { applyGuidelineDecision } = meetingDeliveryActivities(refusingGuideline(busy), 'unused', bodies);
    await expect(applyGuidelineDecision(request)).rejects.toMatchObject({ type: Failure.Busy, nonRetryable: false });
  });

  test.each([Failure.InvalidInput, Failure.WrongState, Failure.NotFound])('with %s is rejected for good, with its reason', async (type) => {
    const refused = ApplicationFailure.create({ type, nonRetryable: true, message: 'status: the guideline is retired' });
    const { applyGuidelineDecision } = meetingDeliveryActivities(refusingGuideline(refused), 'unused', bodies);
    await expect(applyGuidelineDecision(request)).rejects.toMatchObject({
      type: Failure.DecisionRejected,
      nonRetryable: true,
      message: 'status: the guideline is retired',
    });
  });
});
