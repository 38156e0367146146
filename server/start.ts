// The team server: Hocuspocus with Careline's authentication, roles and lead requests, persisted
// in the data directory's SQLite file, and Redis when several instances serve one team. Used by
// the CLI (`team-server start`) and by tests, which start and stop it in-process.
import { join } from 'node:path';
import type { Duplex } from 'node:stream';
import { SQLite, schema as sqliteSchema } from '@hocuspocus/extension-sqlite';
import { Redis } from '@hocuspocus/extension-redis';
import { Server, type Extension } from '@hocuspocus/server';
import { dropMembers, handleStateless } from './admin';
import { authenticate, sendIssuedToken } from './auth';
import { stampAwareness } from './awareness';
import { DB_FILE, PRAGMAS, TeamStore } from './team-store';

export const DEFAULT_PORT = 1234;
/** How often an instance looks for members revoked elsewhere (the CLI, another instance). */
const REVOCATION_SWEEP_MS = 2_000;

export interface TeamServerOptions {
  dataDir: string;
  port: number;
  host?: string;
  /** redis://host:port: several instances with the same data directory serve the same teams. */
  redis?: string;
  now?: () => number;
}

export interface RunningServer {
  url: string;
  port: number;
  server: Server;
  store: TeamStore;
  stop(): Promise<void>;
}

function redisExtension(url: string): Redis {
  const u = new URL(url);
  if (u.protocol !== 'redis:') throw new Error(`--redis must be a redis:// address, not ${url}`);
  return new Redis({
    host: u.hostname || '127.0.0.1',
    port: Number(u.port || 6379),
    prefix: 'careline',
    options: { password: u.password || undefined, db: Number(u.pathname.slice(1) || 0) },
  });
}

export async function startTeamServer(o: TeamServerOptions): Promise<RunningServer> {
  const now = o.now ?? Date.now;
  const host = o.host ?? '127.0.0.1';
  const store = new TeamStore(o.dataDir);
  const sqlite = new SQLite({ database: join(o.dataDir, DB_FILE), schema: PRAGMAS + sqliteSchema });
  const extensions: Extension[] = [sqlite];
  if (o.redis) extensions.push(redisExtension(o.redis));

  // Called only once the server runs, so it may name the server declared below.
  const drop = (ids: string[]) => (ids.length ? dropMembers(server.hocuspocus, new Set(ids)) : 0);
  const server: Server = new Server({
    name: 'careline-team',
    port: o.port,
    address: host,
    quiet: true,
    stopOnSignals: false,
    extensions,
    onAuthenticate: authenticate(store, now),
    connected: sendIssuedToken,
    onStateless: handleStateless(store, now, (id) => drop([id])),
    beforeHandleAwareness: stampAwareness,
    async onRequest({ request, response }) {
      if (request.url === '/status') {
        // For operators and the benchmark: load and memory, nothing about teams or members.
        const { rss, heapUsed } = process.memoryUsage();
        const h = server.hocuspocus;
        response.writeHead(200, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify({ documents: h.getDocumentsCount(), connections: h.getConnectionsCount(), rss, heapUsed }));
      } else {
        response.writeHead(200, { 'Content-Type': 'text/plain' });
        response.end('Careline team server\n');
      }
      // Rejecting with nothing stops Hocuspocus's own default answer.
      throw null;
    },
  });
  // Hocuspocus's destroy() closes documents but leaves upgraded sockets open; a stopped server must
  // look stopped to its clients (they go offline and reconnect), in tests as in production.
  const sockets = new Set<Duplex>();
  server.httpServer.on('upgrade', (_req, socket: Duplex) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await server.listen();
  const sweep = setInterval(() => drop(store.revokedMembers()), REVOCATION_SWEEP_MS);
  const port = server.address.port;
  let stopping: Promise<void> | undefined;
  return {
    url: `ws://${host}:${port}`,
    port,
    server,
    store,
    stop() {
      stopping ??= (async () => {
        clearInterval(sweep);
        // Stores every document still waiting for its debounced write, then closes.
        await server.destroy();
        for (const s of sockets) s.destroy();
        sqlite.db?.close();
        store.close();
      })();
      return stopping;
    },
  };
}
