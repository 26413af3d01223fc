CREATE TABLE `comment_search_pending` (
	`comment_id` integer PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE `comment_status_counts` (
	`status` text PRIMARY KEY NOT NULL,
	`n` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `articles_published_at_idx` ON `articles` (`published_at`);--> statement-breakpoint
CREATE INDEX `comments_created_idx` ON `comments` (`created_at`);--> statement-breakpoint
-- The moderation queue's tab counts (db/queries/admin-comments.ts), kept by the triggers below in the
-- transaction of every write, whoever writes (a cascade from a deleted article included): counting a
-- million comments per page view took 74 ms.
INSERT INTO `comment_status_counts` (`status`, `n`)
  SELECT s.status, (SELECT count(*) FROM comments c WHERE c.status = s.status)
  FROM (SELECT 'approved' AS status UNION ALL SELECT 'pending' UNION ALL SELECT 'spam' UNION ALL SELECT 'trash') s;
--> statement-breakpoint
CREATE TRIGGER `comments_count_insert` AFTER INSERT ON `comments` BEGIN
  UPDATE comment_status_counts SET n = n + 1 WHERE status = NEW.status;
END;
--> statement-breakpoint
CREATE TRIGGER `comments_count_delete` AFTER DELETE ON `comments` BEGIN
  UPDATE comment_status_counts SET n = n - 1 WHERE status = OLD.status;
END;
--> statement-breakpoint
CREATE TRIGGER `comments_count_update` AFTER UPDATE OF status ON `comments` WHEN OLD.status IS NOT NEW.status BEGIN
  UPDATE comment_status_counts SET n = n - 1 WHERE status = OLD.status;
  UPDATE comment_status_counts SET n = n + 1 WHERE status = NEW.status;
END;
--> statement-breakpoint
-- The moderators' search of comment text (db/queries/comment-search.ts): words folded and stemmed by
-- the application, as in the articles' index (0005), so the index stores no text (contentless) and
-- its rowid is the comment's id. A LIKE over every comment took 758 ms.
CREATE VIRTUAL TABLE `comment_search` USING fts5(body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0');
--> statement-breakpoint
CREATE TRIGGER `comments_search_insert` AFTER INSERT ON `comments` BEGIN
  INSERT OR IGNORE INTO comment_search_pending (comment_id) VALUES (NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `comments_search_update` AFTER UPDATE OF body ON `comments` WHEN OLD.body IS NOT NEW.body BEGIN
  INSERT OR IGNORE INTO comment_search_pending (comment_id) VALUES (NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `comments_search_delete` AFTER DELETE ON `comments` BEGIN
  INSERT OR IGNORE INTO comment_search_pending (comment_id) VALUES (OLD.id);
END;
--> statement-breakpoint
INSERT OR IGNORE INTO comment_search_pending (comment_id) SELECT id FROM comments;
