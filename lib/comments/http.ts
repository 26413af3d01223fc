import 'server-only';
import { headers } from 'next/headers';
import { requireUser } from '@/lib/auth/guards';
import { PERSONAL_HEADERS } from '@/lib/personal-layer';
import { clientAddress, hashAddress } from '@/lib/request';
import type { CommentFailure } from './submit';

/** Every comment API answer is this user's alone. */
export const NO_STORE = PERSONAL_HEADERS;

export function failure(result: Pick<CommentFailure, 'status' | 'message' | 'errors'>): Response {
  return Response.json({ message: result.message, errors: result.errors ?? {} }, { status: result.status, headers: NO_STORE });
}

export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    return undefined;
  }
}

/** The signed-in user for an API call, or the 403 response. */
export async function apiUser() {
  const result = await requireUser();
  return result.ok ? { user: result.user } : { response: failure(result) };
}

export async function requestMeta() {
  const ip = await clientAddress();
  return { ip, ipHash: hashAddress(ip), userAgent: (await headers()).get('user-agent') };
}
