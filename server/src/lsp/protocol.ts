// Custom messages between the Ringside client and server. Both sides import this file; it holds
// only names and shapes, no analysis (the client stays free of analysis code).

/**
 * The model key of a design file without a file system behind it (vscode-vfs on github.dev, a
 * web worker): its folder URI, "scheme://authority/dir/"; undefined for file: and untitled URIs,
 * and anything without a path. Both sides key such models (and FindingCounts.model) this way.
 */
export function virtualFolder(uri: string): string | undefined {
  const m = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]*\/(?:[^?#]*\/)?)[^/?#]+\.ringside$/i.exec(uri);
  return m && !/^file:/i.test(uri) ? m[1] : undefined;
}

/**
 * V8 options the language server's Node process is started with, by the desktop client and by the
 * benchmark that measures it. A server is a long-lived background process, so memory wins over
 * the throughput V8's defaults buy:
 * - `--max-semi-space-size=2`: a semi-space of 2 MiB instead of V8's 16 MiB default keeps the
 *   young generation at 6 MiB instead of up to 48 MiB (three semi-spaces,
 *   [Node's CLI docs](https://nodejs.org/api/cli.html#--max-semi-space-sizesize-in-mib)); on a
 *   10,000-component model the server held 25 MB less, at the same edit latency.
 * - `--heap-growing-percent=10`: after each full collection V8 lets the old generation grow to
 *   1.1 times what survived before collecting again, instead of a factor it picks between 1.1 and
 *   4 from how fast the program allocates
 *   ([heap-controller.cc](https://chromium.googlesource.com/v8/v8/+/refs/heads/main/src/heap/heap-controller.cc),
 *   [flag-definitions.h](https://chromium.googlesource.com/v8/v8/+/refs/heads/main/src/flags/flag-definitions.h);
 *   `node --v8-options` lists it). Typing keeps a little of each analysis alive until the next
 *   one, and the dynamic factor let that pile up: in two paired runs with one 10,000-component
 *   file the peak was 13–15 MB lower with this option and the edit latency p95 2–7 ms higher
 *   (docs/performance.md).
 */
export const SERVER_NODE_OPTIONS: readonly string[] = ['--max-semi-space-size=2', '--heap-growing-percent=10'];

/** Server → client notification after each analysis: finding counts for the status bar. */
export const FindingCountsNotification = 'ringside/findingCounts';
export interface FindingCounts {
  /** Folder URI of the model, or the document URI for a model of one untitled file. */
  model: string;
  error: number;
  warning: number;
  information: number;
  hint: number;
  suppressed: number;
}

/** Client → server request: the SARIF log for the model containing `uri`. */
export const ExportSarifRequest = 'ringside/exportSarif';
export interface ExportSarifParams { uri: string }
export interface ExportSarifResult { sarif: string; model: string }

/** Client → server request: Markdown documentation of a rule (for "Show Rule Documentation"). */
export const RuleDocRequest = 'ringside/ruleDoc';
export interface RuleDocParams { ruleId: string }
export interface RuleDocResult { ruleId: string; title: string; markdown: string; url?: string }

/** Client → server request: the list of rules, for the rule picker. */
export const ListRulesRequest = 'ringside/listRules';
export interface ListRulesResult { rules: { id: string; title: string; severity: string }[] }

/** Client → server request: the full explanation of one finding (the hover's "Explain" link). */
export const ExplainFindingRequest = 'ringside/explainFinding';
export interface ExplainFindingParams { uri: string; ruleId: string; element?: string | null; line?: number }
export interface ExplainFindingResult { markdown: string }

/** Command the "Add waiver" quick fix runs after writing the block: select its placeholders (arguments: uri, range of the block). */
export const EditWaiverCommand = 'ringside.editWaiver';

/** Command the code lens runs: the client opens the Problems panel (arguments: uri, element key). */
export const ShowFindingsCommand = 'ringside.showFindings';

/** Settings section read by the server. */
export const SETTINGS_SECTION = 'ringside';
export interface RingsideSettings {
  /** Per-rule severity overrides; the model's `review` block wins over these. */
  severityOverrides?: Record<string, string>;
  codeLens?: { enabled?: boolean };
  hover?: { detail?: 'compact' | 'full' };
  hideInformation?: boolean;
}

// ── Design map (issue 14) ────────────────────────────────────────────────────────────────────

/** Client → server request: the design map of the model containing `uri`, drawn by the server. */
export const DesignMapRequest = 'ringside/designMap';
export interface DesignMapParams { uri: string }
export interface LspRange { start: { line: number; character: number }; end: { line: number; character: number } }
export interface DesignMapElement {
  uri: string;
  /** The element's type and name: where "reveal" puts the cursor. */
  head: LspRange;
  /** The whole block: the editor selection inside it highlights the element. */
  range: LspRange;
}
export interface DesignMapResult {
  /** Model key (folder URI, or the document URI for a lone untitled file). */
  model: string;
  title: string;
  /** The map as SVG; elements are `<g data-key="…">`. */
  svg: string;
  /** The map's stylesheet, for the webview's own <style> (its CSP allows no inline styles otherwise). */
  css: string;
  /** Source location of each drawn element, by the `data-key` of its group. */
  elements: Record<string, DesignMapElement>;
  /** What could not be drawn, and model errors. */
  problems: { message: string; uri?: string; range?: LspRange }[];
  /** Set when a large model was drawn with collapsed contexts. */
  collapsed?: string;
  summary: string;
}

/** Command: open the design map beside the editor (optional argument: a document URI). */
export const ShowDesignMapCommand = 'ringside.showDesignMap';

/** Client → server: contexts a component may move to ("Move component to context…"). */
export const MoveTargetsRequest = 'ringside/moveTargets';
export interface MoveTargetsParams { uri: string; component: string }
export interface MoveTargetsResult { targets: { key: string; label: string; description: string }[] }

/** Client → server: what moving a component would change, and the edit that does it. */
export const PreviewMoveRequest = 'ringside/previewMove';
export interface PreviewMoveParams { uri: string; component: string; context: string }
export interface PreviewMoveResult {
  /** The preview in words (resolved and introduced findings, blast radius, channels). */
  text: string;
  resolved: { ruleId: string; severity: string; element?: string; message: string }[];
  introduced: { ruleId: string; severity: string; element?: string; message: string }[];
  blast: { before?: string; after?: string; recoveryBefore?: string; recoveryAfter?: string };
  errorsAfter: string[];
  /** LSP WorkspaceEdit `changes`: document URI → text edits. */
  changes: Record<string, { range: LspRange; newText: string }[]>;
}

/** Command the "Move component to context…" code action runs (arguments: uri, component key). */
export const MoveComponentCommand = 'ringside.moveComponent';
