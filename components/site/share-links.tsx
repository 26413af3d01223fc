import { OWN_SCRIPT_CONTROL, SHARE_SCRIPT } from '@/lib/hydration/page-scripts';
import { shareLinks } from '@/lib/share-links';

const ownScript = { [OWN_SCRIPT_CONTROL]: '' };

/**
 * Share links that work as plain links, plus "copy the link" and the system share sheet where the
 * browser offers them (their items stay hidden until SHARE_SCRIPT, right after the box, finds the browser can).
 */
export function ShareLinks({ url, title }: { url: string; title: string }) {
  return (
    <>
      <section className="share" aria-labelledby="share-title" data-url={url} data-title={title}>
        <h2 id="share-title" className="share__title">
          شارك الخبر
        </h2>
        <ul className="share__list">
          {shareLinks(url, title).map((link) => (
            <li key={link.network}>
              <a className={`share__link share__link--${link.network}`} href={link.href} target="_blank" rel="noopener noreferrer">
                <span className="visually-hidden">شارك عبر </span>
                {link.name}
                <span className="visually-hidden"> (في نافذة جديدة)</span>
              </a>
            </li>
          ))}
          <li data-share="copy" hidden>
            <button type="button" className="share__link" {...ownScript}>
              نسخ الرابط
            </button>
          </li>
          <li data-share="native" hidden>
            <button type="button" className="share__link" {...ownScript}>
              مشاركة بطريقة أخرى
            </button>
          </li>
        </ul>
        <p className="share__status" role="status" data-share="status" />
      </section>
      <script dangerouslySetInnerHTML={{ __html: SHARE_SCRIPT }} />
    </>
  );
}
