/** A half-open character span `[start, end)` over the original article text. */
export interface Span {
  start: number;
  end: number;
}

/** A span together with the text it covers. */
export interface TextSpan extends Span {
  text: string;
}

/** The text a span covers. */
export function spanText(text: string, span: Span): TextSpan {
  return { text: text.slice(span.start, span.end), start: span.start, end: span.end };
}
