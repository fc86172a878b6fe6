import { parse } from 'parse5';
import type { ReportText } from '@/lib/report/types';
import { childElements, type Element } from './html-dom';
import { contentRoot } from './html-content';
import { headHints } from './html-meta';
import { slimHtml } from './html-slim';
import { htmlLines } from './html-text';
import { visiblePublishedOn } from './hints';

// A web page (or mammoth's rendering of a DOCX) → report text plus hints.

function child(parent: Element | undefined, tag: string): Element | undefined {
  return parent ? childElements(parent).find((el) => el.tagName === tag) : undefined;
}

export function readHtml(html: string): ReportText {
  return readSlimHtml(slimHtml(html));
}

/** readHtml of a page already through slimHtml (or slimUtf8Html). */
export function readSlimHtml(slim: string): ReportText {
  const doc = parse(slim);
  const root = childElements(doc).find((el) => el.tagName === 'html');
  const head = child(root, 'head') ?? null;
  const body = child(root, 'body');
  const fromHead = headHints(head);
  const lines = body ? htmlLines(contentRoot(body, fromHead.title ?? null)) : [];
  const visibleTitle = lines.find((line) => /年度?报告/.test(line) && line.length <= 80) ?? null;
  return {
    text: lines.join('\n'),
    hints: {
      title: fromHead.title ?? visibleTitle,
      publishedOn: fromHead.publishedOn ?? visiblePublishedOn(lines),
      sourceUrl: fromHead.sourceUrl ?? null,
    },
  };
}
