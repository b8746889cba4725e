// Open documents with incremental tree-sitter reparsing. Each document keeps its text and its
// tree; a change is applied to both (`tree.edit()` with the computed InputEdit, then
// `parser.parse(newText, oldTree)`), and the SourceFile is rebuilt lazily from the tree when the
// analysis asks for it. No LSP connection here: server.ts feeds the notifications in.
import type { HclParser, SyntaxEdit, SyntaxTree } from '../syntax/parser';
import { LineIndex, type Position, type Range } from '../syntax/range';
import { editLineIndex } from '../syntax/line-index-edit';
import type { EditedSpan } from '../syntax/ast-reuse';
import { sourceFromTree } from '../model/source';
import { parseInChunks } from '../syntax/chunks';
import { reparseRegion } from '../syntax/region-reparse';
import type { SourceFile } from '../model/types';
import type { HclFile } from '../syntax/hcl-ast';
import { PieceText } from '../syntax/piece-text';

/** One entry of `didChange`'s contentChanges: ranged (incremental) or the whole text. */
export type ContentChange = { range: Range; rangeLength?: number; text: string } | { text: string };

/**
 * Documents at least this long keep no tree while their text is free of syntax errors: they are
 * parsed in chunks when opened (chunks.ts) and after an edit only the top-level items the edit
 * touched are parsed again (region-reparse.ts), so the wasm heap never holds their whole tree.
 * While such a document has a syntax error, it keeps a whole tree and reparses incrementally,
 * since a broken region cannot be parsed on its own. Smaller documents keep a tree only while they
 * are among the few most recently edited ones; the others are converted at once and reparsed on
 * their next edit.
 */
export const KEEP_TREE_CHARS = 256 * 1024;
/** How many recently edited small documents keep their tree. */
export const KEPT_SMALL_TREES = 8;

