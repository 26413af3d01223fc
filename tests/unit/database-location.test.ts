import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatabaseLocationError, openDatabase } from '@/db/client';

describe('openDatabase', () => {
  it('explains in Arabic and English when the directory cannot hold the database', () => {
    const file = path.join(os.tmpdir(), `khabar-not-a-dir-${process.pid}`);
    fs.writeFileSync(file, 'a file where a directory should be');
    try {
      expect(() => openDatabase(path.join(file, 'khabar.db'))).toThrow(DatabaseLocationError);
      expect(() => openDatabase(path.join(file, 'khabar.db'))).toThrow(/لا يمكن الكتابة في مجلد قاعدة البيانات.*\n.*not writable/);
    } finally {
      fs.rmSync(file);
    }
  });

  it('creates the directory and opens the file in WAL mode with foreign keys on', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'khabar-db-'));
    const { sqlite } = openDatabase(path.join(dir, 'nested', 'khabar.db'));
    try {
      expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
      expect(sqlite.pragma('synchronous', { simple: true })).toBe(1);
    } finally {
      sqlite.close();
      fs.rmSync(dir, { recursive: true });
    }
  });
});
