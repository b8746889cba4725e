// Draws a laid-out design map as SVG text. One renderer for the editor's webview and the report:
// every element is a <g data-key="…"> (the webview maps clicks to source locations by the key),
// colour always comes with words (counts, crash and recovery in each box, labels on upward
// flows, a legend), and the colours are CSS variables that follow VS Code's theme in the
// webview and the system's light/dark setting in the report.
import { BAND_LABEL, CRASH_SHORT, countsText, type MapNode } from './graph';
import { FONT, nodeLines, edgeLabelText, type Box, type MapLayout, type Point } from './layout';

export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * The map's stylesheet. Colours fall back to GitHub-like light values outside VS Code; a page may
 * set the --vscode-* variables (the report does, for dark mode) or add `.vscode-dark`.
 */
export const MAP_CSS = `
.rs-map { --rs-fg: var(--vscode-editor-foreground, #1f2328); --rs-bg: var(--vscode-editor-background, #ffffff);
  --rs-muted: var(--vscode-descriptionForeground, #59636e); --rs-box: var(--vscode-editorWidget-background, #f6f8fa);
  --rs-ctx: var(--vscode-sideBar-background, #eef1f4); --rs-border: var(--vscode-editorWidget-border, #8c959f);
  --rs-focus: var(--vscode-focusBorder, #0969da); --rs-up: var(--vscode-editorError-foreground, #cf222e);
  --rs-lane-a: rgba(127,127,127,0.06); --rs-lane-b: rgba(127,127,127,0.14);
  --rs-c-low: #1a7f37; --rs-c-host: #bc4c00; --rs-c-boot: #cf222e; --rs-c-fleet: #8250df; --rs-c-unknown: #8c959f;
  font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", monospace; background: var(--rs-bg); }
.vscode-dark .rs-map, .rs-dark .rs-map { --rs-c-low: #3fb950; --rs-c-host: #f0883e; --rs-c-boot: #ff7b72; --rs-c-fleet: #bc8cff; }
.rs-map text { fill: var(--rs-fg); font-size: ${FONT.small}px; }
.rs-map text.rs-name { font-size: ${FONT.name}px; font-weight: bold; }
.rs-map text.rs-muted, .rs-map .rs-lane-note { fill: var(--rs-muted); }
.rs-map .rs-lane { stroke: none; }
.rs-map .rs-lane-0 { fill: var(--rs-lane-a); } .rs-map .rs-lane-1 { fill: var(--rs-lane-b); }
.rs-map .rs-lane-label { font-weight: bold; font-size: 12px; }
.rs-map .rs-lane-line { stroke: var(--rs-border); stroke-dasharray: 2 4; }
.rs-map .rs-box { fill: var(--rs-box); stroke: var(--rs-border); stroke-width: 1; }
.rs-map .rs-context > .rs-box { fill: var(--rs-ctx); }
.rs-map .rs-input > .rs-box, .rs-map .rs-deployment > .rs-box { rx: 12px; }
.rs-map .rs-has-error > .rs-box { stroke-width: 2.5; }
.rs-map .rs-stripe { stroke: none; }
.rs-map .rs-crash-process .rs-stripe, .rs-map .rs-crash-service .rs-stripe, .rs-map .rs-sw-low { fill: var(--rs-c-low); }
.rs-map .rs-crash-host .rs-stripe, .rs-map .rs-sw-host { fill: var(--rs-c-host); }
.rs-map .rs-crash-host_every_boot .rs-stripe, .rs-map .rs-sw-boot { fill: var(--rs-c-boot); }
.rs-map .rs-crash-fleet .rs-stripe, .rs-map .rs-sw-fleet { fill: var(--rs-c-fleet); }
.rs-map .rs-crash-unknown .rs-stripe, .rs-map .rs-sw-unknown { fill: var(--rs-c-unknown); }
.rs-map .rs-edge path { fill: none; stroke: var(--rs-muted); stroke-width: 1.25; }
.rs-map .rs-edge-delivers path { stroke-dasharray: 2 3; }
.rs-map .rs-edge-consumes path { stroke-dasharray: 6 3; }
.rs-map .rs-edge.rs-up path { stroke: var(--rs-up); stroke-width: 3; stroke-dasharray: none; }
.rs-map .rs-arrow { fill: var(--rs-muted); } .rs-map .rs-arrow-up { fill: var(--rs-up); }
.rs-map .rs-edge-label rect { fill: var(--rs-bg); opacity: 0.9; }
.rs-map .rs-up .rs-edge-label text { fill: var(--rs-up); font-weight: bold; }
.rs-map [data-key] { cursor: pointer; }
.rs-map .rs-node:focus { outline: none; }
.rs-map .rs-node:focus > .rs-box, .rs-map .rs-node.rs-selected > .rs-box { stroke: var(--rs-focus); stroke-width: 3; }
.rs-map .rs-edge.rs-selected path { stroke: var(--rs-focus); stroke-width: 3; }
.rs-map .rs-dragging { opacity: 0.75; cursor: grabbing; }
.rs-map .rs-drop > .rs-box { stroke: var(--rs-focus); stroke-width: 3; stroke-dasharray: 6 3; }
.rs-map .rs-legend .rs-box { fill: var(--rs-bg); }
.vscode-high-contrast .rs-map .rs-box, .vscode-high-contrast .rs-map .rs-edge path { stroke: var(--vscode-contrastBorder, var(--rs-fg)); stroke-width: 2; }
.vscode-high-contrast .rs-map .rs-lane { fill: none; }
.vscode-high-contrast .rs-map .rs-edge.rs-up path { stroke: var(--rs-up); stroke-width: 4; }
@media (forced-colors: active) {
  .rs-map .rs-box, .rs-map .rs-edge path { stroke: CanvasText; stroke-width: 2; }
  .rs-map text { fill: CanvasText; } .rs-map .rs-lane, .rs-map .rs-lane-0, .rs-map .rs-lane-1 { fill: none; }
  .rs-map .rs-edge.rs-up path { stroke: CanvasText; stroke-width: 4; }
  .rs-map .rs-up .rs-edge-label text { fill: CanvasText; }
  .rs-map .rs-node.rs-selected > .rs-box { stroke: Highlight; stroke-width: 4; }
}
`;

