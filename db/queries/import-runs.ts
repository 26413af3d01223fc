import 'server-only';
import { db } from '../index';
import { findImportRun, recentImportRuns, type ImportRunRow } from './import';

// The admin import screen's reads (db/queries/import.ts holds the statements, shared with the CLI).

export async function listImportRuns(limit = 10): Promise<ImportRunRow[]> {
  return recentImportRuns(db(), limit);
}

export async function getImportRun(id: string): Promise<ImportRunRow | null> {
  return findImportRun(db(), id);
}
