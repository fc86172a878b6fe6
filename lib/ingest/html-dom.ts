import type { DefaultTreeAdapterTypes } from 'parse5';

// The few parse5 tree helpers the HTML readers share.

export type Element = DefaultTreeAdapterTypes.Element;
export type Node = DefaultTreeAdapterTypes.Node;
export type ParentNode = DefaultTreeAdapterTypes.ParentNode;

export function isElement(node: Node): node is Element {
  // Every other node's name starts with '#' (#text, #comment, #document…). Reading nodeName, which
  // every node has, stays fast where `'tagName' in node` meets five shapes of node.
  return node.nodeName.charCodeAt(0) !== 35;
}

export function childNodes(node: Node): DefaultTreeAdapterTypes.ChildNode[] {
  // By name, not by `'childNodes' in node`, which meets every shape of node and stays slow.
  const name = node.nodeName;
  if (name === 'template') return (node as DefaultTreeAdapterTypes.Template).content.childNodes;
  if (name === '#text' || name === '#comment' || name === '#documentType') return [];
  return (node as ParentNode).childNodes;
}

export function childElements(node: Node): Element[] {
  return childNodes(node).filter(isElement);
}

export function attr(el: Element, name: string): string | null {
  for (const a of el.attrs) if (a.name === name) return a.value;
  return null;
}

/** Depth-first search for every element with one of the tag names, not descending into matches. */
export function findAll(root: Node, tags: ReadonlySet<string>, out: Element[] = []): Element[] {
  for (const child of childElements(root)) {
    if (tags.has(child.tagName)) out.push(child);
    else findAll(child, tags, out);
  }
  return out;
}

/** Tags whose content is never report text: scripts, styles, forms and site furniture. */
export const NOISE_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'header',
  'footer',
  'aside',
  'iframe',
  'svg',
  'math',
  'select',
  'option',
  'button',
  'input',
  'textarea',
  'head',
  'object',
  'embed',
  'canvas',
  'audio',
  'video',
  'map',
]);

/** Collapse HTML whitespace (and no-break spaces, used for indentation and empty cells) to one space. */
export function collapse(text: string): string {
  return text.replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, ' ').trim();
}
