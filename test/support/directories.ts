import fs from 'node:fs';
import path from 'node:path';
import { organisationDirectorySchema } from '../../domain/directory/organisation';
import { contactDirectorySchema } from '../../domain/directory/recipients';
import { bodyDirectorySchema } from '../../domain/meeting/bodies';

const read = (file: string) => JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../config', file), 'utf8'));

/** The shipped data files, as the tests, benchmarks and history recorder use them. */
export const organisations = organisationDirectorySchema.parse(read('organisations.json'));
export const contacts = contactDirectorySchema.parse(read('contacts.json'));
export const bodies = bodyDirectorySchema.parse(read('bodies.json'));
