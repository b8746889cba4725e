// Layout invariants of the design map on every example and fixture model: every element that
// resolves is drawn, every edge is routed, boxes never overlap (components sit inside their
// context), each context lies inside its band's lane and the lanes follow privilege order.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkTexts, repoRoot } from '../helpers/parser';
import { collectFixtureModels } from '../helpers/fixture-models';
import { buildMapGraph, BAND_ORDER, type MapGraph } from '../../server/src/map/graph';
import { layoutMap, type Box, type MapLayout } from '../../server/src/map/layout';
import { renderSvg } from '../../server/src/map/render-svg';
import { CONTEXT_FACTS } from '../../server/src/schema/context-kinds';
import type { CheckResult } from '../../server/src/check';

const root = repoRoot();

function models(): { name: string; files: string[] }[] {
  const out = collectFixtureModels(path.join(root, 'test', 'fixtures'));
  // Every folder under examples/ with design files is one model (as `ringside check` reads it).
  const walk = (dir: string) => {
    const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    const files = entries.filter((e) => e.isFile() && e.name.endsWith('.ringside')).map((e) => path.join(dir, e.name));
    if (files.length) out.push({ name: dir, files });
    for (const e of entries) if (e.isDirectory()) walk(path.join(dir, e.name));
  };
  walk(path.join(root, 'examples'));
  return out;
}

export async function checkFiles(files: string[]): Promise<CheckResult> {
  return checkTexts(Object.fromEntries(files.map((f) => [path.relative(root, f), fs.readFileSync(f, 'utf8')])));
}

const overlap = (a: Box, b: Box) => a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;
const inside = (a: Box, b: Box) => a.x >= b.x - 0.5 && a.y >= b.y - 0.5 && a.x + a.w <= b.x + b.w + 0.5 && a.y + a.h <= b.y + b.h + 0.5;

export function assertLayoutInvariants(result: CheckResult, graph: MapGraph, layout: MapLayout, name: string): void {
  const { model } = result;
  // Every element that resolves is in the graph and has a box.
  const expected: string[] = [];
  for (const c of model.contexts) {
    if (!c.name || !CONTEXT_FACTS.has(c.str('kind') ?? '')) continue;
    expected.push(c.key);
    if (!graph.collapsed) for (const k of c.subs('component')) if (k.name) expected.push(k.key);
  }
  for (const e of [...model.inputs, ...model.deployments]) if (e.name) expected.push(e.key);
  for (const key of expected) assert.ok(layout.boxes.get(key), `${name}: ${key} is not drawn`);
  for (const n of graph.nodes) assert.ok(layout.boxes.get(n.id), `${name}: node ${n.id} has no box`);
  // Every edge is routed, and starts and ends on its nodes' borders.
  assert.equal(layout.edges.length, graph.edges.length, `${name}: edges drawn`);
  for (const e of layout.edges) {
    assert.ok(e.points.length >= 2, `${name}: edge ${e.edge.id} has no route`);
    for (const [p, id] of [[e.points[0], e.edge.from], [e.points[e.points.length - 1], e.edge.to]] as const) {
      const b = layout.boxes.get(id)!;
      assert.ok(p.x >= b.x - 2 && p.x <= b.x + b.w + 2 && p.y >= b.y - 2 && p.y <= b.y + b.h + 2, `${name}: edge ${e.edge.id} does not touch ${id}`);
    }
  }
  // No two boxes overlap, except a component inside its own context.
  const nodes = graph.nodes;
  for (let i = 0; i < nodes.length; i++) {
    const a = layout.boxes.get(nodes[i].id)!;
    if (nodes[i].parent) assert.ok(inside(a, layout.boxes.get(nodes[i].parent!)!), `${name}: ${nodes[i].id} is outside its context`);
    for (let j = i + 1; j < nodes.length; j++) {
      if (nodes[i].parent === nodes[j].id || nodes[j].parent === nodes[i].id) continue;
      assert.ok(!overlap(a, layout.boxes.get(nodes[j].id)!), `${name}: ${nodes[i].id} overlaps ${nodes[j].id}`);
    }
  }
  // Each context is inside its band's lane; lanes follow privilege order top to bottom.
  const bandLanes = layout.lanes.filter((l) => l.band !== 'inputs');
  assert.deepEqual(bandLanes.map((l) => l.band), graph.bands, `${name}: lanes`);
  const order = bandLanes.map((l) => BAND_ORDER.indexOf(l.band as (typeof BAND_ORDER)[number]));
  assert.deepEqual(order, [...order].sort((x, y) => x - y), `${name}: bands out of privilege order`);
  for (let i = 1; i < layout.lanes.length; i++) assert.ok(layout.lanes[i].y >= layout.lanes[i - 1].y + layout.lanes[i - 1].h - 0.5, `${name}: lanes overlap`);
  for (const n of nodes) {
    const lane = layout.lanes.find((l) => l.band === (n.kind === 'input' || n.kind === 'deployment' ? 'inputs' : n.band));
    assert.ok(lane, `${name}: no lane for ${n.id}`);
    const b = layout.boxes.get(n.id)!;
    assert.ok(b.y >= lane.y - 0.5 && b.y + b.h <= lane.y + lane.h + 0.5, `${name}: ${n.id} is outside its lane ${lane.band}`);
  }
}

