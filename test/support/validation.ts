import { ValidationError } from '../../domain/validation';

/** The problems a call refuses with; fails the test if it does not refuse, or refuses some other way. */
export function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return (e as ValidationError).problems;
  }
  throw new Error('expected a ValidationError');
}
