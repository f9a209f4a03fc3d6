import crypto from 'node:crypto';
import { promisify } from 'node:util';

const scrypt = promisify(crypto.scrypt) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: crypto.ScryptOptions,
) => Promise<Buffer>;

/** OWASP's scrypt minimum: N=2^17, r=8, p=1, 128 MiB of memory and about a quarter of a second per guess. */
const COST = { N: 2 ** 17, r: 8, p: 1 };
const KEY_LENGTH = 32;

const options = (c: { N: number; r: number; p: number }): crypto.ScryptOptions => ({ ...c, maxmem: 256 * c.N * c.r + 1024 * 1024 });

/** `scrypt$N$r$p$salt$hash`: the parameters travel with the hash, so raising them later keeps old hashes valid. */
export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.randomBytes(16);
  const hash = await scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options(COST));
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64'), hash.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, N, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await scrypt(password.normalize('NFC'), Buffer.from(salt, 'base64'), expected.length, options({ N: +N, r: +r, p: +p }));
  return crypto.timingSafeEqual(actual, expected);
}

/** Spends a verification's time on a username that has no account, so the answer's timing does not tell. */
let decoy: Promise<string> | undefined;
export async function verifyNobody(password: string): Promise<false> {
  await verifyPassword(password, await (decoy ??= hashPassword('no account has this password')));
  return false;
}
