import { relations, sql } from 'drizzle-orm';
import {
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  type AnySQLiteColumn,
} from 'drizzle-orm/sqlite-core';

const timestamp = (name: string) => integer(name, { mode: 'timestamp_ms' });
const createdAt = () =>
  timestamp('created_at')
    .notNull()
    .default(sql`(cast(unixepoch('subsec') * 1000 as integer))`);

export const sections = sqliteTable('sections', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  position: integer('position').notNull().default(0),
});

export const authors = sqliteTable('authors', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  bio: text('bio').notNull().default(''),
  avatar: text('avatar'),
  userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
});

/** draft → review (a writer asks an editor) → scheduled (goes live at published_at) → published. */
export const articleStatuses = ['draft', 'review', 'scheduled', 'published'] as const;
export type ArticleStatus = (typeof articleStatuses)[number];

export const articles = sqliteTable(
  'articles',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    excerpt: text('excerpt').notNull().default(''),
    /** Plain text: the seed's paragraphs (blank-line separated), or the text of body_html (reading time, search). */
    body: text('body').notNull(),
    /** The editor's document (TipTap JSON); null for seed rows and for imports not yet opened in the editor. */
    bodyJson: text('body_json'),
    /** Sanitized HTML rendered once per save; null means "render `body` as paragraphs". */
    bodyHtml: text('body_html'),
    renderVersion: integer('render_version'),
    coverMediaId: text('cover_media_id').references((): AnySQLiteColumn => media.id, { onDelete: 'set null' }),
    coverAlt: text('cover_alt').notNull().default(''),
    coverCaption: text('cover_caption').notNull().default(''),
    sectionId: integer('section_id')
      .notNull()
      .references(() => sections.id),
    authorId: integer('author_id')
      .notNull()
      .references(() => authors.id),
    status: text('status', { enum: articleStatuses }).notNull().default('draft'),
    publishedAt: timestamp('published_at'),
    updatedAt: timestamp('updated_at').notNull(),
    viewCount: integer('view_count').notNull().default(0),
    commentsOpen: integer('comments_open', { mode: 'boolean' }).notNull().default(true),
    approvedCommentCount: integer('approved_comment_count').notNull().default(0),
    /** Optimistic lock: every save sends the version it started from. */
    version: integer('version').notNull().default(1),
    createdBy: text('created_by').references((): AnySQLiteColumn => users.id, { onDelete: 'set null' }),
    updatedBy: text('updated_by').references((): AnySQLiteColumn => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('articles_published_idx').on(t.status, t.publishedAt),
    index('articles_status_updated_idx').on(t.status, t.updatedAt),
    index('articles_created_by_idx').on(t.createdBy, t.status, t.updatedAt),
    index('articles_section_idx').on(t.sectionId, t.status, t.publishedAt),
    index('articles_author_idx').on(t.authorId, t.status, t.publishedAt),
    index('articles_views_idx').on(t.status, t.viewCount),
    // The moderation's article list, newest first over every status.
    index('articles_published_at_idx').on(t.publishedAt),
  ],
);

export const tags = sqliteTable('tags', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull().unique(),
});

export const articleTags = sqliteTable(
  'article_tags',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    tagId: integer('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
    /**
     * The article's published_at while its status is published, null otherwise: kept by triggers on
     * both tables (migration 0008), so a tag's page reads its own rows in publication order.
     */
    publishedAt: timestamp('published_at'),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.tagId] }), index('article_tags_published_idx').on(t.tagId, t.publishedAt, t.articleId)],
);

/**
 * Page views per article and day (UTC day number: days since 1970-01-01), written by the view
 * beacon's batch with articles.view_count. Only recent days are kept (lib/views/view-days.ts); the
 * day index lets "most read this week" read those days and nothing else.
 */
export const articleViewsDaily = sqliteTable(
  'article_views_daily',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    day: integer('day').notNull(),
    views: integer('views').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.day] }),
    index('article_views_daily_day_idx').on(t.day, t.articleId, t.views),
  ],
);

export const userRoles = ['commenter', 'writer', 'moderator', 'editor', 'admin'] as const;
export type UserRole = (typeof userRoles)[number];

// Auth.js adapter columns plus Khabar's own.
export const users = sqliteTable(
  'users',
  {
  id: text('id')
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID()),
  name: text('name'),
  email: text('email').unique(),
  emailVerified: timestamp('email_verified'),
  image: text('image'),
  passwordHash: text('password_hash'),
  role: text('role', { enum: userRoles }).notNull().default('commenter'),
  bannedAt: timestamp('banned_at'),
  createdAt: createdAt(),
  },
  (t) => [index('users_role_idx').on(t.role), index('users_name_idx').on(t.name)],
);

