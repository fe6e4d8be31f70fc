import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A loopback TCP proxy to stage outages without touching the real service: `cut()` drops every
 * connection and refuses new ones (a server gone), `blackhole()` accepts and never answers (a network
 * that swallows packets), `restore()` forwards again, on the same port.
 */
export interface TcpProxy {
  port: number;
  /** Connections accepted while forwarding. */
  readonly accepted: number;
  cut(): Promise<void>;
  blackhole(): Promise<void>;
  restore(): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host?: string; port: number }): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  let mode: 'forward' | 'blackhole' = 'forward';
  let accepted = 0;
  let server: Server | undefined;
  let port = 0;

  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  const onConnection = (client: Socket) => {
    track(client);
    if (mode === 'blackhole') return;
    accepted += 1;
    const upstream = connect(target.port, target.host ?? '127.0.0.1');
    track(upstream);
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  };
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server = createServer(onConnection);
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as AddressInfo).port;
        resolve();
      });
    });
  const stopListening = async () => {
    const closing = server;
    server = undefined;
    for (const socket of sockets) socket.destroy();
    if (closing) await new Promise<void>((resolve) => closing.close(() => resolve()));
  };

  await listen();
  return {
    get port() {
      return port;
    },
    get accepted() {
      return accepted;
    },
    async cut() {
      await stopListening();
    },
    async blackhole() {
      for (const socket of sockets) socket.destroy();
      mode = 'blackhole';
      if (!server) await listen();
    },
    async restore() {
      mode = 'forward';
      if (!server) await listen();
    },
    async close() {
      await stopListening();
    },
  };
}
