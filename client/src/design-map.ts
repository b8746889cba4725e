// "Ringside: Show Design Map": a webview beside the editor that shows the map the server draws
// (DesignMapRequest). The client only displays: it asks for the map again after edits (debounced),
// turns clicks into "reveal in editor" and the editor selection into a highlight, by the element
// locations the server sends. Strict CSP: no remote resources, only our nonce'd script and style.
// Also "Move component to context…" (what-if placement): the server previews, the user confirms.
import * as vscode from 'vscode';
import {
  DesignMapRequest, MoveTargetsRequest, PreviewMoveRequest,
  type DesignMapParams, type DesignMapResult, type LspRange, type MoveTargetsParams, type MoveTargetsResult, type PreviewMoveParams, type PreviewMoveResult,
} from '../../server/src/lsp/protocol';
import type { ServerController } from './server-controller';
import { LANGUAGE_ID } from './status-bar';

const DEBOUNCE_MS = 400;

function nonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let s = '';
  for (let i = 0; i < 32; i++) s += chars[Math.floor(Math.random() * chars.length)];
  return s;
}

const contains = (r: LspRange, p: vscode.Position) =>
  (p.line > r.start.line || (p.line === r.start.line && p.character >= r.start.character)) &&
  (p.line < r.end.line || (p.line === r.end.line && p.character <= r.end.character));
const size = (r: LspRange) => (r.end.line - r.start.line) * 10000 + (r.end.character - r.start.character);

