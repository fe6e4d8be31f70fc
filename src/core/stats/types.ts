export interface TopicStats {
  topic: string;
  attempts: number;
  /** Mean score (0-100) of the topic's attempts, null when there are none. */
  average: number | null;
  /** 0-1; see `topicMastery` for the formula. 0 when there are no attempts. */
  mastery: number;
}

export interface Streak {
  /** Consecutive local days practised up to today or yesterday; 0 if the run has lapsed. */
  current: number;
  /** The longest run of consecutive local days ever practised. */
  longest: number;
  /** 'YYYY-MM-DD' in the user's time zone, null before the first attempt. */
  lastPracticeDay: string | null;
}

export interface WeakKeyPoint {
  questionId: string;
  keyPointId: string;
  /** The rubric's wording of the key point. */
  text: string;
  /** The document heading the key point comes from, when the rubric names one. */
  source: string | null;
  document: string;
  attempts: number;
  misses: number;
  partials: number;
  /** misses / attempts, 0-1. */
  missRate: number;
}

export interface UserStats {
  attempts: number;
  /** Distinct non-null session ids among the attempts. */
  sessions: number;
  /** Mean score (0-100) over all attempts, null when there are none. */
  averageScore: number | null;
  bestScore: number | null;
  /** Every topic of the bank plus any other topic attempted, sorted by name. */
  perTopic: TopicStats[];
  streak: Streak;
  /** Up to 5 key points with the highest miss rate among those graded at least twice. */
  weakestKeyPoints: WeakKeyPoint[];
}
