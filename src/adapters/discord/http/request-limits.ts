import type { ServerOptions } from 'node:http';

/**
 * What one client may hold of the interactions endpoint. Discord sends each interaction as one small
 * request at once, so a slow or never-finished request is not Discord and gets cut off in seconds.
 */
export const REQUEST_LIMITS = {
  /** All headers must arrive within this from a request's first byte. */
  headersTimeoutMs: 5_000,
  /** The whole request (headers and body) must arrive within this. */
  requestTimeoutMs: 10_000,
  /** How often the server looks for requests past those limits. */
  checkEveryMs: 1_000,
  /** Open connections at once; more are closed on arrival. */
  maxConnections: 512,
  /** JSON nesting a Discord interaction never comes near (options nest three deep); checked before validating. */
  maxJsonDepth: 32,
} as const;

/** Options for createServer: the timeouts above, checked every second (Node's default looks every 30 s). */
export function guardedServerOptions(): ServerOptions {
  return {
    headersTimeout: REQUEST_LIMITS.headersTimeoutMs,
    requestTimeout: REQUEST_LIMITS.requestTimeoutMs,
    connectionsCheckingInterval: REQUEST_LIMITS.checkEveryMs,
    // Longer than a load balancer's idle timeout (nginx and cloud balancers keep upstream connections ~60 s),
    // so the balancer, not this server, closes idle connections: no request is ever sent on a closing socket.
    keepAliveTimeout: 65_000,
  };
}

/**
 * Whether JSON.parse's result nests no deeper than `maxDepth` arrays and objects. Walked with a queue, not
 * recursion, so that the check itself cannot overflow the stack the way a recursive validator does.
 */
export function isNestedWithin(value: unknown, maxDepth: number = REQUEST_LIMITS.maxJsonDepth): boolean {
  let level: unknown[] = [value];
  for (let depth = 0; level.length > 0; depth++) {
    const containers = level.filter((v): v is object => typeof v === 'object' && v !== null);
    if (containers.length > 0 && depth >= maxDepth) return false;
    level = containers.flatMap((v) => Object.values(v));
  }
  return true;
}
