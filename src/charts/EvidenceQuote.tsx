import type { Span } from '../model/schema';

interface EvidenceQuoteProps {
  span: Span;
  /** Characters of context to show on each side; the span's own prefix/suffix are the most. */
  context?: number;
}

const trimStart = (text: string, n: number) => (text.length > n ? `…${text.slice(text.length - n).replace(/^\S*\s/, '')}` : text);
const trimEnd = (text: string, n: number) => (text.length > n ? `${text.slice(0, n).replace(/\s\S*$/, '')}…` : text);

/** A quote of the source with a little of the text around it; the quoted words are marked. */
export function EvidenceQuote({ span, context = 32 }: EvidenceQuoteProps) {
  return (
    <blockquote className="evidence-quote">
      <span className="evidence-quote__context">{trimStart(span.prefix.replace(/\s+/g, ' '), context)}</span>
      <mark>{span.exact}</mark>
      <span className="evidence-quote__context">{trimEnd(span.suffix.replace(/\s+/g, ' '), context)}</span>
      <footer className="evidence-quote__where">
        characters {span.start}–{span.end} of “{span.source}”
      </footer>
    </blockquote>
  );
}
