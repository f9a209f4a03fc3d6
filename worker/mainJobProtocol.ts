/** How the main job tells its worker the address of the dev server it runs (worker/mainJob.ts, worker/main.ts). */
export const LOCAL_SERVER_FLAG = '--local-server';

/** What the worker tells the main job that started it, over the IPC channel. */
export interface WorkerReport {
  worker: 'running';
}
