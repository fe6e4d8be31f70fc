import type { Grader } from '../../core/interview/index.ts';
import type { Store } from '../../store/store.ts';
import { MetricsRegistry, type Counter, type Histogram } from './registry.ts';

/** Interaction kinds as counted: the handlers' kinds, plus HTTP pings and kinds the bot does not use. */
export type InteractionType = 'slash' | 'button' | 'modal' | 'autocomplete' | 'ping' | 'other';

/**
 * How an interaction ended: answered in time; deferred and finished later; a stand-in answer (the answer
 * box opened before the session check finished); failed (apologised for); or refused at the HTTP edge.
 */
export type InteractionOutcome = 'answered' | 'deferred' | 'fallback' | 'failed' | 'unauthorized' | 'invalid';

const SECONDS_FAST = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1];
const SECONDS_SLOW = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/** The metrics both transports publish on /metrics. */
export interface AppMetrics {
  registry: MetricsRegistry;
  interactions: Counter;
  /** Arrival to first response (the 3 s Discord counts), per interaction type. */
  firstResponse: Histogram;
  grading: Histogram;
  store: Histogram;
  /** Interactions received and not finished yet: the queue depth. */
  inFlight: { inc(): void; dec(): void; value(): number };
}

export function createAppMetrics(registry = new MetricsRegistry()): AppMetrics {
  let inFlight = 0;
  registry.gauge(
    'mi_interactions_in_flight',
    'Interactions received and not finished yet (queue depth).',
    () => inFlight,
  );
  registry.gauge('process_resident_memory_bytes', 'Resident memory of this process.', () => process.memoryUsage.rss());
  return {
    registry,
    interactions: registry.counter('mi_interactions_total', 'Interactions handled, by type and outcome.'),
    firstResponse: registry.histogram(
      'mi_first_response_seconds',
      'Seconds from receiving an interaction to its first response.',
      SECONDS_SLOW,
    ),
    grading: registry.histogram('mi_grading_seconds', 'Seconds to grade one answer against its rubric.', SECONDS_FAST),
    store: registry.histogram('mi_store_seconds', 'Seconds per store call, by operation.', SECONDS_FAST),
    inFlight: { inc: () => void (inFlight += 1), dec: () => void (inFlight -= 1), value: () => inFlight },
  };
}

/** The grader, timed. */
export function timedGrader(grader: Grader, metrics: Pick<AppMetrics, 'grading'>): Grader {
  return (question, answer) => {
    const done = metrics.grading.startTimer();
    try {
      return grader(question, answer);
    } finally {
      done();
    }
  };
}

/** The store with every call timed under its method name (`close` included; failures too). */
export function timedStore(store: Store, metrics: Pick<AppMetrics, 'store'>): Store {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || typeof property !== 'string') return value;
      return async (...args: unknown[]) => {
        const done = metrics.store.startTimer({ operation: property });
        try {
          return await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        } finally {
          done();
        }
      };
    },
  });
}

/** What `openApp` wraps the store and the grader with, so both are timed. */
export function instrumentsFor(metrics: AppMetrics) {
  return {
    store: (store: Store) => timedStore(store, metrics),
    grader: (grader: Grader) => timedGrader(grader, metrics),
  };
}

/** Healthy when the store answers a trivial read. */
export function storeAnswers(store: Store): () => Promise<boolean> {
  return async () => {
    await store.getSchedulerCursor();
    return true;
  };
}
