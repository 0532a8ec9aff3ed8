/**
 * The picture a shared link shows in Zalo, Facebook and the like: always
 * 1200×630, PNG or JPEG, at most 300 KB. A post with a local header photo
 * shows the photo cropped; any other post shows a card drawn for it
 * (src/lib/og-card.ts); listings show the site's card.
 */
import { site } from '../site.config.ts';
import { OG_HEIGHT, OG_WIDTH, ogFile } from './image-store.ts';
import { headerPhoto } from './images.ts';
import type { Post } from './post-index.ts';
import { absoluteAssetUrl, absoluteUrl, imagePath } from './urls.ts';
import { vi } from './vi.ts';

export interface PreviewImage {
  /** Absolute URL. */
  url: string;
  width: number;
  height: number;
  type: 'image/jpeg' | 'image/png';
  alt: string;
}

export function sitePreview(): PreviewImage {
  return { url: absoluteAssetUrl(site.defaultImage), width: OG_WIDTH, height: OG_HEIGHT, type: 'image/png', alt: site.title };
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
  return sitePreview();
}
