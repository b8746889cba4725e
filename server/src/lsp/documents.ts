// Open documents with incremental tree-sitter reparsing. Each document keeps its text and its
// tree; a change is applied to both (`tree.edit()` with the computed InputEdit, then
// `parser.parse(newText, oldTree)`), and the SourceFile is rebuilt lazily from the tree when the
// analysis asks for it. No LSP connection here: server.ts feeds the notifications in.
import type { HclParser, SyntaxEdit, SyntaxTree } from '../syntax/parser';
import { LineIndex, type Position, type Range } from '../syntax/range';
import { sourceFromTree } from '../model/source';
import type { SourceFile } from '../model/types';

/** One entry of `didChange`'s contentChanges: ranged (incremental) or the whole text. */
export type ContentChange = { range: Range; rangeLength?: number; text: string } | { text: string };

export class OpenDocument {
  private sourceCache: SourceFile | undefined;
  /** The last SourceFile built, kept after a change so unchanged top-level items can be reused. */
  private previousSource: SourceFile | undefined;
  private lines: LineIndex | undefined;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    public version: number,
    public text: string,
    /** The current tree; owned by the document, deleted when replaced or closed. */
    public tree: SyntaxTree | undefined,
  ) {}

  /** The SourceFile for the current text, built from the kept tree on first use after a change. */
  source(parser: HclParser): SourceFile {
    if (!this.sourceCache) {
      if (!this.tree) this.tree = parser.parse(this.text);
      this.sourceCache = sourceFromTree(this.uri, this.text, this.tree, this.previousSource);
      this.previousSource = this.sourceCache;
    }
    return this.sourceCache;
  }

  /** The position just after the last character (for full-document edits). */
  endPosition(): Position { return this.positionAt(this.text.length); }

  /** LSP position of an offset (lines end at `\r\n`, `\n` or a lone `\r`; see range.ts). */
  positionAt(offset: number): Position { return this.index().positionAt(offset); }

  /** Offset of an LSP position, clamped as the protocol asks (see LineIndex.offsetAt). */
  offsetAt(p: Position): number { return this.index().offsetAt(p); }

  /** @internal */
  invalidate(): void {
    this.sourceCache = undefined;
    this.lines = undefined;
  }

  private index(): LineIndex {
    return (this.lines ??= new LineIndex(this.text));
  }
}

/** tree-sitter's point for an offset: rows count `\n` only, columns are UTF-16 units. */
function treePoint(text: string, offset: number): { row: number; column: number } {
  let row = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) row++;
  const lineStart = offset > 0 ? text.lastIndexOf('\n', offset - 1) + 1 : 0;
  return { row, column: offset - lineStart };
}

/** The end point of `inserted` when it is placed at `start`. */
function endPointAfter(start: { row: number; column: number }, inserted: string): { row: number; column: number } {
  const last = inserted.lastIndexOf('\n');
  if (last < 0) return { row: start.row, column: start.column + inserted.length };
  let rows = 0;
  for (let i = inserted.indexOf('\n'); i >= 0; i = inserted.indexOf('\n', i + 1)) rows++;
  return { row: start.row + rows, column: inserted.length - last - 1 };
}

export class DocumentStore {
  private readonly docs = new Map<string, OpenDocument>();

  constructor(private readonly parser: HclParser) {}

  get(uri: string): OpenDocument | undefined { return this.docs.get(uri); }
  all(): IterableIterator<OpenDocument> { return this.docs.values(); }
  has(uri: string): boolean { return this.docs.has(uri); }

  open(uri: string, languageId: string, version: number, text: string): OpenDocument {
    this.close(uri); // a repeated didOpen replaces the document (and frees its tree)
    // A text the parser refuses (too large, or it aborted the runtime) is still kept: the
    // analysis asks for its source again and reports the refusal on the file.
    let tree: SyntaxTree | undefined;
    try { tree = this.parser.parse(text); } catch { tree = undefined; }
    const doc = new OpenDocument(uri, languageId, version, text, tree);
    this.docs.set(uri, doc);
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
    return doc;
  }

  close(uri: string): OpenDocument | undefined {
    const doc = this.docs.get(uri);
    if (!doc) return undefined;
    this.docs.delete(uri);
    doc.tree?.delete();
    doc.tree = undefined;
    doc.invalidate();
    return doc;
  }

  /** Free every tree (on shutdown). */
  dispose(): void {
    for (const uri of [...this.docs.keys()]) this.close(uri);
  }

  private replaceAll(doc: OpenDocument, text: string): void {
    const old = doc.tree;
    doc.text = text;
    doc.invalidate();
    doc.tree = undefined;
    old?.delete();
    try { doc.tree = this.parser.parse(text); } catch { doc.tree = undefined; }
  }

  private applyRanged(doc: OpenDocument, range: Range, inserted: string): void {
    let startIndex = doc.offsetAt(range.start);
    let oldEndIndex = doc.offsetAt(range.end);
    if (oldEndIndex < startIndex) [startIndex, oldEndIndex] = [oldEndIndex, startIndex];
    // Points come from the clamped offsets (in the old text) so the edit describes the real text.
    // tree-sitter rows split on `\n` only (unlike LSP lines); columns are UTF-16 units.
    const oldText = doc.text;
    const startPosition = treePoint(oldText, startIndex);
    const oldEndPosition = treePoint(oldText, oldEndIndex);
    const newText = oldText.slice(0, startIndex) + inserted + oldText.slice(oldEndIndex);
    doc.text = newText;
    doc.invalidate();
    const old = doc.tree;
    if (!old) {
      try { doc.tree = this.parser.parse(newText); } catch { doc.tree = undefined; }
      return;
    }
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
    } catch {
      // A failed incremental parse is never fatal: fall back to a full parse (and, if the parser
      // refuses the text, to none: source() reports why).
      try { doc.tree = this.parser.parse(newText); } catch { doc.tree = undefined; }
    } finally {
      old.delete();
    }
  }
}
