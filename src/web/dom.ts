/** A child of an element: a node, text (always inserted as text, never parsed as markup), or nothing. */
export type Child = Node | string | number | null | undefined | false;

type Attrs = Record<string, string | number | boolean | null | undefined | ((event: Event) => void)>;

// Through the CSSOM: the Content-Security-Policy refuses style attributes written as markup.
function setStyle(element: ElementCSSInlineStyle, css: string): void {
  for (const rule of css.split(';')) {
    const at = rule.indexOf(':');
    if (at > 0) element.style.setProperty(rule.slice(0, at).trim(), rule.slice(at + 1).trim());
  }
}

function build<E extends Element>(element: E, attrs: Attrs, children: Child[]): E {
  for (const [name, value] of Object.entries(attrs)) {
    if (value == null || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.replace(/^on/, ''), value);
    else if (name === 'style') setStyle(element as unknown as ElementCSSInlineStyle, String(value));
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child == null || child === false) continue;
    element.append(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
  return element;
}

/**
 * Make an HTML element. Text children become text nodes, so article text can never become markup.
 * @example h('a', { href: '?article=a1', onclick: go }, title)
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  return build(document.createElement(tag), attrs, children);
}

/** Make an SVG element, the same way. */
export function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  return build(document.createElementNS('http://www.w3.org/2000/svg', tag), attrs, children);
}

/** Replace an element's content. */
export function fill(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  build(parent, {}, children);
}

/** A number with thousands separators. */
export const int = (n: number): string => n.toLocaleString('en-US');

/** A link target only for web addresses: anything else (javascript:, data:) is dropped. */
export function safeUrl(url: string | null): string | null {
  if (url == null) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
