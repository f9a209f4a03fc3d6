import { proxyActivities } from '@temporalio/workflow';
import type { Activities, SendMailRequest } from '../../activities/types';

const { sendMail } = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
  // An SMTP server that is down for a day must delay the mail, not lose it; a refused address fails at once.
  retry: { initialInterval: '10 seconds', backoffCoefficient: 2, maximumInterval: '30 minutes', nonRetryableErrorTypes: ['MailRejected'] },
});

/**
 * Sends every message of a batch; one address the mail server refuses must not hold back the others (nor the
 * workflow waiting for them), so refusals are returned for the caller to record.
 */
export async function sendAll(requests: SendMailRequest[]): Promise<Array<{ recipient: string; reason: string }>> {
  const results = await Promise.allSettled(requests.map((request) => sendMail(request)));
  return results.flatMap((result, i) =>
    result.status === 'rejected'
      ? [{ recipient: requests[i].to.email, reason: String((result.reason as { cause?: Error }).cause?.message ?? result.reason) }]
      : [],
  );
}