export class OpenDocument {
  private sourceCache: SourceFile | undefined;
  /** The last SourceFile built, kept after a change so unchanged top-level items can be reused. */
  private previousSource: SourceFile | undefined;
  private lines: LineIndex | undefined;
  /** What changed since `previousSource` was built, for the AST reuse: nothing yet, a span, or unknown. */
  private span: EditedSpan | 'unknown' | undefined;
  /**
   * The tree is an incremental reparse of a large broken text, whose error recovery may end
   * differently from a fresh parse of the same text (and so from `ringside check`). The workspace
   * asks the store to settle it once the user stops typing.
   */
  unsettled = false;
  /** The text: a string, or pieces for a large document (piece-text.ts: no 3.7 MB copy per keystroke). */
  private body: string | PieceText;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    public version: number,
    text: string,
    /** The current tree; owned by the document, deleted when replaced or closed. */
    public tree: SyntaxTree | undefined,
    /** From this length on, the document keeps no tree while its text is clean (KEEP_TREE_CHARS). */
    readonly treelessFrom = KEEP_TREE_CHARS,
  ) {
    this.body = this.hold(text);
  }

  /** The whole text; a large document's is made whole on first use after an edit. */
  get text(): string { return typeof this.body === 'string' ? this.body : this.body.toString(); }
  set text(text: string) { this.body = this.hold(text); }
  /** The length of the text, without making it whole. */
  get length(): number { return this.body.length; }

  /** @internal Whether the text is held whole (a keystroke in a large clean document must not make it so). */
  get whole(): boolean { return typeof this.body === 'string' || this.body.isWhole; }

  /** Whether the document is long enough to be parsed in parts instead of keeping a tree. */
  get large(): boolean { return this.body.length >= this.treelessFrom; }

  /** @internal Replace [start, end) of the text with `inserted`. */
  replace(start: number, end: number, inserted: string): void {
    const body = this.body;
    this.body = typeof body === 'string' ? this.hold(body.slice(0, start) + inserted + body.slice(end)) : body.edit(start, end, inserted);
  }

  private hold(text: string): string | PieceText {
    return text.length >= this.treelessFrom ? PieceText.from(text) : text;
  }

  /** The SourceFile for the current text, built from the kept tree on first use after a change. */
  source(parser: HclParser): SourceFile {
    if (!this.sourceCache) {
      if (!this.tree && this.large && this.parseInParts(parser)) return this.sourceCache!;
      if (!this.tree) this.tree = parser.parse(this.text);
      this.convert();
      // A large document gives its tree up as soon as its text is clean again.
      if (this.large && this.sourceCache!.ast.problems.length === 0) this.dropTree();
    }
    return this.sourceCache!;
  }

  /**
   * A large document without a tree: reparse the edited top-level items only, or the whole text
   * in chunks; false when the text has a syntax error (the caller parses it whole).
   */
  private parseInParts(parser: HclParser): boolean {
    const lines = this.index();
    const prev = this.previousSource;
    let ast = prev && this.span && this.span !== 'unknown'
      ? reparseRegion(parser, { ast: prev.ast, lines: prev.lines }, lines, this.span)
      : undefined;
    ast ??= parseInChunks(parser, this.text, lines, Math.max(1, this.treelessFrom >> 2));
    if (!ast) return false;
    this.sourceCache = new DocumentSource(this.uri, lines, ast);
    this.previousSource = this.sourceCache;
    this.span = undefined;
    return true;
  }

  /** @internal Free the kept tree. */
  dropTree(): void {
    this.tree?.delete();
    this.tree = undefined;
  }

  /** The position just after the last character (for full-document edits). */
  endPosition(): Position { return this.positionAt(this.body.length); }

  /** LSP position of an offset (lines end at `\r\n`, `\n` or a lone `\r`; see range.ts). */
  positionAt(offset: number): Position { return this.index().positionAt(offset); }

  /** Offset of an LSP position, clamped as the protocol asks (see LineIndex.offsetAt). */
  offsetAt(p: Position): number { return this.index().offsetAt(p); }

  /** @internal The whole text was replaced. */
  invalidate(): void {
    this.sourceCache = undefined;
    this.lines = undefined;
    this.span = 'unknown';
  }

  /**
   * @internal The text changed by replacing [start, oldEnd) of the old text (`oldLength` long)
   * with `inserted`; call after `text` holds the new text. The line index is updated around the
   * edit instead of being rebuilt, and the edited span is kept for the AST reuse.
   */
  edited(start: number, oldEnd: number, inserted: string, oldLength: number): void {
    this.sourceCache = undefined;
    this.lines = this.lines ? editLineIndex(this.lines, start, oldEnd, inserted, this.body) : undefined;
    // The text before `prefix` and the last `suffix` characters are the same as when the previous
    // source was built (several edits narrow both).
    const suffix = oldLength - oldEnd;
    if (this.span === 'unknown') return;
    this.span = { prefix: Math.min(this.span?.prefix ?? start, start), suffix: Math.min(this.span?.suffix ?? suffix, suffix) };
  }

  /** @internal Take over a SourceFile already built for exactly this text (no tree is kept). */
  adopt(source: SourceFile): void {
    this.sourceCache = source;
    this.previousSource = source;
    this.lines = source.lines;
    this.span = undefined;
  }

  /** @internal The tree was replaced by a fresh parse of the same text: build the source again, without reuse. */
  reparsed(tree: SyntaxTree): void {
    this.tree?.delete();
    this.tree = tree;
    this.unsettled = false;
    this.sourceCache = undefined;
    this.span = 'unknown';
  }

  /** @internal Convert now (while the tree is at hand) so the tree can be freed. */
  convert(): void {
    if (this.tree && !this.sourceCache) {
      this.sourceCache = sourceFromTree(this.uri, this.text, this.tree, this.previousSource, this.index(), this.span === 'unknown' ? undefined : this.span);
      this.previousSource = this.sourceCache;
      this.span = undefined;
    }
  }

  /** The line index of the current text (shared with the SourceFile built from it). */
  index(): LineIndex {
    return (this.lines ??= new LineIndex(this.body));
  }
}

/**
 * A large document's SourceFile: its text is read from the line index, so that nothing makes the
 * pieces whole unless it reads the text (a getter of the class, not of an object literal: see
 * TrackedModel in model/build.ts).
 */
