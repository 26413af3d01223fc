/** The column a UNIQUE constraint refused ("tags.name"), from better-sqlite3's error or drizzle's wrapper of it. */
export function uniqueViolation(error: unknown): string | null {
  for (let e = error; e instanceof Error; e = e.cause) {
    const match = /UNIQUE constraint failed: ([\w.]+)/.exec(e.message);
    if (match) return match[1]!;
  }
  return null;
}
