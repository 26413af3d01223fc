import 'server-only';
import { cookies } from 'next/headers';
import { sessionUserIdFrom } from './session-cookie';

/** The signed-in user's id from this request's session cookie, or null. */
export async function sessionUserId(): Promise<string | null> {
  return sessionUserIdFrom(await cookies());
}
