/**
 * The picture a shared link shows in Zalo, Facebook and the like: always
 * 1200×630, PNG or JPEG, at most 300 KB. A post with a local header photo
 * shows the photo cropped; any other post shows a card drawn for it
 * (src/lib/og-card.ts); listings show the site's card.
 */
import { site } from '../site.config.ts';
import { OG_HEIGHT, OG_WIDTH, ogFile } from './image-store.ts';
import { headerPhoto } from './images.ts';
import type { CardInput } from './og-card.ts';
import { requestCard } from './og-cards.ts';
import type { Post } from './post-index.ts';
import { absoluteUrl, cardPath, imagePath, siteCardPath } from './urls.ts';
import { formatDateVi, vi } from './vi.ts';

export interface PreviewImage {
  /** Absolute URL. */
  url: string;
  width: number;
  height: number;
  type: 'image/jpeg' | 'image/png';
  alt: string;
}

function card(path: string, input: CardInput, alt: string): PreviewImage {
  requestCard(path, input);
  return { url: absoluteUrl(path), width: OG_WIDTH, height: OG_HEIGHT, type: 'image/png', alt };
}

/** The site's card: its name and description. */
export function sitePreview(): PreviewImage {
  return card(siteCardPath, { title: site.title, line: site.description, siteName: site.publisher }, `${site.title}: ${site.description}`);
}

/** What a post's card says: its title and date, by the ward's name. */
export function postCardInput(post: Post): CardInput {
  return { title: post.title, line: formatDateVi(post.localDate), siteName: site.title };
}

export async function postPreview(post: Post): Promise<PreviewImage> {
  const photo = await headerPhoto(post.headerImage);
  if (photo) {
    return {
      url: absoluteUrl(imagePath(photo.hash, ogFile(photo))),
      width: OG_WIDTH,
      height: OG_HEIGHT,
      type: 'image/jpeg',
      alt: vi.previewPhotoAlt(post.title),
    };
  }
  const input = postCardInput(post);
  return card(cardPath(post.path), input, vi.previewCardAlt(post.title, input.line));
}
