/** A wall-clock time of day in an IANA time zone: when a daily job fires. */
export interface DailySchedule {
  /** 'HH:MM', 24-hour, 00:00-23:59. */
  time: string;
  timeZone: string;
}

/** Who a scheduled job is for: a user (by DM) or a channel. */
export type JobTarget = { type: 'user'; id: string } | { type: 'channel'; id: string };

/** 'daily' posts the daily question; 'nudge' reminds a subscriber whose streak is about to end. */
export type JobKind = 'daily' | 'nudge';

/** One repeating job: its kind, its target and when it fires each local day. */
export interface ScheduledJob extends DailySchedule {
  kind: JobKind;
  target: JobTarget;
}

/** One occurrence of a scheduled job. */
export interface DueJob {
  /** The exactly-once key claimed through the store: `daily:user:<id>:<date>` and alike. */
  key: string;
  kind: JobKind;
  target: JobTarget;
  /** The local date ('YYYY-MM-DD' in the job's zone) this occurrence belongs to. */
  localDate: string;
  dueAt: Date;
}

export interface DueJobs {
  /** Occurrences to run now, oldest first. */
  due: DueJob[];
  /** Occurrences missed for longer than the catch-up window: not run, reported. */
  skipped: DueJob[];
}

/** Why a delivery failed: the target is paused until it is configured again. */
export type DeliveryFailureReason = 'dms_closed' | 'channel_missing' | 'missing_permissions' | 'other';

export interface DeliveryFailure {
  reason: DeliveryFailureReason;
  /** ISO time of the failure. */
  at: string;
}

/** A user's daily question by DM. */
export interface DailySubscription extends DailySchedule {
  userId: string;
  /** Only questions of this topic; null for any. */
  topic: string | null;
  /** Set by a failed delivery; the subscription is skipped until the user subscribes again. */
  deliveryFailure: DeliveryFailure | null;
  /** The server it was made in, whose bank (built-in + its own topics) gives the questions; null or absent: DMs, the built-in bank. */
  guildId?: string | null;
}

/** A channel's daily question, posted as a round that closes at the end of the local day. */
export interface ChannelDailyConfig extends DailySchedule {
  channelId: string;
  guildId: string;
  topic: string | null;
  /** A role to ping with the question; null pings nobody. */
  roleId: string | null;
  /** Set by a failed delivery (channel deleted, no permission); skipped until configured again. */
  deliveryFailure: DeliveryFailure | null;
}
