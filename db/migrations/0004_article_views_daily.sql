CREATE TABLE `article_views_daily` (
	`article_id` integer NOT NULL,
	`day` integer NOT NULL,
	`views` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`article_id`, `day`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `article_views_daily_day_idx` ON `article_views_daily` (`day`,`article_id`,`views`);--> statement-breakpoint
-- Existing totals of the last month count as read on the day of publication, so "most read" is not empty after the upgrade.
INSERT INTO `article_views_daily` (`article_id`, `day`, `views`)
SELECT `id`, `published_at` / 86400000, `view_count` FROM `articles`
WHERE `status` = 'published' AND `view_count` > 0 AND `published_at` >= cast(unixepoch('subsec') * 1000 as integer) - 31 * 86400000;
