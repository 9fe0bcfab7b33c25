// `sakskart serve`: the HTTP API over the database, on 127.0.0.1 unless told otherwise; Ctrl-C stops it cleanly.
import { InvalidArgumentError, type Command } from 'commander';
import {
  LOOPBACK_HOSTS,
  DEFAULT_HOST,
  DEFAULT_PORT,
  DEFAULT_LIMITS,
  createApp,
  isLoopback,
  startServer,
} from '../server/index.ts';
import { createStoryReader } from '../corpus/story-reader.ts';
import { createStoryService } from '../corpus/story-service.ts';
import { mountWebUi } from '../server/static.ts';
import { defaultDbPath, openStore } from '../store/index.ts';
import type { SetExit } from './main.ts';

export interface ServeOptions {
  port: number;
  host: string;
  db?: string;
  maxBody: number;
  fetch: boolean;
  allowOrigin?: string[];
}

export function registerServe(program: Command, setExit: SetExit): void {
  program
    .command('serve')
    .description('serve the HTTP API (JSON; OpenAPI at /api/openapi.json) until Ctrl-C')
    .option('--port <n>', 'port to listen on (0 picks a free one)', parsePort, DEFAULT_PORT)
    .option('--host <address>', 'address to bind; anything but loopback exposes the database', DEFAULT_HOST)
    .option(
      '--db <path>',
      'database file (default: $SAKSKART_DB or ./.sakskart/sakskart.db; created if missing)',
    )
    .option(
      '--max-body <bytes>',
      'largest article a client may POST',
      parseBytes,
      DEFAULT_LIMITS.maxBodyBytes,
    )
    .option('--no-fetch', 'refuse POST {url}: never fetch pages on behalf of clients')
    .option('--allow-origin <origins...>', 'web origins besides its own that may POST (a UI dev server)')
    .action(async (options: ServeOptions) => {
      await serveDatabase(options);
      setExit(0);
    });
}

/** Serves the API and the web UI over the database until SIGINT or SIGTERM, then closes everything cleanly. */
export async function serveDatabase(options: ServeOptions): Promise<void> {
  const dbPath = options.db ?? defaultDbPath();
  // POST /api/articles can fill an empty database, so serving one is allowed.
  const store = openStore(dbPath, { create: true });
  const loopback = isLoopback(options.host);
  // Articles POSTed to the API are filed under stories when stories are next read.
  let service;
  try {
    service = await createStoryService(store);
  } catch (error) {
    await store.close();
    throw error;
  }
  const app = createApp({
    store,
    stories: createStoryReader(store, service),
    limits: { maxBodyBytes: options.maxBody, allowFetch: options.fetch },
    // On loopback, answer only to loopback names: a page whose domain is rebound to 127.0.0.1 gets 403.
    allowedHosts: loopback ? [...LOOPBACK_HOSTS, options.host] : undefined,
    allowedOrigins: options.allowOrigin,
  });
  mountWebUi(app); // the web UI (web/dist) at /, after every /api route
  let server;
  try {
    server = await startServer(app, { port: options.port, host: options.host });
  } catch (error) {
    await store.close();
    throw error;
  }
  const { articles } = await store.stats();
  process.stdout.write(
    `sakskart at ${server.url}/  (story map; API ${server.url}/api, OpenAPI ${server.url}/api/openapi.json; ` +
      `${articles} articles in ${dbPath})\n`,
  );
  if (!loopback) {
    process.stderr.write(
      `sakskart serve: listening on ${options.host}: whoever reaches it can read and add articles\n`,
    );
  }
  const signal = await waitForStopSignal();
  process.stderr.write(`sakskart serve: ${signal}, stopping\n`);
  await server.close();
  await service.flush();
  await store.close();
}

/** Resolves on the first SIGINT or SIGTERM; a second one gets Node's default (immediate exit). */
function waitForStopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new InvalidArgumentError('give a port number 0–65535');
  return port;
}

function parseBytes(value: string): number {
  const bytes = Number(value);
  if (!/^\d+$/.test(value) || bytes < 1) throw new InvalidArgumentError('give a positive number of bytes');
  return bytes;
}
