/**
 * A tiny in-process metrics registry (counters, gauges, histograms with fixed buckets) rendered in the
 * Prometheus text format (version 0.0.4). No dependency: the bot needs a handful of series, not a client.
 */
export type Labels = Record<string, string>;

export interface Counter {
  inc(labels?: Labels, by?: number): void;
}

export interface Histogram {
  observe(value: number, labels?: Labels): void;
  /** Starts a timer; the returned function observes the seconds elapsed. */
  startTimer(labels?: Labels): () => number;
}

interface Metric {
  name: string;
  help: string;
  type: 'counter' | 'gauge' | 'histogram';
  lines(): string[];
}

interface HistogramSeries {
  labels: Labels;
  counts: number[];
  sum: number;
  count: number;
}

export const PROMETHEUS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

export class MetricsRegistry {
  private readonly metrics: Metric[] = [];

  counter(name: string, help: string): Counter {
    const series = new Map<string, { labels: Labels; value: number }>();
    this.add({
      name,
      help,
      type: 'counter',
      lines: () => [...series.values()].map((s) => `${name}${formatLabels(s.labels)} ${formatNumber(s.value)}`),
    });
    return {
      inc(labels = {}, by = 1) {
        const key = labelKey(labels);
        const found = series.get(key);
        if (found) found.value += by;
        else series.set(key, { labels, value: by });
      },
    };
  }

  /** A gauge read when the metrics are rendered (in-flight work, memory). */
  gauge(name: string, help: string, read: () => number): void {
    this.add({ name, help, type: 'gauge', lines: () => [`${name} ${formatNumber(read())}`] });
  }

  /** `buckets`: upper bounds in ascending order; +Inf is added. */
  histogram(name: string, help: string, buckets: readonly number[]): Histogram {
    const bounds = [...buckets].sort((a, b) => a - b);
    const series = new Map<string, HistogramSeries>();
    this.add({
      name,
      help,
      type: 'histogram',
      lines: () => [...series.values()].flatMap((s) => histogramLines(name, bounds, s)),
    });
    const observe = (value: number, labels: Labels = {}) => {
      const key = labelKey(labels);
      let s = series.get(key);
      if (!s) {
        s = { labels, counts: bounds.map(() => 0), sum: 0, count: 0 };
        series.set(key, s);
      }
      const at = bounds.findIndex((b) => value <= b);
      if (at >= 0) s.counts[at]! += 1;
      s.sum += value;
      s.count += 1;
    };
    return {
      observe,
      startTimer(labels = {}) {
        const started = performance.now();
        return () => {
          const seconds = (performance.now() - started) / 1000;
          observe(seconds, labels);
          return seconds;
        };
      },
    };
  }

  /** Every metric in the Prometheus text exposition format. */
  render(): string {
    const out: string[] = [];
    for (const m of this.metrics) {
      out.push(
        `# HELP ${m.name} ${m.help.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')}`,
        `# TYPE ${m.name} ${m.type}`,
        ...m.lines(),
      );
    }
    return `${out.join('\n')}\n`;
  }

  private add(metric: Metric): void {
    if (!/^[a-zA-Z_:][a-zA-Z0-9_:]*$/.test(metric.name)) throw new Error(`invalid metric name ${metric.name}`);
    if (this.metrics.some((m) => m.name === metric.name)) throw new Error(`metric ${metric.name} registered twice`);
    this.metrics.push(metric);
  }
}

function histogramLines(name: string, bounds: readonly number[], s: HistogramSeries): string[] {
  let cumulative = 0;
  const lines = bounds.map((bound, i) => {
    cumulative += s.counts[i]!;
    return `${name}_bucket${formatLabels({ ...s.labels, le: formatNumber(bound) })} ${cumulative}`;
  });
  lines.push(`${name}_bucket${formatLabels({ ...s.labels, le: '+Inf' })} ${s.count}`);
  lines.push(
    `${name}_sum${formatLabels(s.labels)} ${formatNumber(s.sum)}`,
    `${name}_count${formatLabels(s.labels)} ${s.count}`,
  );
  return lines;
}

function labelKey(labels: Labels): string {
  return Object.keys(labels)
    .sort()
    .map((k) => `${k}=${labels[k]}`)
    .join('\u0000');
}

function formatLabels(labels: Labels): string {
  const parts = Object.entries(labels).map(
    ([k, v]) => `${k}="${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`,
  );
  return parts.length === 0 ? '' : `{${parts.join(',')}}`;
}

function formatNumber(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '+Inf' : '-Inf';
  return String(value);
}
