import { childElements, childNodes, isElement, NOISE_TAGS, type Element } from './html-dom';

// Government pages wrap the report in menus, breadcrumbs, "related links" and footers written as
// plain <div>s, so dropping <nav>/<header>/<footer> is not enough (L19). The report is the block
// that holds most of the page's non-link text: walk down from <body> while one child holds most of
// it, then step back up to take in the article's own heading and date line.

/** A child holding at least this share of its parent's text is where the article lives. */
const DOMINANT_SHARE = 0.85;
/** Only generic containers are entered: a paragraph or a table is content, not a wrapper. */
const CONTAINERS: ReadonlySet<string> = new Set([
  'div',
  'section',
  'article',
  'main',
  'center',
  'form',
  'font',
]);
/** Stepping back up may add at most this share of text (the title and the "发布时间" line). */
const HEADING_ALLOWANCE = 0.08;
const MAX_STEPS_UP = 8;

/** Non-whitespace characters outside links, per element (links are menus, not report text). */
function weigh(root: Element): Map<Element, number> {
  const weights = new Map<Element, number>();
  const visit = (el: Element, inLink: boolean): number => {
    let total = 0;
    const link = inLink || el.tagName === 'a';
    for (const child of childNodes(el)) {
      if (child.nodeName === '#text') {
        if (!link) total += (child as { value: string }).value.replace(/\s+/g, '').length;
      } else if (isElement(child) && !NOISE_TAGS.has(child.tagName)) {
        total += visit(child, link);
      }
    }
    weights.set(el, total);
    return total;
  };
  visit(root, false);
  return weights;
}

function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

function textOf(el: Element): string {
  let out = '';
  for (const child of childNodes(el)) {
    if (child.nodeName === '#text') out += (child as { value: string }).value;
    else if (isElement(child) && !NOISE_TAGS.has(child.tagName)) out += textOf(child);
  }
  return out;
}

export function contentRoot(body: Element, title: string | null): Element {
  const weights = weigh(body);
  const parents = new Map<Element, Element>();
  let node = body;
  for (;;) {
    const total = weights.get(node) ?? 0;
    let best: Element | null = null;
    for (const child of childElements(node)) {
      if ((weights.get(child) ?? 0) > (best ? (weights.get(best) ?? 0) : 0)) best = child;
    }
    if (!best || total === 0 || (weights.get(best) ?? 0) < total * DOMINANT_SHARE) break;
    if (!CONTAINERS.has(best.tagName)) break;
    parents.set(best, node);
    node = best;
  }
  const base = weights.get(node) ?? 0;
  const wanted = title ? squash(title).slice(0, 12) : '';
  if (!wanted || squash(textOf(node)).includes(wanted)) return node;
  let root = node;
  let candidate = node;
  for (let step = 0; step < MAX_STEPS_UP; step++) {
    const parent = parents.get(candidate);
    if (!parent || (weights.get(parent) ?? 0) > base * (1 + HEADING_ALLOWANCE)) break;
    candidate = parent;
    // Only climb for a reason: the title must appear in the text gained.
    if (wanted && squash(textOf(candidate)).includes(wanted)) root = candidate;
  }
  return root;
}
