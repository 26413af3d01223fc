/**
 * What a shared cache (nginx, a CDN) may do with a public page: keep it briefly, serve it stale while
 * it refreshes. Next's own s-maxage (its revalidate time) would hide a new comment too long.
 */
export const SHARED_CACHE_CONTROL = 'public, max-age=0, s-maxage=5, stale-while-revalidate=60';
