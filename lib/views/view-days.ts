// Views are counted per UTC day: a day number is the days since 1970-01-01 (UTC).

const DAY_MS = 86_400_000;

/** "Most read" looks at today and the six days before it. */
export const MOST_READ_DAYS = 7;

/** Daily rows older than this many days are deleted by the batch that writes today's. */
export const VIEW_DAYS_KEPT = 31;

export function dayNumber(at: Date | number): number {
  return Math.floor((typeof at === 'number' ? at : at.getTime()) / DAY_MS);
}

/** The first day of a window of `days` days ending today. */
export function firstDayOf(days: number, now: Date | number = Date.now()): number {
  return dayNumber(now) - (days - 1);
}