for (const m of models()) {
  test(`design map layout invariants: ${path.relative(root, m.name)}`, async () => {
    const result = await checkFiles(m.files);
    const graph = buildMapGraph(result);
    const layout = await layoutMap(graph);
    assertLayoutInvariants(result, graph, layout, m.name);
    const svg = renderSvg(layout);
    for (const n of graph.nodes) assert.ok(svg.includes(`data-key="${n.id.replace(/"/g, '&quot;')}"`), `${m.name}: ${n.id} not in the SVG`);
  });
}

test('every context kind has a band, and the bands run from cloud to hypervisor', () => {
  assert.deepEqual([...BAND_ORDER], ['cloud', 'user', 'protected_user', 'verified_kernel', 'kernel', 'boot', 'hypervisor']);
  for (const [kind, facts] of CONTEXT_FACTS) assert.ok(BAND_ORDER.includes(facts.band), `${kind} has no band`);
  // Bands agree with privilege: a privileged kind never sits above (before) a user-mode one.
  for (const a of CONTEXT_FACTS.values()) {
    for (const b of CONTEXT_FACTS.values()) {
      if (a.privileged && b.user) assert.ok(BAND_ORDER.indexOf(a.band) > BAND_ORDER.indexOf(b.band), `${a.kind} above ${b.kind}`);
    }
  }
});

test('Falcon: flows that carry content up in privilege, with their form', async () => {
  const dir = path.join(root, 'examples', 'falcon-2024-07');
  const result = await checkFiles(fs.readdirSync(dir).filter((f) => f.endsWith('.ringside')).map((f) => path.join(dir, f)));
  const graph = buildMapGraph(result);
  assert.deepEqual(graph.bands, ['cloud', 'protected_user', 'kernel', 'boot']);
  const up = graph.edges.filter((e) => e.upward).map((e) => `${e.id} ${e.form}`).sort();
  assert.deepEqual(up, [
    'channel:channel.updater_to_interpreter raw',
    'consumes:input.channel_291->component.content_updater raw',
    'consumes:input.os_events->component.content_interpreter raw',
  ]);
  const ci = graph.nodes.find((n) => n.id === 'component.content_interpreter')!;
  assert.equal(ci.parent, 'context.csagent');
  assert.equal(ci.band, 'kernel');
  assert.equal(ci.blast?.crash, 'host_every_boot');
  assert.ok(ci.counts.error >= 2, JSON.stringify(ci.counts));
  assert.deepEqual(graph.problems, []);
  // Collapsed on request: one box per context, channels between contexts merged.
  const small = buildMapGraph(result, { maxComponents: 3 });
  assert.match(small.collapsed ?? '', /^9 components is more than the map draws one by one \(3\)/);
  assert.ok(!small.nodes.some((n) => n.kind === 'component'));
  assert.equal(small.nodes.find((n) => n.id === 'context.csagent')?.collapsed, 4);
  const layout = await layoutMap(small);
  assertLayoutInvariants(result, small, layout, 'falcon collapsed');
});
