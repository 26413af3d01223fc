import { SITE_NAME } from '@/lib/site';

// What a reader sees when a page fails unexpectedly (app/error.tsx, app/global-error.tsx). Nothing
// here reads the database or the environment: either may be what failed.

export const errorMessages = {
  title: 'حدث خطأ غير متوقع',
  explanation: 'عذراً، تعذّر عرض هذه الصفحة الآن. أعد المحاولة بعد قليل، وإن تكرّر الخطأ فعُد إلى الصفحة الرئيسية.',
  retry: 'أعد المحاولة',
  home: 'العودة إلى الصفحة الرئيسية',
  reference: 'رمز الخطأ:',
};

/** The id Next gives a server error in production (its log line carries the same one), if any. */
function digestOf(error: unknown): string | null {
  const digest = error instanceof Error && 'digest' in error ? error.digest : null;
  return typeof digest === 'string' && digest ? digest : null;
}

export function ErrorNotice({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = digestOf(error);
  return (
    <>
      <header className="site-header">
        <div className="container site-header__top">
          <a className="brand" href="/">
            {SITE_NAME}
          </a>
        </div>
      </header>
      <main id="main" className="container error-page">
        <h1>{errorMessages.title}</h1>
        <p>{errorMessages.explanation}</p>
        {digest && (
          <p className="error-page__reference">
            {errorMessages.reference} <code dir="ltr">{digest}</code>
          </p>
        )}
        <p className="error-page__actions">
          <button type="button" className="button" onClick={() => retry()}>
            {errorMessages.retry}
          </button>
          <a href="/">{errorMessages.home}</a>
        </p>
      </main>
    </>
  );
}
