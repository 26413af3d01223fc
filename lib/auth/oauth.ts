// No dependencies: next.config.ts (through lib/security-headers.ts) reads this too.

export const OAUTH_PROVIDERS = [
  { id: 'github', name: 'GitHub' },
  { id: 'google', name: 'Google' },
] as const;

/** OAuth sign-in switches on when its AUTH_<PROVIDER>_ID and _SECRET are set. */
export function enabledOAuthProviders(env: NodeJS.ProcessEnv = process.env): { id: string; name: string }[] {
  return OAUTH_PROVIDERS.filter((p) => env[`AUTH_${p.id.toUpperCase()}_ID`] && env[`AUTH_${p.id.toUpperCase()}_SECRET`]);
}
