'use client';

export type ApiError = { message: string; errors: Record<string, string | undefined> };

/** Calls a comment endpoint; a refusal comes back as its Arabic message, never as a throw. */
export async function callCommentApi<T>(url: string, method: string, body?: unknown): Promise<{ ok: true; data: T } | ({ ok: false } & ApiError)> {
  try {
    const response = await fetch(url, {
      method,
      headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    });
    const data = response.status === 204 ? {} : await response.json().catch(() => ({}));
    if (response.ok) return { ok: true, data: data as T };
    return { ok: false, message: data.message ?? 'تعذّر إتمام العملية. حاول مجدداً.', errors: data.errors ?? {} };
  } catch {
    return { ok: false, message: 'تعذّر الاتصال بالموقع. تحقق من اتصالك ثم حاول مجدداً.', errors: {} };
  }
}
