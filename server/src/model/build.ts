// Builds the typed model from parsed files: checks every block and attribute against the schema,
// collects elements, and resolves `TYPE.NAME` references across files. Never throws on input.
import type { Attribute, Block, BodyItem, Expr } from '../syntax/hcl-ast';
import { type Range, containsRange } from '../syntax/range';
import type { EnumType } from '../schema/types';
import { noteRead, RAW_READ } from './read-tracking';
import { BLOCK_SCHEMAS, TOP_LEVEL_BLOCKS, REFERENCE_TARGETS } from '../schema/language';
import { CONTEXT_FACTS, CONTEXT_KINDS } from '../schema/context-kinds';
import type { AttributeSchema, BlockSchema, ValueType, ReferenceTarget } from '../schema/types';
import { suggest, didYouMean } from './suggest';
import { fit } from '../syntax/fit-array';
import { sharedList } from './shared-lists';
import { MAX_PER_RULE_AND_FILE, leftOutMessage } from './cap';
import {
  ModelBlock, type Loc, type Model, type ModelCode, type ModelDiagnostic, type Prop, type PropValue, type Ref,
  type RelatedInfo, type Severity, type SourceFile,
} from './types';

const NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DURATION_PATTERN = /^(0|\d+(\.\d+)?(ms|s|m|h|d|w))$/;
/** Longest list of allowed values quoted in full in an error message. */
const MAX_LISTED_VALUES = 14;

export function buildModel(root: string, files: SourceFile[]): Model {
  return new ModelCache().build(root, files).model;
}

/** What changed since the previous build of the same model, for incremental analysis. */
export interface ModelChange {
  /** Files, elements, names, ranges or nesting changed: anything may have changed. */
  structural: boolean;
  /** Attributes, by name, whose written value or position changed in some element. */
  props: Set<string>;
  /** Some file's text changed (comments and whitespace included). */
  text: boolean;
}

/** `key` is `TYPE.NAME`, made once when the reference is built (replays reuse it). */
type PendingRef = { ref: Ref; key: string; targets: ReferenceTarget[]; attr: string; owner: ModelBlock };

/**
 * What building one top-level item did, in order, so that it can be replayed. `omitted` is a
 * diagnostic not made because its file already had MAX_PER_RULE_AND_FILE of its code (model/cap.ts).
 */
type BuildEvent = { diag: ModelDiagnostic } | { omitted: { code: ModelCode; severity: Severity; range: Range } }
  /** An element registered (under regKey). Events are kept for every item, so they carry no wrapper of their own. */
  | ModelBlock
  /** A reference written. */
  | PendingRef;

interface ItemRecord {
  file: string;
  el: ModelBlock | undefined;
  events: BuildEvent[];
  /** The references among `events` (listed on first patch). */
  refs?: PendingRef[];
  /** Whether any event is a diagnostic (known with `refs`). */
  diags?: boolean;
}

interface BuiltFile { source: SourceFile; records: ItemRecord[] }

/**
 * Builds a model again and again as its files change, rebuilding only the top-level items whose
 * AST changed. The AST reuse after an edit (syntax/ast-reuse.ts) hands over unchanged items as
 * the same objects; their elements, diagnostics and references are replayed from the previous
 * build instead of being checked against the schema again. Registration of names and reference
 * resolution always run over the whole model (they are cheap), so the result is the same as a
 * build from scratch. The build also says what changed (`ModelChange`).
 */
/** The model's element lists after a build, so that the next build can patch them. */
type ElementLists = Pick<Model, 'contexts' | 'components' | 'inputs' | 'deployments' | 'channels' | 'waivers' | 'policies' | 'agent' | 'review' | 'policyPack' | 'elements'>;

/** `capped`: the build left diagnostics out, so its outcomes are incomplete and the next build is a full one. */
interface BuildState { root: string; files: BuiltFile[]; lists: ElementLists; refs: RefLists; capped: boolean }

/** The references of a build in order, as pending resolution and as the model lists them. */
interface RefLists { pending: PendingRef[]; references: Ref[] }

export class ModelCache {
  private readonly records = new WeakMap<BodyItem, ItemRecord>();
  /** What registering an element and resolving a reference reported last time (only when something). */
  private readonly outcomes: Outcomes = { registered: new WeakMap(), resolved: new WeakMap(), registeredCount: 0, resolvedCount: 0 };
  private previous: BuildState | undefined;

  build(root: string, files: SourceFile[]): { model: Model; change: ModelChange | undefined } {
    const model = new TrackedModel(root, files);
    const b = new Builder(model, model.raw.diagnostics, model.raw.references, this.records, this.outcomes);
    const built = files.map((f) => b.records(f));
    const prev = this.previous && this.previous.root === root ? this.previous : undefined;
    const change = prev ? compareBuilds(prev.files, built) : undefined;
    // Nothing structural changed (the same elements, names, ranges and nesting): the element
    // lists, the name registry and the resolution of untouched references are patched instead
    // of being rebuilt — what they depend on is the structure.
    if (prev && change && !change.structural && !prev.capped) {
      // The patch updates the previous registry in place: if it fails half-way, the next build
      // must not start from it.
      this.previous = undefined;
      b.patch(built, prev.files, prev.lists, prev.refs);
    } else b.full(built);
    const { contexts, components, inputs, deployments, channels, waivers, policies, agent, review, policyPack, elements } = model;
    this.previous = {
      root, files: built, lists: { contexts, components, inputs, deployments, channels, waivers, policies, agent, review, policyPack, elements },
      refs: b.refLists(), capped: b.capped,
    };
    return { model, change };
  }
}

