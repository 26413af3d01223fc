-- Search (lib/search/, db/queries/search-index.ts). The index holds folded words and light stems
-- made by the application, so it stores no text of its own (contentless) and rows go by article id.
CREATE VIRTUAL TABLE `article_search` USING fts5(title, excerpt, body, tags, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0');
--> statement-breakpoint
-- bm25 weights of title, excerpt, body, tags (a word in the headline counts ten times one in the body),
-- set once so that `ORDER BY rank` takes FTS5's own sorted path instead of a function call per row.
INSERT INTO article_search (article_search, rank) VALUES ('rank', 'bm25(10.0, 4.0, 1.0, 6.0)');
--> statement-breakpoint
CREATE VIRTUAL TABLE `article_search_vocab` USING fts5vocab(article_search, 'row');
--> statement-breakpoint
-- Which article each index row holds. An index row's rowid is its article's publication time in ms
-- times 1024 plus a slot (lib/search/row-key.ts), so FTS5 reads matches newest first by rowid alone
-- and `rowid <= key(now)` leaves out an article whose time has not come. Article ids are not
-- chronological (the WordPress import adds old articles late), so the id cannot serve.
CREATE TABLE `search_rows` (`rowid` integer PRIMARY KEY NOT NULL, `article_id` integer NOT NULL UNIQUE);
--> statement-breakpoint
-- Articles whose index rows are out of date. The triggers below fill it in the transaction of the
-- write itself, whoever writes (editor, scheduler, importer, a script); the application re-indexes
-- them before the next search reads the index.
CREATE TABLE `search_pending` (`article_id` integer PRIMARY KEY NOT NULL);
--> statement-breakpoint
CREATE TRIGGER `articles_search_insert` AFTER INSERT ON `articles` WHEN NEW.status = 'published' BEGIN
  INSERT OR IGNORE INTO search_pending (article_id) VALUES (NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `articles_search_update` AFTER UPDATE OF title, excerpt, body, status, published_at ON `articles`
  WHEN OLD.status = 'published' OR NEW.status = 'published' BEGIN
  INSERT OR IGNORE INTO search_pending (article_id) VALUES (NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `articles_search_delete` AFTER DELETE ON `articles` WHEN OLD.status = 'published' BEGIN
  INSERT OR IGNORE INTO search_pending (article_id) VALUES (OLD.id);
END;
--> statement-breakpoint
CREATE TRIGGER `article_tags_search_insert` AFTER INSERT ON `article_tags`
  WHEN EXISTS (SELECT 1 FROM articles WHERE id = NEW.article_id AND status = 'published') BEGIN
  INSERT OR IGNORE INTO search_pending (article_id) VALUES (NEW.article_id);
END;
--> statement-breakpoint
CREATE TRIGGER `article_tags_search_delete` AFTER DELETE ON `article_tags`
  WHEN EXISTS (SELECT 1 FROM articles WHERE id = OLD.article_id AND status = 'published') BEGIN
  INSERT OR IGNORE INTO search_pending (article_id) VALUES (OLD.article_id);
END;
--> statement-breakpoint
CREATE TRIGGER `tags_search_rename` AFTER UPDATE OF name ON `tags` WHEN OLD.name IS NOT NEW.name BEGIN
  INSERT OR IGNORE INTO search_pending (article_id)
    SELECT at.article_id FROM article_tags at JOIN articles a ON a.id = at.article_id
    WHERE at.tag_id = NEW.id AND a.status = 'published';
END;
--> statement-breakpoint
INSERT OR IGNORE INTO search_pending (article_id) SELECT id FROM articles WHERE status = 'published';
