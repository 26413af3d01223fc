import { plainParagraphs } from '@/lib/rich-text/doc';
import { EmbedLoader } from './embed-loader';

/**
 * An article's body. `bodyHtml` was rendered and sanitized once, when the article was saved
 * (lib/rich-text/render.ts), so it is shown as it is; a seed article (no HTML) shows its plain-text
 * paragraphs as it always has. Only a body with a YouTube embed brings a script (EmbedLoader).
 */
export function ArticleBody({ body, bodyHtml }: { body: string; bodyHtml: string | null }) {
  if (bodyHtml === null) {
    return (
      <div className="article__body">
        {plainParagraphs(body).map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </div>
    );
  }
  return (
    <>
      <div className="article__body" dangerouslySetInnerHTML={{ __html: bodyHtml }} />
      {bodyHtml.includes('data-embed="youtube"') && <EmbedLoader />}
    </>
  );
}
