import { benchCalendar } from './calendar';
import { benchConsultationRounds } from './consultationRounds';
import { benchFaults } from './faults';
import { benchFollowUps } from './followUps';
import { benchInstallServers } from './installServers';
import { benchMainJobStart } from './mainJobStart';
import { benchMeetingDecisions } from './meetingDecisions';
import { benchMemory } from './memory';
import { benchTenYearLifecycle } from './tenYearLifecycle';
import { Figure, seconds, timeCommand } from './timing';
import { benchWeb } from './web';

async function benchTestSuite(): Promise<Figure[]> {
  const ms = await timeCommand('npx', ['jest', '--runInBand']);
  return [
    {
      name: 'test suite, servers installed (jest --runInBand: unit, workflow, e2e)',
      value: seconds(ms),
      command: 'npm run bench -- suite',
    },
  ];
}

const benches: Record<string, () => Promise<Figure[]>> = {
  start: benchMainJobStart,
  lifecycle: benchTenYearLifecycle,
  rounds: benchConsultationRounds,
  meetings: benchMeetingDecisions,
  'follow-ups': benchFollowUps,
  suite: benchTestSuite,
  install: benchInstallServers,
  calendar: benchCalendar,
  faults: benchFaults,
  memory: benchMemory,
  web: benchWeb,
};

/** `npm run bench` runs every benchmark; `npm run bench -- lifecycle start` runs the named ones. */
async function main(names: string[]) {
  const unknown = names.filter((n) => !(n in benches));
  if (unknown.length) {
    console.error(`unknown benchmark: ${unknown.join(', ')} (choose from ${Object.keys(benches).join(', ')})`);
    process.exit(2);
  }
  const figures: Figure[] = [];
  for (const name of names.length ? names : Object.keys(benches)) {
    console.error(`bench: ${name}...`);
    figures.push(...(await benches[name]()));
  }
  console.log('| figure | value | command |\n|---|---|---|');
  for (const f of figures) console.log(`| ${f.name} | ${f.value} | \`${f.command}\` |`);
}

main(process.argv.slice(2)).catch((err) => {
  console.error(err);
  process.exit(1);
});
