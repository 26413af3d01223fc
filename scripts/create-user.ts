import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { openDatabase } from '@/db/client';
import { sessions, userRoles, users } from '@/db/schema';
import { isCommonPassword } from '@/lib/auth/common-passwords';
import { hashPassword } from '@/lib/auth/password';
import { databasePath } from '@/lib/env';
import { emailField } from '@/lib/validation/auth';
import { prepareDatabase } from './database';

// npm run user:create -- --email E --password P --name N --role admin
const usage = 'Usage: npm run user:create -- --email E --password P --name N [--role commenter|writer|moderator|editor|admin]';

const argsSchema = z.object({
  email: emailField,
  password: z
    .string()
    .min(8, 'password: at least 8 characters')
    .max(128)
    .refine((p) => !isCommonPassword(p), 'password: one of the most common passwords; choose a longer or less predictable one')
    .optional(),
  name: z.string().trim().min(2, 'name: at least 2 characters').max(50).optional(),
  role: z.enum(userRoles).default('commenter'),
});

async function main() {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' } },
  });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    console.error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
    console.error(usage);
    process.exit(2);
  }
  const { email, password, name, role } = parsed.data;
  prepareDatabase({ seed: false });
  const { sqlite, db } = openDatabase(databasePath());
  try {
    const existing = db.select({ id: users.id, role: users.role }).from(users).where(eq(users.email, email)).get();
    const passwordHash = password ? await hashPassword(password) : undefined;
    if (existing) {
      const endsSessions = Boolean(passwordHash) || existing.role !== role;
      db.transaction((tx) => {
        tx.update(users)
          .set({ role, ...(name ? { name } : {}), ...(passwordHash ? { passwordHash } : {}) })
          .where(eq(users.id, existing.id))
          .run();
        // A new password or role: the account's current sign-ins end, as they do from /admin.
        if (endsSessions) tx.delete(sessions).where(eq(sessions.userId, existing.id)).run();
      });
      console.log(`Updated ${email}: role ${role}${passwordHash ? ', new password' : ''}${endsSessions ? '; signed out everywhere' : ''}.`);
    } else {
      if (!password || !name) {
        console.error('A new user needs --password and --name.');
        console.error(usage);
        process.exit(2);
      }
      db.insert(users).values({ email, name, passwordHash, role }).run();
      console.log(`Created ${email} (${name}) with role ${role}.`);
    }
  } finally {
    sqlite.close();
  }
}

void main();
