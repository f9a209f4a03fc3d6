/**
 * The failures a caller or an activity acts on, by the type name Temporal carries in an ApplicationFailure.
 * Decisions read these names, never an error's message text.
 */
export const Failure = {
  /** The input breaks its schema, which names the field (an API answers 422). */
  InvalidInput: 'InvalidInput',
  /** The input is well formed but the workflow's state refuses it (409). */
  WrongState: 'WrongState',
  /** No such guideline, round, meeting or other workflow (404). */
  NotFound: 'NotFound',
  /** A moment's refusal while a workflow moves to its next run; the same request succeeds shortly after. */
  Busy: 'Busy',
  /** The mail server refused an address for good (a 5xx reply): retrying cannot help. */
  MailRejected: 'MailRejected',
  /** The guideline refused a meeting's decision. */
  DecisionRejected: 'DecisionRejected',
  /** The meeting refused an item sent, forwarded or reported to it. */
  AgendaRejected: 'AgendaRejected',
} as const;
export type FailureType = (typeof Failure)[keyof typeof Failure];

/** How a refusal reaches a person: which failures are theirs to correct, as opposed to the engine's to retry. */
export type RefusalType = typeof Failure.InvalidInput | typeof Failure.WrongState | typeof Failure.NotFound | typeof Failure.Busy;

export const isRefusalType = (type: string | null | undefined): type is RefusalType =>
  type === Failure.InvalidInput || type === Failure.WrongState || type === Failure.NotFound || type === Failure.Busy;