export interface RenderOptions {
  /** Put MAP_CSS inside the SVG (standalone files); the webview and the HTML report style the page instead. */
  inlineStyle?: boolean;
  /** Leave out the legend (tests of geometry). */
  legend?: boolean;
}

const LEGEND_HEIGHT = 112;

function pathOf(points: Point[]): string {
  return points.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join(' ');
}

function rect(b: Box, cls: string, extra = ''): string {
  return `<rect class="${cls}" x="${b.x.toFixed(1)}" y="${b.y.toFixed(1)}" width="${b.w.toFixed(1)}" height="${b.h.toFixed(1)}"${extra}/>`;
}

function nodeTitle(n: MapNode): string {
  const lines = [`${n.kind} ${n.name} (${n.detail})`, `findings: ${countsText(n.counts)}`];
  if (n.blast) lines.push(`crash takes down: ${n.blast.crashText}`, `recovery: ${n.blast.recoveryText}`, `release reach: ${n.blast.fleetReach.replace(/_/g, ' ')}`);
  return lines.join('\n');
}

function drawNode(n: MapNode, b: Box): string {
  const cls = ['rs-node', `rs-${n.kind}`];
  if (n.blast) cls.push(`rs-crash-${n.blast.crash}`);
  if (n.counts.error) cls.push('rs-has-error');
  const lines = nodeLines(n);
  const parent = n.parent ? ` data-parent="${esc(n.parent)}"` : '';
  const out = [`<g class="${cls.join(' ')}" data-key="${esc(n.id)}"${parent} tabindex="0" role="button" aria-label="${esc(nodeTitle(n).replace(/\n/g, '; '))}">`,
    `<title>${esc(nodeTitle(n))}</title>`, rect(b, 'rs-box', ' rx="4"')];
  if (n.blast) out.push(rect({ x: b.x, y: b.y, w: 5, h: n.kind === 'context' ? lines.length * FONT.line + 12 : b.h }, 'rs-stripe'));
  lines.forEach((l, i) => {
    out.push(`<text x="${(b.x + 12).toFixed(1)}" y="${(b.y + 8 + (i + 1) * FONT.line - 4).toFixed(1)}"${i === 0 ? ' class="rs-name"' : i === 1 ? ' class="rs-muted"' : ''}>${esc(l)}</text>`);
  });
  out.push('</g>');
  return out.join('');
}

function legend(y: number, width: number): string {
  const o: string[] = [`<g class="rs-legend" transform="translate(0 ${y})">`, rect({ x: 8, y: 4, w: Math.max(width - 16, 600), h: LEGEND_HEIGHT - 12 }, 'rs-box', ' rx="4"')];
  const t = (x: number, yy: number, s: string, cls = '') => o.push(`<text x="${x}" y="${yy}"${cls ? ` class="${cls}"` : ''}>${esc(s)}</text>`);
  t(20, 24, 'Legend', 'rs-name');
  const edges: [string, string, string][] = [
    ['rs-edge rs-edge-channel', 'channel', 'channel (name, what it carries)'],
    ['rs-edge rs-edge-consumes', 'consumes', 'component consumes an input'],
    ['rs-edge rs-edge-delivers', 'delivers', 'deployment delivers an input'],
    ['rs-edge rs-edge-channel rs-up', 'up', '↑ raw / ↑ compiled: content into a more privileged band'],
  ];
  edges.forEach(([cls, , label], i) => {
    const yy = 44 + i * 16;
    o.push(`<g class="${cls}"><path d="M20 ${yy - 4} L60 ${yy - 4}"/></g>`);
    t(68, yy, label);
  });
  const sw: [string, string][] = [['low', CRASH_SHORT.service + ' / process'], ['host', CRASH_SHORT.host], ['boot', CRASH_SHORT.host_every_boot], ['fleet', CRASH_SHORT.fleet], ['unknown', CRASH_SHORT.unknown]];
  const x2 = 520;
  t(x2, 24, 'Box stripe = blast radius (also written in the box)');
  sw.forEach(([k, label], i) => {
    const yy = 44 + (i % 3) * 16, xx = x2 + Math.floor(i / 3) * 230;
    o.push(`<rect class="rs-sw-${k}" x="${xx}" y="${yy - 10}" width="10" height="12"/>`);
    t(xx + 16, yy, label);
  });
  t(x2, 100, 'Counts: errors · warnings · info · waived. Thick border: the element has errors.', 'rs-muted');
  o.push('</g>');
  return o.join('');
}

