import type { ApiClients } from '../../client/api/env';

export type ClientName = keyof ApiClients;
export interface ClientCall {
  client: ClientName;
  method: string;
  args: unknown[];
}

/** What each stubbed method answers: a value, or a throw (a typed refusal, say). */
export type StubAnswers = { [C in ClientName]?: Record<string, (...args: unknown[]) => unknown> };

const names: ClientName[] = ['guidelines', 'consultations', 'meetings', 'commissions', 'yearlyTasks', 'followUps'];

/**
 * Every typed client as a stub that records what it is asked and answers from `answers`; nothing reaches Temporal.
 * A method without an answer fails, so a route that calls what a test did not expect is caught.
 */
export function stubClients(answers: StubAnswers): { clients: ApiClients; calls: ClientCall[] } {
  const calls: ClientCall[] = [];
  const stub = (client: ClientName) =>
    new Proxy(
      {},
      {
        // `then` stays undefined, so that a client is never taken for a promise.
        get: (_, method) =>
          typeof method !== 'string' || method === 'then'
            ? undefined
            : (...args: unknown[]) => {
                calls.push({ client, method, args });
                const answer = answers[client]?.[method];
                if (!answer) return Promise.reject(new Error(`the stub has no answer for ${client}.${method}`));
                return Promise.resolve().then(() => answer(...args));
              },
      },
    );
  return { clients: Object.fromEntries(names.map((name) => [name, stub(name)])) as unknown as ApiClients, calls };
}
