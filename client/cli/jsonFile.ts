import fs from 'node:fs';
import { ValidationError } from '../../domain/validation';

/** A JSON input file named on the command line; an unreadable or malformed file is refused as bad input, naming it. */
export function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new ValidationError([`file: cannot read ${file}: ${(err as Error).message}`]);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new ValidationError([`file: ${file} is not valid JSON: ${(err as Error).message}`]);
  }
}
