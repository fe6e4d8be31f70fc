import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { GatewayCloseCodes, GatewayIntentBits, GatewayOpcodes } from 'discord-api-types/v10';
import { WebSocket, WebSocketServer } from 'ws';
import { GatewaySession } from './gateway-session.ts';

export interface GatewayLogEntry {
  at: number;
  event: 'connect' | 'identify' | 'resume' | 'ready' | 'resumed' | 'invalid-session' | 'reconnect' | 'close';
  sessionId?: string;
  code?: number;
}

export interface GatewayDeps {
  botToken(): string;
  now(): number;
  heartbeatIntervalMs: number;
  /** Privileged intents the application may use; others close with 4014. */
  allowedPrivilegedIntents: number;
  /** READY then GUILD_CREATE for each guild of the shard. */
  greet(session: GatewaySession): void;
  notify(): void;
}

const PRIVILEGED = GatewayIntentBits.GuildMembers | GatewayIntentBits.GuildPresences | GatewayIntentBits.MessageContent;

interface Connection {
  socket: WebSocket;
  session?: GatewaySession;
}

/** How IDENTIFYs are refused while `refuseSessions` is on: op 9 (not resumable), or a close code. */
export type SessionRefusal = 'invalid-session' | number;

/** Discord's gateway over `ws`: HELLO, IDENTIFY, READY, heartbeats, RESUME with replay, and chaos. */
export class GatewayServer {
  readonly sessions: GatewaySession[] = [];
  readonly log: GatewayLogEntry[] = [];
  heartbeats = 0;
  /** While set, every valid IDENTIFY is logged and then refused this way, with no READY. */
  refusal: SessionRefusal | null = null;
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly connections = new Set<Connection>();

  constructor(private readonly deps: GatewayDeps) {
    this.wss.on('connection', (socket) => this.accept(socket));
  }

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.wss.handleUpgrade(req, socket, head, (ws) => this.wss.emit('connection', ws, req));
  }

  /** Live sessions that would receive an event for this guild (undefined: DMs, shard 0). */
  sessionsFor(guildId: string | undefined): GatewaySession[] {
    const live = this.sessions.filter((s) => s.resumable && s.ownsGuild(guildId));
    // Two sessions on one shard (a restarted bot): Discord talks to the newest.
    const byShard = new Map(live.map((s) => [s.shard[0], s]));
    return [...byShard.values()];
  }

  /** Sends op 7 RECONNECT: discord.js closes and resumes on resume_gateway_url. */
  reconnect(): void {
    this.record('reconnect');
    for (const c of this.connections) send(c.socket, { op: GatewayOpcodes.Reconnect, d: null });
  }

  /** Sends op 9 INVALID_SESSION; when not resumable the client must IDENTIFY again. */
  invalidateSession(resumable = false): void {
    for (const c of this.connections) {
      if (c.session && !resumable) c.session.resumable = false;
      this.record('invalid-session', c.session);
      send(c.socket, { op: GatewayOpcodes.InvalidSession, d: resumable });
    }
  }

  /** Kills every socket without a close frame (code 1006 for the client): discord.js resumes. */
  dropConnections(): void {
    for (const c of this.connections) c.socket.terminate();
  }

  close(): Promise<void> {
    for (const c of this.connections) c.socket.terminate();
    return new Promise((resolve) => this.wss.close(() => resolve()));
  }

  private accept(socket: WebSocket): void {
    const conn: Connection = { socket };
    this.connections.add(conn);
    this.record('connect');
    socket.on('message', (raw) => this.onFrame(conn, raw.toString()));
    socket.on('close', (code) => this.onClose(conn, code));
    socket.on('error', () => socket.terminate());
    send(socket, { op: GatewayOpcodes.Hello, d: { heartbeat_interval: this.deps.heartbeatIntervalMs } });
  }

  private onFrame(conn: Connection, text: string): void {
    let frame: { op?: unknown; d?: any };
    try {
      frame = JSON.parse(text);
    } catch {
      return conn.socket.close(GatewayCloseCodes.DecodeError, 'Error while decoding payload.');
    }
    switch (frame.op) {
      case GatewayOpcodes.Heartbeat:
        this.heartbeats += 1;
        return send(conn.socket, { op: GatewayOpcodes.HeartbeatAck, d: null });
      case GatewayOpcodes.Identify:
        return this.identify(conn, frame.d);
      case GatewayOpcodes.Resume:
        return this.resume(conn, frame.d);
      case GatewayOpcodes.PresenceUpdate:
      case GatewayOpcodes.VoiceStateUpdate:
      case GatewayOpcodes.RequestGuildMembers:
        if (!conn.session) conn.socket.close(GatewayCloseCodes.NotAuthenticated, 'Not authenticated.');
        return;
      default:
        conn.socket.close(GatewayCloseCodes.UnknownOpcode, 'Unknown opcode.');
    }
  }

  private identify(conn: Connection, d: { token?: string; intents?: number; shard?: [number, number] }): void {
    if (conn.session) return conn.socket.close(GatewayCloseCodes.AlreadyAuthenticated, 'Already authenticated.');
    if (d?.token !== this.deps.botToken())
      return conn.socket.close(GatewayCloseCodes.AuthenticationFailed, 'Authentication failed.');
    const intents = Number(d.intents ?? 0);
    if ((intents & PRIVILEGED & ~this.deps.allowedPrivilegedIntents) !== 0) {
      return conn.socket.close(GatewayCloseCodes.DisallowedIntents, 'Disallowed intent(s).');
    }
    if (this.refusal !== null) return this.refuse(conn, this.refusal);
    const session = new GatewaySession(d.shard ?? [0, 1], intents);
    this.sessions.push(session);
    conn.session = session;
    session.socket = conn.socket;
    this.record('identify', session);
    this.deps.greet(session);
    this.record('ready', session);
  }

  private refuse(conn: Connection, refusal: SessionRefusal): void {
    this.record('identify');
    if (refusal !== 'invalid-session') return conn.socket.close(refusal, 'Session refused.');
    this.record('invalid-session');
    send(conn.socket, { op: GatewayOpcodes.InvalidSession, d: false });
  }

  private resume(conn: Connection, d: { token?: string; session_id?: string; seq?: number }): void {
    if (d?.token !== this.deps.botToken())
      return conn.socket.close(GatewayCloseCodes.AuthenticationFailed, 'Authentication failed.');
    const session = this.sessions.find((s) => s.id === d.session_id && s.resumable);
    this.record('resume', session);
    if (!session) {
      this.record('invalid-session');
      return send(conn.socket, { op: GatewayOpcodes.InvalidSession, d: false });
    }
    session.socket = conn.socket;
    session.resumes += 1;
    conn.session = session;
    for (const frame of session.missedSince(Number(d.seq ?? 0))) session.write(frame);
    session.dispatch('RESUMED', {});
    this.record('resumed', session);
  }

  private onClose(conn: Connection, code: number): void {
    this.connections.delete(conn);
    const session = conn.session;
    if (session?.socket === conn.socket) session.socket = undefined;
    // A client closing with 1000/1001 ends its session (it cannot be resumed).
    if (session && (code === 1000 || code === 1001)) session.resumable = false;
    this.record('close', session, code);
  }

  private record(event: GatewayLogEntry['event'], session?: GatewaySession, code?: number): void {
    this.log.push({
      at: this.deps.now(),
      event,
      ...(session ? { sessionId: session.id } : {}),
      ...(code !== undefined ? { code } : {}),
    });
    this.deps.notify();
  }
}

function send(socket: WebSocket, frame: unknown): void {
  if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(frame));
}
