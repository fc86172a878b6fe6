// Open Graph and Twitter card tags of a shared page: Chinese title and description and the 1200×630
// image of /og. Relative URLs become absolute through the root layout's metadataBase.
import type { Metadata } from 'next';

export interface ShareMeta {
  /** the page's <title> (the root layout's template adds ' · 公开透镜') */
  title: string;
  description: string;
  /** /og?… of the chart (or of the report) */
  image: string;
  imageAlt: string;
  /** the canonical address of the page */
  url: string;
}

export function shareMetadata({ title, description, image, imageAlt, url }: ShareMeta): Metadata {
  const images = [{ url: image, width: 1200, height: 630, alt: imageAlt }];
  return {
    title,
    description,
    alternates: { canonical: url },
    // a page's openGraph replaces the root layout's whole object, so the site fields are repeated here
    openGraph: { title, description, url, images, siteName: '公开透镜', locale: 'zh_CN', type: 'website' },
    twitter: { card: 'summary_large_image', title, description, images },
  };
}
