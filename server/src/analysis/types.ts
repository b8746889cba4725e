// Types shared by the rule pack, the analysis engine and every output (CLI, SARIF, LSP).
// Pure data: no LSP, no I/O.
import type { Loc, ModelDiagnostic, RelatedInfo, Severity } from '../model/types';

export type { Severity };

/** Whether a source is the party's own record (vendor, platform owner, standard) or a report about it. */
export type SourceKind = 'primary' | 'secondary';

export interface Link { title: string; url: string; kind?: SourceKind }

export type RuleCategory =
  | 'untrusted-input-in-kernel'        // A
  | 'content-deployment'               // B
  | 'boot-and-recovery'                // C
  | 'kernel-code-quality'              // D
  | 'kernel-user-interface'            // E
  | 'tamper-and-opposite-risk'         // F
  | 'platform'                         // G
  | 'meta'                             // findings about the review itself (unspecified properties, internal errors)
  | 'policy';                          // organisation policies written in CEL (server/src/policy)

/** Everything about a rule except its check: the registry docs/rules/*.md is generated from. */
export interface RuleMeta {
  id: string;                 // "RS001"
  slug: string;               // "kernel-interpreter-consumes-cloud-content"
  title: string;
  category: RuleCategory;
  defaultSeverity: Severity;
  /** Why the severity is what it is, one sentence. */
  severityNote: string;
  /** 3–6 sentences in Ringside's own words; facts from sources are cited in `primary`. */
  rationale: string;
  /** What the rule looks for, in words (the trigger). */
  trigger: string;
  /** Evidence that lowers the severity one level, in words; absent when none does. */
  downgrade?: string;
  /** Links to the series "EDR Design and the CrowdStrike Incident" (text-fragment anchors). */
  series: Link[];
  /** Set when the reasoning lives in a part of the series that was announced but never published. */
  seriesPlannedPart?: 2 | 3 | 4;
  primary: Link[];
  related: string[];
  /** The quick fixes, in words, in the order they are offered. */
  fixes: string[];
  /** Where the trigger cannot be expressed fully in the language, say what is left out. */
  limitations?: string;
}

/**
 * A quick fix as data. The fix engine (fixes/apply.ts) turns the steps into text edits; the
 * language server turns those into a WorkspaceEdit. Elements are named by their model key:
 * `context.csagent`, `component.updater`, or for a nested unnamed block `component.x.queue`.
 */
export type FixStep =
  /** Set an attribute (replacing any existing value). `value` is HCL text: `"staged"`, `true`, `[input.a]`. A missing nested block in the key is created. */
  | { op: 'set'; element: string; attribute: string; value: string }
  | { op: 'remove'; element: string; attribute: string }
  /** Append one item (HCL text) to a list attribute, creating the list if absent. */
  | { op: 'add-to-list'; element: string; attribute: string; value: string }
  | { op: 'remove-from-list'; element: string; attribute: string; value: string }
  /** Insert block text. At top level of `file` (or of the first file of the element named by `near`), or inside `parent`. */
  | { op: 'add-block'; parent?: string; near?: string; file?: string; text: string }
  /** Cut a named block (a component) out of its parent and paste it into another block. */
  | { op: 'move-block'; element: string; toParent: string }
  /** Delete a whole block (with its leading comments), located by its range. */
  | { op: 'remove-block'; loc: Loc };

export interface FixDescriptor {
  title: string;
  steps: FixStep[];
  /** The fix to offer first (VS Code's "preferred" quick fix). */
  preferred?: boolean;
}

/** One fact a rule used, for "why did this fire". */
export interface Fact { text: string; loc?: Loc }

/** One hop of a flow path, from the source input to the sink component. */
export interface PathHop { loc: Loc; message: string }

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** Severity before review overrides and downgrades. */
  defaultSeverity: Severity;
  message: string;
  loc: Loc;
  /** Model key of the element the finding is about; waivers match on it. */
  element?: string;
  facts: Fact[];
  path?: PathHop[];
  related?: RelatedInfo[];
  fixes?: FixDescriptor[];
  /** Why the severity was lowered, when evidence downgraded it. */
  downgradedBy?: string;
  /** Set when a waiver accepts this finding. */
  suppression?: { reason: string; owner: string; expires: string; loc: Loc };
  /** For RS-META-UNSPECIFIED: the element, each property it leaves out and the rules that need it. */
  unspecified?: { element: string; properties: { property: string; rules: string[] }[] };
  /** Carried from a model diagnostic: did-you-mean replacement candidates (`range` is what to replace). */
  suggestions?: ModelDiagnostic['suggestions'];
  /** Carried from an RS-REQUIRED model diagnostic: the attribute to insert. */
  missingAttribute?: string;
  /** A summary standing for this many findings of its rule in its file that are not listed (finding-cap.ts). */
  leftOut?: number;
  /** For organisation policies, which are not in the built-in registry: the policy's metadata. */
  meta?: RuleMeta;
}
