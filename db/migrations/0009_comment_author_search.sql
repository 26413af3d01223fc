CREATE TABLE `author_names` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `author_names_name_unique` ON `author_names` (`name`);--> statement-breakpoint
CREATE INDEX `comments_guest_name_idx` ON `comments` (`guest_name`);--> statement-breakpoint
CREATE INDEX `users_name_idx` ON `users` (`name`);--> statement-breakpoint
-- The moderation queue's author search (db/queries/admin-comments.ts): part of a name or an email,
-- found in a trigram index of the distinct names and emails of users and names of guests, then the
-- comments through comments_user_idx and comments_guest_name_idx. A LIKE over every comment's author
-- took 1.2 s (1M comments). The triggers below keep author_names in the transaction of every write,
-- whoever writes; a name no user or comment holds any more is removed with the last one.
INSERT OR IGNORE INTO `author_names` (`name`) SELECT `name` FROM `users` WHERE `name` IS NOT NULL;--> statement-breakpoint
INSERT OR IGNORE INTO `author_names` (`name`) SELECT `email` FROM `users` WHERE `email` IS NOT NULL;--> statement-breakpoint
INSERT OR IGNORE INTO `author_names` (`name`) SELECT DISTINCT `guest_name` FROM `comments` WHERE `guest_name` IS NOT NULL;--> statement-breakpoint
CREATE VIRTUAL TABLE `author_name_search` USING fts5(name, content='author_names', content_rowid='id', tokenize='trigram');--> statement-breakpoint
INSERT INTO `author_name_search` (`author_name_search`) VALUES ('rebuild');--> statement-breakpoint
CREATE TRIGGER `author_names_search_insert` AFTER INSERT ON `author_names` BEGIN
  INSERT INTO author_name_search (rowid, name) VALUES (NEW.id, NEW.name);
END;
--> statement-breakpoint
CREATE TRIGGER `author_names_search_delete` AFTER DELETE ON `author_names` BEGIN
  INSERT INTO author_name_search (author_name_search, rowid, name) VALUES ('delete', OLD.id, OLD.name);
END;
--> statement-breakpoint
CREATE TRIGGER `users_author_names_insert` AFTER INSERT ON `users` BEGIN
  INSERT OR IGNORE INTO author_names (name) SELECT NEW.name WHERE NEW.name IS NOT NULL UNION ALL SELECT NEW.email WHERE NEW.email IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `users_author_names_update` AFTER UPDATE OF name, email ON `users` BEGIN
  INSERT OR IGNORE INTO author_names (name) SELECT NEW.name WHERE NEW.name IS NOT NULL UNION ALL SELECT NEW.email WHERE NEW.email IS NOT NULL;
  DELETE FROM author_names WHERE name IN (OLD.name, OLD.email) AND name IS NOT NEW.name AND name IS NOT NEW.email
    AND NOT EXISTS (SELECT 1 FROM users u WHERE u.name = author_names.name)
    AND NOT EXISTS (SELECT 1 FROM users u WHERE u.email = author_names.name)
    AND NOT EXISTS (SELECT 1 FROM comments c WHERE c.guest_name = author_names.name);
END;
--> statement-breakpoint
CREATE TRIGGER `users_author_names_delete` AFTER DELETE ON `users` BEGIN
  DELETE FROM author_names WHERE name IN (OLD.name, OLD.email)
    AND NOT EXISTS (SELECT 1 FROM users u WHERE u.name = author_names.name)
    AND NOT EXISTS (SELECT 1 FROM users u WHERE u.email = author_names.name)
    AND NOT EXISTS (SELECT 1 FROM comments c WHERE c.guest_name = author_names.name);
END;
--> statement-breakpoint
CREATE TRIGGER `comments_author_names_insert` AFTER INSERT ON `comments` WHEN NEW.guest_name IS NOT NULL BEGIN
  INSERT OR IGNORE INTO author_names (name) VALUES (NEW.guest_name);
END;
--> statement-breakpoint
CREATE TRIGGER `comments_author_names_update` AFTER UPDATE OF guest_name ON `comments` WHEN OLD.guest_name IS NOT NEW.guest_name BEGIN
  INSERT OR IGNORE INTO author_names (name) SELECT NEW.guest_name WHERE NEW.guest_name IS NOT NULL;
  DELETE FROM author_names WHERE name = OLD.guest_name
    AND NOT EXISTS (SELECT 1 FROM users u WHERE u.name = author_names.name)
    AND NOT EXISTS (SELECT 1 FROM users u WHERE u.email = author_names.name)
    AND NOT EXISTS (SELECT 1 FROM comments c WHERE c.guest_name = author_names.name);
END;
--> statement-breakpoint
CREATE TRIGGER `comments_author_names_delete` AFTER DELETE ON `comments` WHEN OLD.guest_name IS NOT NULL BEGIN
  DELETE FROM author_names WHERE name = OLD.guest_name
    AND NOT EXISTS (SELECT 1 FROM users u WHERE u.name = author_names.name)
    AND NOT EXISTS (SELECT 1 FROM users u WHERE u.email = author_names.name)
    AND NOT EXISTS (SELECT 1 FROM comments c WHERE c.guest_name = author_names.name);
END;
