import fs from 'node:fs';
import { ValidationError } from '../domain/validation';

/** A JSON input file named on the command line; an unreadable or malformed file is refused as bad input. */
export function readJsonFile(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new ValidationError([`file: ${(err as Error).message}`]);
  }
}
