import { Argument, Command, Option } from 'commander';
import { ValidationError } from '../../domain/validation';

/**
 * A flag a command cannot do without. Commander would check it before the positionals and name only the first
 * missing one; the CLI names the positionals first and then every missing flag, so it checks these itself.
 */
export class RequiredOption extends Option {
  constructor(
    flags: string,
    description?: string,
    readonly refusal?: string,
  ) {
    super(flags, description);
  }
}

/** `refusal` replaces the usual "needs --flag" where a command has always said more. */
export const required = (flags: string, description?: string, refusal?: string) => new RequiredOption(flags, description, refusal);

/** A refusal names a missing positional by its description when it has one, else by its name. */
export const guidelineId = () => new Argument('<ID>', 'a guideline id');

/** --json belongs to the program, so it is accepted anywhere on the line. */
export const wantsJson = (command: Command): boolean => command.optsWithGlobals().json === true;

/** A counting number (a round, the n-th implementation or follow-up), refused with the field named. */
export const countingNumber = (problem: (text: string) => string) => (text: string) => {
  if (!/^[1-9]\d*$/.test(text)) throw new ValidationError([problem(text)]);
  return Number(text);
};