class DocumentSource implements SourceFile {
  constructor(readonly file: string, readonly lines: LineIndex, readonly ast: HclFile) {}
  get text(): string { return this.lines.text; }
}

/** The end point of `inserted` when it is placed at `start`. */
function endPointAfter(start: { row: number; column: number }, inserted: string): { row: number; column: number } {
  // Rows end where LSP lines end (the line index's rule): tree-sitter reads a lone `\r` as `\n` (parser.ts).
  const starts = new LineIndex(inserted).lineStarts();
  const rows = starts.length - 1;
  if (rows === 0) return { row: start.row, column: start.column + inserted.length };
  return { row: start.row + rows, column: inserted.length - starts[rows] };
}

export class DocumentStore {
  private readonly docs = new Map<string, OpenDocument>();
  /** Small documents holding a tree, least recently edited first. */
  private readonly smallTrees: OpenDocument[] = [];
  /**
   * A SourceFile already built for this URI and text (the workspace's copy read from disk), so
   * opening a file that was analysed from disk parses nothing and shares one AST.
   */
  sourceFor: ((uri: string, text: string) => SourceFile | undefined) | undefined;

  /** `treelessFrom`: see KEEP_TREE_CHARS (tests lower it to exercise large-document parsing on small files). */
  constructor(private readonly parser: HclParser, private readonly treelessFrom = KEEP_TREE_CHARS) {}

  get(uri: string): OpenDocument | undefined { return this.docs.get(uri); }
  all(): IterableIterator<OpenDocument> { return this.docs.values(); }
  has(uri: string): boolean { return this.docs.has(uri); }

  open(uri: string, languageId: string, version: number, text: string): OpenDocument {
    this.close(uri); // a repeated didOpen replaces the document (and frees its tree)
    // A text the parser refuses (too large, or it aborted the runtime) is still kept: the
    // analysis asks for its source again and reports the refusal on the file.
    const large = text.length >= this.treelessFrom;
    const known = !large ? this.sourceFor?.(uri, text) : undefined;
    let tree: SyntaxTree | undefined;
    // A large document is parsed when its source is first asked for, in chunks (no whole tree).
    if (!known && !large) try { tree = this.parser.parse(text); } catch { tree = undefined; }
    const doc = new OpenDocument(uri, languageId, version, text, tree, this.treelessFrom);
    if (known) doc.adopt(known);
    this.docs.set(uri, doc);
    // Opening a workspace opens many documents that are never edited: convert a small one now
    // and free its tree, so the wasm heap holds one small tree at a time instead of all of them.
    if (!large) this.freeTree(doc);
    return doc;
  }

  /**
   * Apply `didChange` content changes in order. Ranged changes edit the kept tree and reparse
   * incrementally; a whole-text change reparses from scratch. Returns undefined for an unknown uri.
   */
  change(uri: string, version: number, changes: ContentChange[]): OpenDocument | undefined {
    const doc = this.docs.get(uri);
    if (!doc) return undefined;
    for (const change of changes) {
      if ('range' in change && change.range) this.applyRanged(doc, change.range, change.text);
      else this.replaceAll(doc, change.text);
    }
    doc.version = version;
    if (!doc.large) this.keptSmall(doc);
    else {
      const i = this.smallTrees.indexOf(doc);
      if (i >= 0) this.smallTrees.splice(i, 1);
    }
    return doc;
  }

  close(uri: string): OpenDocument | undefined {
    const doc = this.docs.get(uri);
    if (!doc) return undefined;
    this.docs.delete(uri);
    const i = this.smallTrees.indexOf(doc);
    if (i >= 0) this.smallTrees.splice(i, 1);
    doc.tree?.delete();
    doc.tree = undefined;
    doc.invalidate();
    return doc;
  }

  /**
   * Parse a large document afresh if its tree is an incremental reparse of a broken text (see
   * `OpenDocument.unsettled`). True when the tree was replaced; the caller analyses again.
   */
  settle(uri: string): boolean {
    const doc = this.docs.get(uri);
    if (!doc?.unsettled || !doc.tree) return false;
    let fresh: SyntaxTree;
    try {
      fresh = this.parser.parse(doc.text);
    } catch {
      doc.unsettled = false; // the parser refuses the text now: the next analysis reports why
      return false;
    }
    doc.reparsed(fresh);
    return true;
  }

