import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(__dirname, '..');
/**
 * One level below the root, as every module that finds the project by `path.resolve(__dirname, '..')` is: inlined
 * into a bundle there, each still finds it.
 */
const cacheDir = path.join(root, '.cache');

/** The main job's children, each run from a bundle of its own. */
const entries = { worker: 'worker/main.ts', web: 'client/api/main.ts', inbound: 'client/inbound/main.ts' } as const;
export type Child = keyof typeof entries;

/** Everything the children run: our code, how it compiles, and the lock file's versions of what stays outside. */
const inputs = ['domain', 'workflows', 'activities', 'worker', 'client', 'config', 'tools', 'package-lock.json', 'tsconfig.json'];

function filesUnder(relative: string): string[] {
  const full = path.join(root, relative);
  if (!fs.statSync(full).isDirectory()) return [relative];
  return fs
    .readdirSync(full)
    .sort()
    .flatMap((name) => filesUnder(path.join(relative, name)));
}

const bundleName = (hash: string, child: Child) => `process-${hash}-${child}`;

/**
 * The main job's children built once per change of the code, as the workflow bundle is: loading TypeScript through
 * tsx costs each child about a second of CPU at every start, a bundle of compiled JavaScript about half, and four
 * children start at once on a machine's cores. Libraries stay outside the bundles, loaded from node_modules.
 */
export async function processBundles(): Promise<Record<Child, string>> {
  const hash = crypto.createHash('sha256');
  for (const file of inputs.flatMap(filesUnder))
    hash
      .update(`${file}\0`)
      .update(fs.readFileSync(path.join(root, file)))
      .update('\0');
  const key = hash.digest('hex').slice(0, 20);
  const files = Object.fromEntries(
    (Object.keys(entries) as Child[]).map((child) => [child, path.join(cacheDir, `${bundleName(key, child)}.js`)]),
  ) as Record<Child, string>;
  if (Object.values(files).every((file) => fs.existsSync(file))) return files;

  const { outputFiles } = await build({
    entryPoints: Object.fromEntries(
      (Object.keys(entries) as Child[]).map((child) => [bundleName(key, child), path.join(root, entries[child])]),
    ),
    outdir: cacheDir,
    write: false,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    sourcemap: 'linked',
    tsconfig: path.join(root, 'tsconfig.json'),
    logLevel: 'error',
  });
  // Each file written under a name of its own and renamed into place: a main job starting beside this one never
  // runs half a bundle.
  fs.mkdirSync(cacheDir, { recursive: true });
  for (const file of outputFiles) {
    const written = `${file.path}.${process.pid}.tmp`;
    fs.writeFileSync(written, file.contents);
    fs.renameSync(written, file.path);
  }
  for (const old of fs.readdirSync(cacheDir)) {
    if (old.startsWith('process-') && !old.startsWith(`process-${key}-`) && !old.endsWith('.tmp'))
      fs.rmSync(path.join(cacheDir, old), { force: true });
  }
  return files;
}
