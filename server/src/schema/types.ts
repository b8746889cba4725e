// The shape of the language schema. One schema (schema/language.ts) written in these types
// drives validation, completion, hover, semantic tokens and the generated docs/language.md.

/** A documented enumerated value. `summary` is one line (completion); `doc` is the hover paragraph. */
export interface EnumValue {
  value: string;
  summary: string;
  doc?: string;
}

export interface EnumType { name: string; doc: string; values: EnumValue[] }

export type ValueType =
  | { kind: 'string' }
  | { kind: 'number'; integer?: boolean; min?: number; max?: number }
  | { kind: 'bool' }
  /** A calendar date written "YYYY-MM-DD". */
  | { kind: 'date' }
  /** A duration written "30m", "4h", "2d" or "0". */
  | { kind: 'duration' }
  | { kind: 'enum'; enum: EnumType }
  | { kind: 'list'; of: ValueType }
  /** A `TYPE.NAME` reference; `targets` lists the block types it may name. */
  | { kind: 'reference'; targets: ReferenceTarget[] }
  /** An object whose keys are free names and whose values share one type. */
  | { kind: 'map'; of: ValueType };

/** Block types that can be referenced as `TYPE.NAME`. */
export type ReferenceTarget = 'agent' | 'context' | 'component' | 'input' | 'deployment' | 'channel';

export interface AttributeSchema {
  name: string;
  type: ValueType;
  /** One-line summary used in completion lists. */
  summary: string;
  /** Hover paragraph: what the property means and why Ringside asks for it. */
  doc: string;
  required?: boolean;
  /** Rules that read this attribute (filled in from the rule registry for docs). */
  example?: string;
}

export interface BlockSchema {
  type: string;
  summary: string;
  doc: string;
  /** Number of labels the block takes, and what they name. */
  labels: { name: string; doc: string }[];
  attributes: AttributeSchema[];
  /** Nested block types allowed in this block, with how many may appear. */
  blocks: { type: string; max?: number }[];
  /** Whether the labelled name is referenceable as `TYPE.NAME`. */
  referenceable?: boolean;
  /** Only this many may appear in a model (the agent block: 1). */
  maxPerModel?: number;
  /** Where it may appear: at top level or nested inside the listed blocks. */
  topLevel: boolean;
  example: string;
}
