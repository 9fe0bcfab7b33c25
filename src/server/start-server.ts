// Puts an app on a real port with @hono/node-server, and takes it off again without cutting requests mid-answer.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { SakskartError } from '../errors.ts';

export interface ServerAddress {
  /** 0 picks a free port (tests). */
  port: number;
  host: string;
}

export interface RunningServer {
  /** `http://127.0.0.1:8787`, with the port actually bound. */
  url: string;
  port: number;
  /** Stops accepting, lets requests in flight finish (at most `graceMs`), then drops what is left. */
  close: (graceMs?: number) => Promise<void>;
}

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 8787;

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

export function startServer(app: Hono, address: ServerAddress): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: address.port, hostname: address.host }) as Server;
    server.once('error', (error: NodeJS.ErrnoException) => {
      const why =
        error.code === 'EADDRINUSE'
          ? `port ${address.port} on ${address.host} is in use; pick another with --port`
          : error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND'
            ? `cannot bind to ${address.host}: no such local address`
            : error.code === 'EACCES'
              ? `not allowed to listen on port ${address.port}`
              : error.message;
      reject(new SakskartError('BAD_OPTION', why, { cause: error }));
    });
    server.once('listening', () => {
      const { port } = server.address() as AddressInfo;
      const host = address.host.includes(':') ? `[${address.host}]` : address.host;
      resolve({
        url: `http://${host}:${port}`,
        port,
        close: (graceMs = 3000) => closeServer(server, graceMs),
      });
    });
  });
}

function closeServer(server: Server, graceMs: number): Promise<void> {
  return new Promise((resolve) => {
    const force = setTimeout(() => server.closeAllConnections(), graceMs);
    server.close(() => {
      clearTimeout(force);
      resolve();
    });
    // Keep-alive sockets with no request would otherwise hold close() open until they time out.
    server.closeIdleConnections();
  });
}