export class DesignMapPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private docUri: vscode.Uri | undefined;
  private map: DesignMapResult | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];
  private seq = 0;
  /** One request at a time: edits during a (large) layout ask for one more map when it is done. */
  private inFlight = false;
  private again = false;

  constructor(private readonly server: ServerController) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((e) => { if (this.panel && e.document.languageId === LANGUAGE_ID && e.contentChanges.length) this.schedule(); }),
      vscode.workspace.onDidSaveTextDocument((d) => { if (this.panel && d.languageId === LANGUAGE_ID) this.schedule(); }),
      vscode.window.onDidChangeActiveTextEditor((ed) => {
        if (this.panel && ed && ed.document.languageId === LANGUAGE_ID && ed.document.uri.toString() !== this.docUri?.toString()) {
          this.docUri = ed.document.uri;
          this.schedule();
        }
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => this.highlightAt(e.textEditor)),
    );
  }

  /** Opens (or reveals) the map for `uri`, or for the active design file. */
  async show(uri?: vscode.Uri): Promise<void> {
    const target = uri ?? (vscode.window.activeTextEditor?.document.languageId === LANGUAGE_ID ? vscode.window.activeTextEditor.document.uri : undefined);
    if (!target) {
      void vscode.window.showWarningMessage('Ringside: open a design file (*.ringside) to show its design map.');
      return;
    }
    this.docUri = target;
    if (this.panel) this.panel.reveal(vscode.ViewColumn.Beside, true);
    else this.create();
    await this.refresh();
  }

  private create(): void {
    const panel = vscode.window.createWebviewPanel('ringside.designMap', 'Ringside Design Map', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true, localResourceRoots: [], retainContextWhenHidden: true,
    });
    this.panel = panel;
    this.map = undefined;
    panel.onDidDispose(() => { this.panel = undefined; this.map = undefined; });
    panel.webview.onDidReceiveMessage((m: { type?: string; key?: string; context?: string }) => {
      if (m?.type === 'reveal' && typeof m.key === 'string') void this.reveal(m.key);
      if (m?.type === 'reveal-problem' && typeof m.key === 'string') void this.revealProblem(Number(m.key));
      // A component dropped on another context: the same preview-then-apply as the refactoring.
      if (m?.type === 'move' && typeof m.key === 'string' && typeof m.context === 'string') {
        const el = this.map?.elements[m.key];
        if (el) void moveComponent(this.server, el.uri, m.key, m.context);
      }
    });
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => { this.timer = undefined; void this.refresh(); }, DEBOUNCE_MS);
  }

  private async refresh(): Promise<void> {
    if (this.inFlight) { this.again = true; return; }
    this.inFlight = true;
    try {
      await this.fetchMap();
    } finally {
      this.inFlight = false;
    }
    if (this.again) { this.again = false; void this.refresh(); }
  }

  private async fetchMap(): Promise<void> {
    const panel = this.panel, uri = this.docUri;
    if (!panel || !uri) return;
    const seq = ++this.seq;
    try {
      const client = await this.server.ready();
      const params: DesignMapParams = { uri: client.code2ProtocolConverter.asUri(uri) };
      const map = await client.sendRequest<DesignMapResult>(DesignMapRequest, params);
      if (seq !== this.seq || this.panel !== panel) return; // a newer request is on its way
      const first = !this.map;
      this.map = map;
      panel.title = `Design Map: ${map.title}`;
      if (first) panel.webview.html = this.html(panel.webview, map.css);
      void panel.webview.postMessage({ type: 'update', svg: map.svg, summary: map.summary, collapsed: map.collapsed, problems: map.problems.map((p) => p.message) });
      const ed = vscode.window.activeTextEditor;
      if (ed) this.highlightAt(ed);
    } catch (e) {
      if (seq !== this.seq || !this.panel) return;
      if (!this.map) panel.webview.html = this.html(panel.webview, '');
      void panel.webview.postMessage({ type: 'error', message: `The design map could not be drawn: ${e instanceof Error ? e.message : String(e)}` });
    }
  }

  private highlightAt(editor: vscode.TextEditor): void {
    if (!this.panel || !this.map || editor.document.languageId !== LANGUAGE_ID) return;
    const uri = editor.document.uri.toString();
    const pos = editor.selection.active;
    let best: string | undefined;
    let bestSize = Infinity;
    for (const [key, el] of Object.entries(this.map.elements)) {
      if (vscode.Uri.parse(el.uri).toString() !== uri || !contains(el.range, pos)) continue;
      const s = size(el.range);
      if (s < bestSize) { best = key; bestSize = s; }
    }
    void this.panel.webview.postMessage({ type: 'highlight', key: best ?? null });
  }

  private async reveal(key: string): Promise<void> {
    const el = this.map?.elements[key];
    if (!el) return;
    // The cursor goes to the start of the element's type keyword, with nothing selected.
    const at = new vscode.Position(el.head.start.line, el.head.start.character);
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(el.uri));
    const column = vscode.window.visibleTextEditors.find((e) => e.document === doc)?.viewColumn ?? vscode.ViewColumn.One;
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: column, selection: new vscode.Selection(at, at), preserveFocus: false });
    editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private async revealProblem(i: number): Promise<void> {
    const p = this.map?.problems[i];
    if (!p?.uri || !p.range) return;
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(p.uri));
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, selection: new vscode.Range(p.range.start.line, p.range.start.character, p.range.end.line, p.range.end.character) });
  }

  private html(webview: vscode.Webview, css: string): string {
    const n = nonce();
    return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${webview.cspSource} data:; style-src 'nonce-${n}'; script-src 'nonce-${n}';">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style nonce="${n}">
body { padding: 0; margin: 0; color: var(--vscode-editor-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); }
#bar { position: sticky; top: 0; z-index: 1; display: flex; gap: 0.5rem; align-items: center; padding: 4px 8px; background: var(--vscode-editor-background); border-bottom: 1px solid var(--vscode-panel-border, transparent); }
#bar button { color: var(--vscode-button-secondaryForeground); background: var(--vscode-button-secondaryBackground); border: none; padding: 2px 8px; cursor: pointer; }
#summary { flex: 1; }
#notes { padding: 0 8px; } #notes li { cursor: pointer; }
#notes .error { color: var(--vscode-errorForeground); }
#map { overflow: auto; height: calc(100vh - 34px); }
${css}
</style></head><body>
<div id="bar"><span id="summary" role="status">Loading the design map…</span><button id="zoom-fit" title="Fit the width">Fit</button><button id="zoom-out" title="Zoom out" aria-label="Zoom out">−</button><button id="zoom-reset" title="Actual size">100%</button><button id="zoom-in" title="Zoom in" aria-label="Zoom in">+</button></div>
<div id="notes"></div>
<div id="map" tabindex="-1"></div>
<script nonce="${n}">
(function () {
  const vscode = acquireVsCodeApi();
  // No saved state: start fitted to the panel's width (at most actual size).
  const state = vscode.getState() || { zoom: 0, left: 0, top: 0 };
  const map = document.getElementById('map'), notes = document.getElementById('notes'), summary = document.getElementById('summary');
  let selected = null;
  function applyZoom() {
    const svg = map.querySelector('svg');
    if (!svg) return;
    const vb = svg.viewBox.baseVal;
    if (!state.zoom) state.zoom = Math.min(1, Math.max(0.2, (map.clientWidth - 4) / vb.width));
    svg.setAttribute('width', String(Math.round(vb.width * state.zoom)));
    svg.setAttribute('height', String(Math.round(vb.height * state.zoom)));
    document.getElementById('zoom-reset').textContent = Math.round(state.zoom * 100) + '%';
  }
  function save() { state.left = map.scrollLeft; state.top = map.scrollTop; vscode.setState(state); }
  function zoom(f) { state.zoom = f === 'fit' ? 0 : Math.min(3, Math.max(0.2, f === 0 ? 1 : state.zoom * f)); applyZoom(); save(); }
  document.getElementById('zoom-fit').addEventListener('click', () => zoom('fit'));
  document.getElementById('zoom-in').addEventListener('click', () => zoom(1.25));
  document.getElementById('zoom-out').addEventListener('click', () => zoom(0.8));
  document.getElementById('zoom-reset').addEventListener('click', () => zoom(0));
  map.addEventListener('scroll', save);
  function keyOf(t) { const g = t && t.closest ? t.closest('[data-key]') : null; return g ? g.getAttribute('data-key') : null; }
  let dragged = false;
  map.addEventListener('click', (e) => { if (dragged) { dragged = false; return; } const k = keyOf(e.target); if (k) vscode.postMessage({ type: 'reveal', key: k }); });
  // Drag a component onto another context: what-if placement (the editor previews before applying).
  let drag = null, drop = null;
  function contextAt(e) {
    for (const el of document.elementsFromPoint(e.clientX, e.clientY)) {
      const g = el.closest ? el.closest('.rs-context') : null;
      if (g && (!drag || !drag.el.contains(g))) return g;
    }
    return null;
  }
  function setDrop(g) { if (drop) drop.classList.remove('rs-drop'); drop = g; if (g) g.classList.add('rs-drop'); }
  map.addEventListener('pointerdown', (e) => {
    const g = e.button === 0 && e.target.closest ? e.target.closest('.rs-component') : null;
    if (g) drag = { el: g, key: g.getAttribute('data-key'), parent: g.getAttribute('data-parent'), x: e.clientX, y: e.clientY, moved: false };
  });
  map.addEventListener('pointermove', (e) => {
    if (!drag) return;
    const dx = e.clientX - drag.x, dy = e.clientY - drag.y;
    if (!drag.moved && Math.hypot(dx, dy) < 6) return;
    drag.moved = true;
    drag.el.classList.add('rs-dragging');
    drag.el.setAttribute('transform', 'translate(' + dx / state.zoom + ' ' + dy / state.zoom + ')');
    const t = contextAt(e);
    setDrop(t && t.getAttribute('data-key') !== drag.parent ? t : null);
  });
  window.addEventListener('pointerup', (e) => {
    if (!drag) return;
    const d = drag; drag = null;
    d.el.removeAttribute('transform'); d.el.classList.remove('rs-dragging');
    const t = drop; setDrop(null);
    if (!d.moved) return;
    dragged = true;
    setTimeout(() => { dragged = false; }, 0); // only the click that ends this drag is swallowed
    if (t) vscode.postMessage({ type: 'move', key: d.key, context: t.getAttribute('data-key') });
  });
  map.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { const k = keyOf(e.target); if (k) { e.preventDefault(); vscode.postMessage({ type: 'reveal', key: k }); } } });
  function highlight(key, scroll) {
    if (selected) selected.classList.remove('rs-selected');
    selected = null;
    if (!key) return;
    for (const g of map.querySelectorAll('[data-key]')) if (g.getAttribute('data-key') === key) { selected = g; break; }
    if (!selected) return;
    selected.classList.add('rs-selected');
    if (scroll) {
      const r = selected.getBoundingClientRect(), m = map.getBoundingClientRect();
      if (r.bottom < m.top || r.top > m.bottom || r.right < m.left || r.left > m.right) selected.scrollIntoView({ block: 'center', inline: 'center' });
    }
  }
  window.addEventListener('message', (ev) => {
    const m = ev.data || {};
    if (m.type === 'update') {
      const key = selected ? selected.getAttribute('data-key') : null;
      const left = map.scrollLeft, top = map.scrollTop, first = !map.querySelector('svg');
      map.innerHTML = m.svg;
      applyZoom();
      // Keep the viewport across updates (and across reloads, from the saved state).
      map.scrollLeft = first ? state.left : left; map.scrollTop = first ? state.top : top;
      summary.textContent = m.summary;
      notes.textContent = '';
      const items = [];
      if (m.collapsed) items.push(['note', m.collapsed]);
      for (const p of m.problems) items.push(['error', p]);
      if (items.length) {
        const ul = document.createElement('ul');
        items.forEach(([cls, text], i) => {
          const li = document.createElement('li'); li.className = cls; li.textContent = text;
          if (cls === 'error') li.addEventListener('click', () => vscode.postMessage({ type: 'reveal-problem', key: String(i - (m.collapsed ? 1 : 0)) }));
          ul.appendChild(li);
        });
        notes.appendChild(ul);
      }
      highlight(key, false);
    } else if (m.type === 'highlight') highlight(m.key, true);
    else if (m.type === 'error') { summary.textContent = m.message; summary.classList.add('error'); }
  });
})();
</script></body></html>`;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const s of this.subscriptions) s.dispose();
    this.panel?.dispose();
  }
}

/** "Move component to context…": pick a context, read the preview, then apply one edit. */
export async function moveComponent(server: ServerController, uriArg?: unknown, componentArg?: unknown, contextArg?: string): Promise<void> {
  try {
    const client = await server.ready();
    const ed = vscode.window.activeTextEditor;
    const uri = typeof uriArg === 'string' ? uriArg : ed ? client.code2ProtocolConverter.asUri(ed.document.uri) : undefined;
    if (!uri || typeof componentArg !== 'string') {
      void vscode.window.showWarningMessage('Ringside: put the cursor in a component and use the refactoring "Move component to context…".');
      return;
    }
    let context = contextArg;
    if (!context) {
      const { targets } = await client.sendRequest<MoveTargetsResult>(MoveTargetsRequest, { uri, component: componentArg } satisfies MoveTargetsParams);
      const pick = await vscode.window.showQuickPick(targets.map((t) => ({ label: t.label, description: t.description, key: t.key })), {
        title: `Move ${componentArg.replace(/^component\./, '')} to context…`, placeHolder: 'Context to move the component into (a preview follows)',
      });
      if (!pick) return;
      context = pick.key;
    }
    const preview = await client.sendRequest<PreviewMoveResult>(PreviewMoveRequest, { uri, component: componentArg, context } satisfies PreviewMoveParams);
    const [head, ...rest] = preview.text.split('\n');
    const choice = await vscode.window.showInformationMessage(head, { modal: true, detail: rest.join('\n') }, 'Apply');
    if (choice !== 'Apply') return;
    const edit = new vscode.WorkspaceEdit();
    for (const [u, edits] of Object.entries(preview.changes)) {
      for (const e of edits) edit.replace(vscode.Uri.parse(u), new vscode.Range(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character), e.newText);
    }
    if (!(await vscode.workspace.applyEdit(edit))) void vscode.window.showErrorMessage('Ringside: the move could not be applied (the files changed meanwhile?).');
  } catch (e) {
    void vscode.window.showErrorMessage(`Ringside: cannot move the component: ${e instanceof Error ? e.message : String(e)}`);
  }
}
