import { test as base, type Browser } from '@playwright/test';
import { setRole } from './db';
import { newCredentials, signUp, type Credentials } from './pages/auth-pages';
import { openSession, type Session } from './pages/admin-pages';

export type Member = Credentials & { storageState: object };
type Role = 'commenter' | 'writer' | 'moderator' | 'editor' | 'admin';

/** Signs a new person up through the UI, gives them a role, and keeps their cookies. */
export async function createMember(browser: Browser, baseURL: string, role: Role, name: string): Promise<Member> {
  const { context, page } = await openSession(browser, baseURL);
  const who = newCredentials(name);
  await signUp(page, who);
  if (role !== 'commenter') setRole(who.email, role);
  const storageState = await context.storageState();
  await context.close();
  return { ...who, storageState };
}

type WorkerFixtures = { staff: { writer: Member; moderator: Member; editor: Member; admin: Member } };
type TestFixtures = {
  /** A browser signed in as someone; closed after the test. */
  as: (member: Member | null, options?: { javaScriptEnabled?: boolean }) => Promise<Session>;
  /** A new commenter (signed up through the UI). */
  newCommenter: (name?: string) => Promise<Member>;
};

export const test = base.extend<TestFixtures, WorkerFixtures>({
  staff: [
    async ({ browser }, use, workerInfo) => {
      const baseURL = workerInfo.project.use.baseURL!;
      // One after another: Argon2 sign-ups side by side each outlast the form's 10 s wait here.
      const moderator = await createMember(browser, baseURL, 'moderator', 'مشرف');
      const admin = await createMember(browser, baseURL, 'admin', 'مديرة');
      const writer = await createMember(browser, baseURL, 'writer', 'كاتبة');
      const editor = await createMember(browser, baseURL, 'editor', 'محرّر');
      await use({ writer, moderator, editor, admin });
    },
    // Four sign-ups on a busy 2-core machine can outlast a test's own 60 s.
    { scope: 'worker', timeout: 180_000 },
  ],
  as: async ({ browser, baseURL }, use) => {
    const sessions: Session[] = [];
    await use(async (member, options = {}) => {
      const session = await openSession(browser, baseURL!, { storageState: member?.storageState, ...options });
      sessions.push(session);
      return session;
    });
    for (const s of sessions) await s.context.close();
  },
  newCommenter: async ({ browser, baseURL }, use) => {
    await use((name = 'قارئ') => createMember(browser, baseURL!, 'commenter', name));
  },
});

export { expect } from '@playwright/test';