export const accounts = sqliteTable(
  'accounts',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    provider: text('provider').notNull(),
    providerAccountId: text('provider_account_id').notNull(),
    refresh_token: text('refresh_token'),
    access_token: text('access_token'),
    expires_at: integer('expires_at'),
    token_type: text('token_type'),
    scope: text('scope'),
    id_token: text('id_token'),
    session_state: text('session_state'),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] })],
);

// Auth.js's session table, kept by Khabar as the server-side list of live sign-ins:
// the JWT carries the row's token (sid), and a token whose row is gone is signed out.
export const sessions = sqliteTable(
  'sessions',
  {
    sessionToken: text('session_token').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expires: timestamp('expires').notNull(),
    createdAt: createdAt(),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const verificationTokens = sqliteTable(
  'verification_tokens',
  {
    identifier: text('identifier').notNull(),
    token: text('token').notNull(),
    expires: timestamp('expires').notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

// A password reset link: only the SHA-256 of its token is stored; used once, expires within the hour.
export const passwordResetTokens = sqliteTable(
  'password_reset_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expires: timestamp('expires').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('password_reset_tokens_user_idx').on(t.userId), index('password_reset_tokens_expires_idx').on(t.expires)],
);

export const commentStatuses = ['approved', 'pending', 'spam', 'trash'] as const;
export type CommentStatus = (typeof commentStatuses)[number];

export const comments = sqliteTable(
  'comments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    parentId: integer('parent_id').references((): AnySQLiteColumn => comments.id, {
      onDelete: 'set null',
    }),
    userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
    guestName: text('guest_name'),
    guestEmail: text('guest_email'),
    body: text('body').notNull(),
    status: text('status', { enum: commentStatuses }).notNull().default('pending'),
    previousStatus: text('previous_status', { enum: commentStatuses }),
    createdAt: createdAt(),
    editedAt: timestamp('edited_at'),
    ipHash: text('ip_hash'),
    userAgent: text('user_agent'),
    /** The author asked to be mailed when someone replies (until they unsubscribe). */
    notifyReplies: integer('notify_replies', { mode: 'boolean' }).notNull().default(false),
    /** When the parent's author was told of this reply: each reply is mailed once, however often it is approved. */
    replyNotifiedAt: timestamp('reply_notified_at'),
  },
  (t) => [
    index('comments_article_status_idx').on(t.articleId, t.status, t.createdAt),
    index('comments_status_idx').on(t.status, t.createdAt),
    index('comments_user_idx').on(t.userId, t.createdAt),
    index('comments_parent_idx').on(t.parentId),
    index('comments_guest_email_idx').on(t.guestEmail),
    index('comments_guest_name_idx').on(t.guestName),
    // The queue's "all" tab (approved and pending together) and its article menu, newest first.
    index('comments_created_idx').on(t.createdAt),
  ],
);

/** How many comments each status holds, kept by triggers (migration 0007) so the queue's tabs count nothing. */
export const commentStatusCounts = sqliteTable('comment_status_counts', {
  status: text('status', { enum: commentStatuses }).primaryKey(),
  n: integer('n').notNull(),
});

/**
 * Every name a comment can be signed with (users' names and emails, guests' names), once each,
 * kept by triggers (migration 0009): the moderation queue's author search reads its trigram index,
 * author_name_search, instead of every comment's author.
 */
export const authorNames = sqliteTable('author_names', {
  id: integer('id').primaryKey(),
  name: text('name').notNull().unique(),
});

/** Comments whose search index rows are out of date, queued by triggers (db/queries/comment-search.ts). */
export const commentSearchPending = sqliteTable('comment_search_pending', {
  commentId: integer('comment_id').primaryKey(),
});

// One row per setting; values are JSON so a rule can hold a list or a number.
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).notNull(),
  updatedAt: timestamp('updated_at').notNull(),
});

export const moderationLog = sqliteTable(
  'moderation_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    actorId: text('actor_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id').notNull(),
    before: text('before', { mode: 'json' }),
    after: text('after', { mode: 'json' }),
    at: createdAt(),
  },
  (t) => [index('moderation_log_at_idx').on(t.at)],
);

