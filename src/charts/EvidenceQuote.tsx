import { Link } from 'react-router';
import type { DatumKind } from '../model/datums';
import { articleHref } from '../url/articleLink';
import type { Span } from '../model/schema';

interface EvidenceQuoteProps {
  span: Span;
  /** Characters of context to show on each side; the span's own prefix/suffix are the most. */
  context?: number;
  /** The datum the quote is evidence for; when given, a "Show in article" link opens the reader there. */
  datum?: { kind: DatumKind; id: string };
}

/** Context cut mid-word loses the partial word and gains an ellipsis, so it never reads as a typo. */
function leadingContext(span: Span, n: number): string {
  const raw = span.prefix.slice(-n);
  const text = raw.replace(/\s+/g, ' ');
  const cut = span.start > raw.length;
  return cut ? `…${text.replace(/^\S*\s?/, '')}` : text;
}

function trailingContext(span: Span, n: number): string {
  const text = span.suffix.slice(0, n).replace(/\s+/g, ' ');
  const cut = span.suffix.length >= n;
  return cut ? `${text.replace(/\s?\S*$/, '')}…` : text;
}

/** A quote of the source with a little of the text around it; the quoted words are marked. */
export function EvidenceQuote({ span, context = 32, datum }: EvidenceQuoteProps) {
  return (
    <blockquote className="evidence-quote">
      <span className="evidence-quote__context">{leadingContext(span, context)}</span>
      <mark>{span.exact}</mark>
      <span className="evidence-quote__context">{trailingContext(span, context)}</span>
      <footer className="evidence-quote__where">
        characters {span.start}–{span.end} of “{span.source}”
        {datum && (
          <>
            {' · '}
            <Link to={articleHref(datum.kind, datum.id)} className="evidence-quote__show">
              Show in article
            </Link>
          </>
        )}
      </footer>
    </blockquote>
  );
}
