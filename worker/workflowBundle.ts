import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { bundleWorkflowCode, WorkflowBundlePath } from '@temporalio/worker';

const root = path.resolve(__dirname, '..');
const cacheDir = path.join(root, '.cache', 'workflow-bundle');

/**
 * Every workflow instantiates the bundle's modules for itself in the SDK's shared V8 context: about 2 MB of heap
 * and 23 ms of CPU, nearly all of it building the zod schemas of domain/. Nothing is preloaded (the bundler's
 * preloadModules, shared and deep-frozen): zod preloaded was safe (every workflow test and saved history passed)
 * but saved nothing measurable, since its modules cost little next to the schemas built from them, and our
 * schema modules cannot be, as a zod schema materialises its methods on first use, which a frozen one refuses.
 */
const workflowsPath = path.join(root, 'workflows', 'index.ts');

/**
 * Everything that goes into the bundle: the layering lint keeps workflow code to workflows/, domain/ and
 * activities/types, the lock file pins the libraries it imports, the SDK's version its runtime, and this file
 * how it is bundled.
 */
const inputs = ['workflows', 'domain', 'activities/types.ts', 'worker/workflowBundle.ts', 'package-lock.json', 'tsconfig.json'];
const sdkVersion = (JSON.parse(fs.readFileSync(require.resolve('@temporalio/worker/package.json'), 'utf8')) as { version: string }).version;

function filesUnder(relative: string): string[] {
  const full = path.join(root, relative);
  if (!fs.statSync(full).isDirectory()) return [relative];
  return fs
    .readdirSync(full)
    .sort()
    .flatMap((name) => filesUnder(path.join(relative, name)));
}

/** Where the bundle of the code as it is now lives, whether built yet or not. */
export function workflowBundlePath(): string {
  const hash = crypto.createHash('sha256').update(`@temporalio/worker ${sdkVersion}\0`);
  for (const file of inputs.flatMap(filesUnder))
    hash
      .update(`${file}\0`)
      .update(fs.readFileSync(path.join(root, file)))
      .update('\0');
  return path.join(cacheDir, `${hash.digest('hex').slice(0, 20)}.js`);
}

/**
 * The workflow code bundled once per change of it: bundling takes seconds, hashing its sources milliseconds.
 * Processes starting together may both build it; each renames its own complete file into place, so none
 * reads half a bundle.
 */
export async function workflowBundle(): Promise<WorkflowBundlePath> {
  const codePath = workflowBundlePath();
  if (fs.existsSync(codePath)) return { codePath };
  const { code } = await bundleWorkflowCode({ workflowsPath });
  fs.mkdirSync(cacheDir, { recursive: true });
  const written = `${codePath}.${process.pid}.tmp`;
  fs.writeFileSync(written, code);
  fs.renameSync(written, codePath);
  // Earlier bundles are of code that is gone; a concurrent build's temporary file is left alone.
  for (const old of fs.readdirSync(cacheDir)) {
    if (old.endsWith('.js') && path.join(cacheDir, old) !== codePath) fs.rmSync(path.join(cacheDir, old), { force: true });
  }
  return { codePath };
}
