// The design map as a Mermaid flowchart, for Markdown that GitHub renders in a pull request.
// Mermaid lays it out itself; we keep the structure: one subgraph per band in privilege order,
// contexts nested inside with their components, thick arrows for content moving up in privilege.
import { BAND_LABEL, CRASH_SHORT, countsText, type MapGraph, type MapNode } from './graph';

/** Mermaid label text: quotes and markup characters become entity codes. */
function label(s: string): string {
  return s.replace(/[\n\r]+/g, ' ').replace(/"/g, '#quot;').replace(/[<>]/g, (c) => (c === '<' ? '#lt;' : '#gt;')).replace(/[|`]/g, "'");
}

export function mermaidDiagram(graph: MapGraph): string {
  const ids = new Map<string, string>();
  const idOf = (key: string) => ids.get(key) ?? (ids.set(key, `n${ids.size}`), ids.get(key)!);
  const text = (n: MapNode) => {
    const parts = [`<b>${label(n.name)}</b>`, label(n.kind === 'component' ? n.detail : `${n.kind} · ${n.detail}`)];
    if (n.collapsed !== undefined) parts.push(`${n.collapsed} components`);
    parts.push(label(countsText(n.counts)));
    if (n.blast) parts.push(label(CRASH_SHORT[n.blast.crash] ?? n.blast.crash));
    return parts.join('<br/>');
  };
  const out = ['flowchart TB'];
  const inputs = graph.nodes.filter((n) => n.kind === 'input' || n.kind === 'deployment');
  if (inputs.length) {
    out.push('  subgraph lane_inputs["inputs and releases"]');
    for (const n of inputs) out.push(`    ${idOf(n.id)}(["${text(n)}"])`);
    out.push('  end');
  }
  graph.bands.forEach((band, i) => {
    out.push(`  subgraph band_${band}["band ${i}: ${label(BAND_LABEL[band])}"]`);
    for (const ctx of graph.nodes.filter((n) => n.kind === 'context' && n.band === band)) {
      const comps = graph.nodes.filter((n) => n.parent === ctx.id);
      if (comps.length === 0) { out.push(`    ${idOf(ctx.id)}["${text(ctx)}"]`); continue; }
      out.push(`    subgraph ${idOf(ctx.id)}["${text(ctx)}"]`);
      for (const c of comps) out.push(`      ${idOf(c.id)}["${text(c)}"]`);
      out.push('    end');
    }
    out.push('  end');
  });
  // Bands one above the other, as in the editor's map.
  const lanes = [...(inputs.length ? ['lane_inputs'] : []), ...graph.bands.map((b) => `band_${b}`)];
  for (let i = 1; i < lanes.length; i++) out.push(`  ${lanes[i - 1]} ~~~ ${lanes[i]}`);
  const up: number[] = [];
  graph.edges.forEach((e, i) => {
    const arrow = e.upward ? '==>' : e.kind === 'channel' ? '-->' : '-.->';
    if (e.upward) up.push(i + lanes.length - 1);
    out.push(`  ${idOf(e.from)} ${arrow}|"${label(e.label)}"| ${idOf(e.to)}`);
  });
  if (up.length) out.push(`  linkStyle ${up.join(',')} stroke:#cf222e,stroke-width:3px`);
  for (const n of graph.nodes) if (n.counts.error) out.push(`  style ${idOf(n.id)} stroke-width:3px`);
  return out.join('\n') + '\n';
}
