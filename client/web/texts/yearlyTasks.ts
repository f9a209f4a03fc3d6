import { inBothLanguages } from '../language';
import { commonTexts } from './common';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** The words of the yearly task pages. */
export const yearlyTaskTexts = inBothLanguages(
  {
    listTitle: 'Årliga uppgifter',
    listIntro:
      'Återkommande arbete som ska göras varje år, till exempel indexering av en ersättning eller förlängning av ett avtal. ' +
      'Varje uppgift skickar e-post till sina mottagare på sin dag, i svensk tid.',
    listCaption: 'Årliga uppgifter och deras nästa utskick',
    task: 'Uppgift',
    nextRun: 'Nästa utskick',
    day: 'Dag varje år',
    dueBy: 'Klart senast',
    recipients: 'Mottagare',
    lastRun: 'Senast körd',
    never: 'Inte ännu',
    noTasks: 'Det finns inga årliga uppgifter. En administratör lägger in dem genom att synkronisera filen med årliga uppgifter.',
    paused: 'Pausad',
    noNextRun: 'Ingen planerad',
    monthDay: (month: number, day: number) => `${day} ${commonTexts.sv.months[month - 1]}`,
    atTime: (time: string) => `kl. ${time}`,
    synced: (count: number) => (count === 1 ? 'En uppgift synkroniserades.' : `${count} uppgifter synkroniserades.`),
    removed: (id: string) => `Uppgiften ${id} har tagits bort.`,
    catchingUp: 'Listan kan dröja ett ögonblick innan den visar ändringen.',

    syncTitle: 'Synkronisera årliga uppgifter',
    syncIntro:
      'Klistra in innehållet i filen med årliga uppgifter (JSON, som YEARLY_TASKS_FILE). Varje uppgift skapas eller ' +
      'uppdateras; en uppgift som pausats behåller sin paus. Är någon uppgift felaktig ändras ingenting.',
    file: 'Årliga uppgifter (JSON)',
    sync: 'Synkronisera',

    description: 'Beskrivning',
    guideline: 'Riktlinje',
    owner: 'Ansvarig',
    timezone: 'Tidszon',
    catchupWindow: 'Tas igen inom',
    catchupHint: 'Hur länge efter sin tid en missad körning ändå startas.',
    duration: (ms: number) =>
      ms % DAY_MS === 0 ? `${ms / DAY_MS} ${ms === DAY_MS ? 'dag' : 'dagar'}` : `${ms / HOUR_MS} ${ms === HOUR_MS ? 'timme' : 'timmar'}`,
    state: 'Läge',
    active: 'Aktiv',
    nextRuns: 'Kommande utskick',
    recentRuns: 'Senaste körningar',
    recentCaption: 'De senaste körningarna, den senaste sist',
    startedAt: 'Startad',
    run: 'Körning',
    noRuns: 'Uppgiften har inte körts ännu.',
    runStarted: 'Årets körning har startats. Den syns bland körningarna om ett ögonblick.',
    actsTitle: 'Hantera uppgiften',
    trigger: 'Kör årets utskick nu',
    triggerHint: 'Ingen får samma års e-post två gånger.',
    remove: 'Ta bort uppgiften',
    removeHint: 'Uppgiften finns kvar i filen och kommer tillbaka vid nästa synkronisering om den inte tas bort där.',
  },
  {
    listTitle: 'Yearly tasks',
    listIntro:
      'Recurring work to be done every year, such as indexing a compensation or extending an agreement. Each task mails ' +
      'its recipients on its day, in Swedish time.',
    listCaption: 'Yearly tasks and their next mail',
    task: 'Task',
    nextRun: 'Next mail',
    day: 'Day each year',
    dueBy: 'Due by',
    recipients: 'Recipients',
    lastRun: 'Last run',
    never: 'Not yet',
    noTasks: 'There are no yearly tasks. An administrator adds them by syncing the yearly tasks file.',
    paused: 'Paused',
    noNextRun: 'None planned',
    monthDay: (month: number, day: number) => `${day} ${commonTexts.en.months[month - 1]}`,
    atTime: (time: string) => `at ${time}`,
    synced: (count: number) => (count === 1 ? 'One task was synced.' : `${count} tasks were synced.`),
    removed: (id: string) => `The task ${id} was removed.`,
    catchingUp: 'The list may take a moment to show the change.',

    syncTitle: 'Sync the yearly tasks',
    syncIntro:
      'Paste the content of the yearly tasks file (JSON, as YEARLY_TASKS_FILE). Each task is created or updated; a paused ' +
      'task stays paused. If any task is wrong, nothing changes.',
    file: 'Yearly tasks (JSON)',
    sync: 'Sync',

    description: 'Description',
    guideline: 'Guideline',
    owner: 'Owner',
    timezone: 'Time zone',
    catchupWindow: 'Caught up within',
    catchupHint: 'How long after its time a missed run is still started.',
    duration: (ms: number) =>
      ms % DAY_MS === 0 ? `${ms / DAY_MS} ${ms === DAY_MS ? 'day' : 'days'}` : `${ms / HOUR_MS} ${ms === HOUR_MS ? 'hour' : 'hours'}`,
    state: 'State',
    active: 'Active',
    nextRuns: 'Upcoming mail',
    recentRuns: 'Recent runs',
    recentCaption: 'The recent runs, the latest last',
    startedAt: 'Started',
    run: 'Run',
    noRuns: 'The task has not run yet.',
    runStarted: "This year's run has started. It shows among the runs in a moment.",
    actsTitle: 'Manage the task',
    trigger: "Send this year's mail now",
    triggerHint: "Nobody gets the same year's mail twice.",
    remove: 'Remove the task',
    removeHint: 'The task stays in the file and comes back at the next sync unless it is removed there too.',
  },
);
