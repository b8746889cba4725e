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
