import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Where the bytes of documents live, addressed by their SHA-256: the same bytes are stored once, whoever hands
 * them in, and a stored file never changes. An S3-compatible bucket can implement the same two calls (the hash
 * as the object key, `put` as a conditional PUT).
 */
export interface BlobStore {
  /** Stores the bytes under their hash and returns it; storing bytes already there changes nothing. */
  put(bytes: Uint8Array): Promise<string>;
  /** The bytes stored under a hash, or undefined. */
  get(sha256: string): Promise<Uint8Array | undefined>;
}

const HASH = /^[0-9a-f]{64}$/;

export const sha256Of = (bytes: Uint8Array) => crypto.createHash('sha256').update(bytes).digest('hex');

/** A folder of the data directory: `ab/abcdef…`, written to a temporary name and renamed, so a reader never sees half a file. */
export function folderBlobStore(dir: string): BlobStore {
  const fileOf = (sha256: string) => path.join(dir, sha256.slice(0, 2), sha256);
  return {
    async put(bytes) {
      const sha256 = sha256Of(bytes);
      const file = fileOf(sha256);
      try {
        await fs.access(file);
        return sha256;
      } catch {
        // Not there yet.
      }
      await fs.mkdir(path.dirname(file), { recursive: true });
      const partial = `${file}.${process.pid}.${crypto.randomUUID()}.partial`;
      await fs.writeFile(partial, bytes, { mode: 0o640 });
      await fs.rename(partial, file);
      return sha256;
    },
    async get(sha256) {
      // Only a hash names a file: nothing given can reach outside the folder.
      if (!HASH.test(sha256)) return undefined;
      try {
        return new Uint8Array(await fs.readFile(fileOf(sha256)));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw err;
      }
    },
  };
}
