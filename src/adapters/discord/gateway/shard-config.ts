import { z } from 'zod';

/**
 * Splitting the gateway over processes: each runs SHARD_IDS out of SHARD_COUNT shards and Discord sends
 * a shard the events of the servers with (guild_id >> 22) % SHARD_COUNT equal to its id (DMs go to shard 0).
 * Explicit numbers only: discord.js's automatic mode asks discord.com for the count.
 */
export const gatewayScaleSettings = z.object({
  SHARD_COUNT: z.coerce.number({ error: 'SHARD_COUNT must be a whole number' }).int().min(1).max(4096).optional(),
  SHARD_IDS: z
    .string()
    .trim()
    .regex(/^\d+([\s,]+\d+)*$/, 'SHARD_IDS must be shard numbers separated by commas, e.g. 0,2')
    .transform((text) => [...new Set(text.split(/[\s,]+/).map(Number))].sort((a, b) => a - b))
    .optional(),
  /** Serves /metrics and /healthz for the gateway bot when set (0: any free port, logged). */
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
});

type ScaleSettings = z.infer<typeof gatewayScaleSettings>;

/** Adds the rule that joins the two shard settings; listed with every other problem. */
export function withShardRules<S extends z.ZodType<ScaleSettings>>(schema: S): S {
  const when = () => true;
  return schema.refine(
    (c) =>
      !Array.isArray(c?.SHARD_IDS) ||
      c.SHARD_IDS.every((id) => id < (typeof c.SHARD_COUNT === 'number' ? c.SHARD_COUNT : 1)),
    {
      path: ['SHARD_IDS'],
      message: 'SHARD_IDS must each be below SHARD_COUNT (shards are numbered from 0); set SHARD_COUNT too',
      when,
    },
  );
}

export interface ShardSpec {
  ids: number[];
  count: number;
}

/** This process's shards, or undefined for the single shard of an unsharded bot. */
export function shardsOf(config: ScaleSettings): ShardSpec | undefined {
  if (config.SHARD_COUNT === undefined) return undefined;
  const count = config.SHARD_COUNT;
  return { ids: config.SHARD_IDS ?? Array.from({ length: count }, (_, i) => i), count };
}
