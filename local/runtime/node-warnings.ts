/**
 * The AWS SDK warns on every run under Node 20 that its releases from 2027 will need Node 22: a
 * notice for the maintainers (the Lambdas run Node 22), not for someone running the CLI.
 */

let installed = false;

/** Drops the SDK's NodeVersionSupportWarning and lets every other warning through. */
export function quietNodeVersionNotice(): void {
  if (installed) return;
  installed = true;
  const listeners = process.listeners('warning');
  process.removeAllListeners('warning');
  process.on('warning', (warning) => {
    if (/NodeVersionSupportWarning/.test(`${warning.name} ${warning.message}`)) return;
    for (const listener of listeners) listener(warning);
  });
}
