import type { Locale } from '@bd/core';
import { STATIC_SITE_META } from '@bd/core/static-paths';
import type { PageHead } from '../app/route-table.ts';

/** Text for an HTML attribute or element: `&`, `<`, `>` and quotes written as entities. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The page's address as it is shared: its path and query string, on its origin where one is known. */
function canonicalAddress(origin: string, path: string, search: string): string {
  return `${origin}${path}${search}`;
}

/**
 * The <head> tags of a page: title, description, canonical address, and the Open Graph and Twitter tags a link
 * preview is built from (with the indicator's chart as its image). The static export marks its pages, so the
 * browser asks for the export's files rather than the API.
 * A page that was not found has no address to share: no canonical link nor og:url, and `noindex`. Link previews need
 * absolute addresses: where the origin is unknown ('', an export without `--origin`), og:url and the images are left
 * out rather than written relative, which previewers would not follow.
 */
export function pageHeadTags(
  head: PageHead,
  request: { origin: string; path: string; search: string },
  locale: Locale,
  staticSite: boolean,
  found = true,
): string {
  const address = canonicalAddress(request.origin, request.path, request.search);
  const absolute = request.origin !== '';
  const image = head.image === undefined || !absolute ? undefined : `${request.origin}${head.image}`;
  const tags = [
    staticSite ? `<meta name="${STATIC_SITE_META}" content="1">` : '',
    `<title>${escapeHtml(head.title)}</title>`,
    `<meta name="description" content="${escapeHtml(head.description)}">`,
    found ? `<link rel="canonical" href="${escapeHtml(address)}">` : '<meta name="robots" content="noindex">',
    `<meta property="og:type" content="website">`,
    `<meta property="og:site_name" content="${locale === 'vi' ? 'Bình Dương: đối ngoại và đầu tư' : 'Binh Duong: foreign relations and investment'}">`,
    `<meta property="og:locale" content="${locale === 'vi' ? 'vi_VN' : 'en_GB'}">`,
    `<meta property="og:title" content="${escapeHtml(head.title)}">`,
    `<meta property="og:description" content="${escapeHtml(head.description)}">`,
    found && absolute ? `<meta property="og:url" content="${escapeHtml(address)}">` : '',
    image ? `<meta property="og:image" content="${escapeHtml(image)}">` : '',
    image ? '<meta property="og:image:type" content="image/png">' : '',
    image ? '<meta property="og:image:width" content="1200">' : '',
    image ? '<meta property="og:image:height" content="630">' : '',
    image ? `<meta property="og:image:alt" content="${escapeHtml(head.title)}">` : '',
    `<meta name="twitter:card" content="${image ? 'summary_large_image' : 'summary'}">`,
    `<meta name="twitter:title" content="${escapeHtml(head.title)}">`,
    `<meta name="twitter:description" content="${escapeHtml(head.description)}">`,
    image ? `<meta name="twitter:image" content="${escapeHtml(image)}">` : '',
  ];
  return tags
    .filter(Boolean)
    .map((tag) => `    ${tag}\n`)
    .join('');
}
