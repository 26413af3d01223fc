import 'server-only';
import { cookies } from 'next/headers';
import { sessionRefFrom, type SessionRef } from './session-cookie';

/** The sign-in this request's session cookie names, or null. */
export async function sessionRef(): Promise<SessionRef | null> {
  return sessionRefFrom(await cookies());
}