/**
 * The model of one build. Text, diagnostics and the reference list are read through getters so
 * that incremental analysis knows which rules depend on them (read-tracking.ts). The getters are
 * the class's. Written in an object literal made on every build, they kept the last few builds —
 * and every file's text — alive past their first minor collection, so every edited text of a large
 * design piled up until the next major one (measured: 3.7 MB per keystroke at 10,000 components).
 * inferred: V8's inline caches remember the objects whose own getters they called; a class's
 * getters live on its prototype, which is what they remember instead.
 */
class TrackedModel implements Model {
  agent: ModelBlock | undefined = undefined;
  review: ModelBlock | undefined = undefined;
  policyPack: ModelBlock | undefined = undefined;
  contexts: ModelBlock[] = [];
  components: ModelBlock[] = [];
  inputs: ModelBlock[] = [];
  deployments: ModelBlock[] = [];
  channels: ModelBlock[] = [];
  waivers: ModelBlock[] = [];
  policies: ModelBlock[] = [];
  elements = new Map<string, ModelBlock>();
  /** @internal What the getters hand out; the builder fills the lists. */
  readonly raw: { files: SourceFile[]; diagnostics: ModelDiagnostic[]; references: Ref[] };
  constructor(readonly root: string, files: SourceFile[]) {
    this.raw = { files, diagnostics: [], references: [] };
  }
  get files(): SourceFile[] { noteRead(RAW_READ); return this.raw.files; }
  get diagnostics(): ModelDiagnostic[] { noteRead(RAW_READ); return this.raw.diagnostics; }
  get references(): Ref[] { noteRead(RAW_READ); return this.raw.references; }
}

/**
 * An attribute of a built element. Its location and schema are found when read: a design of
 * 10,000 components has 85,000 attributes, and a location object kept for each was 3 MB of the
 * server's heap.
 */
class BuiltProp implements Prop {
  constructor(readonly name: string, private readonly owner: ModelBlock, private readonly node: Attribute, public value: PropValue | undefined) {}
  /** Built attributes are those the owner's schema has (Builder.attributes). */
  get schema(): AttributeSchema | undefined { return this.owner.schema && attributeOf(this.owner.schema, this.name); }
  get loc(): Loc { return { file: this.owner.file, range: this.node.range }; }
  get nameRange(): Range { return this.node.name.range; }
  get expr(): Expr { return this.node.value; }
}

/** A reference written in the model; its locations are read from its expression (see BuiltProp). */
class BuiltRef implements Ref {
  target?: ModelBlock;
  constructor(readonly type: string, readonly name: string, private readonly file: string, private readonly expr: Extract<Expr, { kind: 'traversal' }>) {}
  get loc(): Loc { return { file: this.file, range: this.expr.range }; }
  get nameRange(): Range { return this.expr.parts[1].range; }
}

/** Outcomes of the last build; the counts say whether any element or reference has one at all. */
interface Outcomes { registered: WeakMap<ModelBlock, ModelDiagnostic[]>; resolved: WeakMap<Ref, ModelDiagnostic[]>; registeredCount: number; resolvedCount: number }

function compareBuilds(before: BuiltFile[], after: BuiltFile[]): ModelChange {
  const change: ModelChange = { structural: false, props: new Set(), text: false };
  if (before.length !== after.length) return { ...change, structural: true };
  for (let i = 0; i < after.length; i++) {
    const a = before[i], b = after[i];
    if (a.source === b.source) continue;
    if (a.source.file !== b.source.file || a.records.length !== b.records.length) return { ...change, structural: true };
    change.text = true;
    for (let j = 0; j < a.records.length; j++) {
      const x = a.records[j], y = b.records[j];
      if (x !== y && !sameShape(x.el, y.el, change.props)) return { ...change, structural: true };
    }
  }
  return change;
}

/** Whether two elements have the same structure; attributes that differ are added to `props`. */
function sameShape(a: ModelBlock | undefined, b: ModelBlock | undefined, props: Set<string>): boolean {
  if (!a || !b) return a === b;
  if (a.type !== b.type || a.name !== b.name || a.file !== b.file || !sameRange(a.range, b.range) || !sameRange(a.typeRange, b.typeRange)
    || !sameRange(a.nameRange, b.nameRange) || !sameRange(a.open, b.open) || !sameRange(a.close, b.close) || a.children.length !== b.children.length) return false;
  for (let i = 0; i < a.children.length; i++) if (!sameShape(a.children[i], b.children[i], props)) return false;
  for (const [name, p] of a.props.untrackedEntries()) {
    const q = b.props.untrackedGet(name);
    if (!q || !sameRange(p.loc.range, q.loc.range) || !sameRange(p.nameRange, q.nameRange) || !sameExpr(p.expr, q.expr)) props.add(name);
  }
  for (const [name] of b.props.untrackedEntries()) if (!a.props.untrackedGet(name)) props.add(name);
  return true;
}

