// Share tags of a scope page (the overview or a region): its headline chart — new applications by
// applicant type over the page's years — is the preview image.
import type { Metadata } from 'next';
import { BREAKDOWN_HEAD, ogHref } from '@/lib/share/chart-view';
import { scopeDescription } from '@/lib/share/page-text';
import { viewHref, type View } from '@/lib/view';
import { shareMetadata } from './share-metadata';

export function scopeMetadata(view: View, name: string, title: string): Metadata {
  const image = ogHref({ ...view, metric: BREAKDOWN_HEAD.applicant, by: 'applicant' });
  return shareMetadata({
    title,
    description: scopeDescription(name),
    image,
    imageAlt: `${name}历年新收政府信息公开申请（按申请人类型）的图表`,
    url: viewHref(view),
  });
}
