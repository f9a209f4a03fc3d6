import fs from 'node:fs';
import { workflowBundle } from '../../worker/workflowBundle';

/** The libraries webpack put in the bundle, read from the sources of its inline source map. */
function bundledLibraries(code: string): string[] {
  const map = code.slice(code.lastIndexOf('//# sourceMappingURL=data:'));
  const { sources } = JSON.parse(Buffer.from(map.slice(map.indexOf('base64,') + 'base64,'.length).trim(), 'base64').toString()) as {
    sources: string[];
  };
  const libraries = sources.flatMap((source) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source)?.[1] ?? []);
  return [...new Set(libraries)].sort();
}

/**
 * Every workflow instantiates the bundle's modules for itself (zod alone is preloaded and shared), so a library
 * in the bundle costs memory and CPU in every workflow. The calendar is a precomputed table and dates are
 * plain arithmetic: no date, holiday or time-zone library belongs here.
 */
test('the workflow bundle holds only the SDK runtime and zod besides our own code: no luxon, date-holidays or moment-timezone', async () => {
  const { codePath } = await workflowBundle();
  const libraries = bundledLibraries(fs.readFileSync(codePath, 'utf8'));
  expect(libraries.filter((l) => /^(luxon|date-holidays|moment|moment-timezone)$/.test(l))).toEqual([]);
  expect(libraries).toEqual(['@temporalio/common', '@temporalio/workflow', 'long', 'ms', 'nexus-rpc', 'zod']);
});
