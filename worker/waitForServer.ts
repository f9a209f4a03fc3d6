import { NativeConnection, NativeConnectionOptions, TransportError } from '@temporalio/worker';
import { backoffMs, inSeconds, sleep } from './backoff';

export interface WaitOptions {
  /** Stops the waiting: the result is then undefined. */
  signal: AbortSignal;
  /** Says nothing before this long: the main job's own server is expected to take a moment to start. */
  quietMs?: number;
  log?: (line: string) => void;
}

/**
 * Connects to Temporal, waiting with backoff while nothing answers at the address: a worker started before its
 * server (or while it restarts) comes up with it instead of exiting. Anything else (a namespace or TLS problem)
 * is thrown at once, since waiting would not mend it.
 */
export async function waitForServer(
  options: NativeConnectionOptions & { address: string },
  wait: WaitOptions,
): Promise<NativeConnection | undefined> {
  const { signal, quietMs = 0, log = console.error } = wait;
  const started = Date.now();
  for (let attempt = 0; !signal.aborted; attempt++) {
    try {
      return await NativeConnection.connect(options);
    } catch (err) {
      if (!(err instanceof TransportError)) throw err;
      // The main job's own server is due within a second or two: look again within a second, not 30.
      const delay = quietMs ? backoffMs(attempt, 200, 1000) : backoffMs(attempt);
      if (Date.now() - started >= quietMs) {
        log(`worker: waiting for Temporal at ${options.address} (${reason(err)}); trying again in ${inSeconds(delay)}`);
      }
      await sleep(delay, signal);
    }
  }
  return undefined;
}

/** The OS's words for why the connection failed, without the transport's wrapping. */
function reason(err: Error): string {
  return /message: "([^"]+)"/.exec(err.message)?.[1]?.toLowerCase() ?? err.message;
}
