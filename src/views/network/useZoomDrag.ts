import { drag } from 'd3-drag';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { useEffect, useRef, useState, type RefObject } from 'react';

interface Point {
  id: string;
  x: number;
  y: number;
  r: number;
}

/**
 * d3-zoom and d3-drag are attached to refs only to turn pointer gestures into state (the transform,
 * a dragged node's position); React draws every element. Drag starts only on a node, so a press on
 * the background pans instead.
 */
export function useZoomDrag(
  svgRef: RefObject<SVGSVGElement | null>,
  viewportRef: RefObject<SVGGElement | null>,
  nodes: Point[],
  onDrag: (id: string, x: number, y: number) => void,
) {
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  const behaviour = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const latest = useRef({ nodes, onDrag });
  useEffect(() => {
    latest.current = { nodes, onDrag };
  });

  useEffect(() => {
    const svg = svgRef.current;
    const viewport = viewportRef.current;
    if (!svg || !viewport) return;
    const z = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.4, 5])
      .on('zoom', (event: { transform: ZoomTransform }) => setTransform(event.transform));
    behaviour.current = z;
    select(svg).call(z);
    const d = drag<SVGGElement, unknown, Point | undefined>()
      // Pointer positions in the zoomed layer's own units, so dragged nodes follow the cursor at any zoom.
      .container(() => viewport)
      .subject((event: { x: number; y: number }) =>
        latest.current.nodes.find((n) => Math.hypot(n.x - event.x, n.y - event.y) <= n.r + 4),
      )
      .on('drag', (event: { subject: Point; x: number; y: number }) => latest.current.onDrag(event.subject.id, event.x, event.y));
    select(viewport).call(d);
    return () => {
      select(svg).on('.zoom', null);
      select(viewport).on('.drag', null);
    };
  }, [svgRef, viewportRef]);

  const zoomBy = (k: number) => {
    if (svgRef.current && behaviour.current) select(svgRef.current).call(behaviour.current.scaleBy, k);
  };
  const reset = () => {
    if (svgRef.current && behaviour.current) select(svgRef.current).call(behaviour.current.transform, zoomIdentity);
  };
  return { transform, zoomBy, reset };
}
