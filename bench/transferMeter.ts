/**
 * Counts what a server really sends: the bytes each response put on the socket (status line, headers and the
 * body as encoded, i.e. compressed as served) and when its request arrived. Measured at the server because the
 * browser under-reports some requests (a worker's own script, a worker's fetches).
 *
 * A response's size is read from the socket's byte counter between its request and the next request on the same
 * connection (the browser does not pipeline HTTP/1.1, so nothing else is written in between), or the counter's
 * value once all responses asked about have finished.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export interface ServedRequest {
  path: string;
  /** Wall-clock time the request arrived, in epoch milliseconds. */
  arrivedAt: number;
  /** Bytes written for the response, headers included. */
  bytes: number;
  status: number;
}

interface Pending {
  path: string;
  arrivedAt: number;
  socket: Socket;
  from: number;
  /** The counter when the next request arrived on this connection. */
  to: number | null;
  finished: Promise<number>;
}

export interface TransferMeter {
  /** Forgets what was served so far (call before each run). */
  reset(): void;
  /** Requests that arrived up to `epochMs`, once their responses have finished. */
  servedBefore(epochMs: number): Promise<ServedRequest[]>;
}

export function meterTransfers(server: Server): TransferMeter {
  let pending: Pending[] = [];
  const lastOnSocket = new WeakMap<Socket, Pending>();
  // Before the server's own handler, which may write the whole response synchronously.
  server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
    const socket = req.socket;
    const from = socket.bytesWritten;
    const previous = lastOnSocket.get(socket);
    if (previous) previous.to = from;
    const entry: Pending = {
      path: new URL(req.url ?? '/', 'http://localhost').pathname,
      arrivedAt: Date.now(),
      socket,
      from,
      to: null,
      finished: new Promise((resolve) => {
        res.once('finish', () => resolve(res.statusCode));
        res.once('close', () => resolve(res.statusCode));
      }),
    };
    lastOnSocket.set(socket, entry);
    pending.push(entry);
  });
  return {
    reset() {
      pending = [];
    },
    async servedBefore(epochMs) {
      const asked = pending.filter((entry) => entry.arrivedAt <= epochMs);
      const statuses = await Promise.all(asked.map((entry) => entry.finished));
      // Let the last writes of finished responses reach the socket's counter.
      await new Promise((resolve) => setTimeout(resolve, 50));
      return asked.map((entry, i) => ({
        path: entry.path,
        arrivedAt: entry.arrivedAt,
        bytes: (entry.to ?? entry.socket.bytesWritten) - entry.from,
        status: statuses[i]!,
      }));
    },
  };
}