/** An uploaded picture: one row per content, its WebP variants under data/media/. */
export const media = sqliteTable(
  'media',
  {
    /** 16 hex of the SHA-256 of the master: the same picture uploaded twice is one row. */
    id: text('id').primaryKey(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    /** [{ w, h, file, bytes }] widest last; file is relative to data/media/. */
    variants: text('variants', { mode: 'json' }).notNull().$type<MediaVariant[]>(),
    bytes: integer('bytes').notNull(),
    originalName: text('original_name').notNull().default(''),
    mimeIn: text('mime_in').notNull(),
    alt: text('alt').notNull().default(''),
    uploadedBy: text('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('media_created_idx').on(t.createdAt)],
);
export type MediaVariant = { w: number; h: number; file: string; bytes: number };

/** Which articles use which pictures (cover or body), kept on every save. */
export const articleMedia = sqliteTable(
  'article_media',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    mediaId: text('media_id')
      .notNull()
      .references(() => media.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.mediaId] }), index('article_media_media_idx').on(t.mediaId)],
);

export const revisionKinds = ['save', 'publish', 'restore', 'conflict', 'import'] as const;

/** A saved state of an article (who, when), restorable. */
export const articleRevisions = sqliteTable(
  'article_revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    kind: text('kind', { enum: revisionKinds }).notNull(),
    title: text('title').notNull(),
    excerpt: text('excerpt').notNull(),
    body: text('body').notNull(),
    bodyJson: text('body_json'),
    bodyHtml: text('body_html'),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('article_revisions_article_idx').on(t.articleId, t.createdAt)],
);

/** The editor's autosave: one row per article and person, overwritten while typing. */
export const articleAutosaves = sqliteTable(
  'article_autosaves',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    baseVersion: integer('base_version').notNull(),
    title: text('title').notNull(),
    excerpt: text('excerpt').notNull(),
    bodyJson: text('body_json').notNull(),
    updatedAt: timestamp('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.userId] })],
);

export const legacyPathKinds = ['article', 'section', 'tag', 'author'] as const;

/** Old (WordPress) URLs, normalized and decoded, answered with a 308 to the target's page. */
export const legacyPaths = sqliteTable('legacy_paths', {
  path: text('path').primaryKey(),
  kind: text('kind', { enum: legacyPathKinds }).notNull(),
  targetId: integer('target_id').notNull(),
});

/** What each WordPress id became here, so an import run twice changes nothing. */
export const wpImportMap = sqliteTable(
  'wp_import_map',
  {
    site: text('site').notNull(),
    kind: text('kind').notNull(),
    wpId: integer('wp_id').notNull(),
    localId: text('local_id').notNull(),
    sourceModified: integer('source_modified'),
  },
  (t) => [primaryKey({ columns: [t.site, t.kind, t.wpId] })],
);

/** Imports started from the admin screen: progress and summary for the page that polls them. */
export const importRuns = sqliteTable(
  'import_runs',
  {
    id: text('id')
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    fileName: text('file_name').notNull(),
    status: text('status', { enum: ['running', 'done', 'failed'] }).notNull(),
    bytesRead: integer('bytes_read').notNull().default(0),
    bytesTotal: integer('bytes_total').notNull().default(0),
    summary: text('summary', { mode: 'json' }),
    error: text('error'),
    startedBy: text('started_by').references(() => users.id, { onDelete: 'set null' }),
    startedAt: createdAt(),
    finishedAt: timestamp('finished_at'),
  },
  (t) => [index('import_runs_started_idx').on(t.startedAt)],
);

/**
 * Tags written by another process (the import CLI) or due work (the scheduler): every server
 * process reads rows newer than the last it applied and expires those tags.
 */
export const cacheInvalidations = sqliteTable('cache_invalidations', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  tags: text('tags', { mode: 'json' }).notNull().$type<string[]>(),
  at: createdAt(),
});

export const articlesRelations = relations(articles, ({ one, many }) => ({
  section: one(sections, { fields: [articles.sectionId], references: [sections.id] }),
  author: one(authors, { fields: [articles.authorId], references: [authors.id] }),
  articleTags: many(articleTags),
}));

export const articleTagsRelations = relations(articleTags, ({ one }) => ({
  article: one(articles, { fields: [articleTags.articleId], references: [articles.id] }),
  tag: one(tags, { fields: [articleTags.tagId], references: [tags.id] }),
}));

export type Section = typeof sections.$inferSelect;
export type Author = typeof authors.$inferSelect;
export type Article = typeof articles.$inferSelect;
export type Tag = typeof tags.$inferSelect;
export type User = typeof users.$inferSelect;
export type Comment = typeof comments.$inferSelect;
export type Media = typeof media.$inferSelect;
export type ArticleRevision = typeof articleRevisions.$inferSelect;
