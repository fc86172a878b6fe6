import { attr, collapse, findAll, type Element, type Node } from './html-dom';
import { flatText } from './html-text';
import { isoDate, type Hints } from './hints';

// Hints from the page head. Chinese government CMSs (TRS, Hanweb, …) name the article in
// <meta name="ArticleTitle"> and its publication time in PubDate / publishdate / firstpublishedtime;
// <title> usually carries "_栏目_站点" suffixes, so it is the last resort.

const META_TITLE = ['articletitle', 'og:title', 'dc.title', 'title'];
const META_DATE = [
  'pubdate',
  'publishdate',
  'firstpublishedtime',
  'article:published_time',
  'dc.date.issued',
  'dc.date',
  'publish_time',
  'releasedate',
];
const META_URL = ['og:url', 'url'];

const HEAD_TAGS: ReadonlySet<string> = new Set(['meta', 'link', 'title']);

function metaMap(root: Node): {
  meta: Map<string, string>;
  canonical: string | null;
  title: string;
} {
  const meta = new Map<string, string>();
  let canonical: string | null = null;
  let title = '';
  for (const el of findAll(root, HEAD_TAGS)) {
    if (el.tagName === 'title') title ||= flatText(el);
    else if (el.tagName === 'link') {
      if ((attr(el, 'rel') ?? '').toLowerCase() === 'canonical') canonical ??= attr(el, 'href');
    } else {
      const key = (attr(el, 'name') ?? attr(el, 'property') ?? '').toLowerCase();
      const content = collapse(attr(el, 'content') ?? '');
      if (key && content && !meta.has(key)) meta.set(key, content);
    }
  }
  return { meta, canonical, title };
}

function first(meta: Map<string, string>, keys: string[]): string | null {
  for (const key of keys) {
    const value = meta.get(key);
    if (value) return value;
  }
  return null;
}

/** "平潭…年度报告_政府信息公开年报_平潭…管委会" → the part before the site's suffixes. */
function trimSiteSuffix(title: string): string {
  return title.split(/\s*(?:_|\||｜|--|—|-\s)\s*/)[0].trim() || title;
}

export function headHints(head: Element | null): Hints {
  if (!head) return {};
  const { meta, canonical, title } = metaMap(head);
  const metaTitle = first(meta, META_TITLE);
  const date = first(meta, META_DATE);
  const url = canonical ?? first(meta, META_URL);
  return {
    title: metaTitle ?? (title ? trimSiteSuffix(title) : null),
    publishedOn: date ? isoDate(date) : null,
    sourceUrl: url && /^https?:\/\//i.test(url) ? url : null,
  };
}