  /** Free every tree (on shutdown). */
  dispose(): void {
    for (const uri of [...this.docs.keys()]) this.close(uri);
  }

  /** Convert the document's current text and free its tree (the next edit reparses it whole). */
  private freeTree(doc: OpenDocument): void {
    if (!doc.tree) return;
    try {
      doc.convert();
    } finally {
      doc.tree.delete();
      doc.tree = undefined;
    }
  }

  /** A small document was edited: it keeps its tree, and the least recently edited one beyond the limit loses its own. */
  private keptSmall(doc: OpenDocument): void {
    const i = this.smallTrees.indexOf(doc);
    if (i >= 0) this.smallTrees.splice(i, 1);
    this.smallTrees.push(doc);
    while (this.smallTrees.length > KEPT_SMALL_TREES) this.freeTree(this.smallTrees.shift()!);
  }

  private replaceAll(doc: OpenDocument, text: string): void {
    const old = doc.tree;
    doc.unsettled = false;
    doc.text = text;
    doc.invalidate();
    doc.tree = undefined;
    old?.delete();
    if (doc.large) return; // parsed in chunks when its source is asked for
    try { doc.tree = this.parser.parse(text); } catch { doc.tree = undefined; }
  }

  private applyRanged(doc: OpenDocument, range: Range, inserted: string): void {
    let startIndex = doc.offsetAt(range.start);
    let oldEndIndex = doc.offsetAt(range.end);
    if (oldEndIndex < startIndex) [startIndex, oldEndIndex] = [oldEndIndex, startIndex];
    // Points come from the clamped offsets (in the old text) so the edit describes the real text.
    // They are LSP positions, and tree-sitter's rows agree (it reads a lone `\r` as `\n`); nothing
    // reads a node's row or column anyway (every position comes from offsets through the line
    // index) and the reparse works on offsets; the O(log n) lookup keeps an edit cheap.
    const oldLength = doc.length;
    const s = doc.positionAt(startIndex);
    const e = doc.positionAt(oldEndIndex);
    const startPosition = { row: s.line, column: s.character };
    const oldEndPosition = { row: e.line, column: e.character };
    doc.replace(startIndex, oldEndIndex, inserted);
    doc.edited(startIndex, oldEndIndex, inserted, oldLength);
    doc.unsettled = false;
    const old = doc.tree;
    if (!old) {
      // A large document without a tree reparses the edited items when its source is asked for.
      if (doc.large) return;
      try { doc.tree = this.parser.parse(doc.text); } catch { doc.tree = undefined; }
      return;
    }
    // A tree is kept: the parse reads the whole text.
    const newText = doc.text;
    const edit: SyntaxEdit = {
      startIndex,
      oldEndIndex,
      newEndIndex: startIndex + inserted.length,
      startPosition,
      oldEndPosition,
      newEndPosition: endPointAfter(startPosition, inserted),
    };
    doc.tree = undefined;
    try {
      old.edit(edit);
      doc.tree = this.parser.parse(newText, old);
      // tree-sitter's error recovery may end differently in an incremental reparse than in a
      // fresh parse of the same broken text (found by the fuzzer: other syntax errors than the
      // CLI's). A small document with an error is parsed afresh, so the editor reports what
      // `ringside check` reports; a large one keeps the incremental tree (a fresh parse of it
      // on every keystroke would cost a second) until typing pauses (`settle`).
      if (doc.tree.rootNode.hasError && !doc.large) {
        const fresh = this.parser.parse(newText);
        doc.tree.delete();
        doc.tree = fresh;
      } else if (doc.tree.rootNode.hasError) doc.unsettled = true;
    } catch {
      // A failed incremental parse is never fatal: fall back to a full parse (and, if the parser
      // refuses the text, to none: source() reports why).
      try { doc.tree = this.parser.parse(newText); } catch { doc.tree = undefined; }
    } finally {
      old.delete();
    }
  }
}
