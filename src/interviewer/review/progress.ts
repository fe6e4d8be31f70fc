import { buildProgress, progressSvg, type Progress, type ProgressOptions } from '../../core/progress/index.ts';
import { summarizeReviews, type ReviewSummary } from '../../core/review/index.ts';
import { computeStats, type UserStats } from '../../core/stats/index.ts';
import { collectStudyItems, renderStudySheet } from '../../core/study-sheet/index.ts';
import type { LearningDeps } from './learning.ts';

/** Turns an SVG document into PNG bytes (resvg in production: src/adapters/image). */
export type RenderPng = (svg: string) => Promise<Uint8Array>;

export interface ProgressDeps extends LearningDeps {
  renderPng: RenderPng;
  /** The bank's source documents by file name, for the study sheet's section text (read when needed). */
  readDocuments: () => Promise<Readonly<Record<string, string>>>;
}

/** Everything a user's progress is drawn from, read once. */
export interface ProgressReport {
  stats: UserStats;
  review: ReviewSummary;
  progress: Progress;
}

export interface ProgressImage {
  png: Uint8Array;
  width: number;
  height: number;
}

export interface StudySheet {
  markdown: string;
  /** Key points on the sheet, and how many of them are due now. */
  items: number;
  due: number;
}

/** A user's progress (numbers, picture) and study sheet: each reads only that user's data. */
export function createProgressUseCases(deps: ProgressDeps) {
  const { bank, store } = deps;

  async function report(userId: string, options?: ProgressOptions): Promise<ProgressReport> {
    const now = deps.clock();
    const [user, attempts, cards] = await Promise.all([
      store.getUser(userId),
      store.listAttempts(userId),
      store.listReviewCards(userId),
    ]);
    const timeZone = user?.timeZone ?? null;
    const stats = computeStats(attempts, bank, now, timeZone);
    const review = summarizeReviews(cards, bank, now, timeZone);
    return { stats, review, progress: buildProgress(attempts, stats, review, now, timeZone, options) };
  }

  return {
    progress: report,

    /** The progress picture (mastery per topic, session scores, practice calendar) as a PNG. */
    async progressImage(userId: string, title: string, options?: ProgressOptions): Promise<ProgressImage> {
      const { progress } = await report(userId, options);
      const { svg, width, height } = progressSvg(progress, title);
      return { png: await deps.renderPng(svg), width, height };
    },

    /** The key points the user missed or nearly covered, by document section, due ones first, as Markdown. */
    async studySheet(userId: string, name: string): Promise<StudySheet> {
      const now = deps.clock();
      const [attempts, cards] = await Promise.all([store.listAttempts(userId), store.listReviewCards(userId)]);
      const items = collectStudyItems(bank, attempts, cards, now);
      const markdown = renderStudySheet({ name, items, documents: await deps.readDocuments(), now });
      return { markdown, items: items.length, due: items.filter((i) => i.isDue).length };
    },
  };
}

export type ProgressUseCases = ReturnType<typeof createProgressUseCases>;
