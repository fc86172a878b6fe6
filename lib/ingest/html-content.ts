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

function nonSpaceLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 32) n++;
  return n;
}

/** Non-whitespace characters outside links of `el`, recorded for it and every element below it. */
function weigh(el: Element, inLink: boolean, weights: Map<Element, number>): number {
  let total = 0;
  const link = inLink || el.tagName === 'a';
  for (const child of childNodes(el)) {
    if (child.nodeName === '#text') {
      // Links are menus, not report text.
      if (!link) total += nonSpaceLength((child as { value: string }).value);
    } else if (isElement(child) && !NOISE_TAGS.has(child.tagName)) {
      total += weigh(child, link, weights);
    }
  }
  // Only weighted elements are kept: every reader of the map takes a missing one as 0, and link
  // menus, images and spacers (most elements of a CMS page) weigh nothing.
  if (total > 0) weights.set(el, total);
  return total;
}

/** The element holding the first text node that contains `wanted` (whitespace ignored). */
function findText(root: Element, wanted: string): Element | null {
  for (const child of childNodes(root)) {
    if (child.nodeName === '#text') {
      const value = (child as { value: string }).value;
      // Its first character must be there already (wanted has no spaces): most nodes stop here.
      if (value.includes(wanted[0]) && value.replace(/\s+/g, '').includes(wanted)) return root;
    } else if (isElement(child) && !NOISE_TAGS.has(child.tagName)) {
      const found = findText(child, wanted);
      if (found) return found;
    }
  }
  return null;
}

export function contentRoot(body: Element, title: string | null): Element {
  const weights = new Map<Element, number>();
  weigh(body, false, weights);
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
  // Step back up only to take in the article's own heading, and only if the step adds little.
  const wanted = title ? title.replace(/\s+/g, '').slice(0, 12) : '';
  const heading = wanted ? findText(body, wanted) : null;
  if (!heading) return node;
  const holders = new Set<Element>();
  for (let el: Element | undefined = heading; el; el = parentElement(el)) {
    holders.add(el);
  }
  if (holders.has(node)) return node;
  const base = weights.get(node) ?? 0;
  let candidate = node;
  for (let step = 0; step < MAX_STEPS_UP; step++) {
    const parent = parents.get(candidate);
    if (!parent || (weights.get(parent) ?? 0) > base * (1 + HEADING_ALLOWANCE)) break;
    candidate = parent;
    if (holders.has(candidate)) return candidate;
  }
  return node;
}

function parentElement(el: Element): Element | undefined {
  const parent = el.parentNode;
  return parent && isElement(parent) ? parent : undefined;
}
