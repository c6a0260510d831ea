import { createServer } from 'node:net';

/**
 * Asks the OS for a TCP port that is free right now on the loopback interface.
 *
 * @returns a port number; another process may still take it before the caller binds it, so
 *   launchers retry on a bind failure
 */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address !== null && typeof address === 'object') resolve(address.port);
        else reject(new Error(`Unexpected server address ${JSON.stringify(address)}`));
      });
    });
  });
}
