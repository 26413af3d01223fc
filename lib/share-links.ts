// Plain share links: each network's own "share this URL" address, opened by the reader's click. No
// script, button or pixel of theirs is loaded, and nothing is added to the URL to follow the reader.

export type ShareNetwork = 'whatsapp' | 'telegram' | 'x' | 'facebook';

export type ShareLink = { network: ShareNetwork; name: string; href: string };

/** The networks in the order the box shows them, with the name readers know them by. */
const NETWORK_NAMES: Record<ShareNetwork, string> = {
  whatsapp: 'واتساب',
  telegram: 'تيليغرام',
  x: 'إكس',
  facebook: 'فيسبوك',
};

function shareHref(network: ShareNetwork, url: string, title: string): string {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  switch (network) {
    case 'whatsapp':
      return `https://wa.me/?text=${encodeURIComponent(`${title}\n${url}`)}`;
    case 'telegram':
      return `https://t.me/share/url?url=${u}&text=${t}`;
    case 'x':
      return `https://x.com/intent/post?text=${t}&url=${u}`;
    case 'facebook':
      return `https://www.facebook.com/sharer/sharer.php?u=${u}`;
  }
}

/** The share links of a page at this absolute URL with this title. */
export function shareLinks(url: string, title: string): ShareLink[] {
  return (Object.keys(NETWORK_NAMES) as ShareNetwork[]).map((network) => ({
    network,
    name: NETWORK_NAMES[network],
    href: shareHref(network, url, title),
  }));
}
