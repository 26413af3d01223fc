import { PERSONAL_HINT_COOKIE, SECURE_PERSONAL_HINT_COOKIE } from '@/lib/personal-hint';
import { YOUTUBE_ID, youtubePlayerUrl } from '@/lib/rich-text/embeds';

// The only scripts a reader page runs at load, inline and constant (one CSP hash each, whatever the
// page). Written as plain ES2017 strings, not compiled, so that what the browser runs is exactly
// what is hashed and tested. The framework's own scripts wait for HYDRATION_LOADER.

/** Where lib/server/defer-hydration.ts leaves Next's deferred scripts and payload (JSON). */
export const HYDRATION_DATA_ID = 'khabar-hydration';

/** What makes a press, a key or a focus wake the framework: controls that need its JavaScript. */
export const HYDRATE_ON = 'button,input,textarea,select,summary,[data-hydrate]';

/** Controls run by an inline script of their own (SHARE_SCRIPT): pressing them needs no framework. */
export const OWN_SCRIPT_CONTROL = 'data-own-script';

/** How near the comment section may come before the framework loads (it needs its form's code). */
export const COMMENTS_MARGIN = '400px 0px';

const SIGNED_IN_HINT = new RegExp(`(?:^|;\\s*)(?:${SECURE_PERSONAL_HINT_COOKIE}|${PERSONAL_HINT_COOKIE})=`);

/**
 * Loads Next's scripts and hydrates, once: when #comments comes near the screen, on the first
 * press, key or focus on a control (HYDRATE_ON), or at once for a signed-in reader (the personal
 * hint cookie is there: their line in the reply section comes from the hydrated page). It pushes
 * the RSC payload into self.__next_f first ([0] leading, as Next requires), then adds the chunk
 * scripts (fresh elements with src: Turbopack waits for script[src] it finds), then Turbopack's
 * chunk-group push, which starts the entry.
 */
export const HYDRATION_LOADER =
  `(function(d,w){var data=d.getElementById(${JSON.stringify(HYDRATION_DATA_ID)});if(!data)return;` +
  `var started=false,io=null,events=['pointerdown','touchstart','keydown','focusin'];` +
  `function stop(){events.forEach(function(n){d.removeEventListener(n,on,true)});if(io)io.disconnect()}` +
  `function go(){if(started)return;started=true;stop();var p=JSON.parse(data.textContent),f=w.__next_f=w.__next_f||[];` +
  `p.flight.forEach(function(x){f.push(x)});` +
  `p.scripts.forEach(function(s){var e=d.createElement('script');e.src=s.src;e.async=true;if(s.id)e.id=s.id;d.head.appendChild(e)});` +
  `var t=p.turbopack;(w[t.name]=w[t.name]||[]).push(t.params)}` +
  `function on(e){var el=e.target;if(el&&el.closest&&el.closest(${JSON.stringify(HYDRATE_ON)})&&!el.closest(${JSON.stringify(`[${OWN_SCRIPT_CONTROL}]`)}))go()}` +
  `events.forEach(function(n){d.addEventListener(n,on,{capture:true,passive:true})});` +
  `if(${SIGNED_IN_HINT.toString()}.test(d.cookie))return go();` +
  `var c=d.getElementById('comments');if(!c)return;` +
  `if(!('IntersectionObserver' in w))return go();` +
  `io=new IntersectionObserver(function(es){es.some(function(x){return x.isIntersecting})&&go()},{rootMargin:${JSON.stringify(COMMENTS_MARGIN)}});io.observe(c)` +
  `})(document,window)`;

/** One view per page load, without the framework: the article id is the script's data-article. */
export const VIEW_BEACON =
  `(function(s){var b=s&&s.getAttribute('data-article');if(!b)return;` +
  `if(!(navigator.sendBeacon&&navigator.sendBeacon('/api/views',b)))fetch('/api/views',{method:'POST',body:b,keepalive:true})` +
  `})(document.currentScript)`;

const [PLAYER_BEFORE_ID, PLAYER_AFTER_ID] = youtubePlayerUrl('\u0000').split('\u0000') as [string, string];

/**
 * Click-to-load for YouTube embeds in an article body: until a reader clicks, an embed is a plain
 * link and nothing is requested from YouTube; the click swaps it for the privacy-enhanced player
 * (youtube-nocookie.com, allowed by the CSP's frame-src).
 */
export const YOUTUBE_EMBED_LOADER =
  `document.addEventListener('click',function(e){` +
  `if(e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)return;` +
  `var a=e.target&&e.target.closest&&e.target.closest('.article__body figure.embed[data-embed="youtube"] a');if(!a)return;` +
  `var fig=a.closest('figure'),id=fig.getAttribute('data-id')||'';if(!${YOUTUBE_ID.toString()}.test(id))return;` +
  `e.preventDefault();var f=document.createElement('iframe');f.src=${JSON.stringify(PLAYER_BEFORE_ID)}+id+${JSON.stringify(PLAYER_AFTER_ID)};` +
  `f.title=(a.textContent||'').trim()||'فيديو من يوتيوب';f.width='560';f.height='315';` +
  `f.allow='autoplay; encrypted-media; picture-in-picture; fullscreen';f.allowFullscreen=true;` +
  `f.referrerPolicy='strict-origin-when-cross-origin';a.replaceWith(f);f.focus()})`;

/** What the share box's status line says after "copy the link" (read out: it is a live region). */
export const SHARE_MESSAGES = { copied: 'نُسخ رابط الخبر.', failed: 'تعذّر نسخ الرابط، انسخه من شريط العنوان.' } as const;

/**
 * The share box's two buttons, shown only where the browser can do what they do: "copy the link"
 * (Clipboard API) and the system's share sheet (Web Share API). The script follows the box it
 * serves (components/site/share-links.tsx) and reads the link and title from its data attributes;
 * the share links themselves are plain links.
 */
export const SHARE_SCRIPT =
  `(function(d,n){var s=d.currentScript,box=s&&s.previousElementSibling;if(!box)return;` +
  `var url=box.getAttribute('data-url'),title=box.getAttribute('data-title')||'';` +
  `function q(k){return box.querySelector('[data-share="'+k+'"]')}var status=q('status'),copy=q('copy'),sheet=q('native');` +
  `if(sheet&&n.share){sheet.hidden=false;sheet.addEventListener('click',function(){n.share({title:title,url:url}).catch(function(){})})}` +
  `if(copy&&n.clipboard&&n.clipboard.writeText){copy.hidden=false;copy.addEventListener('click',function(){` +
  `status.textContent='';n.clipboard.writeText(url).then(function(){status.textContent=${JSON.stringify(SHARE_MESSAGES.copied)}},` +
  `function(){status.textContent=${JSON.stringify(SHARE_MESSAGES.failed)}})})}` +
  `})(document,navigator)`;

/** Every inline script of ours a reader page may carry (the hydration transform keeps these). */
export const PAGE_SCRIPTS: readonly string[] = [HYDRATION_LOADER, VIEW_BEACON, YOUTUBE_EMBED_LOADER, SHARE_SCRIPT];
