import {
  attr,
  childNodes,
  collapse,
  isElement,
  NOISE_TAGS,
  type Element,
  type Node,
} from './html-dom';
import { isLayoutTable, rowCells, tableGrid, tableRows } from './html-table';

// HTML → the text the parser reads: one line per block element, one line per table row with the
// logical cells separated by TAB (the same layout as a tab-separated text report, so the table
// reader needs no HTML knowledge).

const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'title',
  'tr',
  'ul',
]);

/** Hidden copies (print versions, collapsed menus) would duplicate or pollute the text. */
function isHidden(el: Element): boolean {
  if (attr(el, 'hidden') !== null || attr(el, 'aria-hidden') === 'true') return true;
  const style = attr(el, 'style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

// A module-level function and a shared parts array, not a closure per call: flatText runs once per
// table cell, and a fresh closure per cell was a fifth of the time spent on a page's tables.
function flatParts(n: Node, parts: string[]): void {
  if (n.nodeName === '#text') parts.push((n as { value: string }).value);
  else if (isElement(n)) {
    if (NOISE_TAGS.has(n.tagName) || isHidden(n)) return;
    const block = BLOCK_TAGS.has(n.tagName);
    if (block || n.tagName === 'br') parts.push(' ');
    for (const c of childNodes(n)) flatParts(c, parts);
    if (block) parts.push(' ');
  }
}

/** Plain text of a node with every block flattened to spaces (used for table cells). */
export function flatText(node: Node): string {
  // Most cells hold one text node, whose collapsed text is the answer (the spaces a block adds
  // around it are trimmed anyway).
  const kids = childNodes(node);
  if (kids.length === 1 && kids[0].nodeName === '#text' && isElement(node)) {
    if (NOISE_TAGS.has(node.tagName) || isHidden(node)) return '';
    return collapse((kids[0] as { value: string }).value);
  }
  const parts: string[] = [];
  flatParts(node, parts);
  return collapse(parts.join(''));
}

class Lines {
  readonly lines: string[] = [];
  private pending: string[] = [];
  private ownText = false;

  text(value: string, inLink: boolean): void {
    this.pending.push(value);
    if (!inLink && /\S/.test(value)) this.ownText = true;
  }

  /**
   * End the current line. Empty lines are not kept (blank-line layout carries no meaning here),
   * nor lines made only of links: share buttons, "全真版/文字版", related-article lists.
   */
  flush(): void {
    if (this.pending.length === 0) return;
    const line = collapse(this.pending.join(''));
    const keep = this.ownText;
    this.pending = [];
    this.ownText = false;
    if (line && keep) this.lines.push(line);
  }

  raw(line: string): void {
    this.flush();
    this.lines.push(line);
  }
}

function writeTable(table: Element, out: Lines): boolean {
  const rows = tableRows(table).map(rowCells);
  const memo = new Map<Element, string>();
  const cellText = (cell: Element): string => {
    let text = memo.get(cell);
    if (text === undefined) memo.set(cell, (text = flatText(cell)));
    return text;
  };
  if (isLayoutTable(rows, cellText)) return false;
  out.flush();
  for (const child of childNodes(table)) {
    if (isElement(child) && child.tagName === 'caption') out.raw(flatText(child));
  }
  for (const row of tableGrid(rows, cellText)) {
    // A row with no text at all (spacer rows, all-&nbsp; rows) says nothing.
    if (row.some((cell) => cell !== '')) out.raw(row.join('\t'));
  }
  return true;
}

function walk(node: Node, out: Lines, inLink: boolean): void {
  if (node.nodeName === '#text') {
    out.text((node as { value: string }).value, inLink);
    return;
  }
  if (!isElement(node)) return;
  const tag = node.tagName;
  if (NOISE_TAGS.has(tag) || isHidden(node)) return;
  if (tag === 'br') return out.flush();
  if (tag === 'table' && writeTable(node, out)) return;
  const block = BLOCK_TAGS.has(tag);
  if (block) out.flush();
  const link = inLink || tag === 'a';
  for (const child of childNodes(node)) walk(child, out, link);
  if (block) out.flush();
}

/** The lines of an element's content. */
export function htmlLines(root: Element): string[] {
  const out = new Lines();
  walk(root, out, false);
  out.flush();
  return out.lines;
}
