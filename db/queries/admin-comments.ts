import 'server-only';
import { and, desc, eq, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { db } from '../index';
import { authorName } from './columns';
import { articles, comments, commentStatusCounts, users, type CommentStatus, type UserRole } from '../schema';
import { authorSearchable } from '@/lib/comments/queue-search';
import { ftsPhrase } from '@/lib/search/query';
import { commentSearchMatch } from './comment-search';
import { sqliteOf } from './legacy-paths';
import { insertCommentIn, recountApproved } from './comments';
import { writeLog, type LogEntry } from './moderation-log';

export type StatusCounts = Record<CommentStatus | 'all', number>;

/**
 * "All" is what WordPress means by it: every comment that is neither spam nor in the trash. The whole
 * site's counts are the triggers' running totals (migration 0007); one article's, a range of its index.
 */
export async function countCommentsByStatus(articleId?: number): Promise<StatusCounts> {
  const rows = articleId
    ? await db()
        .select({ status: comments.status, n: sql<number>`count(*)` })
        .from(comments)
        .where(eq(comments.articleId, articleId))
        .groupBy(comments.status)
    : await db().select({ status: commentStatusCounts.status, n: commentStatusCounts.n }).from(commentStatusCounts);
  const counts: StatusCounts = { all: 0, approved: 0, pending: 0, spam: 0, trash: 0 };
  for (const row of rows) counts[row.status] = row.n;
  counts.all = counts.approved + counts.pending;
  return counts;
}

export async function countPendingComments(): Promise<number> {
  const [row] = await db()
    .select({ n: commentStatusCounts.n })
    .from(commentStatusCounts)
    .where(eq(commentStatusCounts.status, 'pending'));
  return row?.n ?? 0;
}

export type CommentFilter = {
  status: CommentStatus | 'all';
  /** Words in the comment's text. */
  q?: string;
  /** Part of the author's name or email. */
  author?: string;
  articleId?: number;
  page: number;
  perPage: number;
};

export type ModerationRow = {
  id: number;
  body: string;
  status: CommentStatus;
  previousStatus: CommentStatus | null;
  createdAt: Date;
  editedAt: Date | null;
  article: { id: number; slug: string; title: string };
  author: { id: string | null; name: string; email: string | null; role: UserRole | null; bannedAt: Date | null };
  parent: { id: number; authorName: string; status: CommentStatus } | null;
};

const parentComment = alias(comments, 'parent_comment');
const parentAuthor = alias(users, 'parent_author');

/**
 * A search's matches drive the query (`driving`: the comment ids or authors' rows are read first, then
 * sorted), or are only checked on rows read another way (a capped text search checks the author here
 * on comments read from the comment index): the unary plus keeps SQLite off the search's indexes.
 */
type SearchUse = { driving: boolean };

/** A comment's text holds every word typed (by folded form or stem), through the comment index. */
function textMatches(q: string, { driving }: SearchUse): SQL {
  const match = commentSearchMatch(db(), q);
  // Nothing to search for (only common words such as في and من, or punctuation): no comment, and the
  // page says why (queueSearchProblem), rather than reading every comment's text.
  if (match === null) return sql`0`;
  const ids = sql`(select rowid from comment_search where comment_search match ${match})`;
  return driving ? sql`${comments.id} in ${ids}` : sql`+${comments.id} in ${ids}`;
}

/**
 * The comment is signed with a name or email holding what was typed (case aside): the names come from
 * the trigram index of author_names (migration 0009), the comments from the user and guest-name indexes.
 * A guest's email is found whole (comments_guest_email_idx), as pasted from the queue.
 */
function authorMatches(author: string, { driving }: SearchUse): SQL {
  if (!authorSearchable(author)) return sql`0`;
  const names = sql`select name from author_names where id in (select rowid from author_name_search where author_name_search match ${ftsPhrase(author)})`;
  const userIds = sql`(select id from users where name in (${names}) union select id from users where email in (${names}))`;
  const typed = author.trim();
  const emails = [...new Set([typed, typed.toLowerCase()])];
  const plus = driving ? sql`` : sql`+`;
  return sql`(${plus}${comments.userId} in ${userIds} or ${plus}${comments.guestName} in (${names}) or ${plus}${comments.guestEmail} in ${emails})`;
}

function filterConditions(filter: CommentFilter, use: SearchUse): SQL | undefined {
  const conditions: SQL[] = [];
  conditions.push(
    // The unary plus keeps SQLite off the status index here, so the newest-first order is read from
    // the created_at index and a page stops after its rows instead of sorting every comment.
    filter.status === 'all' ? sql`+${comments.status} in ('approved', 'pending')` : eq(comments.status, filter.status),
  );
  if (filter.q) conditions.push(textMatches(filter.q, use));
  if (filter.author) conditions.push(authorMatches(filter.author, use));
  if (filter.articleId) conditions.push(eq(comments.articleId, filter.articleId));
  return and(...conditions);
}

/**
 * A search counts its matches up to this many, then says "more than" and pages through that many only:
 * each one counted is a comment read, and 10,000 took 150 ms (1M comments). Up to it, the matches drive
 * the page (SearchUse).
 */
export const QUEUE_SEARCH_COUNT_CAP = 1_000;

/** How many comments a filter holds: the running totals when it is a whole status tab; a search, up to the cap. */
async function countFiltered(filter: CommentFilter): Promise<{ total: number; capped: boolean }> {
  if (!filter.q && !filter.author && !filter.articleId) {
    const counts = await countCommentsByStatus();
    return { total: counts[filter.status], capped: false };
  }
  const searching = Boolean(filter.q || filter.author);
  const matches = db()
    .select({ one: sql`1` })
    .from(comments)
    .where(filterConditions(filter, { driving: true }));
  const [{ total } = { total: 0 }] = await db()
    .select({ total: sql<number>`count(*)` })
    .from((searching ? matches.limit(QUEUE_SEARCH_COUNT_CAP + 1) : matches).as('matches'));
  return total > QUEUE_SEARCH_COUNT_CAP ? { total: QUEUE_SEARCH_COUNT_CAP, capped: true } : { total, capped: false };
}

/**
 * A capped search pages through its newest matches by when they were added (the highest ids; an
 * import's old comments count as new here), and only the first QUEUE_SEARCH_COUNT_CAP of them are
 * read in full, whether the matches are recent or all old. A text search reads the comment index
 * from its newest entry down and stops there; an author search reads the author's comments.
 */
function newestMatches(filter: CommentFilter): SQL {
  const match = filter.q ? commentSearchMatch(db(), filter.q) : null;
  if (match !== null) {
    const rest = filterConditions({ ...filter, q: undefined }, { driving: false });
    return sql`${comments.id} in (select ${comments.id} from comment_search join ${comments} on ${comments.id} = comment_search.rowid
      where comment_search match ${match} and ${rest} order by comment_search.rowid desc limit ${QUEUE_SEARCH_COUNT_CAP})`;
  }
  const newest = db()
    .select({ id: comments.id })
    .from(comments)
    .where(filterConditions(filter, { driving: true }))
    .orderBy(sql`+${comments.id} desc`)
    .limit(QUEUE_SEARCH_COUNT_CAP);
  return sql`${comments.id} in ${newest}`;
}

export async function listModerationComments(
  filter: CommentFilter,
): Promise<{ items: ModerationRow[]; total: number; capped: boolean; pageCount: number }> {
  const { total, capped } = await countFiltered(filter);
  const where = capped ? newestMatches(filter) : filterConditions(filter, { driving: true });
  const pageCount = Math.max(1, Math.ceil(total / filter.perPage));
  // A capped search has no page past its count's: the pager does not offer one, and reading it would walk the queue.
  if (capped && filter.page > pageCount) return { items: [], total, capped, pageCount };
  const rows = await db()
    .select({
      id: comments.id,
      body: comments.body,
      status: comments.status,
      previousStatus: comments.previousStatus,
      createdAt: comments.createdAt,
      editedAt: comments.editedAt,
      article: { id: articles.id, slug: articles.slug, title: articles.title },
      authorId: users.id,
      authorName,
      authorEmail: sql<string | null>`coalesce(${users.email}, ${comments.guestEmail})`,
      authorRole: users.role,
      authorBannedAt: users.bannedAt,
      parentId: parentComment.id,
      parentStatus: parentComment.status,
      parentAuthor: sql<string | null>`coalesce(${parentAuthor.name}, ${parentComment.guestName}, 'زائر')`,
    })
    .from(comments)
    .innerJoin(articles, eq(comments.articleId, articles.id))
    .leftJoin(users, eq(comments.userId, users.id))
    .leftJoin(parentComment, eq(comments.parentId, parentComment.id))
    .leftJoin(parentAuthor, eq(parentComment.userId, parentAuthor.id))
    .where(where)
    .orderBy(desc(comments.createdAt), desc(comments.id))
    .limit(filter.perPage)
    .offset((filter.page - 1) * filter.perPage);
  const items = rows.map((r) => ({
    id: r.id,
    body: r.body,
    status: r.status,
    previousStatus: r.previousStatus,
    createdAt: r.createdAt,
    editedAt: r.editedAt,
    article: r.article,
    author: { id: r.authorId, name: r.authorName, email: r.authorEmail, role: r.authorRole, bannedAt: r.authorBannedAt },
    parent:
      r.parentId !== null && r.parentStatus !== null
        ? { id: r.parentId, authorName: r.parentAuthor ?? 'زائر', status: r.parentStatus }
        : null,
  }));
  return { items, total, capped, pageCount };
}

export type CommentState = {
  id: number;
  articleId: number;
  parentId: number | null;
  status: CommentStatus;
  previousStatus: CommentStatus | null;
  body: string;
};

const stateColumns = {
  id: comments.id,
  articleId: comments.articleId,
  parentId: comments.parentId,
  status: comments.status,
  previousStatus: comments.previousStatus,
  body: comments.body,
};

export async function findCommentStates(ids: readonly number[]): Promise<CommentState[]> {
  if (ids.length === 0) return [];
  return db().select(stateColumns).from(comments).where(inArray(comments.id, [...ids]));
}

/** The newest comment's id: ids only grow, so "up to this id" means "already there". */
export async function latestCommentId(): Promise<number> {
  const [row] = await db().select({ id: sql<number | null>`max(${comments.id})` }).from(comments);
  return row?.id ?? 0;
}

/** Comments in a status, of one article or all, up to an id (those that existed when a page showed them). */
export async function findCommentStatesByStatus(
  status: CommentStatus,
  scope: { articleId?: number; upToId: number },
): Promise<CommentState[]> {
  return db()
    .select(stateColumns)
    .from(comments)
    .where(
      and(
        eq(comments.status, status),
        scope.articleId ? eq(comments.articleId, scope.articleId) : undefined,
        lte(comments.id, scope.upToId),
      ),
    );
}

export type StatusChange = {
  id: number;
  articleId: number;
  from: CommentStatus;
  to: CommentStatus;
  previousStatus: CommentStatus | null;
  action: string;
};

/**
 * Moves comments between statuses, logs each move and recounts the articles whose approved comments
 * changed, all or nothing. A comment that changed in the meantime (another moderator was faster) is
 * left alone; returns the moves applied.
 */
export async function applyStatusChanges(actorId: string, changes: readonly StatusChange[]): Promise<StatusChange[]> {
  return db().transaction((tx) => {
    const applied = changes.filter(
      (change) =>
        tx
          .update(comments)
          .set({ status: change.to, previousStatus: change.previousStatus })
          .where(and(eq(comments.id, change.id), eq(comments.status, change.from)))
          .run().changes > 0,
    );
    recountApproved(tx, applied.filter((c) => c.from === 'approved' || c.to === 'approved').map((c) => c.articleId));
    writeLog(
      tx,
      applied.map((c) => ({
        actorId,
        action: c.action,
        targetType: 'comment',
        targetId: c.id,
        before: { status: c.from },
        after: { status: c.to },
      })),
    );
    return applied;
  });
}

/**
 * Deletes comments for good (only spam and trash can be: the approved count stays as it is). Their replies move up one level first (the foreign key would
 * otherwise orphan them to the top level); the parent is read inside the transaction, so a
 * chain of deleted comments still hands every reply to its nearest surviving ancestor.
 * Returns how many replies were moved.
 */
export async function deleteCommentsForGood(actorId: string, targets: readonly CommentState[]): Promise<number> {
  let lifted = 0;
  db().transaction((tx) => {
    const log: LogEntry[] = [];
    for (const target of targets) {
      const row = tx
        .select({ parentId: comments.parentId })
        .from(comments)
        .where(eq(comments.id, target.id))
        .get();
      if (!row) continue;
      lifted += tx.update(comments).set({ parentId: row.parentId }).where(eq(comments.parentId, target.id)).run().changes;
      tx.delete(comments).where(eq(comments.id, target.id)).run();
      log.push({
        actorId,
        action: 'delete',
        targetType: 'comment',
        targetId: target.id,
        before: { status: target.status, body: target.body.slice(0, 500), articleId: target.articleId },
        after: null,
      });
    }
    writeLog(tx, log);
  });
  return lifted;
}

export async function editCommentAsModerator(actorId: string, id: number, before: string, after: string): Promise<void> {
  db().transaction((tx) => {
    tx.update(comments).set({ body: after, editedAt: new Date() }).where(eq(comments.id, id)).run();
    writeLog(tx, [{ actorId, action: 'edit', targetType: 'comment', targetId: id, before: { body: before }, after: { body: after } }]);
  });
}

export type ModeratorReply = { parent: CommentState; body: string; userId: string };

/**
 * A moderator's reply, published at once, in one transaction: a parent still waiting is approved
 * first (WordPress's "approve and reply"), then the reply is stored, both are logged and the count
 * follows. Null when the parent went to spam or the trash in the meantime.
 */
export async function insertModeratorReply(reply: ModeratorReply): Promise<{ id: number; approvedParent: boolean } | null> {
  const { parent, userId: actorId } = reply;
  return db().transaction((tx) => {
    const status = tx.select({ status: comments.status }).from(comments).where(eq(comments.id, parent.id)).get()?.status;
    if (status !== 'approved' && status !== 'pending') return null;
    const log: LogEntry[] = [];
    if (status === 'pending') {
      tx.update(comments).set({ status: 'approved', previousStatus: null }).where(eq(comments.id, parent.id)).run();
      log.push({ actorId, action: 'approve', targetType: 'comment', targetId: parent.id, before: { status }, after: { status: 'approved' } });
    }
    const row = insertCommentIn(tx, {
      articleId: parent.articleId,
      parentId: parent.id,
      userId: actorId,
      body: reply.body,
      status: 'approved',
      ipHash: null,
      userAgent: null,
    });
    log.push({ actorId, action: 'reply', targetType: 'comment', targetId: row.id, before: null, after: { status: 'approved', parentId: parent.id } });
    writeLog(tx, log);
    return { id: row.id, approvedParent: status === 'pending' };
  });
}

/**
 * Articles that have comments, most recently commented first, for the filter menu: read from the
 * newest comments down (the created_at index) until enough articles were met, never every comment.
 */
export async function listCommentedArticles(limit = 200): Promise<{ id: number; title: string }[]> {
  const sqlite = sqliteOf(db());
  const newest = sqlite.prepare<[], { articleId: number }>(
    'SELECT article_id AS articleId FROM comments ORDER BY created_at DESC, id DESC',
  );
  const ids: number[] = [];
  const seen = new Set<number>();
  for (const { articleId } of newest.iterate()) {
    if (seen.has(articleId)) continue;
    seen.add(articleId);
    ids.push(articleId);
    if (ids.length === limit) break;
  }
  if (!ids.length) return [];
  const titles = await db().select({ id: articles.id, title: articles.title }).from(articles).where(inArray(articles.id, ids));
  const byId = new Map(titles.map((a) => [a.id, a]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
