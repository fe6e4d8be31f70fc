import { randomBytes } from 'node:crypto';
import { WebSocket } from 'ws';

/** One dispatch as sent on the wire. */
export interface DispatchFrame {
  op: 0;
  s: number;
  t: string;
  d: unknown;
}

/** How many dispatches a session keeps for RESUME replay. */
const REPLAY_BUFFER = 1000;

/** A gateway session: survives dropped sockets until resumed or invalidated, like Discord's. */
export class GatewaySession {
  readonly id = randomBytes(16).toString('hex');
  seq = 0;
  socket: WebSocket | undefined;
  /** False after an op 9 (not resumable) or a client close with 1000/1001. */
  resumable = true;
  resumes = 0;
  private readonly buffer: DispatchFrame[] = [];

  constructor(
    readonly shard: [number, number],
    readonly intents: number,
  ) {}

  /** Sends now if connected; otherwise keeps it for replay when the client resumes. */
  dispatch(t: string, d: unknown): void {
    const frame: DispatchFrame = { op: 0, s: ++this.seq, t, d };
    this.buffer.push(frame);
    if (this.buffer.length > REPLAY_BUFFER) this.buffer.shift();
    this.write(frame);
  }

  /** Dispatches after `seq`, for RESUME. */
  missedSince(seq: number): DispatchFrame[] {
    return this.buffer.filter((f) => f.s > seq);
  }

  write(frame: unknown): void {
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(frame));
  }

  hasIntent(bit: number): boolean {
    return (this.intents & bit) !== 0;
  }

  /** Which shard a guild's events go to: (guild_id >> 22) % shard_count. */
  ownsGuild(guildId: string | undefined): boolean {
    const [id, count] = this.shard;
    if (guildId === undefined) return id === 0;
    return Number((BigInt(guildId) >> 22n) % BigInt(count)) === id;
  }
}