function sameRange(a: Range | undefined, b: Range | undefined): boolean {
  if (!a || !b) return a === b;
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

function sameExpr(a: Expr, b: Expr): boolean {
  if (a.kind !== b.kind || !sameRange(a.range, b.range)) return false;
  switch (a.kind) {
    case 'string': return a.value === (b as typeof a).value;
    case 'number': return a.value === (b as typeof a).value && a.text === (b as typeof a).text;
    case 'bool': return a.value === (b as typeof a).value;
    case 'null': return true;
    case 'unsupported': return a.what === (b as typeof a).what;
    case 'tuple': {
      const y = (b as typeof a).items;
      return a.items.length === y.length && a.items.every((x, i) => sameExpr(x, y[i]));
    }
    case 'object': {
      const y = (b as typeof a).entries;
      return a.entries.length === y.length && a.entries.every((x, i) => x.key.name === y[i].key.name && sameRange(x.key.range, y[i].key.range)
        && sameRange(x.range, y[i].range) && sameExpr(x.value, y[i].value));
    }
    case 'traversal': {
      const y = (b as typeof a).parts;
      return a.parts.length === y.length && a.parts.every((x, i) => x.name === y[i].name && sameRange(x.range, y[i].range));
    }
  }
}

/** The references an item's build wrote, noting on the record whether it also reported anything. */
function refsOf(rec: ItemRecord): PendingRef[] {
  if (rec.refs) return rec.refs;
  const refs: PendingRef[] = [];
  let diags = false;
  for (const e of rec.events) {
    if ('diag' in e || 'omitted' in e) diags = true;
    else if (isPendingRef(e)) refs.push(e);
  }
  rec.diags = diags;
  return (rec.refs = fit(refs));
}
function isPendingRef(e: BuildEvent): e is PendingRef { return 'owner' in e; }

/** The name an element registers under (`TYPE.NAME`), if it can be referenced. */
function regKey(el: ModelBlock): string | undefined {
  return el.schema?.referenceable && el.name !== undefined ? `${el.type}.${el.name}` : undefined;
}

/** Attribute schemas by name, per block schema, built once. */
const attributeIndex = new WeakMap<BlockSchema, Map<string, AttributeSchema>>();
function attributeOf(schema: BlockSchema, name: string): AttributeSchema | undefined {
  let m = attributeIndex.get(schema);
  if (!m) attributeIndex.set(schema, (m = new Map(schema.attributes.map((a) => [a.name, a]))));
  return m.get(name);
}

/** The values of an enumeration as a list (for messages) and a set (for checks), built once. */
const enumIndex = new WeakMap<EnumType, { list: string[]; set: Set<string> }>();
function enumValues(t: EnumType): { list: string[]; set: Set<string> } {
  let e = enumIndex.get(t);
  if (!e) {
    const list = t.values.map((v) => v.value);
    enumIndex.set(t, (e = { list, set: new Set(list) }));
  }
  return e;
}

class Builder {
  /** Where the item being built records what it does; undefined outside items. */
  private events: BuildEvent[] | undefined;

  constructor(private readonly model: TrackedModel, private readonly diagnostics: ModelDiagnostic[], private references: Ref[],
    private readonly cache: WeakMap<BodyItem, ItemRecord>, private readonly outcomes: Outcomes) {}

  /** The reference lists of this build, for the next one to patch. */
  refLists(): RefLists { return { pending: this.pendingRefs, references: this.references }; }

  /** Run `fn` and remember what it reported under `key` (forgetting an earlier outcome when none). */
  private capture<K extends object>(map: WeakMap<K, ModelDiagnostic[]>, key: K, fn: () => void): boolean {
    const n = this.diagnostics.length;
    fn();
    if (this.diagnostics.length > n) {
      map.set(key, this.diagnostics.slice(n));
      return true;
    }
    map.delete(key);
    return false;
  }

  /** A build from the records: every registration and reference resolved afresh. */
  full(built: BuiltFile[]): void {
    this.outcomes.registeredCount = 0;
    this.outcomes.resolvedCount = 0;
    for (const bf of built) {
      this.reportSyntax(bf.source);
      for (const rec of bf.records) this.replay(rec);
    }
    this.resolve();
  }

  /**
   * A build whose structure equals the previous one (`compareBuilds` said so): the elements of
   * rebuilt items replace their counterparts in the previous lists and registry; registration
   * outcomes and the resolution of references from untouched items are taken over; references
   * of rebuilt items are resolved afresh. The result equals `full` (property test).
   */
  patch(built: BuiltFile[], before: BuiltFile[], lists: ElementLists, prevRefs: RefLists): void {
    const repl = new Map<ModelBlock, ModelBlock>();
    const back = new Map<ModelBlock, ModelBlock>();
    const pair = (o: ModelBlock, n: ModelBlock) => {
      repl.set(o, n);
      back.set(n, o);
      for (let i = 0; i < o.children.length; i++) pair(o.children[i], n.children[i]);
    };
    for (let i = 0; i < built.length; i++) {
      if (before[i].source === built[i].source) continue;
      for (let j = 0; j < built[i].records.length; j++) {
        const x = before[i].records[j], y = built[i].records[j];
        if (x !== y && x.el && y.el) pair(x.el, y.el);
      }
    }
    const { registered, resolved } = this.outcomes;
    // Counted afresh below; an outcome of an unchanged element or reference is carried over.
    const anyRegistered = this.outcomes.registeredCount > 0, anyResolved = this.outcomes.resolvedCount > 0;
    let registeredCount = 0;
    // The references are written over the previous build's lists, in place, as the registry is
    // below: pushing them into new lists on every keystroke was 0.7 MB at 10,000 components.
    const pendingOut = prevRefs.pending, refsOut = prevRefs.references;
    let nRefs = 0;
    const addRef = (p: PendingRef) => { pendingOut[nRefs] = p; refsOut[nRefs] = p.ref; nRefs++; };
    // Index loops, not for-of: this runs over every item on every keystroke, and an unoptimised
    // for-of allocates an iterator per loop (≈1 MB per keystroke at 10,000 components).
    for (let f = 0; f < built.length; f++) {
      const bf = built[f];
      this.reportSyntax(bf.source);
      const records = bf.records;
      for (let i = 0; i < records.length; i++) {
        const rec = records[i];
        const refs = refsOf(rec);
        // Most items report nothing: only their references need to be listed, in order.
        if (!rec.diags && !anyRegistered) {
          for (let k = 0; k < refs.length; k++) addRef(refs[k]);
          continue;
        }
        for (const e of rec.events) {
          if ('diag' in e) this.push(e.diag);
          else if ('omitted' in e) this.omit(e.omitted.code, e.omitted.severity, rec.file, e.omitted.range);
          else if (e instanceof ModelBlock) {
            const old = back.get(e);
            const d = anyRegistered ? registered.get(old ?? e) : undefined;
            if (d) {
              for (const x of d) this.push(x);
              registeredCount++;
              if (old) registered.set(e, d);
            }
          } else addRef(e);
        }
      }
    }
    pendingOut.length = nRefs;
    refsOut.length = nRefs;
    this.pendingRefs = pendingOut;
    this.references = this.model.raw.references = refsOut;
    this.outcomes.registeredCount = registeredCount;
    const m = this.model;
    const r = (x: ModelBlock) => repl.get(x) ?? x;
    // The element lists too are the previous build's, patched in place (a copy of each on every
    // keystroke was proportional to the model).
    const inPlace = (list: ModelBlock[]) => {
      if (repl.size > 0) for (let i = 0; i < list.length; i++) { const n = repl.get(list[i]); if (n) list[i] = n; }
      return list;
    };
    m.contexts = inPlace(lists.contexts);
    m.components = inPlace(lists.components);
    m.inputs = inPlace(lists.inputs);
    m.deployments = inPlace(lists.deployments);
    m.channels = inPlace(lists.channels);
    m.waivers = inPlace(lists.waivers);
    m.policies = inPlace(lists.policies);
    m.agent = lists.agent && r(lists.agent);
    m.review = lists.review && r(lists.review);
    m.policyPack = lists.policyPack && r(lists.policyPack);
    // The registry is updated in place rather than copied: a copy of a 10,000-component model's
    // registry on every keystroke was half of what an edit allocated. The previous model's
    // registry is this one; nothing reads a superseded model (the server keeps the latest).
    m.elements = lists.elements;
    for (const [o, n] of repl) {
      const k = regKey(o);
      if (k !== undefined && m.elements.get(k) === o) m.elements.set(k, n);
    }
    let resolvedCount = 0;
    const pending = this.pendingRefs;
    for (let i = 0; i < pending.length; i++) {
      const p = pending[i];
      if (back.size > 0 && back.has(p.owner)) {
        if (this.capture(resolved, p.ref, () => this.resolveOne(p))) resolvedCount++;
        continue;
      }
      if (p.ref.target && repl.size > 0) p.ref.target = r(p.ref.target);
      const d = anyResolved ? resolved.get(p.ref) : undefined;
      if (d) {
        for (const x of d) this.push(x);
        resolvedCount++;
      }
    }
    this.outcomes.resolvedCount = resolvedCount;
    this.afterResolve();
  }

  private reportSyntax(f: SourceFile): void {
    for (const p of f.ast.problems) this.report(p.code === 'nesting-too-deep' ? 'RS-NESTING' : 'RS-SYNTAX', 'error', f.file, p.range, p.message);
  }

  private report(code: ModelCode, severity: Severity, file: string, range: Range, message: string,
    extra: Partial<ModelDiagnostic> = {}): void {
    this.reportWith(code, severity, file, range, () => ({ message, ...extra }));
  }

  // Bounded at creation (issue 10): a file keeps at most MAX_PER_RULE_AND_FILE diagnostics of one
  // code; past that a diagnostic is only counted (its message, suggestions and the searches behind
  // them are never made), and one summary per file and code says how many were left out. Which
  // ones are kept depends only on the order diagnostics are pushed, the same in a full build, a
  // patch and a replay. While items are built, `made` counts what earlier items of the file made:
  // never more than is pushed before them, so an item leaves out only what would be dropped anyway.

  /** Diagnostics pushed, per `file\0code`. */
  private readonly pushed = new Map<string, number>();
  /** Diagnostics made while building items, per `file\0code`. */
  private readonly made = new Map<string, number>();
  private readonly leftOut = new Map<string, { code: ModelCode; file: string; severity: Severity; range: Range; count: number }>();
  /** Whether the item being built left a diagnostic out: its record is then not reused. */
  private itemOmitted = false;

  /** Whether this build left diagnostics out. */
  get capped(): boolean { return this.leftOut.size > 0; }

  /** A diagnostic made by `make`, unless its file already has the most of its code that are kept. */
  private reportWith(code: ModelCode, severity: Severity, file: string, range: Range,
    make: () => { message: string } & Partial<ModelDiagnostic>): void {
    const key = file + '\u0000' + code;
    if (this.events) {
      const n = this.made.get(key) ?? 0;
      if (n >= MAX_PER_RULE_AND_FILE) {
        this.events.push({ omitted: { code, severity, range } });
        this.itemOmitted = true;
        return;
      }
      this.made.set(key, n + 1);
    } else if ((this.pushed.get(key) ?? 0) >= MAX_PER_RULE_AND_FILE) {
      this.omit(code, severity, file, range);
      return;
    }
    const { message, ...extra } = make();
    const diag: ModelDiagnostic = { code, severity, message, loc: { file, range }, ...extra };
    if (this.events) this.events.push({ diag });
    else this.push(diag);
  }

  private push(d: ModelDiagnostic): void {
    const key = d.loc.file + '\u0000' + d.code;
    const n = this.pushed.get(key) ?? 0;
    if (n >= MAX_PER_RULE_AND_FILE) {
      this.omit(d.code, d.severity, d.loc.file, d.loc.range);
      return;
    }
    this.pushed.set(key, n + 1);
    this.diagnostics.push(d);
  }

  private omit(code: ModelCode, severity: Severity, file: string, range: Range): void {
    const key = file + '\u0000' + code;
    const l = this.leftOut.get(key);
    if (!l) this.leftOut.set(key, { code, file, severity, range, count: 1 });
    else {
      l.count++;
      if (severity === 'error' || (severity === 'warning' && l.severity !== 'error')) l.severity = severity;
    }
  }

  /** One summary per file and code that left diagnostics out, at the first one left out. */
  private summaries(): void {
    for (const l of this.leftOut.values()) {
      this.diagnostics.push({ code: l.code, severity: l.severity, message: leftOutMessage(l.code, l.count), loc: { file: l.file, range: l.range }, leftOut: l.count });
    }
  }

  /** Apply what an item's build did: its diagnostics, registrations and references, in order. */
  private replay(rec: ItemRecord): void {
    for (const e of rec.events) {
      if ('diag' in e) this.push(e.diag);
      else if ('omitted' in e) this.omit(e.omitted.code, e.omitted.severity, rec.file, e.omitted.range);
      else if (e instanceof ModelBlock) {
        if (this.capture(this.outcomes.registered, e, () => this.register(e, regKey(e)))) this.outcomes.registeredCount++;
      }
      else {
        this.pendingRefs.push(e);
        this.references.push(e.ref);
      }
    }
  }

  private readonly syntaxProblems: { file: string; range: Range }[] = [];

  /** The item records of a file: taken over where the AST item is unchanged, built otherwise. */
  records(f: SourceFile): BuiltFile {
    for (const p of f.ast.problems) this.syntaxProblems.push({ file: f.file, range: p.range });
    // An item's build depends on the file's syntax problems (no missing-attribute cascade inside
    // a broken block): only items of error-free files are taken over from an earlier build.
    const clean = f.ast.problems.length === 0;
    const items = f.ast.items;
    // A list of exactly the items' number, filled by index (pushing grew it on every keystroke).
    const records: ItemRecord[] = new Array(items.length);
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      let rec = clean ? this.cache.get(item) : undefined;
      if (!rec || rec.file !== f.file) {
        rec = { file: f.file, el: undefined, events: [] };
        this.events = rec.events;
        this.itemOmitted = false;
        try {
          rec.el = this.item(f.file, item);
        } finally {
          this.events = undefined;
        }
        rec.events = fit(rec.events);
        // What an item left out depends on the items before it: such a record is built afresh.
        if (clean && !this.itemOmitted) this.cache.set(item, rec);
      }
      records[i] = rec;
    }
    return { source: f, records };
  }

  private item(file: string, item: BodyItem): ModelBlock | undefined {
    const f = { file };
    {
      if (item.type === 'attribute') {
        this.report('RS-PLACEMENT', 'error', f.file, item.name.range,
          `Attribute \`${item.name.name}\` is outside any block; attributes belong inside a block such as \`agent\` or \`context\`.`);
        return undefined;
      }
      const schema = BLOCK_SCHEMAS.get(item.blockType.name);
      if (!schema) {
        this.reportWith('RS-UNKNOWN-BLOCK', 'error', f.file, item.blockType.range, () => {
          const s = suggest(item.blockType.name, TOP_LEVEL_BLOCKS);
          return { message: `Unknown block type \`${item.blockType.name}\`.${didYouMean(s)} Top-level blocks are ${TOP_LEVEL_BLOCKS.map((t) => `\`${t}\``).join(', ')}.`,
            suggestions: { range: item.blockType.range, values: s, quote: false } };
        });
        return undefined;
      }
      if (!schema.topLevel) {
        this.reportWith('RS-PLACEMENT', 'error', f.file, item.blockType.range, () => {
          const parents = [...BLOCK_SCHEMAS.values()].filter((p) => p.blocks.some((c) => c.type === schema.type)).map((p) => `\`${p.type}\``);
          return { message: `\`${schema.type}\` cannot stand at the top level: it belongs inside ${parents.join(' or ')}.` +
            (schema.type === 'component' ? ' A component is nested in the context it runs in.' : '') };
        });
        return undefined;
      }
      return this.block(f.file, item, schema, undefined);
    }
  }

  private block(file: string, node: Block, schema: BlockSchema, parent: ModelBlock | undefined): ModelBlock | undefined {
    const labels = node.labels;
    const want = schema.labels.length;
    if (labels.length < want) {
      const shape = `${schema.type} ${schema.labels.map((l) => `"${l.name.toUpperCase()}"`).join(' ')} { ... }`;
      this.report('RS-LABELS', 'error', file, node.blockType.range, `\`${schema.type}\` needs ${want === 1 ? 'a label' : `${want} labels`}: write \`${shape}\`.`);
      return undefined;
    }
    for (const extra of labels.slice(want)) {
      this.report('RS-LABELS', 'error', file, extra.range,
        want === 0 ? `\`${schema.type}\` takes no label.` : `\`${schema.type}\` takes ${want} label${want > 1 ? 's' : ''}; this one is extra.`);
    }
    const nameLabel = labels[0] && want > 0 ? labels[0] : undefined;
    if (nameLabel && schema.referenceable && !NAME_PATTERN.test(nameLabel.value)) {
      this.report('RS-LABELS', 'error', file, nameLabel.range,
        `\`${nameLabel.value}\` cannot be referenced as \`${schema.type}.${nameLabel.value}\`: names start with a letter or \`_\` and contain only letters, digits, \`_\` and \`-\`.`);
    }
    const el = new ModelBlock(schema.type, schema, file, node, nameLabel?.value, nameLabel, parent);
    this.attributes(file, el, node);
    this.children(file, el, node, schema);
    if (this.events) this.events.push(el);
    else this.register(el, regKey(el));
    return el;
  }

  private attributes(file: string, el: ModelBlock, node: Block): void {
    const schema = el.schema!;
    const seen = new Map<string, Attribute>();
    for (const item of node.body) {
      if (item.type !== 'attribute') continue;
      const name = item.name.name;
      const first = seen.get(name);
      if (first) {
        this.report('RS-DUPLICATE', 'error', file, item.name.range, `Attribute \`${name}\` is set twice in this \`${schema.type}\` block.`,
          { related: [{ loc: { file, range: first.name.range }, message: `first set here` }] });
        continue;
      }
      seen.set(name, item);
      const as = attributeOf(schema, name);
      if (!as) {
        this.reportWith('RS-UNKNOWN-ATTRIBUTE', 'error', file, item.name.range, () => {
          const s = suggest(name, schema.attributes.map((a) => a.name));
          const nested = schema.blocks.some((c) => c.type === name) ? ` \`${name}\` is a block here: write \`${name} { ... }\`.` : '';
          return { message: `\`${schema.type}\` has no attribute \`${name}\`.${nested || didYouMean(s)}`,
            suggestions: { range: item.name.range, values: s, quote: false } };
        });
        continue;
      }
      const value = this.value(file, item.value, as.type, as, el);
      const prop: Prop = new BuiltProp(name, el, item, value);
      el.props.set(name, prop);
    }
    // A block with a syntax error inside may have lost the attribute to the error: do not cascade.
    const broken = this.syntaxProblems.some((p) => p.file === file && containsRange(el.range, p.range));
    for (const a of schema.attributes) {
      if (a.required && !seen.has(a.name) && !broken) {
        const what = el.name !== undefined ? `\`${schema.type} "${el.name}"\`` : `\`${schema.type}\``;
        this.report('RS-REQUIRED', 'error', file, el.headLoc.range, `${what} is missing the required attribute \`${a.name}\` (${a.summary}).`,
          { missingAttribute: a.name });
      }
    }
  }

  private children(file: string, el: ModelBlock, node: Block, schema: BlockSchema): void {
    const kids: ModelBlock[] = [];
    const counts = new Map<string, Block>();
    for (const item of node.body) {
      if (item.type !== 'block') continue;
      const type = item.blockType.name;
      const allowed = schema.blocks.find((c) => c.type === type);
      const childSchema = BLOCK_SCHEMAS.get(type);
      if (!allowed || !childSchema) {
        if (childSchema) {
          this.reportWith('RS-PLACEMENT', 'error', file, item.blockType.range, () => {
            const where = childSchema.topLevel ? 'at the top level' : `inside ${[...BLOCK_SCHEMAS.values()].filter((p) => p.blocks.some((c) => c.type === type)).map((p) => `\`${p.type}\``).join(' or ')}`;
            return { message: `\`${type}\` cannot be nested in \`${schema.type}\`; it belongs ${where}.` };
          });
        } else {
          this.reportWith('RS-UNKNOWN-BLOCK', 'error', file, item.blockType.range, () => {
            const candidates = [...schema.blocks.map((c) => c.type), ...schema.attributes.map((a) => a.name)];
            const s = suggest(type, candidates);
            const allowedText = schema.blocks.length ? ` Blocks allowed here: ${schema.blocks.map((c) => `\`${c.type}\``).join(', ')}.` : ` \`${schema.type}\` has no nested blocks.`;
            return { message: `Unknown block type \`${type}\` in \`${schema.type}\`.${didYouMean(s)}${allowedText}`,
              suggestions: { range: item.blockType.range, values: s.filter((x) => schema.blocks.some((c) => c.type === x)), quote: false } };
          });
        }
        continue;
      }
      const first = counts.get(type);
      if (allowed.max !== undefined && first && allowed.max <= 1) {
        this.report('RS-DUPLICATE', 'error', file, item.blockType.range, `Only one \`${type}\` block is allowed in \`${schema.type}\`.`,
          { related: [{ loc: { file, range: first.blockType.range }, message: 'the first one' }] });
        continue;
      }
      counts.set(type, first ?? item);
      const child = this.block(file, item, childSchema, el);
      if (child) kids.push(child);
    }
    if (kids.length > 0) el.children = fit(kids);
  }

  private register(el: ModelBlock, key: string | undefined): void {
    const m = this.model;
    const schema = el.schema!;
    if (schema.maxPerModel === 1) {
      const existing = schema.type === 'agent' ? m.agent : schema.type === 'review' ? m.review : schema.type === 'policy_pack' ? m.policyPack : undefined;
      if (existing) {
        this.report(schema.type === 'agent' ? 'RS-AGENT-COUNT' : 'RS-DUPLICATE', 'error', el.file, el.headLoc.range,
          `A model has one \`${schema.type}\` block; this is a second one.`,
          { related: [{ loc: existing.headLoc, message: `the first \`${schema.type}\` block` }] });
        return;
      }
    }
    if (key !== undefined) {
      const first = m.elements.get(key);
      if (first) {
        this.report('RS-DUPLICATE', 'error', el.file, el.nameRange ?? el.typeRange,
          `\`${key}\` is defined more than once; names are unique per block type across the model's files.`,
          { related: [{ loc: first.headLoc, message: `first definition of \`${key}\`` }] });
        return;
      }
      m.elements.set(key, el);
    }
    switch (el.type) {
      case 'agent': m.agent = el; break;
      case 'review': m.review = el; break;
      case 'context': m.contexts.push(el); break;
      case 'component': m.components.push(el); break;
      case 'input': m.inputs.push(el); break;
      case 'deployment': m.deployments.push(el); break;
      case 'channel': m.channels.push(el); break;
      case 'waiver': m.waivers.push(el); break;
      case 'policy': this.policy(el); break;
      case 'policy_pack': m.policyPack = el; break;
    }
  }

  /** Policies are unique by id, like waivers' rule ids are not: two policies with one id would share findings. */
  private readonly policyIds = new Map<string, ModelBlock>();
  private policy(el: ModelBlock): void {
    const first = el.name === undefined ? undefined : this.policyIds.get(el.name);
    if (first) {
      this.report('RS-DUPLICATE', 'error', el.file, el.nameRange ?? el.typeRange,
        `Policy \`${el.name}\` is defined more than once; policy ids are unique in a model and its packs.`,
        { related: [{ loc: first.headLoc, message: `first definition of policy \`${el.name}\`` }] });
      return;
    }
    if (el.name !== undefined) this.policyIds.set(el.name, el);
    this.model.policies.push(el);
  }

  /** Checks one value against its type; reports and returns undefined when it does not fit. */
  private value(file: string, e: Expr, t: ValueType, as: AttributeSchema, el: ModelBlock): PropValue | undefined {
    const bad = (msg: string, extra: Partial<ModelDiagnostic> = {}): undefined => {
      this.report('RS-TYPE', 'error', file, e.range, msg, extra);
      return undefined;
    };
    if (e.kind === 'unsupported') {
      this.report('RS-UNSUPPORTED', 'error', file, e.range,
        e.what === 'missing value' ? `\`${as.name}\` has no value.` : `A ${e.what} is valid HCL but not part of the design language; write a literal value.`);
      return undefined;
    }
    switch (t.kind) {
      case 'string':
        return e.kind === 'string' ? e.value : bad(`\`${as.name}\` takes a string in double quotes.`);
      case 'number': {
        if (e.kind !== 'number') return bad(`\`${as.name}\` takes a number.`);
        if (t.integer && !Number.isInteger(e.value)) return bad(`\`${as.name}\` takes a whole number.`);
        if (t.min !== undefined && e.value < t.min) return bad(`\`${as.name}\` must be at least ${t.min}.`);
        if (t.max !== undefined && e.value > t.max) return bad(`\`${as.name}\` must be at most ${t.max}.`);
        return e.value;
      }
      case 'bool':
        if (e.kind === 'bool') return e.value;
        if (e.kind === 'string' && (e.value === 'true' || e.value === 'false')) {
          return bad(`\`${as.name}\` takes \`true\` or \`false\` without quotes.`, { suggestions: { range: e.range, values: [e.value], quote: false } });
        }
        return bad(`\`${as.name}\` takes \`true\` or \`false\`.`);
      case 'date': {
        if (e.kind !== 'string') return bad(`\`${as.name}\` takes a date string "YYYY-MM-DD".`);
        const m = DATE_PATTERN.exec(e.value);
        const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : undefined;
        if (!m || !d || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) return bad(`\`${e.value}\` is not a calendar date; write "YYYY-MM-DD".`);
        return e.value;
      }
      case 'duration':
        if (e.kind === 'number' && e.value === 0) return '0';
        if (e.kind !== 'string' || !DURATION_PATTERN.test(e.value.trim())) return bad(`\`${as.name}\` takes a duration such as "30m", "4h" or "2d" ("0" for none).`);
        return e.value.trim();
      case 'enum': {
        const { list: allowed, set: allowedSet } = enumValues(t.enum);
        const written = e.kind === 'string' ? e.value : e.kind === 'traversal' ? e.parts.map((p) => p.name).join('.') : undefined;
        if (written === undefined) return bad(`\`${as.name}\` takes one of the ${t.enum.name} values, as a string.`);
        if (e.kind === 'traversal') {
          this.reportWith('RS-TYPE', 'error', file, e.range, () => {
            const fit = allowedSet.has(written) ? [written] : suggest(written, allowed);
            return { message: `Enumerated values are strings: write \`"${fit[0] ?? written}"\`.`, suggestions: { range: e.range, values: fit, quote: true } };
          });
          return undefined;
        }
        if (allowedSet.has(written)) return written;
        this.reportWith('RS-ENUM', 'error', file, e.range, () => {
          const s = suggest(written, allowed);
          const listed = allowed.length <= MAX_LISTED_VALUES ? ` Allowed: ${allowed.map((v) => `"${v}"`).join(', ')}.` : ` See the ${allowed.length} ${t.enum.name} values on hover or in docs/language.md.`;
          return { message: `\`"${written}"\` is not a valid ${t.enum.name}.${didYouMean(s, (x) => `"${x}"`)}${listed}`,
            suggestions: { range: e.range, values: s, quote: true } };
        });
        return undefined;
      }
      case 'list': {
        if (e.kind !== 'tuple') {
          const inner = this.peekFits(e, t.of);
          return bad(`\`${as.name}\` takes a list: write \`[ ... ]\`${inner ? ' around the value' : ''}.`);
        }
        const out: PropValue[] = [];
        const seen = new Set<string>();
        for (const item of e.items) {
          const v = this.value(file, item, t.of, as, el);
          if (v === undefined) continue;
          const k = typeof v === 'object' ? JSON.stringify([(v as Ref).type, (v as Ref).name]) : String(v);
          if (seen.has(k)) {
            this.report('RS-DUPLICATE', 'warning', file, item.range, `This value appears twice in \`${as.name}\`.`);
            continue;
          }
          seen.add(k);
          out.push(v);
        }
        return sharedList(fit(out));
      }
      case 'reference': {
        if (e.kind === 'string' && /^[A-Za-z_]+\.[A-Za-z0-9_-]+$/.test(e.value)) {
          return bad(`References are written without quotes: \`${e.value}\`.`, { suggestions: { range: e.range, values: [e.value], quote: false } });
        }
        if (e.kind !== 'traversal' || e.parts.length !== 2) {
          return bad(`\`${as.name}\` takes a reference such as \`${t.targets[0]}.NAME\`.`);
        }
        const ref: Ref = new BuiltRef(e.parts[0].name, e.parts[1].name, file, e);
        const pending: PendingRef = { ref, key: `${ref.type}.${ref.name}`, targets: t.targets, attr: as.name, owner: el };
        if (this.events) this.events.push(pending);
        else {
          this.pendingRefs.push(pending);
          this.references.push(ref);
        }
        return ref;
      }
      case 'map': {
        if (e.kind !== 'object') return bad(`\`${as.name}\` takes an object \`{ key = value }\`.`);
        const out: { [k: string]: PropValue } = {};
        for (const entry of e.entries) {
          const v = this.value(file, entry.value, t.of, as, el);
          if (v !== undefined) out[entry.key.name] = v;
        }
        return out;
      }
    }
  }

  /** Whether a non-list value would fit as an item of the list (for a friendlier message). */
  private peekFits(e: Expr, t: ValueType): boolean {
    return (t.kind === 'enum' && e.kind === 'string') || (t.kind === 'reference' && e.kind === 'traversal') || (t.kind === 'string' && e.kind === 'string');
  }

  private pendingRefs: PendingRef[] = [];

  resolve(): void {
    for (const p of this.pendingRefs) if (this.capture(this.outcomes.resolved, p.ref, () => this.resolveOne(p))) this.outcomes.resolvedCount++;
    this.afterResolve();
  }

  private afterResolve(): void {
    this.waiverDuplicates();
    this.platformConsistency();
    this.summaries();
  }

  /** Names of the model's elements by type, made once per build when a reference does not resolve. */
  private names: Map<string, string[]> | undefined;
  private namesOf(type: string): string[] {
    if (!this.names) {
      this.names = new Map();
      for (const x of this.model.elements.values()) {
        const list = this.names.get(x.type);
        if (list) list.push(x.name!);
        else this.names.set(x.type, [x.name!]);
      }
    }
    return this.names.get(type) ?? [];
  }

  private resolveOne({ ref, key, targets, attr }: PendingRef): void {
    const m = this.model;
    {
      // A reference taken over from an earlier build may have resolved then: resolve it afresh.
      ref.target = undefined;
      const file = ref.loc.file;
      if (!(REFERENCE_TARGETS as string[]).includes(ref.type)) {
        this.reportWith('RS-UNRESOLVED', 'error', file, ref.loc.range, () => {
          const s = suggest(ref.type, targets);
          return { message: `\`${ref.type}\` is not an element type.${didYouMean(s)} \`${attr}\` takes ${targets.map((t) => `\`${t}.NAME\``).join(' or ')}.`,
            suggestions: { range: { start: ref.loc.range.start, end: { line: ref.loc.range.start.line, character: ref.loc.range.start.character + ref.type.length } }, values: s, quote: false } };
        });
        return;
      }
      const target = m.elements.get(key);
      if (!target) {
        // The search over every element runs only for the diagnostics that are kept (model/cap.ts).
        this.reportWith('RS-UNRESOLVED', 'error', file, ref.loc.range, () => {
          const s = suggest(ref.name, this.namesOf(ref.type));
          const elsewhere = targets.filter((t) => t !== ref.type).map((t) => m.elements.get(`${t}.${ref.name}`)).find((x) => x);
          const hint = elsewhere ? ` There is a ${elsewhere.type} named \`${ref.name}\`: \`${elsewhere.type}.${ref.name}\`.` : didYouMean(s.map((n) => `${ref.type}.${n}`));
          return { message: `No ${ref.type} named \`${ref.name}\` in this model.${hint}`, suggestions: { range: ref.nameRange, values: s, quote: false } };
        });
        return;
      }
      if (!(targets as string[]).includes(target.type)) {
        this.report('RS-WRONG-TARGET', 'error', file, ref.loc.range,
          `\`${attr}\` takes ${targets.map((t) => `a ${t}`).join(' or ')}, but \`${ref.type}.${ref.name}\` is a ${target.type}.`,
          { related: [{ loc: target.headLoc, message: `\`${ref.type}.${ref.name}\` is defined here` }] });
        return;
      }
      ref.target = target;
    }
  }

  /**
   * A context kind that does not exist on the platform it runs on (the context's own `platform`,
   * else the agent's) is a model error: a Linux agent has no `kernel_driver`. The suggestions are
   * the platform's kinds with the same privilege first, then the nearest names.
   */
  private platformConsistency(): void {
    const agentPlatform = this.model.agent?.str('platform');
    for (const c of this.model.contexts) {
      const platform = c.str('platform') ?? agentPlatform;
      const kindProp = c.prop('kind');
      const kind = c.str('kind');
      const facts = CONTEXT_FACTS.get(kind ?? '');
      if (!platform || !kind || !facts || !kindProp) continue;
      // A loop, not some() with a closure: this runs over every context on every keystroke.
      let exists = false;
      for (const p of facts.platforms) if (p === platform || p === 'any' || p === 'cloud') { exists = true; break; }
      if (exists) continue;
      const onPlatform = CONTEXT_KINDS.filter((k) => k.platforms.includes(platform as never));
      const values = [...new Set([
        ...onPlatform.filter((k) => k.privilege === facts.privilege).map((k) => k.kind),
        ...suggest(kind, onPlatform.map((k) => k.kind)),
      ])].slice(0, 3);
      const where = c.str('platform') ? `its platform, ${platform}` : `the agent's platform, ${platform}`;
      this.report('RS-PLATFORM', 'error', c.file, kindProp.expr.range,
        `Context kind ${kind} does not exist on ${where}.${didYouMean(values, (x) => `"${x}"`)} Kinds on ${platform}: ${onPlatform.map((k) => k.kind).join(', ')}.`,
        { suggestions: { range: kindProp.expr.range, values, quote: true } });
    }
  }

  /** Two waivers for the same rule and target: the second can never matter. */
  private waiverDuplicates(): void {
    const seen = new Map<string, ModelBlock>();
    for (const w of this.model.waivers) {
      const t = w.ref('target');
      if (!t || !w.name) continue;
      const key = `${w.name}|${t.type}.${t.name}`;
      const first = seen.get(key);
      if (first) {
        const related: RelatedInfo[] = [{ loc: first.headLoc, message: 'the first waiver for this rule and target' }];
        this.report('RS-DUPLICATE', 'error', w.file, w.headLoc.range, `A waiver for ${w.name} on \`${t.type}.${t.name}\` already exists.`, { related });
      } else seen.set(key, w);
    }
  }
}
