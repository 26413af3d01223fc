import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { encode } from 'next-auth/jwt';
import type { DB } from '@/db/client';
import { personalReads, type PersonalReads } from '@/db/queries/personal';
import { articles, comments, sessions, users } from '@/db/schema';
import { capabilityForAdminPath } from '@/lib/admin/paths';
import { cookieJar, hasSessionCookie } from '@/lib/auth/cookie-jar';
import { sessionRefFrom, type SessionRef } from '@/lib/auth/session-cookie';
import { EDIT_WINDOW_MS } from '@/lib/comments/limits';
import { encodeHint, readHint } from '@/lib/personal-hint';
import { personalLayer } from '@/lib/personal-layer';
import { personalResponse } from '@/lib/personal-response';
import { adminPageRefuses } from '@/lib/server/admin-refusal';
import { addHintOnWrite, personalHintCookie, personalHintRequest } from '@/lib/server/personal-hint';
import { useSeededDatabase } from './test-db';

const SECRET = 'unit-test-secret-unit-test-secret-0123456789';
const COOKIE = 'authjs.session-token';

let db: DB;
let reads: PersonalReads;
let articleId: number;
const now = Date.now();

function addUser(id: string, role: 'commenter' | 'moderator' | 'admin', banned = false) {
  db.insert(users)
    .values({ id, name: `مستخدم ${id}`, email: `${id}@example.com`, role, bannedAt: banned ? new Date(now) : null })
    .run();
}

function addComment(userId: string, status: 'approved' | 'pending' | 'spam', ageMs: number, parentId?: number) {
  return db
    .insert(comments)
    .values({ articleId, userId, body: `تعليق ${status}`, status, parentId, createdAt: new Date(now - ageMs) })
    .returning({ id: comments.id })
    .get().id;
}

/** A live sign-in of the user (a row in the sessions table), as auth.ts records one. */
function ref(userId: string, expires = now + 60 * 60_000): SessionRef {
  const sid = `sid-${userId}-${expires}`;
  db.insert(sessions).values({ sessionToken: sid, userId, expires: new Date(expires) }).onConflictDoNothing().run();
  return { userId, sid };
}

async function cookieFor(userId: string): Promise<string> {
  const token = await encode({ token: { sub: userId, sid: ref(userId).sid }, secret: SECRET, salt: COOKIE });
  return `${COOKIE}=${token}`;
}

beforeAll(() => {
  process.env.AUTH_SECRET = SECRET;
  db = useSeededDatabase(now);
  reads = personalReads(db);
  articleId = db.select({ id: articles.id }).from(articles).limit(1).get()!.id;
  addUser('reader', 'commenter');
  addUser('other', 'commenter');
  addUser('mod', 'moderator');
  addUser('banned-mod', 'moderator', true);
  addUser('boss', 'admin');
});

