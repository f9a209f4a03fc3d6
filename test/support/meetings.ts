import { Client } from '@temporalio/client';
import { BodyDirectory } from '../../domain/meeting/bodies';
import { bodies } from './lifecycleEnvironment';
import { meetingInputFor } from '../../domain/meeting/bodies';
import type { ResponsibleBody } from '../../domain/guideline/guideline';
import type { AgendaItemInput } from '../../domain/meeting/meeting';
import { ensureMeetingStarted } from '../../activities/meetingStart';
import { TASK_QUEUE } from './lifecycleEnvironment';

/**
 * The shipped bodies with the calendar of the December 2023 scenario, run eleven years on (2034 has 2023's
 * weekdays): VVG 15 December, then February and April; SRO in January and March.
 */
export const scenarioBodies: BodyDirectory = {
  ...bodies,
  bodies: bodies.bodies.map((b) => ({
    ...b,
    meetings: b.id === 'VVG' ? ['2034-12-15', '2035-02-09', '2035-04-13'] : ['2035-01-19', '2035-03-16'],
  })),
};

export function startMeeting(client: Client, body: ResponsibleBody, date: string) {
  return ensureMeetingStarted(client, TASK_QUEUE, meetingInputFor(scenarioBodies, body, date));
}

export const presenter = (name: string, email: string, organisationId: string) => ({
  name,
  email,
  organisationId,
  role: 'presenter',
  language: 'sv' as const,
});

export function item(overrides: Partial<AgendaItemInput> & Pick<AgendaItemInput, 'itemId' | 'title'>): AgendaItemInput {
  return {
    kind: 'decision',
    presenter: presenter('Malin Svärd', 'malin.sward@vastkom.example', 'vastkom'),
    minutes: 10,
    ...overrides,
  };
}