export function renderSvg(layout: MapLayout, options: RenderOptions = {}): string {
  const { graph } = layout;
  const withLegend = options.legend !== false;
  const width = Math.max(layout.width, withLegend ? 1000 : 0);
  const height = layout.height + (withLegend ? LEGEND_HEIGHT : 0);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="rs-map" viewBox="0 0 ${width.toFixed(0)} ${height.toFixed(0)}" width="${width.toFixed(0)}" height="${height.toFixed(0)}" role="img" aria-labelledby="rs-map-title">`,
    `<title id="rs-map-title">Ringside design map of ${esc(graph.title)}: ${graph.nodes.length} elements, ${graph.edges.length} flows; ${esc(countsText(graph.totals))}</title>`,
  ];
  if (options.inlineStyle) out.push(`<style>${MAP_CSS}</style>`, rect({ x: 0, y: 0, w: width, h: height }, 'rs-lane', ' fill="var(--rs-bg)"'));
  out.push('<defs>',
    '<marker id="rs-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path class="rs-arrow" d="M0 0 L10 5 L0 10 z"/></marker>',
    '<marker id="rs-arrow-up" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path class="rs-arrow-up" d="M0 0 L10 5 L0 10 z"/></marker>',
    '</defs>');

  out.push('<g class="rs-lanes">');
  layout.lanes.forEach((l, i) => {
    out.push(`<g class="rs-lane-group" data-band="${l.band}">`, rect({ x: 0, y: l.y, w: width, h: l.h }, `rs-lane rs-lane-${i % 2}`));
    if (i > 0) out.push(`<line class="rs-lane-line" x1="0" x2="${width}" y1="${l.y.toFixed(1)}" y2="${l.y.toFixed(1)}"/>`);
    const label = l.band === 'inputs' ? 'inputs and releases' : BAND_LABEL[l.band];
    out.push(`<text class="rs-lane-label" x="10" y="${(l.y + 20).toFixed(1)}">${esc(label)}</text>`);
    const first = l.band !== 'inputs' && (i === 0 || layout.lanes[i - 1].band === 'inputs');
    const note = i === layout.lanes.length - 1 && l.band !== 'inputs' ? 'most privileged here' : first ? 'privilege grows downwards ↓' : '';
    if (note) out.push(`<text class="rs-lane-note" x="10" y="${(l.y + 36).toFixed(1)}">${note}</text>`);
    out.push('</g>');
  });
  out.push('</g>');

  // Contexts under edges, edges under components, so arrows stay visible over context fills.
  const nodes = graph.nodes.map((n) => ({ n, b: layout.boxes.get(n.id) })).filter((x): x is { n: MapNode; b: Box } => !!x.b);
  out.push('<g class="rs-contexts">');
  for (const { n, b } of nodes) if (n.kind === 'context') out.push(drawNode(n, b));
  out.push('</g><g class="rs-edges">');
  for (const { edge, points, label } of layout.edges) {
    if (points.length < 2) continue;
    const cls = ['rs-edge', `rs-edge-${edge.kind}`];
    if (edge.upward) cls.push('rs-up');
    const key = edge.element ? ` data-key="${esc(edge.element)}"` : '';
    out.push(`<g class="${cls.join(' ')}" data-edge="${esc(edge.id)}"${key}><title>${esc(`${edge.kind}: ${edge.from} → ${edge.to}${edge.upward ? `; carries content into a more privileged band, form ${edge.form}` : ''}`)}</title>`,
      `<path d="${pathOf(points)}" marker-end="url(#${edge.upward ? 'rs-arrow-up' : 'rs-arrow'})"/>`);
    if (label) out.push(`<g class="rs-edge-label">${rect(label, '')}<text x="${(label.x + 3).toFixed(1)}" y="${(label.y + label.h - 4).toFixed(1)}">${esc(edgeLabelText(edge))}</text></g>`);
    out.push('</g>');
  }
  out.push('</g><g class="rs-components">');
  for (const { n, b } of nodes) if (n.kind !== 'context') out.push(drawNode(n, b));
  out.push('</g>');
  if (withLegend) out.push(legend(layout.height, width));
  out.push('</svg>');
  return out.join('\n');
}