describe('GET /api/me (lib/personal-layer.ts)', () => {
  it('is empty for a visitor who is not signed in, or whose account is gone', () => {
    expect(personalLayer(reads, null, articleId, now)).toEqual({ user: null });
    expect(personalLayer(reads, { userId: 'no-such-user', sid: 'none' }, articleId, now)).toEqual({ user: null });
  });

  it("lists the reader's own pending comments and the approved ones still editable, nobody else's", () => {
    const pending = addComment('reader', 'pending', 60 * 60_000);
    const fresh = addComment('reader', 'approved', 60_000);
    addComment('reader', 'approved', EDIT_WINDOW_MS + 60_000);
    addComment('reader', 'spam', 60_000);
    addComment('other', 'pending', 60_000);
    const answered = addComment('reader', 'approved', 2 * 60_000);
    addComment('other', 'approved', 60_000, answered);

    const layer = personalLayer(reads, ref('reader'), articleId, now);
    expect(layer.user).toEqual({ name: 'مستخدم reader', role: 'commenter', banned: false });
    if (!('comments' in layer)) throw new Error('expected the signed-in layer');
    const byId = new Map(layer.comments.map((c) => [c.id, c]));
    expect([...byId.keys()].sort((a, b) => a - b)).toEqual([pending, answered, fresh].sort((a, b) => a - b));
    expect(byId.get(fresh)!.editableUntil).toBe(now - 60_000 + EDIT_WINDOW_MS);
    expect(byId.get(pending)!.editableUntil).toBeNull(); // past its ten minutes
    expect(byId.get(answered)!.editableUntil).toBeNull(); // someone replied
    expect(byId.get(pending)!.status).toBe('pending');
    expect(reads.userWithOwnCount(ref('reader'), articleId, new Date(now - EDIT_WINDOW_MS))?.own).toBe(3);
  });

  it('says a banned user is banned, and lists nothing without an article', () => {
    expect(personalLayer(reads, ref('banned-mod'), articleId, now).user).toEqual({
      name: 'مستخدم banned-mod',
      role: 'moderator',
      banned: true,
    });
    const reader = personalLayer(reads, ref('reader'), null, now);
    expect(reader.user?.name).toBe('مستخدم reader');
    expect('comments' in reader && reader.comments).toEqual([]);
  });
});

describe('the answer of GET /api/me, for both servers (lib/personal-response.ts)', () => {
  const answer = async (cookie: string, article: string | null) =>
    personalResponse(reads, cookieJar(cookie), article, now);

  it('is private JSON, signed in or not', async () => {
    const headers = { 'Cache-Control': 'private, no-store', 'content-type': 'application/json' };
    expect(await answer('', String(articleId))).toEqual({ status: 200, headers, body: '{"user":null}' });
    expect(await answer(`${COOKIE}=forged`, String(articleId))).toEqual({ status: 200, headers, body: '{"user":null}' });
    const signedIn = await answer(await cookieFor('reader'), String(articleId));
    expect(signedIn.headers).toEqual(headers);
    expect(signedIn.body).toBe(JSON.stringify(personalLayer(reads, ref('reader'), articleId, now)));
    expect((JSON.parse(signedIn.body) as { comments: unknown[] }).comments.length).toBeGreaterThan(0);
  });

  it('lists no comments for a missing or malformed article id', async () => {
    const cookie = await cookieFor('reader');
    for (const article of [null, '', 'abc', `${articleId}x`, '0', '-1', '1e3', ' 1', '2147483648', '99999999999']) {
      expect(JSON.parse((await answer(cookie, article)).body), String(article)).toEqual({
        user: { name: 'مستخدم reader', role: 'commenter', banned: false },
        comments: [],
      });
    }
  });
});

describe('sign-ins that end (db/queries/personal.ts)', () => {
  it('reads nobody once the sign-in is gone or expired, or for another user\'s sign-in', () => {
    addUser('leaver', 'commenter');
    const live = ref('leaver');
    expect(reads.user(live, now)?.id).toBe('leaver');
    expect(reads.user({ userId: 'reader', sid: live.sid }, now)).toBeNull();
    expect(reads.user(ref('leaver', now - 1), now)).toBeNull();
    db.delete(sessions).where(eq(sessions.sessionToken, live.sid)).run();
    expect(reads.user(live, now)).toBeNull();
    expect(reads.userWithOwnCount(live, articleId, new Date(now - EDIT_WINDOW_MS), now)).toBeNull();
    expect(personalLayer(reads, live, articleId, now)).toEqual({ user: null });
  });
});

