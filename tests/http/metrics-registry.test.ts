import { describe, expect, it } from 'vitest';
import { timedStore } from '../../src/adapters/metrics/app-metrics.ts';
import { MetricsRegistry } from '../../src/adapters/metrics/registry.ts';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.ts';

describe('MetricsRegistry', () => {
  it('renders counters, gauges and cumulative histogram buckets in Prometheus text', () => {
    const registry = new MetricsRegistry();
    const requests = registry.counter('mi_requests_total', 'Requests.');
    requests.inc({ type: 'slash', outcome: 'answered' });
    requests.inc({ outcome: 'answered', type: 'slash' }, 2);
    requests.inc({ type: 'button', outcome: 'failed' });
    registry.gauge('mi_depth', 'Depth.', () => 3);
    const latency = registry.histogram('mi_latency_seconds', 'Latency.', [0.1, 0.01, 1]);
    for (const value of [0.005, 0.05, 0.05, 2]) latency.observe(value, { type: 'slash' });
    expect(registry.render()).toMatchInlineSnapshot(`
      "# HELP mi_requests_total Requests.
      # TYPE mi_requests_total counter
      mi_requests_total{type="slash",outcome="answered"} 3
      mi_requests_total{type="button",outcome="failed"} 1
      # HELP mi_depth Depth.
      # TYPE mi_depth gauge
      mi_depth 3
      # HELP mi_latency_seconds Latency.
      # TYPE mi_latency_seconds histogram
      mi_latency_seconds_bucket{type="slash",le="0.01"} 1
      mi_latency_seconds_bucket{type="slash",le="0.1"} 3
      mi_latency_seconds_bucket{type="slash",le="1"} 3
      mi_latency_seconds_bucket{type="slash",le="+Inf"} 4
      mi_latency_seconds_sum{type="slash"} 2.105
      mi_latency_seconds_count{type="slash"} 4
      "
    `);
  });

  it('escapes label values and refuses bad or repeated names', () => {
    const registry = new MetricsRegistry();
    registry.counter('mi_x_total', 'X.').inc({ path: 'a"b\\c\nd' });
    expect(registry.render()).toContain('mi_x_total{path="a\\"b\\\\c\\nd"} 1');
    expect(() => registry.counter('mi_x_total', 'again')).toThrow(/twice/);
    expect(() => registry.counter('mi-x', 'dash')).toThrow(/invalid metric name/);
  });
});

describe('timedStore', () => {
  it('times every store call under its method name and passes results and errors through', async () => {
    const registry = new MetricsRegistry();
    const store = timedStore(await openSqliteStore(':memory:'), {
      store: registry.histogram('mi_store_seconds', 'Store.', [1]),
    });
    expect(await store.getUser('nobody')).toBeNull();
    expect(await store.claimJob('k', 'me', '2026-01-01T00:00:00.000Z')).toBe(true);
    await store.close();
    await expect(store.getUser('after-close')).rejects.toThrow();
    const text = registry.render();
    expect(text).toContain('mi_store_seconds_count{operation="getUser"} 2');
    expect(text).toContain('mi_store_seconds_count{operation="claimJob"} 1');
  });
});
