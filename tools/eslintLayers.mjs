import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** What a workflow shows the rest of the engine: its Temporal definitions and search attributes, not its code. */
const workflowApis = ['workflows/*/api', 'workflows/*/*Api', 'workflows/*/searchAttributes'];

/**
 * The layers (docs/code-shape.md) and what each may import of ours; a folder not named here imports nothing of
 * ours. bench/ and test/ sit on top and reach everything, and nothing else reaches them. A file belongs to the
 * longest folder named: activities/store/ is a layer of its own within activities/, client/web/ within client/.
 */
export const layers = {
  domain: ['domain/**'],
  workflows: ['workflows/**', 'domain/**', 'activities/types'],
  activities: ['activities/**', 'domain/**', ...workflowApis],
  // The database: its connection, migrations and queries, on nothing but the domain.
  'activities/store': ['activities/store/**', 'domain/**'],
  config: ['config/**', 'domain/**'],
  // The main job mounts the web server beside its worker.
  worker: ['worker/**', 'config/**', 'activities/**', 'domain/**', 'tools/**', 'client/api/server', ...workflowApis],
  client: ['client/**', 'config/**', 'activities/**', 'domain/**', ...workflowApis],
  // Pages are drawn from what they are given: no clients, no database, no requests.
  'client/web': ['client/web/**', 'domain/**', ...workflowApis],
  // The README's screenshots take the accessibility test's page tour.
  tools: ['tools/**', 'client/**', 'config/**', 'activities/**', 'domain/**', 'test/support/**', ...workflowApis],
  bench: ['**'],
  test: ['**'],
};

/** `dir/**` covers dir's index too; `*` stays within one path segment. */
function globToRegExp(glob) {
  const body = glob
    .split('/**')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*'))
    .join('(/.*)?');
  return new RegExp(`^${glob === '**' ? '.*' : body}$`);
}

/** The longest folder in `layers` that holds the file, given as its path's segments. */
function layerOf(segments) {
  for (let n = segments.length - 1; n > 0; n--) {
    const folder = segments.slice(0, n).join('/');
    if (folder in layers) return folder;
  }
  return segments[0];
}

const allowed = Object.fromEntries(Object.entries(layers).map(([layer, globs]) => [layer, globs.map(globToRegExp)]));

/** Refuses an import of ours (a relative one) that goes against the layers. */
const importsRule = {
  meta: {
    type: 'problem',
    docs: { description: 'imports follow the layers of docs/code-shape.md' },
    messages: { wrongWay: '{{layer}}/ may not import {{target}}: {{layer}}/ imports only {{allowed}}' },
    schema: [],
  },
  create(context) {
    const from = path.relative(root, context.filename).split(path.sep);
    const layer = from.length > 1 && from[0] !== '..' ? layerOf(from) : undefined;
    if (!layer) return {};
    const check = (node) => {
      const source = node.source;
      if (!source || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const target = path
        .relative(root, path.resolve(path.dirname(context.filename), source.value))
        .split(path.sep)
        .join('/')
        .replace(/\.(ts|js|json)$/, '');
      if ((allowed[layer] ?? []).some((re) => re.test(target))) return;
      context.report({
        node: source,
        messageId: 'wrongWay',
        data: { layer, target, allowed: (layers[layer] ?? ['nothing of ours']).join(', ') },
      });
    };
    return {
      ImportDeclaration: check,
      ExportAllDeclaration: check,
      ExportNamedDeclaration: check,
      ImportExpression: check,
    };
  },
};

export default { rules: { imports: importsRule } };
