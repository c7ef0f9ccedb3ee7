import { describe, expect, it } from 'vitest';
import { builtinIndex } from '../../src/data/builtinDataset';
import { indexDataset } from '../../src/model/indexDataset';
import { buildRelationGraph, edgePath, layoutGraph } from '../../src/model/relationGraph';
import { miniDataset, miniTexts } from '../fixtures/miniDataset';

function withRelations() {
  const dataset = miniDataset();
  const evidence = dataset.relations[0]!.evidence;
  dataset.relations.push(
    { id: 'bob-alice', from: 'bob', to: 'alice', kind: 'criticises', status: 'happened', reading: 'stated', summary: 'Bob criticises Alice.', evidence },
    { id: 'alice-bob-2', from: 'alice', to: 'bob', kind: 'aligns-with', status: 'happened', reading: 'stated', summary: 'Alice aligns with Bob.', evidence },
  );
  return indexDataset(dataset, miniTexts);
}

describe('buildRelationGraph', () => {
  it('has a node for each actor in a relation and an edge for each relation', () => {
    const graph = buildRelationGraph(withRelations());
    expect(graph.nodes.map((n) => n.id)).toEqual(['alice', 'bob']);
    expect(graph.edges.map((e) => `${e.source}>${e.target}:${e.kind}`)).toEqual(['alice>bob:persuades', 'bob>alice:criticises', 'alice>bob:aligns-with']);
  });

  it('sizes nodes by the distinct passages of evidence about the actor', () => {
    const graph = buildRelationGraph(withRelations());
    const weight = Object.fromEntries(graph.nodes.map((n) => [n.id, n.weight]));
    // Bob: his mention, two treaty/fund positions and a reported one, the deal; the shared relation span counts once.
    expect(weight.bob).toBeGreaterThan(weight.alice!);
  });

  it('fans out edges joining the same two actors so none hides another', () => {
    const graph = buildRelationGraph(withRelations());
    const paths = graph.edges.map((e) => edgePath({ x: 0, y: 0, r: 5 }, { x: 100, y: 0, r: 5 }, e.source === 'alice' ? e.bend : -e.bend));
    expect(new Set(paths).size).toBe(3);
  });
});

describe('layoutGraph', () => {
  it('is deterministic: the same dataset gives the same positions', () => {
    const a = layoutGraph(buildRelationGraph(builtinIndex));
    const b = layoutGraph(buildRelationGraph(builtinIndex));
    expect(a).toEqual(b);
    expect(a.nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true);
  });

  it('keeps every node inside its bounds and apart from the others', () => {
    const { nodes, bounds } = layoutGraph(buildRelationGraph(builtinIndex));
    expect(nodes.length).toBeGreaterThan(1);
    for (const n of nodes) {
      expect(n.x - n.r).toBeGreaterThanOrEqual(bounds.x);
      expect(n.y + n.r).toBeLessThanOrEqual(bounds.y + bounds.height);
    }
    for (const a of nodes) for (const b of nodes) if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(a.r + b.r);
  });
});

describe('edgePath', () => {
  it('runs rim to rim, straight when unbent and curved when bent', () => {
    expect(edgePath({ x: 0, y: 0, r: 10 }, { x: 100, y: 0, r: 20 }, 0, 0)).toBe('M10,0L80,0');
    expect(edgePath({ x: 0, y: 0, r: 10 }, { x: 100, y: 0, r: 20 }, 1)).toMatch(/^M[\d.,-]+Q50,34 /);
  });
});