describe('session cookie outside Next (lib/auth/session-cookie.ts)', () => {
  it('reads the sign-in from a real session token, and nothing from a forged one or one without a sign-in id', async () => {
    const reader = await sessionRefFrom(cookieJar(`theme=dark; ${await cookieFor('reader')}`));
    expect(reader).toEqual({ userId: 'reader', sid: ref('reader').sid });
    expect(await sessionRefFrom(cookieJar(`${COOKIE}=forged`))).toBeNull();
    expect(await sessionRefFrom(cookieJar('theme=dark'))).toBeNull();
    const old = await encode({ token: { sub: 'reader' }, secret: SECRET, salt: COOKIE });
    expect(await sessionRefFrom(cookieJar(`${COOKIE}=${old}`))).toBeNull();
  });

  it('joins a token split into numbered chunks', async () => {
    const token = (await cookieFor('mod')).slice(COOKIE.length + 1);
    const half = Math.floor(token.length / 2);
    const jar = cookieJar(`${COOKIE}.1=${token.slice(half)}; ${COOKIE}.0=${token.slice(0, half)}`);
    expect(hasSessionCookie(jar)).toBe(true);
    expect((await sessionRefFrom(jar))?.userId).toBe('mod');
  });
});

describe('admin refusals sent as 403 (lib/server/admin-refusal.ts)', () => {
  it('knows which role each admin page asks for', () => {
    expect(capabilityForAdminPath('/admin')).toBe('staff');
    expect(capabilityForAdminPath('/admin/comments')).toBe('moderate');
    expect(capabilityForAdminPath('/admin/articles')).toBe('staff');
    expect(capabilityForAdminPath('/admin/articles/new')).toBe('write');
    expect(capabilityForAdminPath('/admin/articles/12/edit')).toBe('staff');
    expect(capabilityForAdminPath('/admin/sections')).toBe('publish');
    expect(capabilityForAdminPath('/admin/authors')).toBe('administer');
    expect(capabilityForAdminPath('/admin/users')).toBe('administer');
    expect(capabilityForAdminPath('/admin/settings')).toBe('administer');
    expect(capabilityForAdminPath('/admin/log')).toBe('administer');
    expect(capabilityForAdminPath('/admin/usersx')).toBe('staff');
  });

  it('refuses commenters, banned staff and moderators on admin-only pages; not visitors without a session', async () => {
    const refuses = async (user: string | null, path: string) =>
      adminPageRefuses(reads, cookieJar(user ? await cookieFor(user) : ''), path);
    expect(await refuses('reader', '/admin')).toBe(true);
    expect(await refuses('banned-mod', '/admin/comments')).toBe(true);
    expect(await refuses('mod', '/admin/log')).toBe(true);
    expect(await refuses('mod', '/admin/comments')).toBe(false);
    expect(await refuses('boss', '/admin/users')).toBe(false);
    expect(await refuses(null, '/admin')).toBe(false);
  });
});

