import { loadSettings } from '../config';
import { ValidationError } from '../domain/validation';
import type { GuidelineView } from '../workflows/guidelineMessages';
import { parseCommand, USAGE } from './cliCommand';
import { connectGuidelineClient } from './connect';
import { registerSearchAttributes } from './searchAttributes';
import type { GuidelineListItem } from './guidelines';

function describe(view: GuidelineView): string {
  const g = view.guideline;
  return [
    `${g.id}  ${g.title}`,
    `  ${g.kind}, ${g.responsibleBody}, owner ${g.owner.name} <${g.owner.email}>`,
    `  status ${view.status}, valid ${g.validFrom} to ${g.validUntil} (period ${view.period})`,
    ...view.upcomingReminders.map((r) => `  reminder ${r.date} (${r.daysLeft} days left)`),
    ...(view.retirement ? [`  retired: ${view.retirement.reason}`] : []),
  ].join('\n');
}

function table(items: GuidelineListItem[]): string {
  if (items.length === 0) return 'no guidelines expire in that period';
  return items.map((i) => `${i.validUntil}  ${i.responsibleBody}  ${i.kind.padEnd(17)} ${i.guidelineId}`).join('\n');
}

async function main(argv: string[]): Promise<number> {
  let command;
  try {
    command = parseCommand(argv);
  } catch (err) {
    if (err instanceof ValidationError) {
      console.error(`error: ${err.message}\n\n${USAGE}`);
      return 2;
    }
    throw err;
  }
  const settings = loadSettings();
  const { guidelines, connection, close } = await connectGuidelineClient(settings);
  try {
    if (command.name === 'setup-search-attributes') {
      await registerSearchAttributes(connection, settings.TEMPORAL_NAMESPACE);
      console.log(command.json ? JSON.stringify({ namespace: settings.TEMPORAL_NAMESPACE, ok: true }) : `search attributes ready in ${settings.TEMPORAL_NAMESPACE}`);
      return 0;
    }
    const result =
      command.name === 'register'
        ? await guidelines.register(command.input)
        : command.name === 'extend'
          ? await guidelines.extend(command.id, command.input)
          : command.name === 'retire'
            ? await guidelines.retire(command.id, command.input)
            : command.name === 'show'
              ? await guidelines.show(command.id)
              : await guidelines.listExpiring(command.expiringWithin);
    console.log(command.json ? JSON.stringify(result, null, 2) : Array.isArray(result) ? table(result) : describe(result));
    return 0;
  } catch (err) {
    if (err instanceof ValidationError) {
      console.error(err.problems.map((p) => `error: ${p}`).join('\n'));
      return 2;
    }
    throw err;
  } finally {
    await close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(`error: ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  },
);
