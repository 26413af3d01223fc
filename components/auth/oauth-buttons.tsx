import { signIn } from '@/auth';

export function OAuthButtons({ providers, callbackUrl }: { providers: { id: string; name: string }[]; callbackUrl: string }) {
  if (providers.length === 0) return null;
  return (
    <div className="oauth">
      <p>أو تابع باستخدام:</p>
      {providers.map((p) => (
        <form
          key={p.id}
          action={async () => {
            'use server';
            await signIn(p.id, { redirectTo: callbackUrl });
          }}
        >
          <button type="submit" className="button button--secondary">
            {p.name}
          </button>
        </form>
      ))}
    </div>
  );
}
