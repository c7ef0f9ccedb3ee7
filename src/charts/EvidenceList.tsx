import type { DatumKind } from '../model/datums';
import type { Span } from '../model/schema';
import { EvidenceQuote } from './EvidenceQuote';

interface EvidenceListProps {
  evidence: Span[];
  /** The datum the evidence is for: each quote links to it in the reader. */
  datum: { kind: DatumKind; id: string };
}

/** A datum's evidence in every detail panel: each quote in its context, each with "Show in article". */
export function EvidenceList({ evidence, datum }: EvidenceListProps) {
  return (
    <>
      <h3 className="position__evidence-title">In the article’s words</h3>
      {evidence.map((span) => (
        <EvidenceQuote key={`${span.start}-${span.end}`} span={span} datum={datum} />
      ))}
    </>
  );
}
