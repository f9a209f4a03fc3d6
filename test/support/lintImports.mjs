// Lints source texts against the project's own ESLint configuration, for test/unit/layering.test.ts: Jest
// cannot load an ES module configuration itself. Reads [{ file, code }] on stdin and prints, for each, the
// messages of the import rules as JSON. The files need not exist, so types are not read and only the import
// rules run.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const eslint = new ESLint({
  cwd: root,
  overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
  ruleFilter: ({ ruleId }) => ruleId === 'layers/imports' || ruleId === 'no-restricted-imports',
});

let input = '';
for await (const chunk of process.stdin) input += chunk;
const results = [];
for (const { file, code } of JSON.parse(input)) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  results.push(result.messages.map(({ ruleId, message }) => ({ ruleId, message })));
}
console.log(JSON.stringify(results));
