CREATE TABLE `article_autosaves` (
	`article_id` integer NOT NULL,
	`user_id` text NOT NULL,
	`base_version` integer NOT NULL,
	`title` text NOT NULL,
	`excerpt` text NOT NULL,
	`body_json` text NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`article_id`, `user_id`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `article_media` (
	`article_id` integer NOT NULL,
	`media_id` text NOT NULL,
	PRIMARY KEY(`article_id`, `media_id`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`media_id`) REFERENCES `media`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `article_media_media_idx` ON `article_media` (`media_id`);--> statement-breakpoint
CREATE TABLE `article_revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`version` integer NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`excerpt` text NOT NULL,
	`body` text NOT NULL,
	`body_json` text,
	`body_html` text,
	`created_by` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `article_revisions_article_idx` ON `article_revisions` (`article_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `cache_invalidations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tags` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `import_runs` (
	`id` text PRIMARY KEY NOT NULL,
	`file_name` text NOT NULL,
	`status` text NOT NULL,
	`bytes_read` integer DEFAULT 0 NOT NULL,
	`bytes_total` integer DEFAULT 0 NOT NULL,
	`summary` text,
	`error` text,
	`started_by` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`finished_at` integer,
	FOREIGN KEY (`started_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `import_runs_started_idx` ON `import_runs` (`created_at`);--> statement-breakpoint
CREATE TABLE `legacy_paths` (
	`path` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`target_id` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `media` (
	`id` text PRIMARY KEY NOT NULL,
	`width` integer NOT NULL,
	`height` integer NOT NULL,
	`variants` text NOT NULL,
	`bytes` integer NOT NULL,
	`original_name` text DEFAULT '' NOT NULL,
	`mime_in` text NOT NULL,
	`alt` text DEFAULT '' NOT NULL,
	`uploaded_by` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`uploaded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `media_created_idx` ON `media` (`created_at`);--> statement-breakpoint
CREATE TABLE `wp_import_map` (
	`site` text NOT NULL,
	`kind` text NOT NULL,
	`wp_id` integer NOT NULL,
	`local_id` text NOT NULL,
	`source_modified` integer,
	PRIMARY KEY(`site`, `kind`, `wp_id`)
);
--> statement-breakpoint
ALTER TABLE `articles` ADD `body_json` text;--> statement-breakpoint
ALTER TABLE `articles` ADD `body_html` text;--> statement-breakpoint
ALTER TABLE `articles` ADD `render_version` integer;--> statement-breakpoint
ALTER TABLE `articles` ADD `cover_media_id` text REFERENCES media(id);--> statement-breakpoint
ALTER TABLE `articles` ADD `cover_alt` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `articles` ADD `cover_caption` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `articles` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `articles` ADD `created_by` text REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `articles` ADD `updated_by` text REFERENCES users(id);--> statement-breakpoint
CREATE INDEX `articles_status_updated_idx` ON `articles` (`status`,`updated_at`);--> statement-breakpoint
CREATE INDEX `articles_created_by_idx` ON `articles` (`created_by`,`status`,`updated_at`);--> statement-breakpoint
CREATE INDEX `comments_guest_email_idx` ON `comments` (`guest_email`);