describe('the personal hint cookie (lib/server/personal-hint.ts, lib/personal-hint.ts)', () => {
  const request = (url: string, cookie?: string) => ({ method: 'GET', url, headers: { cookie } }) as IncomingMessage;

  it('is made only for a signed-in GET of an article page', async () => {
    const session = await cookieFor('reader');
    expect(personalHintRequest(request(`/news/${articleId}/some-slug`, session))?.articleId).toBe(articleId);
    expect(personalHintRequest(request(`/news/${articleId}/some-slug?x=1`, session))?.articleId).toBe(articleId);
    expect(personalHintRequest(request(`/news/${articleId}/some-slug`))).toBeNull();
    expect(personalHintRequest(request('/section/politics', session))).toBeNull();
    expect(personalHintRequest(request(`/news/${articleId}/some-slug/comment-page-3`, session))?.articleId).toBe(articleId);
    expect(personalHintRequest(request(`/news/${articleId}/some-slug/comment-page-3?x=1`, session))?.articleId).toBe(articleId);
    expect(personalHintRequest(request(`/news/${articleId}/some-slug/comment-page-x`, session))).toBeNull();
    expect(personalHintRequest(request(`/news/${articleId}/some-slug/reply`, session))).toBeNull();
    expect(personalHintRequest({ ...request(`/news/${articleId}/s`, session), method: 'POST' } as IncomingMessage)).toBeNull();
    const prefetch = request(`/news/${articleId}/s`, session);
    prefetch.headers['next-router-prefetch'] = '1';
    expect(personalHintRequest(prefetch)).toBeNull();
  });

  it('tells the page who is signed in and how many own comments to fetch, scoped to the article', async () => {
    addUser('quiet', 'commenter');
    const cookie = await personalHintCookie(personalHintRequest(request(`/news/${articleId}/s`, await cookieFor('quiet')))!, reads);
    const [pair, ...attributes] = cookie.split('; ');
    expect(attributes).toEqual([`Path=/news/${articleId}/`, 'Max-Age=60', 'SameSite=Lax']);
    expect(readHint(`theme=dark; ${pair!}`, articleId)).toEqual({
      article: articleId,
      user: { name: 'مستخدم quiet', role: 'commenter', banned: false },
      own: 0,
    });
    expect(readHint(pair!, articleId + 1)).toBeNull();

    addComment('quiet', 'pending', 60_000);
    const after = await personalHintCookie(personalHintRequest(request(`/news/${articleId}/s`, await cookieFor('quiet')))!, reads);
    expect(readHint(after.split("; ")[0]!, articleId)?.own).toBe(1);

    const forged = await personalHintCookie(personalHintRequest(request(`/news/${articleId}/s`, `${COOKIE}=forged`))!, reads);
    expect(readHint(forged.split("; ")[0]!, articleId)).toEqual({ article: articleId, user: null, own: 0 });
  });

  it('ignores a malformed or tampered hint', () => {
    expect(readHint('khabar-me=%7Bnot-json', articleId)).toBeNull();
    const bad = encodeHint({ article: articleId, user: { name: 'x', role: 'root' as 'admin', banned: false }, own: 0 });
    expect(readHint(`khabar-me=${bad}`, articleId)).toBeNull();
  });
});

describe('a signed-in miss still fills the micro-cache (addHintOnWrite)', () => {
  async function serve(write: (res: ServerResponse) => void) {
    let shared: OutgoingHttpHeaders | undefined;
    const server = createServer((_req, res) => {
      addHintOnWrite(res, 'khabar-me=x; Path=/news/1/', (headers) => (shared = headers));
      write(res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/news/1/x`, { redirect: 'manual' });
    const body = await response.text();
    server.close();
    return { response, body, shared };
  }

  it('sends the hint and private caching to the reader, and hands the shareable headers to the cache', async () => {
    // What Next.js does: headers first, then the body without an explicit writeHead.
    const { response, body, shared } = await serve((res) => {
      res.setHeader('cache-control', 'public, max-age=0, s-maxage=5');
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end('<html></html>');
    });
    expect(response.headers.get('set-cookie')).toBe('khabar-me=x; Path=/news/1/');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(body).toBe('<html></html>');
    expect(shared?.['cache-control']).toBe('public, max-age=0, s-maxage=5');
    expect(shared?.['set-cookie']).toBeUndefined();
  });

  it('keeps headers passed to writeHead and cookies already set, and leaves a redirect alone', async () => {
    const page = await serve((res) => {
      res.setHeader('set-cookie', 'other=1; Path=/');
      res.writeHead(200, { 'cache-control': 'public, s-maxage=5', 'x-extra': 'yes' });
      res.end('ok');
    });
    expect(page.response.headers.get('x-extra')).toBe('yes');
    expect(page.response.headers.getSetCookie()).toEqual(['other=1; Path=/', 'khabar-me=x; Path=/news/1/']);
    expect(page.shared?.['cache-control']).toBe('public, s-maxage=5');

    const redirect = await serve((res) => {
      res.writeHead(308, ['location', '/news/1/canonical', 'cache-control', 'public, s-maxage=5']);
      res.end();
    });
    expect(redirect.response.status).toBe(308);
    expect(redirect.response.headers.get('location')).toBe('/news/1/canonical');
    expect(redirect.response.headers.get('set-cookie')).toBeNull();
    expect(redirect.response.headers.get('cache-control')).toBe('public, s-maxage=5');
  });
});
