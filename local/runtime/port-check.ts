import { createServer } from 'node:net';
import { LocalStartError } from './errors.ts';

/**
 * Checks that a fixed port is free before a server is started on it, so that a second
 * `npm start` fails with a sentence rather than a server's bind error.
 *
 * @param port - the port; 0 (any free port) always passes
 * @param what - the server, for the message
 * @param override - the flag and variable that choose another port, for the message
 * @throws LocalStartError when the port is in use or cannot be bound
 */
export async function checkPortFree(port: number, what: string, override: string): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        new LocalStartError(
          error.code === 'EADDRINUSE'
            ? `Port ${port} (${what}) is already in use — is the pipeline already running? Choose another with ${override}.`
            : `Cannot listen on port ${port} (${what}): ${error.message}`,
          { cause: error },
        ),
      );
    });
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}
