import type { APIMessage } from 'discord-api-types/v10';
import type { FakeDiscord, InteractionHandle } from '../../tests/support/fake-discord/index.ts';
import type { InteractionRecord } from '../../tests/support/fake-discord/interaction-record.ts';

export interface Sample {
  kind: string;
  /** Dispatch to first accepted response, as the fake measured it; undefined when none came. */
  ms: number | undefined;
  error: string | undefined;
}

/** What an interaction came to: its first response, and the message it left (reply, update or edit). */
export interface Acted {
  handle: InteractionHandle;
  type: number | undefined;
  message: APIMessage | undefined;
  error: string | undefined;
}

interface Pending {
  record: InteractionRecord;
  deadline: number;
  resolve: (acted: Omit<Acted, 'handle'>) => void;
}

/**
 * Drives users through the fake and waits for the bot's answers. One poller checks every pending
 * interaction each few milliseconds, instead of a notifier waiter per user (which would make each
 * state change in the fake cost O(users) and slow the fake, not the bot, under load).
 */
export class LoadDriver {
  readonly samples: Sample[] = [];
  private readonly pending = new Set<Pending>();
  private readonly failedIds = new Set<string>();
  private violationsSeen = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly fake: FakeDiscord,
    private readonly waitMs: number,
  ) {
    this.timer = setInterval(() => this.poll(), 3);
  }

  /** Delivers one interaction and resolves once it is answered (or has failed); never throws. */
  async act(kind: string, deliver: () => Promise<InteractionHandle>): Promise<Acted> {
    let handle: InteractionHandle;
    try {
      handle = await deliver();
    } catch (error) {
      this.samples.push({ kind, ms: undefined, error: `could not deliver: ${String(error)}` });
      throw error;
    }
    const record = this.fake.core.interactions.get(handle.id)!;
    const acted = await new Promise<Omit<Acted, 'handle'>>((resolve) => {
      this.pending.add({ record, resolve, deadline: performance.now() + this.waitMs });
    });
    this.samples.push({ kind, ms: record.accepted?.latencyMs, error: acted.error });
    return { handle, ...acted };
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private poll(): void {
    const violations = this.fake.violations;
    for (; this.violationsSeen < violations.length; this.violationsSeen++) {
      const body = violations[this.violationsSeen]!.body as { id?: unknown } | undefined;
      if (typeof body?.id === 'string') this.failedIds.add(body.id);
    }
    const now = performance.now();
    for (const p of this.pending) {
      const done = this.check(p.record, now > p.deadline);
      if (done === undefined) continue;
      this.pending.delete(p);
      p.resolve(done);
    }
  }

  private check(record: InteractionRecord, isLate: boolean): Omit<Acted, 'handle'> | undefined {
    const accepted = record.accepted;
    if (accepted === undefined) {
      if (this.failedIds.has(record.id))
        return { type: undefined, message: undefined, error: refusal(record, 'endpoint failed') };
      return isLate
        ? { type: undefined, message: undefined, error: refusal(record, 'no response in time') }
        : undefined;
    }
    const type = accepted.type as number;
    if (type === 8 || type === 9) return { type, message: undefined, error: undefined };
    const deferred = type === 5 || type === 6;
    const waiting = deferred && record.originalEdits === 0 && record.followUpIds.length === 0;
    if (waiting) return isLate ? { type, message: undefined, error: 'deferred and never finished' } : undefined;
    const id = deferred && record.originalEdits === 0 ? record.followUpIds[0] : record.originalMessageId;
    const message = id === undefined ? undefined : this.fake.core.messages.get(id)?.message;
    return message === undefined && !isLate
      ? undefined
      : { type, message, error: message === undefined ? 'no message' : undefined };
  }
}

function refusal(record: InteractionRecord, fallback: string): string {
  const refused = record.attempts.find((a) => a.error);
  return refused ? `callback refused: ${refused.status} ${refused.error?.code} ${refused.error?.message}` : fallback;
}
