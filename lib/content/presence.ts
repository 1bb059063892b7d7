/**
 * One running copy of the content script per tab and extension. Its state sits on the global of
 * the extension's isolated world, which the CRM page's scripts cannot see.
 */
type World = typeof globalThis & {
  /** Whether a live copy runs here: what `contentScriptRuns` reads. */
  closewardContentScript?: boolean;
  /** Stops the copy that runs here. */
  closewardStop?: () => void;
};

/**
 * Starts this copy: a copy already running in this world (the script injected again) stops
 * first, so its listeners and observer go and only one copy reports. The signal ends this copy:
 * its listeners carry it, its timers check it, its observer disconnects on it.
 */
export function startRun(): AbortController {
  const world = globalThis as World;
  world.closewardStop?.();
  const run = new AbortController();
  const stop = () => run.abort();
  world.closewardStop = stop;
  world.closewardContentScript = true;
  run.signal.addEventListener('abort', () => {
    if (world.closewardStop !== stop) return;
    world.closewardStop = undefined;
    world.closewardContentScript = false;
  });
  return run;
}

/**
 * Run by `scripting.executeScript` in the tab's isolated world. The browser serializes the
 * function's source, so it names the flag itself instead of closing over anything.
 */
export function contentScriptRuns(): boolean {
  return (globalThis as World).closewardContentScript === true;
}
