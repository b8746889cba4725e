// The typed model: every element of a design with its file and range, references resolved.
// Nothing here knows about tree-sitter or LSP.
import type { Range } from '../syntax/range';
import type { AttributeSchema, BlockSchema } from '../schema/types';
import type { Block, Expr, HclFile, Label } from '../syntax/hcl-ast';
import type { LineIndex } from '../syntax/range';
import { PropMap } from './read-tracking';
import { fit } from '../syntax/fit-array';

/** A place in a source file. `file` is the path (or URI) the file was loaded under. */
export interface Loc { file: string; range: Range }

export interface SourceFile {
  file: string;
  text: string;
  lines: LineIndex;
  ast: HclFile;
}

export interface Ref {
  /** The block type named before the dot, e.g. `input`. */
  type: string;
  name: string;
  loc: Loc;
  /** Range of the NAME part alone (for rename). */
  nameRange: Range;
  /** Filled in by resolution; undefined when unresolved or of the wrong kind. */
  target?: ModelBlock;
}

/** A validated attribute. `value` is undefined when the written value did not fit the schema. */
export interface Prop {
  name: string;
  schema?: AttributeSchema;
  loc: Loc;
  nameRange: Range;
  expr: Expr;
  value: PropValue | undefined;
}

export type PropValue = string | number | boolean | Ref | PropValue[] | { [key: string]: PropValue };


export class ModelBlock {
  /** Attributes by name; a `PropMap` records which ones the rules read (read-tracking.ts). */
  readonly props = new PropMap<Prop>();
  /** Nested blocks; set once by the builder, fitted to their number (a leaf has the shared empty list, fit-array.ts). */
  children: ModelBlock[] = fit([]);
  constructor(
    readonly type: string,
    readonly schema: BlockSchema | undefined,
    readonly file: string,
    /**
     * The block as parsed. Its ranges are read from it when asked for (ast-nodes.ts): kept on
     * every element, they were five range objects per block.
     */
    private readonly node: Block,
    /** The first label (the element's name or rule id), if any. */
    readonly name: string | undefined,
    private readonly nameLabel: Label | undefined,
    readonly parent: ModelBlock | undefined,
  ) {}

  /** Range of the whole block. */
  get range(): Range { return this.node.range; }
  /** Range of the block type keyword. */
  get typeRange(): Range { return this.node.blockType.range; }
  get nameRange(): Range | undefined { return this.nameLabel?.range; }
  /** Range of `{`, and of `}` when present: quick fixes insert before it. */
  get open(): Range | undefined { return this.node.open; }
  get close(): Range | undefined { return this.node.close; }
  get loc(): Loc { return { file: this.file, range: this.range }; }
  /** Where a finding about the element as a whole is shown: its type keyword and name. */
  get headLoc(): Loc {
    const end = this.nameRange?.end ?? this.typeRange.end;
    return { file: this.file, range: { start: this.typeRange.start, end } };
  }
  /** `context.csagent` style key; for nested anonymous blocks, the parent's key plus the type. */
  get key(): string {
    if (this.name !== undefined && this.schema?.referenceable) return `${this.type}.${this.name}`;
    if (this.name !== undefined) return `${this.type}."${this.name}"`;
    return this.parent ? `${this.parent.key}.${this.type}` : this.type;
  }

  has(name: string): boolean { return this.props.get(name)?.value !== undefined; }
  prop(name: string): Prop | undefined { return this.props.get(name); }
  str(name: string): string | undefined { const v = this.props.get(name)?.value; return typeof v === 'string' ? v : undefined; }
  num(name: string): number | undefined { const v = this.props.get(name)?.value; return typeof v === 'number' ? v : undefined; }
  bool(name: string): boolean | undefined { const v = this.props.get(name)?.value; return typeof v === 'boolean' ? v : undefined; }
  /** A list of strings (enum or free text); undefined when the attribute is absent or invalid. */
  strs(name: string): string[] | undefined {
    const v = this.props.get(name)?.value;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined;
  }
  ref(name: string): Ref | undefined { const v = this.props.get(name)?.value; return isRef(v) ? v : undefined; }
  refs(name: string): Ref[] {
    const v = this.props.get(name)?.value;
    if (isRef(v)) return [v];
    return Array.isArray(v) ? v.filter(isRef) : [];
  }
  sub(type: string): ModelBlock | undefined { return this.children.find((c) => c.type === type); }
  subs(type: string): ModelBlock[] { return this.children.filter((c) => c.type === type); }
}

export function isRef(v: unknown): v is Ref {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && 'type' in v && 'name' in v && 'loc' in v && 'nameRange' in v;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface RelatedInfo { loc: Loc; message: string }

/** A problem with the model itself (syntax, schema, references), before any rule runs. */
export interface ModelDiagnostic {
  code: ModelCode;
  severity: Severity;
  message: string;
  loc: Loc;
  related?: RelatedInfo[];
  /** Replacement candidates for did-you-mean quick fixes; `range` is what to replace. */
  suggestions?: { range: Range; values: string[]; quote: boolean };
  /** For RS-REQUIRED: the attribute to insert. */
  missingAttribute?: string;
  /** A summary standing for this many diagnostics of its code in its file that were not made (model/cap.ts). */
  leftOut?: number;
}

/** Stable codes for model diagnostics; documented in docs/language.md. */
export type ModelCode =
  | 'RS-SYNTAX' | 'RS-NESTING' | 'RS-UNKNOWN-BLOCK' | 'RS-UNKNOWN-ATTRIBUTE' | 'RS-TYPE' | 'RS-ENUM'
  | 'RS-REQUIRED' | 'RS-UNRESOLVED' | 'RS-WRONG-TARGET' | 'RS-DUPLICATE' | 'RS-PLACEMENT' | 'RS-AGENT-COUNT'
  | 'RS-LABELS' | 'RS-UNSUPPORTED' | 'RS-FILE' | 'RS-PLATFORM';

export interface Model {
  /** The folder (or virtual root) the files came from. */
  root: string;
  files: SourceFile[];
  agent?: ModelBlock;
  contexts: ModelBlock[];
  components: ModelBlock[];
  inputs: ModelBlock[];
  deployments: ModelBlock[];
  channels: ModelBlock[];
  waivers: ModelBlock[];
  review?: ModelBlock;
  /** Organisation policies written in this model's files (packs are loaded by policy/packs.ts). */
  policies: ModelBlock[];
  /** The `policy_pack` block when this folder is a pack. */
  policyPack?: ModelBlock;
  /** Referenceable elements by `TYPE.NAME`. */
  elements: Map<string, ModelBlock>;
  /** Every reference written in the model, resolved or not. */
  references: Ref[];
  diagnostics: ModelDiagnostic[];
}
