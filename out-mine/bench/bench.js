const __ringsideImportMetaUrl = require('url').pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key2 of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key2) && key2 !== except)
        __defProp(to, key2, { get: () => from[key2], enumerable: !(desc = __getOwnPropDesc(from, key2)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// bench/bench.ts
var fs3 = __toESM(require("node:fs"));
var os = __toESM(require("node:os"));
var path2 = __toESM(require("node:path"));
var import_node_child_process = require("node:child_process");
var import_node_url = require("node:url");

// node_modules/web-tree-sitter/tree-sitter.js
var __defProp2 = Object.defineProperty;
var __name = (target, value) => __defProp2(target, "name", { value, configurable: true });
var SIZE_OF_SHORT = 2;
var SIZE_OF_INT = 4;
var SIZE_OF_CURSOR = 4 * SIZE_OF_INT;
var SIZE_OF_NODE = 5 * SIZE_OF_INT;
var SIZE_OF_POINT = 2 * SIZE_OF_INT;
var SIZE_OF_RANGE = 2 * SIZE_OF_INT + 2 * SIZE_OF_POINT;
var ZERO_POINT = { row: 0, column: 0 };
var INTERNAL = /* @__PURE__ */ Symbol("INTERNAL");
function assertInternal(x) {
  if (x !== INTERNAL) throw new Error("Illegal constructor");
}
__name(assertInternal, "assertInternal");
function isPoint(point) {
  return !!point && typeof point.row === "number" && typeof point.column === "number";
}
__name(isPoint, "isPoint");
function setModule(module2) {
  C = module2;
}
__name(setModule, "setModule");
var C;
var LookaheadIterator = class {
  static {
    __name(this, "LookaheadIterator");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for WASM
  /** @internal */
  language;
  /** @internal */
  constructor(internal, address, language) {
    assertInternal(internal);
    this[0] = address;
    this.language = language;
  }
  /** Get the current symbol of the lookahead iterator. */
  get currentTypeId() {
    return C._ts_lookahead_iterator_current_symbol(this[0]);
  }
  /** Get the current symbol name of the lookahead iterator. */
  get currentType() {
    return this.language.types[this.currentTypeId] || "ERROR";
  }
  /** Delete the lookahead iterator, freeing its resources. */
  delete() {
    C._ts_lookahead_iterator_delete(this[0]);
    this[0] = 0;
  }
  /**
   * Reset the lookahead iterator.
   *
   * This returns `true` if the language was set successfully and `false`
   * otherwise.
   */
  reset(language, stateId) {
    if (C._ts_lookahead_iterator_reset(this[0], language[0], stateId)) {
      this.language = language;
      return true;
    }
    return false;
  }
  /**
   * Reset the lookahead iterator to another state.
   *
   * This returns `true` if the iterator was reset to the given state and
   * `false` otherwise.
   */
  resetState(stateId) {
    return Boolean(C._ts_lookahead_iterator_reset_state(this[0], stateId));
  }
  /**
   * Returns an iterator that iterates over the symbols of the lookahead iterator.
   *
   * The iterator will yield the current symbol name as a string for each step
   * until there are no more symbols to iterate over.
   */
  [Symbol.iterator]() {
    return {
      next: /* @__PURE__ */ __name(() => {
        if (C._ts_lookahead_iterator_next(this[0])) {
          return { done: false, value: this.currentType };
        }
        return { done: true, value: "" };
      }, "next")
    };
  }
};
function getText(tree, startIndex, endIndex, startPosition) {
  const length = endIndex - startIndex;
  let result = tree.textCallback(startIndex, startPosition);
  if (result) {
    startIndex += result.length;
    while (startIndex < endIndex) {
      const string = tree.textCallback(startIndex, startPosition);
      if (string && string.length > 0) {
        startIndex += string.length;
        result += string;
      } else {
        break;
      }
    }
    if (startIndex > endIndex) {
      result = result.slice(0, length);
    }
  }
  return result ?? "";
}
__name(getText, "getText");
var Tree = class _Tree {
  static {
    __name(this, "Tree");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for WASM
  /** @internal */
  textCallback;
  /** The language that was used to parse the syntax tree. */
  language;
  /** @internal */
  constructor(internal, address, language, textCallback) {
    assertInternal(internal);
    this[0] = address;
    this.language = language;
    this.textCallback = textCallback;
  }
  /** Create a shallow copy of the syntax tree. This is very fast. */
  copy() {
    const address = C._ts_tree_copy(this[0]);
    return new _Tree(INTERNAL, address, this.language, this.textCallback);
  }
  /** Delete the syntax tree, freeing its resources. */
  delete() {
    C._ts_tree_delete(this[0]);
    this[0] = 0;
  }
  /** Get the root node of the syntax tree. */
  get rootNode() {
    C._ts_tree_root_node_wasm(this[0]);
    return unmarshalNode(this);
  }
  /**
   * Get the root node of the syntax tree, but with its position shifted
   * forward by the given offset.
   */
  rootNodeWithOffset(offsetBytes, offsetExtent) {
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, offsetBytes, "i32");
    marshalPoint(address + SIZE_OF_INT, offsetExtent);
    C._ts_tree_root_node_with_offset_wasm(this[0]);
    return unmarshalNode(this);
  }
  /**
   * Edit the syntax tree to keep it in sync with source code that has been
   * edited.
   *
   * You must describe the edit both in terms of byte offsets and in terms of
   * row/column coordinates.
   */
  edit(edit) {
    marshalEdit(edit);
    C._ts_tree_edit_wasm(this[0]);
  }
  /** Create a new {@link TreeCursor} starting from the root of the tree. */
  walk() {
    return this.rootNode.walk();
  }
  /**
   * Compare this old edited syntax tree to a new syntax tree representing
   * the same document, returning a sequence of ranges whose syntactic
   * structure has changed.
   *
   * For this to work correctly, this syntax tree must have been edited such
   * that its ranges match up to the new tree. Generally, you'll want to
   * call this method right after calling one of the [`Parser::parse`]
   * functions. Call it on the old tree that was passed to parse, and
   * pass the new tree that was returned from `parse`.
   */
  getChangedRanges(other) {
    if (!(other instanceof _Tree)) {
      throw new TypeError("Argument must be a Tree");
    }
    C._ts_tree_get_changed_ranges_wasm(this[0], other[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Get the included ranges that were used to parse the syntax tree. */
  getIncludedRanges() {
    C._ts_tree_included_ranges_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
};
var TreeCursor = class _TreeCursor {
  static {
    __name(this, "TreeCursor");
  }
  /** @internal */
  // @ts-expect-error: never read
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  // @ts-expect-error: never read
  [1] = 0;
  // Internal handle for Wasm
  /** @internal */
  // @ts-expect-error: never read
  [2] = 0;
  // Internal handle for Wasm
  /** @internal */
  // @ts-expect-error: never read
  [3] = 0;
  // Internal handle for Wasm
  /** @internal */
  tree;
  /** @internal */
  constructor(internal, tree) {
    assertInternal(internal);
    this.tree = tree;
    unmarshalTreeCursor(this);
  }
  /** Creates a deep copy of the tree cursor. This allocates new memory. */
  copy() {
    const copy = new _TreeCursor(INTERNAL, this.tree);
    C._ts_tree_cursor_copy_wasm(this.tree[0]);
    unmarshalTreeCursor(copy);
    return copy;
  }
  /** Delete the tree cursor, freeing its resources. */
  delete() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_delete_wasm(this.tree[0]);
    this[0] = this[1] = this[2] = 0;
  }
  /** Get the tree cursor's current {@link Node}. */
  get currentNode() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_current_node_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the numerical field id of this tree cursor's current node.
   *
   * See also {@link TreeCursor#currentFieldName}.
   */
  get currentFieldId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_field_id_wasm(this.tree[0]);
  }
  /** Get the field name of this tree cursor's current node. */
  get currentFieldName() {
    return this.tree.language.fields[this.currentFieldId];
  }
  /**
   * Get the depth of the cursor's current node relative to the original
   * node that the cursor was constructed with.
   */
  get currentDepth() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_depth_wasm(this.tree[0]);
  }
  /**
   * Get the index of the cursor's current node out of all of the
   * descendants of the original node that the cursor was constructed with.
   */
  get currentDescendantIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_descendant_index_wasm(this.tree[0]);
  }
  /** Get the type of the cursor's current node. */
  get nodeType() {
    return this.tree.language.types[this.nodeTypeId] || "ERROR";
  }
  /** Get the type id of the cursor's current node. */
  get nodeTypeId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_type_id_wasm(this.tree[0]);
  }
  /** Get the state id of the cursor's current node. */
  get nodeStateId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_state_id_wasm(this.tree[0]);
  }
  /** Get the id of the cursor's current node. */
  get nodeId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_id_wasm(this.tree[0]);
  }
  /**
   * Check if the cursor's current node is *named*.
   *
   * Named nodes correspond to named rules in the grammar, whereas
   * *anonymous* nodes correspond to string literals in the grammar.
   */
  get nodeIsNamed() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_is_named_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if the cursor's current node is *missing*.
   *
   * Missing nodes are inserted by the parser in order to recover from
   * certain kinds of syntax errors.
   */
  get nodeIsMissing() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_is_missing_wasm(this.tree[0]) === 1;
  }
  /** Get the string content of the cursor's current node. */
  get nodeText() {
    marshalTreeCursor(this);
    const startIndex = C._ts_tree_cursor_start_index_wasm(this.tree[0]);
    const endIndex = C._ts_tree_cursor_end_index_wasm(this.tree[0]);
    C._ts_tree_cursor_start_position_wasm(this.tree[0]);
    const startPosition = unmarshalPoint(TRANSFER_BUFFER);
    return getText(this.tree, startIndex, endIndex, startPosition);
  }
  /** Get the start position of the cursor's current node. */
  get startPosition() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_start_position_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the end position of the cursor's current node. */
  get endPosition() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_end_position_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the start index of the cursor's current node. */
  get startIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_start_index_wasm(this.tree[0]);
  }
  /** Get the end index of the cursor's current node. */
  get endIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_end_index_wasm(this.tree[0]);
  }
  /**
   * Move this cursor to the first child of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there were no children.
   */
  gotoFirstChild() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_first_child_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the last child of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there were no children.
   *
   * Note that this function may be slower than
   * {@link TreeCursor#gotoFirstChild} because it needs to
   * iterate through all the children to compute the child's position.
   */
  gotoLastChild() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_last_child_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the parent of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no parent node (the cursor was already on the
   * root node).
   *
   * Note that the node the cursor was constructed with is considered the root
   * of the cursor, and the cursor cannot walk outside this node.
   */
  gotoParent() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_parent_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the next sibling of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no next sibling node.
   *
   * Note that the node the cursor was constructed with is considered the root
   * of the cursor, and the cursor cannot walk outside this node.
   */
  gotoNextSibling() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_next_sibling_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the previous sibling of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no previous sibling node.
   *
   * Note that this function may be slower than
   * {@link TreeCursor#gotoNextSibling} due to how node
   * positions are stored. In the worst case, this will need to iterate
   * through all the children up to the previous sibling node to recalculate
   * its position. Also note that the node the cursor was constructed with is
   * considered the root of the cursor, and the cursor cannot walk outside this node.
   */
  gotoPreviousSibling() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_previous_sibling_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move the cursor to the node that is the nth descendant of
   * the original node that the cursor was constructed with, where
   * zero represents the original node itself.
   */
  gotoDescendant(goalDescendantIndex) {
    marshalTreeCursor(this);
    C._ts_tree_cursor_goto_descendant_wasm(this.tree[0], goalDescendantIndex);
    unmarshalTreeCursor(this);
  }
  /**
   * Move this cursor to the first child of its current node that contains or
   * starts after the given byte offset.
   *
   * This returns `true` if the cursor successfully moved to a child node, and returns
   * `false` if no such child was found.
   */
  gotoFirstChildForIndex(goalIndex) {
    marshalTreeCursor(this);
    C.setValue(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalIndex, "i32");
    const result = C._ts_tree_cursor_goto_first_child_for_index_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the first child of its current node that contains or
   * starts after the given byte offset.
   *
   * This returns the index of the child node if one was found, and returns
   * `null` if no such child was found.
   */
  gotoFirstChildForPosition(goalPosition) {
    marshalTreeCursor(this);
    marshalPoint(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalPosition);
    const result = C._ts_tree_cursor_goto_first_child_for_position_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Re-initialize this tree cursor to start at the original node that the
   * cursor was constructed with.
   */
  reset(node) {
    marshalNode(node);
    marshalTreeCursor(this, TRANSFER_BUFFER + SIZE_OF_NODE);
    C._ts_tree_cursor_reset_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
  }
  /**
   * Re-initialize a tree cursor to the same position as another cursor.
   *
   * Unlike {@link TreeCursor#reset}, this will not lose parent
   * information and allows reusing already created cursors.
   */
  resetTo(cursor) {
    marshalTreeCursor(this, TRANSFER_BUFFER);
    marshalTreeCursor(cursor, TRANSFER_BUFFER + SIZE_OF_CURSOR);
    C._ts_tree_cursor_reset_to_wasm(this.tree[0], cursor.tree[0]);
    unmarshalTreeCursor(this);
  }
};
var Node = class {
  static {
    __name(this, "Node");
  }
  /** @internal */
  // @ts-expect-error: never read
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  _children;
  /** @internal */
  _namedChildren;
  /** @internal */
  constructor(internal, {
    id,
    tree,
    startIndex,
    startPosition,
    other
  }) {
    assertInternal(internal);
    this[0] = other;
    this.id = id;
    this.tree = tree;
    this.startIndex = startIndex;
    this.startPosition = startPosition;
  }
  /**
   * The numeric id for this node that is unique.
   *
   * Within a given syntax tree, no two nodes have the same id. However:
   *
   * * If a new tree is created based on an older tree, and a node from the old tree is reused in
   *   the process, then that node will have the same id in both trees.
   *
   * * A node not marked as having changes does not guarantee it was reused.
   *
   * * If a node is marked as having changed in the old tree, it will not be reused.
   */
  id;
  /** The byte index where this node starts. */
  startIndex;
  /** The position where this node starts. */
  startPosition;
  /** The tree that this node belongs to. */
  tree;
  /** Get this node's type as a numerical id. */
  get typeId() {
    marshalNode(this);
    return C._ts_node_symbol_wasm(this.tree[0]);
  }
  /**
   * Get the node's type as a numerical id as it appears in the grammar,
   * ignoring aliases.
   */
  get grammarId() {
    marshalNode(this);
    return C._ts_node_grammar_symbol_wasm(this.tree[0]);
  }
  /** Get this node's type as a string. */
  get type() {
    return this.tree.language.types[this.typeId] || "ERROR";
  }
  /**
   * Get this node's symbol name as it appears in the grammar, ignoring
   * aliases as a string.
   */
  get grammarType() {
    return this.tree.language.types[this.grammarId] || "ERROR";
  }
  /**
   * Check if this node is *named*.
   *
   * Named nodes correspond to named rules in the grammar, whereas
   * *anonymous* nodes correspond to string literals in the grammar.
   */
  get isNamed() {
    marshalNode(this);
    return C._ts_node_is_named_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node is *extra*.
   *
   * Extra nodes represent things like comments, which are not required
   * by the grammar, but can appear anywhere.
   */
  get isExtra() {
    marshalNode(this);
    return C._ts_node_is_extra_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node represents a syntax error.
   *
   * Syntax errors represent parts of the code that could not be incorporated
   * into a valid syntax tree.
   */
  get isError() {
    marshalNode(this);
    return C._ts_node_is_error_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node is *missing*.
   *
   * Missing nodes are inserted by the parser in order to recover from
   * certain kinds of syntax errors.
   */
  get isMissing() {
    marshalNode(this);
    return C._ts_node_is_missing_wasm(this.tree[0]) === 1;
  }
  /** Check if this node has been edited. */
  get hasChanges() {
    marshalNode(this);
    return C._ts_node_has_changes_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node represents a syntax error or contains any syntax
   * errors anywhere within it.
   */
  get hasError() {
    marshalNode(this);
    return C._ts_node_has_error_wasm(this.tree[0]) === 1;
  }
  /** Get the byte index where this node ends. */
  get endIndex() {
    marshalNode(this);
    return C._ts_node_end_index_wasm(this.tree[0]);
  }
  /** Get the position where this node ends. */
  get endPosition() {
    marshalNode(this);
    C._ts_node_end_point_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the string content of this node. */
  get text() {
    return getText(this.tree, this.startIndex, this.endIndex, this.startPosition);
  }
  /** Get this node's parse state. */
  get parseState() {
    marshalNode(this);
    return C._ts_node_parse_state_wasm(this.tree[0]);
  }
  /** Get the parse state after this node. */
  get nextParseState() {
    marshalNode(this);
    return C._ts_node_next_parse_state_wasm(this.tree[0]);
  }
  /** Check if this node is equal to another node. */
  equals(other) {
    return this.tree === other.tree && this.id === other.id;
  }
  /**
   * Get the node's child at the given index, where zero represents the first child.
   *
   * This method is fairly fast, but its cost is technically log(n), so if
   * you might be iterating over a long list of children, you should use
   * {@link Node#children} instead.
   */
  child(index) {
    marshalNode(this);
    C._ts_node_child_wasm(this.tree[0], index);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's *named* child at the given index.
   *
   * See also {@link Node#isNamed}.
   * This method is fairly fast, but its cost is technically log(n), so if
   * you might be iterating over a long list of children, you should use
   * {@link Node#namedChildren} instead.
   */
  namedChild(index) {
    marshalNode(this);
    C._ts_node_named_child_wasm(this.tree[0], index);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's child with the given numerical field id.
   *
   * See also {@link Node#childForFieldName}. You can
   * convert a field name to an id using {@link Language#fieldIdForName}.
   */
  childForFieldId(fieldId) {
    marshalNode(this);
    C._ts_node_child_by_field_id_wasm(this.tree[0], fieldId);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the first child with the given field name.
   *
   * If multiple children may have the same field name, access them using
   * {@link Node#childrenForFieldName}.
   */
  childForFieldName(fieldName) {
    const fieldId = this.tree.language.fields.indexOf(fieldName);
    if (fieldId !== -1) return this.childForFieldId(fieldId);
    return null;
  }
  /** Get the field name of this node's child at the given index. */
  fieldNameForChild(index) {
    marshalNode(this);
    const address = C._ts_node_field_name_for_child_wasm(this.tree[0], index);
    if (!address) return null;
    return C.AsciiToString(address);
  }
  /** Get the field name of this node's named child at the given index. */
  fieldNameForNamedChild(index) {
    marshalNode(this);
    const address = C._ts_node_field_name_for_named_child_wasm(this.tree[0], index);
    if (!address) return null;
    return C.AsciiToString(address);
  }
  /**
   * Get an array of this node's children with a given field name.
   *
   * See also {@link Node#children}.
   */
  childrenForFieldName(fieldName) {
    const fieldId = this.tree.language.fields.indexOf(fieldName);
    if (fieldId !== -1 && fieldId !== 0) return this.childrenForFieldId(fieldId);
    return [];
  }
  /**
    * Get an array of this node's children with a given field id.
    *
    * See also {@link Node#childrenForFieldName}.
    */
  childrenForFieldId(fieldId) {
    marshalNode(this);
    C._ts_node_children_by_field_id_wasm(this.tree[0], fieldId);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalNode(this.tree, address);
        address += SIZE_OF_NODE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Get the node's first child that contains or starts after the given byte offset. */
  firstChildForIndex(index) {
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, index, "i32");
    C._ts_node_first_child_for_byte_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the node's first named child that contains or starts after the given byte offset. */
  firstNamedChildForIndex(index) {
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, index, "i32");
    C._ts_node_first_named_child_for_byte_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get this node's number of children. */
  get childCount() {
    marshalNode(this);
    return C._ts_node_child_count_wasm(this.tree[0]);
  }
  /**
   * Get this node's number of *named* children.
   *
   * See also {@link Node#isNamed}.
   */
  get namedChildCount() {
    marshalNode(this);
    return C._ts_node_named_child_count_wasm(this.tree[0]);
  }
  /** Get this node's first child. */
  get firstChild() {
    return this.child(0);
  }
  /**
   * Get this node's first named child.
   *
   * See also {@link Node#isNamed}.
   */
  get firstNamedChild() {
    return this.namedChild(0);
  }
  /** Get this node's last child. */
  get lastChild() {
    return this.child(this.childCount - 1);
  }
  /**
   * Get this node's last named child.
   *
   * See also {@link Node#isNamed}.
   */
  get lastNamedChild() {
    return this.namedChild(this.namedChildCount - 1);
  }
  /**
   * Iterate over this node's children.
   *
   * If you're walking the tree recursively, you may want to use the
   * {@link TreeCursor} APIs directly instead.
   */
  get children() {
    if (!this._children) {
      marshalNode(this);
      C._ts_node_children_wasm(this.tree[0]);
      const count = C.getValue(TRANSFER_BUFFER, "i32");
      const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      this._children = new Array(count);
      if (count > 0) {
        let address = buffer;
        for (let i2 = 0; i2 < count; i2++) {
          this._children[i2] = unmarshalNode(this.tree, address);
          address += SIZE_OF_NODE;
        }
        C._free(buffer);
      }
    }
    return this._children;
  }
  /**
   * Iterate over this node's named children.
   *
   * See also {@link Node#children}.
   */
  get namedChildren() {
    if (!this._namedChildren) {
      marshalNode(this);
      C._ts_node_named_children_wasm(this.tree[0]);
      const count = C.getValue(TRANSFER_BUFFER, "i32");
      const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      this._namedChildren = new Array(count);
      if (count > 0) {
        let address = buffer;
        for (let i2 = 0; i2 < count; i2++) {
          this._namedChildren[i2] = unmarshalNode(this.tree, address);
          address += SIZE_OF_NODE;
        }
        C._free(buffer);
      }
    }
    return this._namedChildren;
  }
  /**
   * Get the descendants of this node that are the given type, or in the given types array.
   *
   * The types array should contain node type strings, which can be retrieved from {@link Language#types}.
   *
   * Additionally, a `startPosition` and `endPosition` can be passed in to restrict the search to a byte range.
   */
  descendantsOfType(types, startPosition = ZERO_POINT, endPosition = ZERO_POINT) {
    if (!Array.isArray(types)) types = [types];
    const symbols = [];
    const typesBySymbol = this.tree.language.types;
    for (const node_type of types) {
      if (node_type == "ERROR") {
        symbols.push(65535);
      }
    }
    for (let i2 = 0, n = typesBySymbol.length; i2 < n; i2++) {
      if (types.includes(typesBySymbol[i2])) {
        symbols.push(i2);
      }
    }
    const symbolsAddress = C._malloc(SIZE_OF_INT * symbols.length);
    for (let i2 = 0, n = symbols.length; i2 < n; i2++) {
      C.setValue(symbolsAddress + i2 * SIZE_OF_INT, symbols[i2], "i32");
    }
    marshalNode(this);
    C._ts_node_descendants_of_type_wasm(
      this.tree[0],
      symbolsAddress,
      symbols.length,
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column
    );
    const descendantCount = C.getValue(TRANSFER_BUFFER, "i32");
    const descendantAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(descendantCount);
    if (descendantCount > 0) {
      let address = descendantAddress;
      for (let i2 = 0; i2 < descendantCount; i2++) {
        result[i2] = unmarshalNode(this.tree, address);
        address += SIZE_OF_NODE;
      }
    }
    C._free(descendantAddress);
    C._free(symbolsAddress);
    return result;
  }
  /** Get this node's next sibling. */
  get nextSibling() {
    marshalNode(this);
    C._ts_node_next_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get this node's previous sibling. */
  get previousSibling() {
    marshalNode(this);
    C._ts_node_prev_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's next *named* sibling.
   *
   * See also {@link Node#isNamed}.
   */
  get nextNamedSibling() {
    marshalNode(this);
    C._ts_node_next_named_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's previous *named* sibling.
   *
   * See also {@link Node#isNamed}.
   */
  get previousNamedSibling() {
    marshalNode(this);
    C._ts_node_prev_named_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the node's number of descendants, including one for the node itself. */
  get descendantCount() {
    marshalNode(this);
    return C._ts_node_descendant_count_wasm(this.tree[0]);
  }
  /**
   * Get this node's immediate parent.
   * Prefer {@link Node#childWithDescendant} for iterating over this node's ancestors.
   */
  get parent() {
    marshalNode(this);
    C._ts_node_parent_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the node that contains `descendant`.
   *
   * Note that this can return `descendant` itself.
   */
  childWithDescendant(descendant) {
    marshalNode(this);
    marshalNode(descendant, 1);
    C._ts_node_child_with_descendant_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest node within this node that spans the given byte range. */
  descendantForIndex(start2, end = start2) {
    if (typeof start2 !== "number" || typeof end !== "number") {
      throw new Error("Arguments must be numbers");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, start2, "i32");
    C.setValue(address + SIZE_OF_INT, end, "i32");
    C._ts_node_descendant_for_index_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest named node within this node that spans the given byte range. */
  namedDescendantForIndex(start2, end = start2) {
    if (typeof start2 !== "number" || typeof end !== "number") {
      throw new Error("Arguments must be numbers");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, start2, "i32");
    C.setValue(address + SIZE_OF_INT, end, "i32");
    C._ts_node_named_descendant_for_index_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest node within this node that spans the given point range. */
  descendantForPosition(start2, end = start2) {
    if (!isPoint(start2) || !isPoint(end)) {
      throw new Error("Arguments must be {row, column} objects");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    marshalPoint(address, start2);
    marshalPoint(address + SIZE_OF_POINT, end);
    C._ts_node_descendant_for_position_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest named node within this node that spans the given point range. */
  namedDescendantForPosition(start2, end = start2) {
    if (!isPoint(start2) || !isPoint(end)) {
      throw new Error("Arguments must be {row, column} objects");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    marshalPoint(address, start2);
    marshalPoint(address + SIZE_OF_POINT, end);
    C._ts_node_named_descendant_for_position_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Create a new {@link TreeCursor} starting from this node.
   *
   * Note that the given node is considered the root of the cursor,
   * and the cursor cannot walk outside this node.
   */
  walk() {
    marshalNode(this);
    C._ts_tree_cursor_new_wasm(this.tree[0]);
    return new TreeCursor(INTERNAL, this.tree);
  }
  /**
   * Edit this node to keep it in-sync with source code that has been edited.
   *
   * This function is only rarely needed. When you edit a syntax tree with
   * the {@link Tree#edit} method, all of the nodes that you retrieve from
   * the tree afterward will already reflect the edit. You only need to
   * use {@link Node#edit} when you have a specific {@link Node} instance that
   * you want to keep and continue to use after an edit.
   */
  edit(edit) {
    if (this.startIndex >= edit.oldEndIndex) {
      this.startIndex = edit.newEndIndex + (this.startIndex - edit.oldEndIndex);
      let subbedPointRow;
      let subbedPointColumn;
      if (this.startPosition.row > edit.oldEndPosition.row) {
        subbedPointRow = this.startPosition.row - edit.oldEndPosition.row;
        subbedPointColumn = this.startPosition.column;
      } else {
        subbedPointRow = 0;
        subbedPointColumn = this.startPosition.column;
        if (this.startPosition.column >= edit.oldEndPosition.column) {
          subbedPointColumn = this.startPosition.column - edit.oldEndPosition.column;
        }
      }
      if (subbedPointRow > 0) {
        this.startPosition.row += subbedPointRow;
        this.startPosition.column = subbedPointColumn;
      } else {
        this.startPosition.column += subbedPointColumn;
      }
    } else if (this.startIndex > edit.startIndex) {
      this.startIndex = edit.newEndIndex;
      this.startPosition.row = edit.newEndPosition.row;
      this.startPosition.column = edit.newEndPosition.column;
    }
  }
  /** Get the S-expression representation of this node. */
  toString() {
    marshalNode(this);
    const address = C._ts_node_to_string_wasm(this.tree[0]);
    const result = C.AsciiToString(address);
    C._free(address);
    return result;
  }
};
function unmarshalCaptures(query, tree, address, patternIndex, result) {
  for (let i2 = 0, n = result.length; i2 < n; i2++) {
    const captureIndex = C.getValue(address, "i32");
    address += SIZE_OF_INT;
    const node = unmarshalNode(tree, address);
    address += SIZE_OF_NODE;
    result[i2] = { patternIndex, name: query.captureNames[captureIndex], node };
  }
  return address;
}
__name(unmarshalCaptures, "unmarshalCaptures");
function marshalNode(node, index = 0) {
  let address = TRANSFER_BUFFER + index * SIZE_OF_NODE;
  C.setValue(address, node.id, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.row, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.column, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node[0], "i32");
}
__name(marshalNode, "marshalNode");
function unmarshalNode(tree, address = TRANSFER_BUFFER) {
  const id = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  if (id === 0) return null;
  const index = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const row = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const column = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const other = C.getValue(address, "i32");
  const result = new Node(INTERNAL, {
    id,
    tree,
    startIndex: index,
    startPosition: { row, column },
    other
  });
  return result;
}
__name(unmarshalNode, "unmarshalNode");
function marshalTreeCursor(cursor, address = TRANSFER_BUFFER) {
  C.setValue(address + 0 * SIZE_OF_INT, cursor[0], "i32");
  C.setValue(address + 1 * SIZE_OF_INT, cursor[1], "i32");
  C.setValue(address + 2 * SIZE_OF_INT, cursor[2], "i32");
  C.setValue(address + 3 * SIZE_OF_INT, cursor[3], "i32");
}
__name(marshalTreeCursor, "marshalTreeCursor");
function unmarshalTreeCursor(cursor) {
  cursor[0] = C.getValue(TRANSFER_BUFFER + 0 * SIZE_OF_INT, "i32");
  cursor[1] = C.getValue(TRANSFER_BUFFER + 1 * SIZE_OF_INT, "i32");
  cursor[2] = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
  cursor[3] = C.getValue(TRANSFER_BUFFER + 3 * SIZE_OF_INT, "i32");
}
__name(unmarshalTreeCursor, "unmarshalTreeCursor");
function marshalPoint(address, point) {
  C.setValue(address, point.row, "i32");
  C.setValue(address + SIZE_OF_INT, point.column, "i32");
}
__name(marshalPoint, "marshalPoint");
function unmarshalPoint(address) {
  const result = {
    row: C.getValue(address, "i32") >>> 0,
    column: C.getValue(address + SIZE_OF_INT, "i32") >>> 0
  };
  return result;
}
__name(unmarshalPoint, "unmarshalPoint");
function marshalRange(address, range2) {
  marshalPoint(address, range2.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, range2.endPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, range2.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, range2.endIndex, "i32");
  address += SIZE_OF_INT;
}
__name(marshalRange, "marshalRange");
function unmarshalRange(address) {
  const result = {};
  result.startPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.endPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.startIndex = C.getValue(address, "i32") >>> 0;
  address += SIZE_OF_INT;
  result.endIndex = C.getValue(address, "i32") >>> 0;
  return result;
}
__name(unmarshalRange, "unmarshalRange");
function marshalEdit(edit, address = TRANSFER_BUFFER) {
  marshalPoint(address, edit.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.oldEndPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.newEndPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, edit.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.oldEndIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.newEndIndex, "i32");
  address += SIZE_OF_INT;
}
__name(marshalEdit, "marshalEdit");
function unmarshalLanguageMetadata(address) {
  const major_version = C.getValue(address, "i32");
  const minor_version = C.getValue(address += SIZE_OF_INT, "i32");
  const patch_version = C.getValue(address += SIZE_OF_INT, "i32");
  return { major_version, minor_version, patch_version };
}
__name(unmarshalLanguageMetadata, "unmarshalLanguageMetadata");
var PREDICATE_STEP_TYPE_CAPTURE = 1;
var PREDICATE_STEP_TYPE_STRING = 2;
var QUERY_WORD_REGEX = /[\w-]+/g;
var CaptureQuantifier = {
  Zero: 0,
  ZeroOrOne: 1,
  ZeroOrMore: 2,
  One: 3,
  OneOrMore: 4
};
var isCaptureStep = /* @__PURE__ */ __name((step) => step.type === "capture", "isCaptureStep");
var isStringStep = /* @__PURE__ */ __name((step) => step.type === "string", "isStringStep");
var QueryErrorKind = {
  Syntax: 1,
  NodeName: 2,
  FieldName: 3,
  CaptureName: 4,
  PatternStructure: 5
};
var QueryError = class _QueryError extends Error {
  constructor(kind, info2, index, length) {
    super(_QueryError.formatMessage(kind, info2));
    this.kind = kind;
    this.info = info2;
    this.index = index;
    this.length = length;
    this.name = "QueryError";
  }
  static {
    __name(this, "QueryError");
  }
  /** Formats an error message based on the error kind and info */
  static formatMessage(kind, info2) {
    switch (kind) {
      case QueryErrorKind.NodeName:
        return `Bad node name '${info2.word}'`;
      case QueryErrorKind.FieldName:
        return `Bad field name '${info2.word}'`;
      case QueryErrorKind.CaptureName:
        return `Bad capture name @${info2.word}`;
      case QueryErrorKind.PatternStructure:
        return `Bad pattern structure at offset ${info2.suffix}`;
      case QueryErrorKind.Syntax:
        return `Bad syntax at offset ${info2.suffix}`;
    }
  }
};
function parseAnyPredicate(steps, index, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}`
    );
  }
  if (!isCaptureStep(steps[1])) {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}"`
    );
  }
  const isPositive = operator === "eq?" || operator === "any-eq?";
  const matchAll = !operator.startsWith("any-");
  if (isCaptureStep(steps[2])) {
    const captureName1 = steps[1].name;
    const captureName2 = steps[2].name;
    textPredicates[index].push((captures) => {
      const nodes1 = [];
      const nodes2 = [];
      for (const c of captures) {
        if (c.name === captureName1) nodes1.push(c.node);
        if (c.name === captureName2) nodes2.push(c.node);
      }
      const compare = /* @__PURE__ */ __name((n1, n2, positive) => {
        return positive ? n1.text === n2.text : n1.text !== n2.text;
      }, "compare");
      return matchAll ? nodes1.every((n1) => nodes2.some((n2) => compare(n1, n2, isPositive))) : nodes1.some((n1) => nodes2.some((n2) => compare(n1, n2, isPositive)));
    });
  } else {
    const captureName = steps[1].name;
    const stringValue = steps[2].value;
    const matches = /* @__PURE__ */ __name((n) => n.text === stringValue, "matches");
    const doesNotMatch = /* @__PURE__ */ __name((n) => n.text !== stringValue, "doesNotMatch");
    textPredicates[index].push((captures) => {
      const nodes = [];
      for (const c of captures) {
        if (c.name === captureName) nodes.push(c.node);
      }
      const test = isPositive ? matches : doesNotMatch;
      return matchAll ? nodes.every(test) : nodes.some(test);
    });
  }
}
__name(parseAnyPredicate, "parseAnyPredicate");
function parseMatchPredicate(steps, index, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  if (steps[2].type !== "string") {
    throw new Error(
      `Second argument of \`#${operator}\` predicate must be a string. Got @${steps[2].name}.`
    );
  }
  const isPositive = operator === "match?" || operator === "any-match?";
  const matchAll = !operator.startsWith("any-");
  const captureName = steps[1].name;
  const regex = new RegExp(steps[2].value);
  textPredicates[index].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    const test = /* @__PURE__ */ __name((text, positive) => {
      return positive ? regex.test(text) : !regex.test(text);
    }, "test");
    if (nodes.length === 0) return !isPositive;
    return matchAll ? nodes.every((text) => test(text, isPositive)) : nodes.some((text) => test(text, isPositive));
  });
}
__name(parseMatchPredicate, "parseMatchPredicate");
function parseAnyOfPredicate(steps, index, operator, textPredicates) {
  if (steps.length < 2) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected at least 1. Got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  const isPositive = operator === "any-of?";
  const captureName = steps[1].name;
  const stringSteps = steps.slice(2);
  if (!stringSteps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const values = stringSteps.map((s) => s.value);
  textPredicates[index].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    if (nodes.length === 0) return !isPositive;
    return nodes.every((text) => values.includes(text)) === isPositive;
  });
}
__name(parseAnyOfPredicate, "parseAnyOfPredicate");
function parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`
    );
  }
  if (!steps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const properties = operator === "is?" ? assertedProperties : refutedProperties;
  if (!properties[index]) properties[index] = {};
  properties[index][steps[1].value] = steps[2]?.value ?? null;
}
__name(parseIsPredicate, "parseIsPredicate");
function parseSetDirective(steps, index, setProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(`Wrong number of arguments to \`#set!\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`);
  }
  if (!steps.every(isStringStep)) {
    throw new Error(`Arguments to \`#set!\` predicate must be strings.".`);
  }
  if (!setProperties[index]) setProperties[index] = {};
  setProperties[index][steps[1].value] = steps[2]?.value ?? null;
}
__name(parseSetDirective, "parseSetDirective");
function parsePattern(index, stepType, stepValueId, captureNames, stringValues, steps, textPredicates, predicates, setProperties, assertedProperties, refutedProperties) {
  if (stepType === PREDICATE_STEP_TYPE_CAPTURE) {
    const name2 = captureNames[stepValueId];
    steps.push({ type: "capture", name: name2 });
  } else if (stepType === PREDICATE_STEP_TYPE_STRING) {
    steps.push({ type: "string", value: stringValues[stepValueId] });
  } else if (steps.length > 0) {
    if (steps[0].type !== "string") {
      throw new Error("Predicates must begin with a literal value");
    }
    const operator = steps[0].value;
    switch (operator) {
      case "any-not-eq?":
      case "not-eq?":
      case "any-eq?":
      case "eq?":
        parseAnyPredicate(steps, index, operator, textPredicates);
        break;
      case "any-not-match?":
      case "not-match?":
      case "any-match?":
      case "match?":
        parseMatchPredicate(steps, index, operator, textPredicates);
        break;
      case "not-any-of?":
      case "any-of?":
        parseAnyOfPredicate(steps, index, operator, textPredicates);
        break;
      case "is?":
      case "is-not?":
        parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties);
        break;
      case "set!":
        parseSetDirective(steps, index, setProperties);
        break;
      default:
        predicates[index].push({ operator, operands: steps.slice(1) });
    }
    steps.length = 0;
  }
}
__name(parsePattern, "parsePattern");
var Query = class {
  static {
    __name(this, "Query");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for WASM
  /** @internal */
  exceededMatchLimit;
  /** @internal */
  textPredicates;
  /** The names of the captures used in the query. */
  captureNames;
  /** The quantifiers of the captures used in the query. */
  captureQuantifiers;
  /**
   * The other user-defined predicates associated with the given index.
   *
   * This includes predicates with operators other than:
   * - `match?`
   * - `eq?` and `not-eq?`
   * - `any-of?` and `not-any-of?`
   * - `is?` and `is-not?`
   * - `set!`
   */
  predicates;
  /** The properties for predicates with the operator `set!`. */
  setProperties;
  /** The properties for predicates with the operator `is?`. */
  assertedProperties;
  /** The properties for predicates with the operator `is-not?`. */
  refutedProperties;
  /** The maximum number of in-progress matches for this cursor. */
  matchLimit;
  /**
   * Create a new query from a string containing one or more S-expression
   * patterns.
   *
   * The query is associated with a particular language, and can only be run
   * on syntax nodes parsed with that language. References to Queries can be
   * shared between multiple threads.
   *
   * @link {@see https://tree-sitter.github.io/tree-sitter/using-parsers/queries}
   */
  constructor(language, source2) {
    const sourceLength = C.lengthBytesUTF8(source2);
    const sourceAddress = C._malloc(sourceLength + 1);
    C.stringToUTF8(source2, sourceAddress, sourceLength + 1);
    const address = C._ts_query_new(
      language[0],
      sourceAddress,
      sourceLength,
      TRANSFER_BUFFER,
      TRANSFER_BUFFER + SIZE_OF_INT
    );
    if (!address) {
      const errorId = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      const errorByte = C.getValue(TRANSFER_BUFFER, "i32");
      const errorIndex = C.UTF8ToString(sourceAddress, errorByte).length;
      const suffix = source2.slice(errorIndex, errorIndex + 100).split("\n")[0];
      const word = suffix.match(QUERY_WORD_REGEX)?.[0] ?? "";
      C._free(sourceAddress);
      switch (errorId) {
        case QueryErrorKind.Syntax:
          throw new QueryError(QueryErrorKind.Syntax, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
        case QueryErrorKind.NodeName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.FieldName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.CaptureName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.PatternStructure:
          throw new QueryError(errorId, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
      }
    }
    const stringCount = C._ts_query_string_count(address);
    const captureCount = C._ts_query_capture_count(address);
    const patternCount = C._ts_query_pattern_count(address);
    const captureNames = new Array(captureCount);
    const captureQuantifiers = new Array(patternCount);
    const stringValues = new Array(stringCount);
    for (let i2 = 0; i2 < captureCount; i2++) {
      const nameAddress = C._ts_query_capture_name_for_id(
        address,
        i2,
        TRANSFER_BUFFER
      );
      const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
      captureNames[i2] = C.UTF8ToString(nameAddress, nameLength);
    }
    for (let i2 = 0; i2 < patternCount; i2++) {
      const captureQuantifiersArray = new Array(captureCount);
      for (let j = 0; j < captureCount; j++) {
        const quantifier = C._ts_query_capture_quantifier_for_id(address, i2, j);
        captureQuantifiersArray[j] = quantifier;
      }
      captureQuantifiers[i2] = captureQuantifiersArray;
    }
    for (let i2 = 0; i2 < stringCount; i2++) {
      const valueAddress = C._ts_query_string_value_for_id(
        address,
        i2,
        TRANSFER_BUFFER
      );
      const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
      stringValues[i2] = C.UTF8ToString(valueAddress, nameLength);
    }
    const setProperties = new Array(patternCount);
    const assertedProperties = new Array(patternCount);
    const refutedProperties = new Array(patternCount);
    const predicates = new Array(patternCount);
    const textPredicates = new Array(patternCount);
    for (let i2 = 0; i2 < patternCount; i2++) {
      const predicatesAddress = C._ts_query_predicates_for_pattern(address, i2, TRANSFER_BUFFER);
      const stepCount = C.getValue(TRANSFER_BUFFER, "i32");
      predicates[i2] = [];
      textPredicates[i2] = [];
      const steps = new Array();
      let stepAddress = predicatesAddress;
      for (let j = 0; j < stepCount; j++) {
        const stepType = C.getValue(stepAddress, "i32");
        stepAddress += SIZE_OF_INT;
        const stepValueId = C.getValue(stepAddress, "i32");
        stepAddress += SIZE_OF_INT;
        parsePattern(
          i2,
          stepType,
          stepValueId,
          captureNames,
          stringValues,
          steps,
          textPredicates,
          predicates,
          setProperties,
          assertedProperties,
          refutedProperties
        );
      }
      Object.freeze(textPredicates[i2]);
      Object.freeze(predicates[i2]);
      Object.freeze(setProperties[i2]);
      Object.freeze(assertedProperties[i2]);
      Object.freeze(refutedProperties[i2]);
    }
    C._free(sourceAddress);
    this[0] = address;
    this.captureNames = captureNames;
    this.captureQuantifiers = captureQuantifiers;
    this.textPredicates = textPredicates;
    this.predicates = predicates;
    this.setProperties = setProperties;
    this.assertedProperties = assertedProperties;
    this.refutedProperties = refutedProperties;
    this.exceededMatchLimit = false;
  }
  /** Delete the query, freeing its resources. */
  delete() {
    C._ts_query_delete(this[0]);
    this[0] = 0;
  }
  /**
   * Iterate over all of the matches in the order that they were found.
   *
   * Each match contains the index of the pattern that matched, and a list of
   * captures. Because multiple patterns can match the same set of nodes,
   * one match may contain captures that appear *before* some of the
   * captures from a previous match.
   *
   * @param {Node} node - The node to execute the query on.
   *
   * @param {QueryOptions} options - Options for query execution.
   */
  matches(node, options = {}) {
    const startPosition = options.startPosition ?? ZERO_POINT;
    const endPosition = options.endPosition ?? ZERO_POINT;
    const startIndex = options.startIndex ?? 0;
    const endIndex = options.endIndex ?? 0;
    const matchLimit = options.matchLimit ?? 4294967295;
    const maxStartDepth = options.maxStartDepth ?? 4294967295;
    const timeoutMicros = options.timeoutMicros ?? 0;
    const progressCallback = options.progressCallback;
    if (typeof matchLimit !== "number") {
      throw new Error("Arguments must be numbers");
    }
    this.matchLimit = matchLimit;
    if (endIndex !== 0 && startIndex > endIndex) {
      throw new Error("`startIndex` cannot be greater than `endIndex`");
    }
    if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
      throw new Error("`startPosition` cannot be greater than `endPosition`");
    }
    if (progressCallback) {
      C.currentQueryProgressCallback = progressCallback;
    }
    marshalNode(node);
    C._ts_query_matches_wasm(
      this[0],
      node.tree[0],
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column,
      startIndex,
      endIndex,
      matchLimit,
      maxStartDepth,
      timeoutMicros
    );
    const rawCount = C.getValue(TRANSFER_BUFFER, "i32");
    const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
    const result = new Array(rawCount);
    this.exceededMatchLimit = Boolean(didExceedMatchLimit);
    let filteredCount = 0;
    let address = startAddress;
    for (let i2 = 0; i2 < rawCount; i2++) {
      const patternIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureCount = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captures = new Array(captureCount);
      address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
      if (this.textPredicates[patternIndex].every((p) => p(captures))) {
        result[filteredCount] = { pattern: patternIndex, patternIndex, captures };
        const setProperties = this.setProperties[patternIndex];
        result[filteredCount].setProperties = setProperties;
        const assertedProperties = this.assertedProperties[patternIndex];
        result[filteredCount].assertedProperties = assertedProperties;
        const refutedProperties = this.refutedProperties[patternIndex];
        result[filteredCount].refutedProperties = refutedProperties;
        filteredCount++;
      }
    }
    result.length = filteredCount;
    C._free(startAddress);
    C.currentQueryProgressCallback = null;
    return result;
  }
  /**
   * Iterate over all of the individual captures in the order that they
   * appear.
   *
   * This is useful if you don't care about which pattern matched, and just
   * want a single, ordered sequence of captures.
   *
   * @param {Node} node - The node to execute the query on.
   *
   * @param {QueryOptions} options - Options for query execution.
   */
  captures(node, options = {}) {
    const startPosition = options.startPosition ?? ZERO_POINT;
    const endPosition = options.endPosition ?? ZERO_POINT;
    const startIndex = options.startIndex ?? 0;
    const endIndex = options.endIndex ?? 0;
    const matchLimit = options.matchLimit ?? 4294967295;
    const maxStartDepth = options.maxStartDepth ?? 4294967295;
    const timeoutMicros = options.timeoutMicros ?? 0;
    const progressCallback = options.progressCallback;
    if (typeof matchLimit !== "number") {
      throw new Error("Arguments must be numbers");
    }
    this.matchLimit = matchLimit;
    if (endIndex !== 0 && startIndex > endIndex) {
      throw new Error("`startIndex` cannot be greater than `endIndex`");
    }
    if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
      throw new Error("`startPosition` cannot be greater than `endPosition`");
    }
    if (progressCallback) {
      C.currentQueryProgressCallback = progressCallback;
    }
    marshalNode(node);
    C._ts_query_captures_wasm(
      this[0],
      node.tree[0],
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column,
      startIndex,
      endIndex,
      matchLimit,
      maxStartDepth,
      timeoutMicros
    );
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
    const result = new Array();
    this.exceededMatchLimit = Boolean(didExceedMatchLimit);
    const captures = new Array();
    let address = startAddress;
    for (let i2 = 0; i2 < count; i2++) {
      const patternIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureCount = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      captures.length = captureCount;
      address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
      if (this.textPredicates[patternIndex].every((p) => p(captures))) {
        const capture = captures[captureIndex];
        const setProperties = this.setProperties[patternIndex];
        capture.setProperties = setProperties;
        const assertedProperties = this.assertedProperties[patternIndex];
        capture.assertedProperties = assertedProperties;
        const refutedProperties = this.refutedProperties[patternIndex];
        capture.refutedProperties = refutedProperties;
        result.push(capture);
      }
    }
    C._free(startAddress);
    C.currentQueryProgressCallback = null;
    return result;
  }
  /** Get the predicates for a given pattern. */
  predicatesForPattern(patternIndex) {
    return this.predicates[patternIndex];
  }
  /**
   * Disable a certain capture within a query.
   *
   * This prevents the capture from being returned in matches, and also
   * avoids any resource usage associated with recording the capture.
   */
  disableCapture(captureName) {
    const captureNameLength = C.lengthBytesUTF8(captureName);
    const captureNameAddress = C._malloc(captureNameLength + 1);
    C.stringToUTF8(captureName, captureNameAddress, captureNameLength + 1);
    C._ts_query_disable_capture(this[0], captureNameAddress, captureNameLength);
    C._free(captureNameAddress);
  }
  /**
   * Disable a certain pattern within a query.
   *
   * This prevents the pattern from matching, and also avoids any resource
   * usage associated with the pattern. This throws an error if the pattern
   * index is out of bounds.
   */
  disablePattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    C._ts_query_disable_pattern(this[0], patternIndex);
  }
  /**
   * Check if, on its last execution, this cursor exceeded its maximum number
   * of in-progress matches.
   */
  didExceedMatchLimit() {
    return this.exceededMatchLimit;
  }
  /** Get the byte offset where the given pattern starts in the query's source. */
  startIndexForPattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    return C._ts_query_start_byte_for_pattern(this[0], patternIndex);
  }
  /** Get the byte offset where the given pattern ends in the query's source. */
  endIndexForPattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    return C._ts_query_end_byte_for_pattern(this[0], patternIndex);
  }
  /** Get the number of patterns in the query. */
  patternCount() {
    return C._ts_query_pattern_count(this[0]);
  }
  /** Get the index for a given capture name. */
  captureIndexForName(captureName) {
    return this.captureNames.indexOf(captureName);
  }
  /** Check if a given pattern within a query has a single root node. */
  isPatternRooted(patternIndex) {
    return C._ts_query_is_pattern_rooted(this[0], patternIndex) === 1;
  }
  /** Check if a given pattern within a query has a single root node. */
  isPatternNonLocal(patternIndex) {
    return C._ts_query_is_pattern_non_local(this[0], patternIndex) === 1;
  }
  /**
   * Check if a given step in a query is 'definite'.
   *
   * A query step is 'definite' if its parent pattern will be guaranteed to
   * match successfully once it reaches the step.
   */
  isPatternGuaranteedAtStep(byteIndex) {
    return C._ts_query_is_pattern_guaranteed_at_step(this[0], byteIndex) === 1;
  }
};
var LANGUAGE_FUNCTION_REGEX = /^tree_sitter_\w+$/;
var Language = class _Language {
  static {
    __name(this, "Language");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for WASM
  /**
   * A list of all node types in the language. The index of each type in this
   * array is its node type id.
   */
  types;
  /**
   * A list of all field names in the language. The index of each field name in
   * this array is its field id.
   */
  fields;
  /** @internal */
  constructor(internal, address) {
    assertInternal(internal);
    this[0] = address;
    this.types = new Array(C._ts_language_symbol_count(this[0]));
    for (let i2 = 0, n = this.types.length; i2 < n; i2++) {
      if (C._ts_language_symbol_type(this[0], i2) < 2) {
        this.types[i2] = C.UTF8ToString(C._ts_language_symbol_name(this[0], i2));
      }
    }
    this.fields = new Array(C._ts_language_field_count(this[0]) + 1);
    for (let i2 = 0, n = this.fields.length; i2 < n; i2++) {
      const fieldName = C._ts_language_field_name_for_id(this[0], i2);
      if (fieldName !== 0) {
        this.fields[i2] = C.UTF8ToString(fieldName);
      } else {
        this.fields[i2] = null;
      }
    }
  }
  /**
   * Gets the name of the language.
   */
  get name() {
    const ptr = C._ts_language_name(this[0]);
    if (ptr === 0) return null;
    return C.UTF8ToString(ptr);
  }
  /**
   * @deprecated since version 0.25.0, use {@link Language#abiVersion} instead
   * Gets the version of the language.
   */
  get version() {
    return C._ts_language_version(this[0]);
  }
  /**
   * Gets the ABI version of the language.
   */
  get abiVersion() {
    return C._ts_language_abi_version(this[0]);
  }
  /**
  * Get the metadata for this language. This information is generated by the
  * CLI, and relies on the language author providing the correct metadata in
  * the language's `tree-sitter.json` file.
  */
  get metadata() {
    C._ts_language_metadata(this[0]);
    const length = C.getValue(TRANSFER_BUFFER, "i32");
    const address = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    if (length === 0) return null;
    return unmarshalLanguageMetadata(address);
  }
  /**
   * Gets the number of fields in the language.
   */
  get fieldCount() {
    return this.fields.length - 1;
  }
  /**
   * Gets the number of states in the language.
   */
  get stateCount() {
    return C._ts_language_state_count(this[0]);
  }
  /**
   * Get the field id for a field name.
   */
  fieldIdForName(fieldName) {
    const result = this.fields.indexOf(fieldName);
    return result !== -1 ? result : null;
  }
  /**
   * Get the field name for a field id.
   */
  fieldNameForId(fieldId) {
    return this.fields[fieldId] ?? null;
  }
  /**
   * Get the node type id for a node type name.
   */
  idForNodeType(type, named) {
    const typeLength = C.lengthBytesUTF8(type);
    const typeAddress = C._malloc(typeLength + 1);
    C.stringToUTF8(type, typeAddress, typeLength + 1);
    const result = C._ts_language_symbol_for_name(this[0], typeAddress, typeLength, named ? 1 : 0);
    C._free(typeAddress);
    return result || null;
  }
  /**
   * Gets the number of node types in the language.
   */
  get nodeTypeCount() {
    return C._ts_language_symbol_count(this[0]);
  }
  /**
   * Get the node type name for a node type id.
   */
  nodeTypeForId(typeId) {
    const name2 = C._ts_language_symbol_name(this[0], typeId);
    return name2 ? C.UTF8ToString(name2) : null;
  }
  /**
   * Check if a node type is named.
   *
   * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/2-basic-parsing.html#named-vs-anonymous-nodes}
   */
  nodeTypeIsNamed(typeId) {
    return C._ts_language_type_is_named_wasm(this[0], typeId) ? true : false;
  }
  /**
   * Check if a node type is visible.
   */
  nodeTypeIsVisible(typeId) {
    return C._ts_language_type_is_visible_wasm(this[0], typeId) ? true : false;
  }
  /**
   * Get the supertypes ids of this language.
   *
   * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/6-static-node-types.html?highlight=supertype#supertype-nodes}
   */
  get supertypes() {
    C._ts_language_supertypes_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = C.getValue(address, "i16");
        address += SIZE_OF_SHORT;
      }
    }
    return result;
  }
  /**
   * Get the subtype ids for a given supertype node id.
   */
  subtypes(supertype) {
    C._ts_language_subtypes_wasm(this[0], supertype);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = C.getValue(address, "i16");
        address += SIZE_OF_SHORT;
      }
    }
    return result;
  }
  /**
   * Get the next state id for a given state id and node type id.
   */
  nextState(stateId, typeId) {
    return C._ts_language_next_state(this[0], stateId, typeId);
  }
  /**
   * Create a new lookahead iterator for this language and parse state.
   *
   * This returns `null` if state is invalid for this language.
   *
   * Iterating {@link LookaheadIterator} will yield valid symbols in the given
   * parse state. Newly created lookahead iterators will return the `ERROR`
   * symbol from {@link LookaheadIterator#currentType}.
   *
   * Lookahead iterators can be useful for generating suggestions and improving
   * syntax error diagnostics. To get symbols valid in an `ERROR` node, use the
   * lookahead iterator on its first leaf node state. For `MISSING` nodes, a
   * lookahead iterator created on the previous non-extra leaf node may be
   * appropriate.
   */
  lookaheadIterator(stateId) {
    const address = C._ts_lookahead_iterator_new(this[0], stateId);
    if (address) return new LookaheadIterator(INTERNAL, address, this);
    return null;
  }
  /**
   * @deprecated since version 0.25.0, call `new` on a {@link Query} instead
   *
   * Create a new query from a string containing one or more S-expression
   * patterns.
   *
   * The query is associated with a particular language, and can only be run
   * on syntax nodes parsed with that language. References to Queries can be
   * shared between multiple threads.
   *
   * @link {@see https://tree-sitter.github.io/tree-sitter/using-parsers/queries}
   */
  query(source2) {
    console.warn("Language.query is deprecated. Use new Query(language, source) instead.");
    return new Query(this, source2);
  }
  /**
   * Load a language from a WebAssembly module.
   * The module can be provided as a path to a file or as a buffer.
   */
  static async load(input) {
    let bytes;
    if (input instanceof Uint8Array) {
      bytes = Promise.resolve(input);
    } else {
      if (globalThis.process?.versions.node) {
        const fs22 = await import("fs/promises");
        bytes = fs22.readFile(input);
      } else {
        bytes = fetch(input).then((response) => response.arrayBuffer().then((buffer) => {
          if (response.ok) {
            return new Uint8Array(buffer);
          } else {
            const body2 = new TextDecoder("utf-8").decode(buffer);
            throw new Error(`Language.load failed with status ${response.status}.

${body2}`);
          }
        }));
      }
    }
    const mod = await C.loadWebAssemblyModule(await bytes, { loadAsync: true });
    const symbolNames = Object.keys(mod);
    const functionName = symbolNames.find((key2) => LANGUAGE_FUNCTION_REGEX.test(key2) && !key2.includes("external_scanner_"));
    if (!functionName) {
      console.log(`Couldn't find language function in WASM file. Symbols:
${JSON.stringify(symbolNames, null, 2)}`);
      throw new Error("Language.load failed: no language function found in WASM file");
    }
    const languageAddress = mod[functionName]();
    return new _Language(INTERNAL, languageAddress);
  }
};
var Module2 = /* @__PURE__ */ (() => {
  var _scriptName = __ringsideImportMetaUrl;
  return async function(moduleArg = {}) {
    var moduleRtn;
    var Module = moduleArg;
    var readyPromiseResolve, readyPromiseReject;
    var readyPromise = new Promise((resolve, reject) => {
      readyPromiseResolve = resolve;
      readyPromiseReject = reject;
    });
    var ENVIRONMENT_IS_WEB = typeof window == "object";
    var ENVIRONMENT_IS_WORKER = typeof WorkerGlobalScope != "undefined";
    var ENVIRONMENT_IS_NODE = typeof process == "object" && typeof process.versions == "object" && typeof process.versions.node == "string" && process.type != "renderer";
    var ENVIRONMENT_IS_SHELL = !ENVIRONMENT_IS_WEB && !ENVIRONMENT_IS_NODE && !ENVIRONMENT_IS_WORKER;
    if (ENVIRONMENT_IS_NODE) {
      const { createRequire } = await import("module");
      var require = createRequire(__ringsideImportMetaUrl);
    }
    Module.currentQueryProgressCallback = null;
    Module.currentProgressCallback = null;
    Module.currentLogCallback = null;
    Module.currentParseCallback = null;
    var moduleOverrides = Object.assign({}, Module);
    var arguments_ = [];
    var thisProgram = "./this.program";
    var quit_ = /* @__PURE__ */ __name((status, toThrow) => {
      throw toThrow;
    }, "quit_");
    var scriptDirectory = "";
    function locateFile(path3) {
      if (Module["locateFile"]) {
        return Module["locateFile"](path3, scriptDirectory);
      }
      return scriptDirectory + path3;
    }
    __name(locateFile, "locateFile");
    var readAsync, readBinary;
    if (ENVIRONMENT_IS_NODE) {
      var fs = require("fs");
      var nodePath = require("path");
      if (!__ringsideImportMetaUrl.startsWith("data:")) {
        scriptDirectory = nodePath.dirname(require("url").fileURLToPath(__ringsideImportMetaUrl)) + "/";
      }
      readBinary = /* @__PURE__ */ __name((filename) => {
        filename = isFileURI(filename) ? new URL(filename) : filename;
        var ret = fs.readFileSync(filename);
        return ret;
      }, "readBinary");
      readAsync = /* @__PURE__ */ __name(async (filename, binary2 = true) => {
        filename = isFileURI(filename) ? new URL(filename) : filename;
        var ret = fs.readFileSync(filename, binary2 ? void 0 : "utf8");
        return ret;
      }, "readAsync");
      if (!Module["thisProgram"] && process.argv.length > 1) {
        thisProgram = process.argv[1].replace(/\\/g, "/");
      }
      arguments_ = process.argv.slice(2);
      quit_ = /* @__PURE__ */ __name((status, toThrow) => {
        process.exitCode = status;
        throw toThrow;
      }, "quit_");
    } else if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
      if (ENVIRONMENT_IS_WORKER) {
        scriptDirectory = self.location.href;
      } else if (typeof document != "undefined" && document.currentScript) {
        scriptDirectory = document.currentScript.src;
      }
      if (_scriptName) {
        scriptDirectory = _scriptName;
      }
      if (scriptDirectory.startsWith("blob:")) {
        scriptDirectory = "";
      } else {
        scriptDirectory = scriptDirectory.slice(0, scriptDirectory.replace(/[?#].*/, "").lastIndexOf("/") + 1);
      }
      {
        if (ENVIRONMENT_IS_WORKER) {
          readBinary = /* @__PURE__ */ __name((url) => {
            var xhr = new XMLHttpRequest();
            xhr.open("GET", url, false);
            xhr.responseType = "arraybuffer";
            xhr.send(null);
            return new Uint8Array(
              /** @type{!ArrayBuffer} */
              xhr.response
            );
          }, "readBinary");
        }
        readAsync = /* @__PURE__ */ __name(async (url) => {
          if (isFileURI(url)) {
            return new Promise((resolve, reject) => {
              var xhr = new XMLHttpRequest();
              xhr.open("GET", url, true);
              xhr.responseType = "arraybuffer";
              xhr.onload = () => {
                if (xhr.status == 200 || xhr.status == 0 && xhr.response) {
                  resolve(xhr.response);
                  return;
                }
                reject(xhr.status);
              };
              xhr.onerror = reject;
              xhr.send(null);
            });
          }
          var response = await fetch(url, {
            credentials: "same-origin"
          });
          if (response.ok) {
            return response.arrayBuffer();
          }
          throw new Error(response.status + " : " + response.url);
        }, "readAsync");
      }
    } else {
    }
    var out = Module["print"] || console.log.bind(console);
    var err = Module["printErr"] || console.error.bind(console);
    Object.assign(Module, moduleOverrides);
    moduleOverrides = null;
    if (Module["arguments"]) arguments_ = Module["arguments"];
    if (Module["thisProgram"]) thisProgram = Module["thisProgram"];
    var dynamicLibraries = Module["dynamicLibraries"] || [];
    var wasmBinary = Module["wasmBinary"];
    var wasmMemory;
    var ABORT = false;
    var EXITSTATUS;
    function assert(condition, text) {
      if (!condition) {
        abort(text);
      }
    }
    __name(assert, "assert");
    var HEAP, HEAP8, HEAPU8, HEAP16, HEAPU16, HEAP32, HEAPU32, HEAPF32, HEAP64, HEAPU64, HEAPF64;
    var HEAP_DATA_VIEW;
    var runtimeInitialized = false;
    var isFileURI = /* @__PURE__ */ __name((filename) => filename.startsWith("file://"), "isFileURI");
    function updateMemoryViews() {
      var b = wasmMemory.buffer;
      Module["HEAP_DATA_VIEW"] = HEAP_DATA_VIEW = new DataView(b);
      Module["HEAP8"] = HEAP8 = new Int8Array(b);
      Module["HEAP16"] = HEAP16 = new Int16Array(b);
      Module["HEAPU8"] = HEAPU8 = new Uint8Array(b);
      Module["HEAPU16"] = HEAPU16 = new Uint16Array(b);
      Module["HEAP32"] = HEAP32 = new Int32Array(b);
      Module["HEAPU32"] = HEAPU32 = new Uint32Array(b);
      Module["HEAPF32"] = HEAPF32 = new Float32Array(b);
      Module["HEAPF64"] = HEAPF64 = new Float64Array(b);
      Module["HEAP64"] = HEAP64 = new BigInt64Array(b);
      Module["HEAPU64"] = HEAPU64 = new BigUint64Array(b);
    }
    __name(updateMemoryViews, "updateMemoryViews");
    if (Module["wasmMemory"]) {
      wasmMemory = Module["wasmMemory"];
    } else {
      var INITIAL_MEMORY = Module["INITIAL_MEMORY"] || 33554432;
      wasmMemory = new WebAssembly.Memory({
        "initial": INITIAL_MEMORY / 65536,
        // In theory we should not need to emit the maximum if we want "unlimited"
        // or 4GB of memory, but VMs error on that atm, see
        // https://github.com/emscripten-core/emscripten/issues/14130
        // And in the pthreads case we definitely need to emit a maximum. So
        // always emit one.
        "maximum": 32768
      });
    }
    updateMemoryViews();
    var __RELOC_FUNCS__ = [];
    function preRun() {
      if (Module["preRun"]) {
        if (typeof Module["preRun"] == "function") Module["preRun"] = [Module["preRun"]];
        while (Module["preRun"].length) {
          addOnPreRun(Module["preRun"].shift());
        }
      }
      callRuntimeCallbacks(onPreRuns);
    }
    __name(preRun, "preRun");
    function initRuntime() {
      runtimeInitialized = true;
      callRuntimeCallbacks(__RELOC_FUNCS__);
      wasmExports["__wasm_call_ctors"]();
      callRuntimeCallbacks(onPostCtors);
    }
    __name(initRuntime, "initRuntime");
    function preMain() {
    }
    __name(preMain, "preMain");
    function postRun() {
      if (Module["postRun"]) {
        if (typeof Module["postRun"] == "function") Module["postRun"] = [Module["postRun"]];
        while (Module["postRun"].length) {
          addOnPostRun(Module["postRun"].shift());
        }
      }
      callRuntimeCallbacks(onPostRuns);
    }
    __name(postRun, "postRun");
    var runDependencies = 0;
    var dependenciesFulfilled = null;
    function getUniqueRunDependency(id) {
      return id;
    }
    __name(getUniqueRunDependency, "getUniqueRunDependency");
    function addRunDependency(id) {
      runDependencies++;
      Module["monitorRunDependencies"]?.(runDependencies);
    }
    __name(addRunDependency, "addRunDependency");
    function removeRunDependency(id) {
      runDependencies--;
      Module["monitorRunDependencies"]?.(runDependencies);
      if (runDependencies == 0) {
        if (dependenciesFulfilled) {
          var callback = dependenciesFulfilled;
          dependenciesFulfilled = null;
          callback();
        }
      }
    }
    __name(removeRunDependency, "removeRunDependency");
    function abort(what) {
      Module["onAbort"]?.(what);
      what = "Aborted(" + what + ")";
      err(what);
      ABORT = true;
      what += ". Build with -sASSERTIONS for more info.";
      var e = new WebAssembly.RuntimeError(what);
      readyPromiseReject(e);
      throw e;
    }
    __name(abort, "abort");
    var wasmBinaryFile;
    function findWasmBinary() {
      if (Module["locateFile"]) {
        return locateFile("tree-sitter.wasm");
      }
      return new URL("tree-sitter.wasm", __ringsideImportMetaUrl).href;
    }
    __name(findWasmBinary, "findWasmBinary");
    function getBinarySync(file) {
      if (file == wasmBinaryFile && wasmBinary) {
        return new Uint8Array(wasmBinary);
      }
      if (readBinary) {
        return readBinary(file);
      }
      throw "both async and sync fetching of the wasm failed";
    }
    __name(getBinarySync, "getBinarySync");
    async function getWasmBinary(binaryFile) {
      if (!wasmBinary) {
        try {
          var response = await readAsync(binaryFile);
          return new Uint8Array(response);
        } catch {
        }
      }
      return getBinarySync(binaryFile);
    }
    __name(getWasmBinary, "getWasmBinary");
    async function instantiateArrayBuffer(binaryFile, imports) {
      try {
        var binary2 = await getWasmBinary(binaryFile);
        var instance2 = await WebAssembly.instantiate(binary2, imports);
        return instance2;
      } catch (reason) {
        err(`failed to asynchronously prepare wasm: ${reason}`);
        abort(reason);
      }
    }
    __name(instantiateArrayBuffer, "instantiateArrayBuffer");
    async function instantiateAsync(binary2, binaryFile, imports) {
      if (!binary2 && typeof WebAssembly.instantiateStreaming == "function" && !isFileURI(binaryFile) && !ENVIRONMENT_IS_NODE) {
        try {
          var response = fetch(binaryFile, {
            credentials: "same-origin"
          });
          var instantiationResult = await WebAssembly.instantiateStreaming(response, imports);
          return instantiationResult;
        } catch (reason) {
          err(`wasm streaming compile failed: ${reason}`);
          err("falling back to ArrayBuffer instantiation");
        }
      }
      return instantiateArrayBuffer(binaryFile, imports);
    }
    __name(instantiateAsync, "instantiateAsync");
    function getWasmImports() {
      return {
        "env": wasmImports,
        "wasi_snapshot_preview1": wasmImports,
        "GOT.mem": new Proxy(wasmImports, GOTHandler),
        "GOT.func": new Proxy(wasmImports, GOTHandler)
      };
    }
    __name(getWasmImports, "getWasmImports");
    async function createWasm() {
      function receiveInstance(instance2, module2) {
        wasmExports = instance2.exports;
        wasmExports = relocateExports(wasmExports, 1024);
        var metadata2 = getDylinkMetadata(module2);
        if (metadata2.neededDynlibs) {
          dynamicLibraries = metadata2.neededDynlibs.concat(dynamicLibraries);
        }
        mergeLibSymbols(wasmExports, "main");
        LDSO.init();
        loadDylibs();
        __RELOC_FUNCS__.push(wasmExports["__wasm_apply_data_relocs"]);
        removeRunDependency("wasm-instantiate");
        return wasmExports;
      }
      __name(receiveInstance, "receiveInstance");
      addRunDependency("wasm-instantiate");
      function receiveInstantiationResult(result2) {
        return receiveInstance(result2["instance"], result2["module"]);
      }
      __name(receiveInstantiationResult, "receiveInstantiationResult");
      var info2 = getWasmImports();
      if (Module["instantiateWasm"]) {
        return new Promise((resolve, reject) => {
          Module["instantiateWasm"](info2, (mod, inst) => {
            receiveInstance(mod, inst);
            resolve(mod.exports);
          });
        });
      }
      wasmBinaryFile ??= findWasmBinary();
      try {
        var result = await instantiateAsync(wasmBinary, wasmBinaryFile, info2);
        var exports2 = receiveInstantiationResult(result);
        return exports2;
      } catch (e) {
        readyPromiseReject(e);
        return Promise.reject(e);
      }
    }
    __name(createWasm, "createWasm");
    var ASM_CONSTS = {};
    class ExitStatus {
      static {
        __name(this, "ExitStatus");
      }
      name = "ExitStatus";
      constructor(status) {
        this.message = `Program terminated with exit(${status})`;
        this.status = status;
      }
    }
    var GOT = {};
    var currentModuleWeakSymbols = /* @__PURE__ */ new Set([]);
    var GOTHandler = {
      get(obj, symName) {
        var rtn = GOT[symName];
        if (!rtn) {
          rtn = GOT[symName] = new WebAssembly.Global({
            "value": "i32",
            "mutable": true
          });
        }
        if (!currentModuleWeakSymbols.has(symName)) {
          rtn.required = true;
        }
        return rtn;
      }
    };
    var LE_HEAP_LOAD_F32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat32(byteOffset, true), "LE_HEAP_LOAD_F32");
    var LE_HEAP_LOAD_F64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat64(byteOffset, true), "LE_HEAP_LOAD_F64");
    var LE_HEAP_LOAD_I16 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt16(byteOffset, true), "LE_HEAP_LOAD_I16");
    var LE_HEAP_LOAD_I32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt32(byteOffset, true), "LE_HEAP_LOAD_I32");
    var LE_HEAP_LOAD_U16 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getUint16(byteOffset, true), "LE_HEAP_LOAD_U16");
    var LE_HEAP_LOAD_U32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getUint32(byteOffset, true), "LE_HEAP_LOAD_U32");
    var LE_HEAP_STORE_F32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat32(byteOffset, value, true), "LE_HEAP_STORE_F32");
    var LE_HEAP_STORE_F64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat64(byteOffset, value, true), "LE_HEAP_STORE_F64");
    var LE_HEAP_STORE_I16 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt16(byteOffset, value, true), "LE_HEAP_STORE_I16");
    var LE_HEAP_STORE_I32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt32(byteOffset, value, true), "LE_HEAP_STORE_I32");
    var LE_HEAP_STORE_U16 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setUint16(byteOffset, value, true), "LE_HEAP_STORE_U16");
    var LE_HEAP_STORE_U32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setUint32(byteOffset, value, true), "LE_HEAP_STORE_U32");
    var callRuntimeCallbacks = /* @__PURE__ */ __name((callbacks) => {
      while (callbacks.length > 0) {
        callbacks.shift()(Module);
      }
    }, "callRuntimeCallbacks");
    var onPostRuns = [];
    var addOnPostRun = /* @__PURE__ */ __name((cb) => onPostRuns.unshift(cb), "addOnPostRun");
    var onPreRuns = [];
    var addOnPreRun = /* @__PURE__ */ __name((cb) => onPreRuns.unshift(cb), "addOnPreRun");
    var UTF8Decoder = typeof TextDecoder != "undefined" ? new TextDecoder() : void 0;
    var UTF8ArrayToString = /* @__PURE__ */ __name((heapOrArray, idx = 0, maxBytesToRead = NaN) => {
      var endIdx = idx + maxBytesToRead;
      var endPtr = idx;
      while (heapOrArray[endPtr] && !(endPtr >= endIdx)) ++endPtr;
      if (endPtr - idx > 16 && heapOrArray.buffer && UTF8Decoder) {
        return UTF8Decoder.decode(heapOrArray.subarray(idx, endPtr));
      }
      var str2 = "";
      while (idx < endPtr) {
        var u0 = heapOrArray[idx++];
        if (!(u0 & 128)) {
          str2 += String.fromCharCode(u0);
          continue;
        }
        var u1 = heapOrArray[idx++] & 63;
        if ((u0 & 224) == 192) {
          str2 += String.fromCharCode((u0 & 31) << 6 | u1);
          continue;
        }
        var u2 = heapOrArray[idx++] & 63;
        if ((u0 & 240) == 224) {
          u0 = (u0 & 15) << 12 | u1 << 6 | u2;
        } else {
          u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | heapOrArray[idx++] & 63;
        }
        if (u0 < 65536) {
          str2 += String.fromCharCode(u0);
        } else {
          var ch = u0 - 65536;
          str2 += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
        }
      }
      return str2;
    }, "UTF8ArrayToString");
    var getDylinkMetadata = /* @__PURE__ */ __name((binary2) => {
      var offset = 0;
      var end = 0;
      function getU8() {
        return binary2[offset++];
      }
      __name(getU8, "getU8");
      function getLEB() {
        var ret = 0;
        var mul = 1;
        while (1) {
          var byte = binary2[offset++];
          ret += (byte & 127) * mul;
          mul *= 128;
          if (!(byte & 128)) break;
        }
        return ret;
      }
      __name(getLEB, "getLEB");
      function getString() {
        var len = getLEB();
        offset += len;
        return UTF8ArrayToString(binary2, offset - len, len);
      }
      __name(getString, "getString");
      function failIf(condition, message) {
        if (condition) throw new Error(message);
      }
      __name(failIf, "failIf");
      var name2 = "dylink.0";
      if (binary2 instanceof WebAssembly.Module) {
        var dylinkSection = WebAssembly.Module.customSections(binary2, name2);
        if (dylinkSection.length === 0) {
          name2 = "dylink";
          dylinkSection = WebAssembly.Module.customSections(binary2, name2);
        }
        failIf(dylinkSection.length === 0, "need dylink section");
        binary2 = new Uint8Array(dylinkSection[0]);
        end = binary2.length;
      } else {
        var int32View = new Uint32Array(new Uint8Array(binary2.subarray(0, 24)).buffer);
        var magicNumberFound = int32View[0] == 1836278016 || int32View[0] == 6386541;
        failIf(!magicNumberFound, "need to see wasm magic number");
        failIf(binary2[8] !== 0, "need the dylink section to be first");
        offset = 9;
        var section_size = getLEB();
        end = offset + section_size;
        name2 = getString();
      }
      var customSection = {
        neededDynlibs: [],
        tlsExports: /* @__PURE__ */ new Set(),
        weakImports: /* @__PURE__ */ new Set()
      };
      if (name2 == "dylink") {
        customSection.memorySize = getLEB();
        customSection.memoryAlign = getLEB();
        customSection.tableSize = getLEB();
        customSection.tableAlign = getLEB();
        var neededDynlibsCount = getLEB();
        for (var i2 = 0; i2 < neededDynlibsCount; ++i2) {
          var libname = getString();
          customSection.neededDynlibs.push(libname);
        }
      } else {
        failIf(name2 !== "dylink.0");
        var WASM_DYLINK_MEM_INFO = 1;
        var WASM_DYLINK_NEEDED = 2;
        var WASM_DYLINK_EXPORT_INFO = 3;
        var WASM_DYLINK_IMPORT_INFO = 4;
        var WASM_SYMBOL_TLS = 256;
        var WASM_SYMBOL_BINDING_MASK = 3;
        var WASM_SYMBOL_BINDING_WEAK = 1;
        while (offset < end) {
          var subsectionType = getU8();
          var subsectionSize = getLEB();
          if (subsectionType === WASM_DYLINK_MEM_INFO) {
            customSection.memorySize = getLEB();
            customSection.memoryAlign = getLEB();
            customSection.tableSize = getLEB();
            customSection.tableAlign = getLEB();
          } else if (subsectionType === WASM_DYLINK_NEEDED) {
            var neededDynlibsCount = getLEB();
            for (var i2 = 0; i2 < neededDynlibsCount; ++i2) {
              libname = getString();
              customSection.neededDynlibs.push(libname);
            }
          } else if (subsectionType === WASM_DYLINK_EXPORT_INFO) {
            var count = getLEB();
            while (count--) {
              var symname = getString();
              var flags2 = getLEB();
              if (flags2 & WASM_SYMBOL_TLS) {
                customSection.tlsExports.add(symname);
              }
            }
          } else if (subsectionType === WASM_DYLINK_IMPORT_INFO) {
            var count = getLEB();
            while (count--) {
              var modname = getString();
              var symname = getString();
              var flags2 = getLEB();
              if ((flags2 & WASM_SYMBOL_BINDING_MASK) == WASM_SYMBOL_BINDING_WEAK) {
                customSection.weakImports.add(symname);
              }
            }
          } else {
            offset += subsectionSize;
          }
        }
      }
      return customSection;
    }, "getDylinkMetadata");
    function getValue(ptr, type = "i8") {
      if (type.endsWith("*")) type = "*";
      switch (type) {
        case "i1":
          return HEAP8[ptr];
        case "i8":
          return HEAP8[ptr];
        case "i16":
          return LE_HEAP_LOAD_I16((ptr >> 1) * 2);
        case "i32":
          return LE_HEAP_LOAD_I32((ptr >> 2) * 4);
        case "i64":
          return HEAP64[ptr >> 3];
        case "float":
          return LE_HEAP_LOAD_F32((ptr >> 2) * 4);
        case "double":
          return LE_HEAP_LOAD_F64((ptr >> 3) * 8);
        case "*":
          return LE_HEAP_LOAD_U32((ptr >> 2) * 4);
        default:
          abort(`invalid type for getValue: ${type}`);
      }
    }
    __name(getValue, "getValue");
    var newDSO = /* @__PURE__ */ __name((name2, handle2, syms) => {
      var dso = {
        refcount: Infinity,
        name: name2,
        exports: syms,
        global: true
      };
      LDSO.loadedLibsByName[name2] = dso;
      if (handle2 != void 0) {
        LDSO.loadedLibsByHandle[handle2] = dso;
      }
      return dso;
    }, "newDSO");
    var LDSO = {
      loadedLibsByName: {},
      loadedLibsByHandle: {},
      init() {
        newDSO("__main__", 0, wasmImports);
      }
    };
    var ___heap_base = 78224;
    var alignMemory = /* @__PURE__ */ __name((size, alignment) => Math.ceil(size / alignment) * alignment, "alignMemory");
    var getMemory = /* @__PURE__ */ __name((size) => {
      if (runtimeInitialized) {
        return _calloc(size, 1);
      }
      var ret = ___heap_base;
      var end = ret + alignMemory(size, 16);
      ___heap_base = end;
      GOT["__heap_base"].value = end;
      return ret;
    }, "getMemory");
    var isInternalSym = /* @__PURE__ */ __name((symName) => ["__cpp_exception", "__c_longjmp", "__wasm_apply_data_relocs", "__dso_handle", "__tls_size", "__tls_align", "__set_stack_limits", "_emscripten_tls_init", "__wasm_init_tls", "__wasm_call_ctors", "__start_em_asm", "__stop_em_asm", "__start_em_js", "__stop_em_js"].includes(symName) || symName.startsWith("__em_js__"), "isInternalSym");
    var uleb128Encode = /* @__PURE__ */ __name((n, target) => {
      if (n < 128) {
        target.push(n);
      } else {
        target.push(n % 128 | 128, n >> 7);
      }
    }, "uleb128Encode");
    var sigToWasmTypes = /* @__PURE__ */ __name((sig) => {
      var typeNames = {
        "i": "i32",
        "j": "i64",
        "f": "f32",
        "d": "f64",
        "e": "externref",
        "p": "i32"
      };
      var type = {
        parameters: [],
        results: sig[0] == "v" ? [] : [typeNames[sig[0]]]
      };
      for (var i2 = 1; i2 < sig.length; ++i2) {
        type.parameters.push(typeNames[sig[i2]]);
      }
      return type;
    }, "sigToWasmTypes");
    var generateFuncType = /* @__PURE__ */ __name((sig, target) => {
      var sigRet = sig.slice(0, 1);
      var sigParam = sig.slice(1);
      var typeCodes = {
        "i": 127,
        // i32
        "p": 127,
        // i32
        "j": 126,
        // i64
        "f": 125,
        // f32
        "d": 124,
        // f64
        "e": 111
      };
      target.push(96);
      uleb128Encode(sigParam.length, target);
      for (var i2 = 0; i2 < sigParam.length; ++i2) {
        target.push(typeCodes[sigParam[i2]]);
      }
      if (sigRet == "v") {
        target.push(0);
      } else {
        target.push(1, typeCodes[sigRet]);
      }
    }, "generateFuncType");
    var convertJsFunctionToWasm = /* @__PURE__ */ __name((func2, sig) => {
      if (typeof WebAssembly.Function == "function") {
        return new WebAssembly.Function(sigToWasmTypes(sig), func2);
      }
      var typeSectionBody = [1];
      generateFuncType(sig, typeSectionBody);
      var bytes = [
        0,
        97,
        115,
        109,
        // magic ("\0asm")
        1,
        0,
        0,
        0,
        // version: 1
        1
      ];
      uleb128Encode(typeSectionBody.length, bytes);
      bytes.push(...typeSectionBody);
      bytes.push(
        2,
        7,
        // import section
        // (import "e" "f" (func 0 (type 0)))
        1,
        1,
        101,
        1,
        102,
        0,
        0,
        7,
        5,
        // export section
        // (export "f" (func 0 (type 0)))
        1,
        1,
        102,
        0,
        0
      );
      var module2 = new WebAssembly.Module(new Uint8Array(bytes));
      var instance2 = new WebAssembly.Instance(module2, {
        "e": {
          "f": func2
        }
      });
      var wrappedFunc = instance2.exports["f"];
      return wrappedFunc;
    }, "convertJsFunctionToWasm");
    var wasmTableMirror = [];
    var wasmTable = new WebAssembly.Table({
      "initial": 31,
      "element": "anyfunc"
    });
    var getWasmTableEntry = /* @__PURE__ */ __name((funcPtr) => {
      var func2 = wasmTableMirror[funcPtr];
      if (!func2) {
        if (funcPtr >= wasmTableMirror.length) wasmTableMirror.length = funcPtr + 1;
        wasmTableMirror[funcPtr] = func2 = wasmTable.get(funcPtr);
      }
      return func2;
    }, "getWasmTableEntry");
    var updateTableMap = /* @__PURE__ */ __name((offset, count) => {
      if (functionsInTableMap) {
        for (var i2 = offset; i2 < offset + count; i2++) {
          var item = getWasmTableEntry(i2);
          if (item) {
            functionsInTableMap.set(item, i2);
          }
        }
      }
    }, "updateTableMap");
    var functionsInTableMap;
    var getFunctionAddress = /* @__PURE__ */ __name((func2) => {
      if (!functionsInTableMap) {
        functionsInTableMap = /* @__PURE__ */ new WeakMap();
        updateTableMap(0, wasmTable.length);
      }
      return functionsInTableMap.get(func2) || 0;
    }, "getFunctionAddress");
    var freeTableIndexes = [];
    var getEmptyTableSlot = /* @__PURE__ */ __name(() => {
      if (freeTableIndexes.length) {
        return freeTableIndexes.pop();
      }
      try {
        wasmTable.grow(1);
      } catch (err2) {
        if (!(err2 instanceof RangeError)) {
          throw err2;
        }
        throw "Unable to grow wasm table. Set ALLOW_TABLE_GROWTH.";
      }
      return wasmTable.length - 1;
    }, "getEmptyTableSlot");
    var setWasmTableEntry = /* @__PURE__ */ __name((idx, func2) => {
      wasmTable.set(idx, func2);
      wasmTableMirror[idx] = wasmTable.get(idx);
    }, "setWasmTableEntry");
    var addFunction = /* @__PURE__ */ __name((func2, sig) => {
      var rtn = getFunctionAddress(func2);
      if (rtn) {
        return rtn;
      }
      var ret = getEmptyTableSlot();
      try {
        setWasmTableEntry(ret, func2);
      } catch (err2) {
        if (!(err2 instanceof TypeError)) {
          throw err2;
        }
        var wrapped = convertJsFunctionToWasm(func2, sig);
        setWasmTableEntry(ret, wrapped);
      }
      functionsInTableMap.set(func2, ret);
      return ret;
    }, "addFunction");
    var updateGOT = /* @__PURE__ */ __name((exports2, replace) => {
      for (var symName in exports2) {
        if (isInternalSym(symName)) {
          continue;
        }
        var value = exports2[symName];
        GOT[symName] ||= new WebAssembly.Global({
          "value": "i32",
          "mutable": true
        });
        if (replace || GOT[symName].value == 0) {
          if (typeof value == "function") {
            GOT[symName].value = addFunction(value);
          } else if (typeof value == "number") {
            GOT[symName].value = value;
          } else {
            err(`unhandled export type for '${symName}': ${typeof value}`);
          }
        }
      }
    }, "updateGOT");
    var relocateExports = /* @__PURE__ */ __name((exports2, memoryBase2, replace) => {
      var relocated = {};
      for (var e in exports2) {
        var value = exports2[e];
        if (typeof value == "object") {
          value = value.value;
        }
        if (typeof value == "number") {
          value += memoryBase2;
        }
        relocated[e] = value;
      }
      updateGOT(relocated, replace);
      return relocated;
    }, "relocateExports");
    var isSymbolDefined = /* @__PURE__ */ __name((symName) => {
      var existing = wasmImports[symName];
      if (!existing || existing.stub) {
        return false;
      }
      return true;
    }, "isSymbolDefined");
    var dynCall = /* @__PURE__ */ __name((sig, ptr, args2 = []) => {
      var rtn = getWasmTableEntry(ptr)(...args2);
      return rtn;
    }, "dynCall");
    var stackSave = /* @__PURE__ */ __name(() => _emscripten_stack_get_current(), "stackSave");
    var stackRestore = /* @__PURE__ */ __name((val) => __emscripten_stack_restore(val), "stackRestore");
    var createInvokeFunction = /* @__PURE__ */ __name((sig) => (ptr, ...args2) => {
      var sp = stackSave();
      try {
        return dynCall(sig, ptr, args2);
      } catch (e) {
        stackRestore(sp);
        if (e !== e + 0) throw e;
        _setThrew(1, 0);
        if (sig[0] == "j") return 0n;
      }
    }, "createInvokeFunction");
    var resolveGlobalSymbol = /* @__PURE__ */ __name((symName, direct = false) => {
      var sym;
      if (isSymbolDefined(symName)) {
        sym = wasmImports[symName];
      } else if (symName.startsWith("invoke_")) {
        sym = wasmImports[symName] = createInvokeFunction(symName.split("_")[1]);
      }
      return {
        sym,
        name: symName
      };
    }, "resolveGlobalSymbol");
    var onPostCtors = [];
    var addOnPostCtor = /* @__PURE__ */ __name((cb) => onPostCtors.unshift(cb), "addOnPostCtor");
    var UTF8ToString = /* @__PURE__ */ __name((ptr, maxBytesToRead) => ptr ? UTF8ArrayToString(HEAPU8, ptr, maxBytesToRead) : "", "UTF8ToString");
    var loadWebAssemblyModule = /* @__PURE__ */ __name((binary, flags, libName, localScope, handle) => {
      var metadata = getDylinkMetadata(binary);
      currentModuleWeakSymbols = metadata.weakImports;
      function loadModule() {
        var memAlign = Math.pow(2, metadata.memoryAlign);
        var memoryBase = metadata.memorySize ? alignMemory(getMemory(metadata.memorySize + memAlign), memAlign) : 0;
        var tableBase = metadata.tableSize ? wasmTable.length : 0;
        if (handle) {
          HEAP8[handle + 8] = 1;
          LE_HEAP_STORE_U32((handle + 12 >> 2) * 4, memoryBase);
          LE_HEAP_STORE_I32((handle + 16 >> 2) * 4, metadata.memorySize);
          LE_HEAP_STORE_U32((handle + 20 >> 2) * 4, tableBase);
          LE_HEAP_STORE_I32((handle + 24 >> 2) * 4, metadata.tableSize);
        }
        if (metadata.tableSize) {
          wasmTable.grow(metadata.tableSize);
        }
        var moduleExports;
        function resolveSymbol(sym) {
          var resolved = resolveGlobalSymbol(sym).sym;
          if (!resolved && localScope) {
            resolved = localScope[sym];
          }
          if (!resolved) {
            resolved = moduleExports[sym];
          }
          return resolved;
        }
        __name(resolveSymbol, "resolveSymbol");
        var proxyHandler = {
          get(stubs, prop) {
            switch (prop) {
              case "__memory_base":
                return memoryBase;
              case "__table_base":
                return tableBase;
            }
            if (prop in wasmImports && !wasmImports[prop].stub) {
              var res = wasmImports[prop];
              return res;
            }
            if (!(prop in stubs)) {
              var resolved;
              stubs[prop] = (...args2) => {
                resolved ||= resolveSymbol(prop);
                return resolved(...args2);
              };
            }
            return stubs[prop];
          }
        };
        var proxy = new Proxy({}, proxyHandler);
        var info = {
          "GOT.mem": new Proxy({}, GOTHandler),
          "GOT.func": new Proxy({}, GOTHandler),
          "env": proxy,
          "wasi_snapshot_preview1": proxy
        };
        function postInstantiation(module, instance) {
          updateTableMap(tableBase, metadata.tableSize);
          moduleExports = relocateExports(instance.exports, memoryBase);
          if (!flags.allowUndefined) {
            reportUndefinedSymbols();
          }
          function addEmAsm(addr, body) {
            var args = [];
            var arity = 0;
            for (; arity < 16; arity++) {
              if (body.indexOf("$" + arity) != -1) {
                args.push("$" + arity);
              } else {
                break;
              }
            }
            args = args.join(",");
            var func = `(${args}) => { ${body} };`;
            ASM_CONSTS[start] = eval(func);
          }
          __name(addEmAsm, "addEmAsm");
          if ("__start_em_asm" in moduleExports) {
            var start = moduleExports["__start_em_asm"];
            var stop = moduleExports["__stop_em_asm"];
            while (start < stop) {
              var jsString = UTF8ToString(start);
              addEmAsm(start, jsString);
              start = HEAPU8.indexOf(0, start) + 1;
            }
          }
          function addEmJs(name, cSig, body) {
            var jsArgs = [];
            cSig = cSig.slice(1, -1);
            if (cSig != "void") {
              cSig = cSig.split(",");
              for (var i in cSig) {
                var jsArg = cSig[i].split(" ").pop();
                jsArgs.push(jsArg.replace("*", ""));
              }
            }
            var func = `(${jsArgs}) => ${body};`;
            moduleExports[name] = eval(func);
          }
          __name(addEmJs, "addEmJs");
          for (var name in moduleExports) {
            if (name.startsWith("__em_js__")) {
              var start = moduleExports[name];
              var jsString = UTF8ToString(start);
              var parts = jsString.split("<::>");
              addEmJs(name.replace("__em_js__", ""), parts[0], parts[1]);
              delete moduleExports[name];
            }
          }
          var applyRelocs = moduleExports["__wasm_apply_data_relocs"];
          if (applyRelocs) {
            if (runtimeInitialized) {
              applyRelocs();
            } else {
              __RELOC_FUNCS__.push(applyRelocs);
            }
          }
          var init = moduleExports["__wasm_call_ctors"];
          if (init) {
            if (runtimeInitialized) {
              init();
            } else {
              addOnPostCtor(init);
            }
          }
          return moduleExports;
        }
        __name(postInstantiation, "postInstantiation");
        if (flags.loadAsync) {
          if (binary instanceof WebAssembly.Module) {
            var instance = new WebAssembly.Instance(binary, info);
            return Promise.resolve(postInstantiation(binary, instance));
          }
          return WebAssembly.instantiate(binary, info).then((result) => postInstantiation(result.module, result.instance));
        }
        var module = binary instanceof WebAssembly.Module ? binary : new WebAssembly.Module(binary);
        var instance = new WebAssembly.Instance(module, info);
        return postInstantiation(module, instance);
      }
      __name(loadModule, "loadModule");
      if (flags.loadAsync) {
        return metadata.neededDynlibs.reduce((chain, dynNeeded) => chain.then(() => loadDynamicLibrary(dynNeeded, flags, localScope)), Promise.resolve()).then(loadModule);
      }
      metadata.neededDynlibs.forEach((needed) => loadDynamicLibrary(needed, flags, localScope));
      return loadModule();
    }, "loadWebAssemblyModule");
    var mergeLibSymbols = /* @__PURE__ */ __name((exports2, libName2) => {
      for (var [sym, exp] of Object.entries(exports2)) {
        const setImport = /* @__PURE__ */ __name((target) => {
          if (!isSymbolDefined(target)) {
            wasmImports[target] = exp;
          }
        }, "setImport");
        setImport(sym);
        const main_alias = "__main_argc_argv";
        if (sym == "main") {
          setImport(main_alias);
        }
        if (sym == main_alias) {
          setImport("main");
        }
      }
    }, "mergeLibSymbols");
    var asyncLoad = /* @__PURE__ */ __name(async (url) => {
      var arrayBuffer = await readAsync(url);
      return new Uint8Array(arrayBuffer);
    }, "asyncLoad");
    function loadDynamicLibrary(libName2, flags2 = {
      global: true,
      nodelete: true
    }, localScope2, handle2) {
      var dso = LDSO.loadedLibsByName[libName2];
      if (dso) {
        if (!flags2.global) {
          if (localScope2) {
            Object.assign(localScope2, dso.exports);
          }
        } else if (!dso.global) {
          dso.global = true;
          mergeLibSymbols(dso.exports, libName2);
        }
        if (flags2.nodelete && dso.refcount !== Infinity) {
          dso.refcount = Infinity;
        }
        dso.refcount++;
        if (handle2) {
          LDSO.loadedLibsByHandle[handle2] = dso;
        }
        return flags2.loadAsync ? Promise.resolve(true) : true;
      }
      dso = newDSO(libName2, handle2, "loading");
      dso.refcount = flags2.nodelete ? Infinity : 1;
      dso.global = flags2.global;
      function loadLibData() {
        if (handle2) {
          var data = LE_HEAP_LOAD_U32((handle2 + 28 >> 2) * 4);
          var dataSize = LE_HEAP_LOAD_U32((handle2 + 32 >> 2) * 4);
          if (data && dataSize) {
            var libData = HEAP8.slice(data, data + dataSize);
            return flags2.loadAsync ? Promise.resolve(libData) : libData;
          }
        }
        var libFile = locateFile(libName2);
        if (flags2.loadAsync) {
          return asyncLoad(libFile);
        }
        if (!readBinary) {
          throw new Error(`${libFile}: file not found, and synchronous loading of external files is not available`);
        }
        return readBinary(libFile);
      }
      __name(loadLibData, "loadLibData");
      function getExports() {
        if (flags2.loadAsync) {
          return loadLibData().then((libData) => loadWebAssemblyModule(libData, flags2, libName2, localScope2, handle2));
        }
        return loadWebAssemblyModule(loadLibData(), flags2, libName2, localScope2, handle2);
      }
      __name(getExports, "getExports");
      function moduleLoaded(exports2) {
        if (dso.global) {
          mergeLibSymbols(exports2, libName2);
        } else if (localScope2) {
          Object.assign(localScope2, exports2);
        }
        dso.exports = exports2;
      }
      __name(moduleLoaded, "moduleLoaded");
      if (flags2.loadAsync) {
        return getExports().then((exports2) => {
          moduleLoaded(exports2);
          return true;
        });
      }
      moduleLoaded(getExports());
      return true;
    }
    __name(loadDynamicLibrary, "loadDynamicLibrary");
    var reportUndefinedSymbols = /* @__PURE__ */ __name(() => {
      for (var [symName, entry] of Object.entries(GOT)) {
        if (entry.value == 0) {
          var value = resolveGlobalSymbol(symName, true).sym;
          if (!value && !entry.required) {
            continue;
          }
          if (typeof value == "function") {
            entry.value = addFunction(value, value.sig);
          } else if (typeof value == "number") {
            entry.value = value;
          } else {
            throw new Error(`bad export type for '${symName}': ${typeof value}`);
          }
        }
      }
    }, "reportUndefinedSymbols");
    var loadDylibs = /* @__PURE__ */ __name(() => {
      if (!dynamicLibraries.length) {
        reportUndefinedSymbols();
        return;
      }
      addRunDependency("loadDylibs");
      dynamicLibraries.reduce((chain, lib) => chain.then(() => loadDynamicLibrary(lib, {
        loadAsync: true,
        global: true,
        nodelete: true,
        allowUndefined: true
      })), Promise.resolve()).then(() => {
        reportUndefinedSymbols();
        removeRunDependency("loadDylibs");
      });
    }, "loadDylibs");
    var noExitRuntime = Module["noExitRuntime"] || true;
    function setValue(ptr, value, type = "i8") {
      if (type.endsWith("*")) type = "*";
      switch (type) {
        case "i1":
          HEAP8[ptr] = value;
          break;
        case "i8":
          HEAP8[ptr] = value;
          break;
        case "i16":
          LE_HEAP_STORE_I16((ptr >> 1) * 2, value);
          break;
        case "i32":
          LE_HEAP_STORE_I32((ptr >> 2) * 4, value);
          break;
        case "i64":
          HEAP64[ptr >> 3] = BigInt(value);
          break;
        case "float":
          LE_HEAP_STORE_F32((ptr >> 2) * 4, value);
          break;
        case "double":
          LE_HEAP_STORE_F64((ptr >> 3) * 8, value);
          break;
        case "*":
          LE_HEAP_STORE_U32((ptr >> 2) * 4, value);
          break;
        default:
          abort(`invalid type for setValue: ${type}`);
      }
    }
    __name(setValue, "setValue");
    var ___memory_base = new WebAssembly.Global({
      "value": "i32",
      "mutable": false
    }, 1024);
    var ___stack_pointer = new WebAssembly.Global({
      "value": "i32",
      "mutable": true
    }, 78224);
    var ___table_base = new WebAssembly.Global({
      "value": "i32",
      "mutable": false
    }, 1);
    var __abort_js = /* @__PURE__ */ __name(() => abort(""), "__abort_js");
    __abort_js.sig = "v";
    var _emscripten_get_now = /* @__PURE__ */ __name(() => performance.now(), "_emscripten_get_now");
    _emscripten_get_now.sig = "d";
    var _emscripten_date_now = /* @__PURE__ */ __name(() => Date.now(), "_emscripten_date_now");
    _emscripten_date_now.sig = "d";
    var nowIsMonotonic = 1;
    var checkWasiClock = /* @__PURE__ */ __name((clock_id) => clock_id >= 0 && clock_id <= 3, "checkWasiClock");
    var INT53_MAX = 9007199254740992;
    var INT53_MIN = -9007199254740992;
    var bigintToI53Checked = /* @__PURE__ */ __name((num) => num < INT53_MIN || num > INT53_MAX ? NaN : Number(num), "bigintToI53Checked");
    function _clock_time_get(clk_id, ignored_precision, ptime) {
      ignored_precision = bigintToI53Checked(ignored_precision);
      if (!checkWasiClock(clk_id)) {
        return 28;
      }
      var now;
      if (clk_id === 0) {
        now = _emscripten_date_now();
      } else if (nowIsMonotonic) {
        now = _emscripten_get_now();
      } else {
        return 52;
      }
      var nsec = Math.round(now * 1e3 * 1e3);
      HEAP64[ptime >> 3] = BigInt(nsec);
      return 0;
    }
    __name(_clock_time_get, "_clock_time_get");
    _clock_time_get.sig = "iijp";
    var getHeapMax = /* @__PURE__ */ __name(() => (
      // Stay one Wasm page short of 4GB: while e.g. Chrome is able to allocate
      // full 4GB Wasm memories, the size will wrap back to 0 bytes in Wasm side
      // for any code that deals with heap sizes, which would require special
      // casing all heap size related code to treat 0 specially.
      2147483648
    ), "getHeapMax");
    var growMemory = /* @__PURE__ */ __name((size) => {
      var b = wasmMemory.buffer;
      var pages = (size - b.byteLength + 65535) / 65536 | 0;
      try {
        wasmMemory.grow(pages);
        updateMemoryViews();
        return 1;
      } catch (e) {
      }
    }, "growMemory");
    var _emscripten_resize_heap = /* @__PURE__ */ __name((requestedSize) => {
      var oldSize = HEAPU8.length;
      requestedSize >>>= 0;
      var maxHeapSize = getHeapMax();
      if (requestedSize > maxHeapSize) {
        return false;
      }
      for (var cutDown = 1; cutDown <= 4; cutDown *= 2) {
        var overGrownHeapSize = oldSize * (1 + 0.2 / cutDown);
        overGrownHeapSize = Math.min(overGrownHeapSize, requestedSize + 100663296);
        var newSize = Math.min(maxHeapSize, alignMemory(Math.max(requestedSize, overGrownHeapSize), 65536));
        var replacement = growMemory(newSize);
        if (replacement) {
          return true;
        }
      }
      return false;
    }, "_emscripten_resize_heap");
    _emscripten_resize_heap.sig = "ip";
    var _fd_close = /* @__PURE__ */ __name((fd) => 52, "_fd_close");
    _fd_close.sig = "ii";
    function _fd_seek(fd, offset, whence, newOffset) {
      offset = bigintToI53Checked(offset);
      return 70;
    }
    __name(_fd_seek, "_fd_seek");
    _fd_seek.sig = "iijip";
    var printCharBuffers = [null, [], []];
    var printChar = /* @__PURE__ */ __name((stream, curr) => {
      var buffer = printCharBuffers[stream];
      if (curr === 0 || curr === 10) {
        (stream === 1 ? out : err)(UTF8ArrayToString(buffer));
        buffer.length = 0;
      } else {
        buffer.push(curr);
      }
    }, "printChar");
    var flush_NO_FILESYSTEM = /* @__PURE__ */ __name(() => {
      if (printCharBuffers[1].length) printChar(1, 10);
      if (printCharBuffers[2].length) printChar(2, 10);
    }, "flush_NO_FILESYSTEM");
    var SYSCALLS = {
      varargs: void 0,
      getStr(ptr) {
        var ret = UTF8ToString(ptr);
        return ret;
      }
    };
    var _fd_write = /* @__PURE__ */ __name((fd, iov, iovcnt, pnum) => {
      var num = 0;
      for (var i2 = 0; i2 < iovcnt; i2++) {
        var ptr = LE_HEAP_LOAD_U32((iov >> 2) * 4);
        var len = LE_HEAP_LOAD_U32((iov + 4 >> 2) * 4);
        iov += 8;
        for (var j = 0; j < len; j++) {
          printChar(fd, HEAPU8[ptr + j]);
        }
        num += len;
      }
      LE_HEAP_STORE_U32((pnum >> 2) * 4, num);
      return 0;
    }, "_fd_write");
    _fd_write.sig = "iippp";
    function _tree_sitter_log_callback(isLexMessage, messageAddress) {
      if (Module.currentLogCallback) {
        const message = UTF8ToString(messageAddress);
        Module.currentLogCallback(message, isLexMessage !== 0);
      }
    }
    __name(_tree_sitter_log_callback, "_tree_sitter_log_callback");
    function _tree_sitter_parse_callback(inputBufferAddress, index, row, column, lengthAddress) {
      const INPUT_BUFFER_SIZE = 10 * 1024;
      const string = Module.currentParseCallback(index, {
        row,
        column
      });
      if (typeof string === "string") {
        setValue(lengthAddress, string.length, "i32");
        stringToUTF16(string, inputBufferAddress, INPUT_BUFFER_SIZE);
      } else {
        setValue(lengthAddress, 0, "i32");
      }
    }
    __name(_tree_sitter_parse_callback, "_tree_sitter_parse_callback");
    function _tree_sitter_progress_callback(currentOffset, hasError) {
      if (Module.currentProgressCallback) {
        return Module.currentProgressCallback({
          currentOffset,
          hasError
        });
      }
      return false;
    }
    __name(_tree_sitter_progress_callback, "_tree_sitter_progress_callback");
    function _tree_sitter_query_progress_callback(currentOffset) {
      if (Module.currentQueryProgressCallback) {
        return Module.currentQueryProgressCallback({
          currentOffset
        });
      }
      return false;
    }
    __name(_tree_sitter_query_progress_callback, "_tree_sitter_query_progress_callback");
    var runtimeKeepaliveCounter = 0;
    var keepRuntimeAlive = /* @__PURE__ */ __name(() => noExitRuntime || runtimeKeepaliveCounter > 0, "keepRuntimeAlive");
    var _proc_exit = /* @__PURE__ */ __name((code) => {
      EXITSTATUS = code;
      if (!keepRuntimeAlive()) {
        Module["onExit"]?.(code);
        ABORT = true;
      }
      quit_(code, new ExitStatus(code));
    }, "_proc_exit");
    _proc_exit.sig = "vi";
    var exitJS = /* @__PURE__ */ __name((status, implicit) => {
      EXITSTATUS = status;
      _proc_exit(status);
    }, "exitJS");
    var handleException = /* @__PURE__ */ __name((e) => {
      if (e instanceof ExitStatus || e == "unwind") {
        return EXITSTATUS;
      }
      quit_(1, e);
    }, "handleException");
    var lengthBytesUTF8 = /* @__PURE__ */ __name((str2) => {
      var len = 0;
      for (var i2 = 0; i2 < str2.length; ++i2) {
        var c = str2.charCodeAt(i2);
        if (c <= 127) {
          len++;
        } else if (c <= 2047) {
          len += 2;
        } else if (c >= 55296 && c <= 57343) {
          len += 4;
          ++i2;
        } else {
          len += 3;
        }
      }
      return len;
    }, "lengthBytesUTF8");
    var stringToUTF8Array = /* @__PURE__ */ __name((str2, heap, outIdx, maxBytesToWrite) => {
      if (!(maxBytesToWrite > 0)) return 0;
      var startIdx = outIdx;
      var endIdx = outIdx + maxBytesToWrite - 1;
      for (var i2 = 0; i2 < str2.length; ++i2) {
        var u = str2.charCodeAt(i2);
        if (u >= 55296 && u <= 57343) {
          var u1 = str2.charCodeAt(++i2);
          u = 65536 + ((u & 1023) << 10) | u1 & 1023;
        }
        if (u <= 127) {
          if (outIdx >= endIdx) break;
          heap[outIdx++] = u;
        } else if (u <= 2047) {
          if (outIdx + 1 >= endIdx) break;
          heap[outIdx++] = 192 | u >> 6;
          heap[outIdx++] = 128 | u & 63;
        } else if (u <= 65535) {
          if (outIdx + 2 >= endIdx) break;
          heap[outIdx++] = 224 | u >> 12;
          heap[outIdx++] = 128 | u >> 6 & 63;
          heap[outIdx++] = 128 | u & 63;
        } else {
          if (outIdx + 3 >= endIdx) break;
          heap[outIdx++] = 240 | u >> 18;
          heap[outIdx++] = 128 | u >> 12 & 63;
          heap[outIdx++] = 128 | u >> 6 & 63;
          heap[outIdx++] = 128 | u & 63;
        }
      }
      heap[outIdx] = 0;
      return outIdx - startIdx;
    }, "stringToUTF8Array");
    var stringToUTF8 = /* @__PURE__ */ __name((str2, outPtr, maxBytesToWrite) => stringToUTF8Array(str2, HEAPU8, outPtr, maxBytesToWrite), "stringToUTF8");
    var stackAlloc = /* @__PURE__ */ __name((sz) => __emscripten_stack_alloc(sz), "stackAlloc");
    var stringToUTF8OnStack = /* @__PURE__ */ __name((str2) => {
      var size = lengthBytesUTF8(str2) + 1;
      var ret = stackAlloc(size);
      stringToUTF8(str2, ret, size);
      return ret;
    }, "stringToUTF8OnStack");
    var AsciiToString = /* @__PURE__ */ __name((ptr) => {
      var str2 = "";
      while (1) {
        var ch = HEAPU8[ptr++];
        if (!ch) return str2;
        str2 += String.fromCharCode(ch);
      }
    }, "AsciiToString");
    var stringToUTF16 = /* @__PURE__ */ __name((str2, outPtr, maxBytesToWrite) => {
      maxBytesToWrite ??= 2147483647;
      if (maxBytesToWrite < 2) return 0;
      maxBytesToWrite -= 2;
      var startPtr = outPtr;
      var numCharsToWrite = maxBytesToWrite < str2.length * 2 ? maxBytesToWrite / 2 : str2.length;
      for (var i2 = 0; i2 < numCharsToWrite; ++i2) {
        var codeUnit = str2.charCodeAt(i2);
        LE_HEAP_STORE_I16((outPtr >> 1) * 2, codeUnit);
        outPtr += 2;
      }
      LE_HEAP_STORE_I16((outPtr >> 1) * 2, 0);
      return outPtr - startPtr;
    }, "stringToUTF16");
    var wasmImports = {
      /** @export */
      __heap_base: ___heap_base,
      /** @export */
      __indirect_function_table: wasmTable,
      /** @export */
      __memory_base: ___memory_base,
      /** @export */
      __stack_pointer: ___stack_pointer,
      /** @export */
      __table_base: ___table_base,
      /** @export */
      _abort_js: __abort_js,
      /** @export */
      clock_time_get: _clock_time_get,
      /** @export */
      emscripten_resize_heap: _emscripten_resize_heap,
      /** @export */
      fd_close: _fd_close,
      /** @export */
      fd_seek: _fd_seek,
      /** @export */
      fd_write: _fd_write,
      /** @export */
      memory: wasmMemory,
      /** @export */
      tree_sitter_log_callback: _tree_sitter_log_callback,
      /** @export */
      tree_sitter_parse_callback: _tree_sitter_parse_callback,
      /** @export */
      tree_sitter_progress_callback: _tree_sitter_progress_callback,
      /** @export */
      tree_sitter_query_progress_callback: _tree_sitter_query_progress_callback
    };
    var wasmExports = await createWasm();
    var ___wasm_call_ctors = wasmExports["__wasm_call_ctors"];
    var _malloc = Module["_malloc"] = wasmExports["malloc"];
    var _calloc = Module["_calloc"] = wasmExports["calloc"];
    var _realloc = Module["_realloc"] = wasmExports["realloc"];
    var _free = Module["_free"] = wasmExports["free"];
    var _memcmp = Module["_memcmp"] = wasmExports["memcmp"];
    var _ts_language_symbol_count = Module["_ts_language_symbol_count"] = wasmExports["ts_language_symbol_count"];
    var _ts_language_state_count = Module["_ts_language_state_count"] = wasmExports["ts_language_state_count"];
    var _ts_language_version = Module["_ts_language_version"] = wasmExports["ts_language_version"];
    var _ts_language_abi_version = Module["_ts_language_abi_version"] = wasmExports["ts_language_abi_version"];
    var _ts_language_metadata = Module["_ts_language_metadata"] = wasmExports["ts_language_metadata"];
    var _ts_language_name = Module["_ts_language_name"] = wasmExports["ts_language_name"];
    var _ts_language_field_count = Module["_ts_language_field_count"] = wasmExports["ts_language_field_count"];
    var _ts_language_next_state = Module["_ts_language_next_state"] = wasmExports["ts_language_next_state"];
    var _ts_language_symbol_name = Module["_ts_language_symbol_name"] = wasmExports["ts_language_symbol_name"];
    var _ts_language_symbol_for_name = Module["_ts_language_symbol_for_name"] = wasmExports["ts_language_symbol_for_name"];
    var _strncmp = Module["_strncmp"] = wasmExports["strncmp"];
    var _ts_language_symbol_type = Module["_ts_language_symbol_type"] = wasmExports["ts_language_symbol_type"];
    var _ts_language_field_name_for_id = Module["_ts_language_field_name_for_id"] = wasmExports["ts_language_field_name_for_id"];
    var _ts_lookahead_iterator_new = Module["_ts_lookahead_iterator_new"] = wasmExports["ts_lookahead_iterator_new"];
    var _ts_lookahead_iterator_delete = Module["_ts_lookahead_iterator_delete"] = wasmExports["ts_lookahead_iterator_delete"];
    var _ts_lookahead_iterator_reset_state = Module["_ts_lookahead_iterator_reset_state"] = wasmExports["ts_lookahead_iterator_reset_state"];
    var _ts_lookahead_iterator_reset = Module["_ts_lookahead_iterator_reset"] = wasmExports["ts_lookahead_iterator_reset"];
    var _ts_lookahead_iterator_next = Module["_ts_lookahead_iterator_next"] = wasmExports["ts_lookahead_iterator_next"];
    var _ts_lookahead_iterator_current_symbol = Module["_ts_lookahead_iterator_current_symbol"] = wasmExports["ts_lookahead_iterator_current_symbol"];
    var _ts_parser_delete = Module["_ts_parser_delete"] = wasmExports["ts_parser_delete"];
    var _ts_parser_reset = Module["_ts_parser_reset"] = wasmExports["ts_parser_reset"];
    var _ts_parser_set_language = Module["_ts_parser_set_language"] = wasmExports["ts_parser_set_language"];
    var _ts_parser_timeout_micros = Module["_ts_parser_timeout_micros"] = wasmExports["ts_parser_timeout_micros"];
    var _ts_parser_set_timeout_micros = Module["_ts_parser_set_timeout_micros"] = wasmExports["ts_parser_set_timeout_micros"];
    var _ts_parser_set_included_ranges = Module["_ts_parser_set_included_ranges"] = wasmExports["ts_parser_set_included_ranges"];
    var _ts_query_new = Module["_ts_query_new"] = wasmExports["ts_query_new"];
    var _ts_query_delete = Module["_ts_query_delete"] = wasmExports["ts_query_delete"];
    var _iswspace = Module["_iswspace"] = wasmExports["iswspace"];
    var _iswalnum = Module["_iswalnum"] = wasmExports["iswalnum"];
    var _ts_query_pattern_count = Module["_ts_query_pattern_count"] = wasmExports["ts_query_pattern_count"];
    var _ts_query_capture_count = Module["_ts_query_capture_count"] = wasmExports["ts_query_capture_count"];
    var _ts_query_string_count = Module["_ts_query_string_count"] = wasmExports["ts_query_string_count"];
    var _ts_query_capture_name_for_id = Module["_ts_query_capture_name_for_id"] = wasmExports["ts_query_capture_name_for_id"];
    var _ts_query_capture_quantifier_for_id = Module["_ts_query_capture_quantifier_for_id"] = wasmExports["ts_query_capture_quantifier_for_id"];
    var _ts_query_string_value_for_id = Module["_ts_query_string_value_for_id"] = wasmExports["ts_query_string_value_for_id"];
    var _ts_query_predicates_for_pattern = Module["_ts_query_predicates_for_pattern"] = wasmExports["ts_query_predicates_for_pattern"];
    var _ts_query_start_byte_for_pattern = Module["_ts_query_start_byte_for_pattern"] = wasmExports["ts_query_start_byte_for_pattern"];
    var _ts_query_end_byte_for_pattern = Module["_ts_query_end_byte_for_pattern"] = wasmExports["ts_query_end_byte_for_pattern"];
    var _ts_query_is_pattern_rooted = Module["_ts_query_is_pattern_rooted"] = wasmExports["ts_query_is_pattern_rooted"];
    var _ts_query_is_pattern_non_local = Module["_ts_query_is_pattern_non_local"] = wasmExports["ts_query_is_pattern_non_local"];
    var _ts_query_is_pattern_guaranteed_at_step = Module["_ts_query_is_pattern_guaranteed_at_step"] = wasmExports["ts_query_is_pattern_guaranteed_at_step"];
    var _ts_query_disable_capture = Module["_ts_query_disable_capture"] = wasmExports["ts_query_disable_capture"];
    var _ts_query_disable_pattern = Module["_ts_query_disable_pattern"] = wasmExports["ts_query_disable_pattern"];
    var _ts_tree_copy = Module["_ts_tree_copy"] = wasmExports["ts_tree_copy"];
    var _ts_tree_delete = Module["_ts_tree_delete"] = wasmExports["ts_tree_delete"];
    var _ts_init = Module["_ts_init"] = wasmExports["ts_init"];
    var _ts_parser_new_wasm = Module["_ts_parser_new_wasm"] = wasmExports["ts_parser_new_wasm"];
    var _ts_parser_enable_logger_wasm = Module["_ts_parser_enable_logger_wasm"] = wasmExports["ts_parser_enable_logger_wasm"];
    var _ts_parser_parse_wasm = Module["_ts_parser_parse_wasm"] = wasmExports["ts_parser_parse_wasm"];
    var _ts_parser_included_ranges_wasm = Module["_ts_parser_included_ranges_wasm"] = wasmExports["ts_parser_included_ranges_wasm"];
    var _ts_language_type_is_named_wasm = Module["_ts_language_type_is_named_wasm"] = wasmExports["ts_language_type_is_named_wasm"];
    var _ts_language_type_is_visible_wasm = Module["_ts_language_type_is_visible_wasm"] = wasmExports["ts_language_type_is_visible_wasm"];
    var _ts_language_supertypes_wasm = Module["_ts_language_supertypes_wasm"] = wasmExports["ts_language_supertypes_wasm"];
    var _ts_language_subtypes_wasm = Module["_ts_language_subtypes_wasm"] = wasmExports["ts_language_subtypes_wasm"];
    var _ts_tree_root_node_wasm = Module["_ts_tree_root_node_wasm"] = wasmExports["ts_tree_root_node_wasm"];
    var _ts_tree_root_node_with_offset_wasm = Module["_ts_tree_root_node_with_offset_wasm"] = wasmExports["ts_tree_root_node_with_offset_wasm"];
    var _ts_tree_edit_wasm = Module["_ts_tree_edit_wasm"] = wasmExports["ts_tree_edit_wasm"];
    var _ts_tree_included_ranges_wasm = Module["_ts_tree_included_ranges_wasm"] = wasmExports["ts_tree_included_ranges_wasm"];
    var _ts_tree_get_changed_ranges_wasm = Module["_ts_tree_get_changed_ranges_wasm"] = wasmExports["ts_tree_get_changed_ranges_wasm"];
    var _ts_tree_cursor_new_wasm = Module["_ts_tree_cursor_new_wasm"] = wasmExports["ts_tree_cursor_new_wasm"];
    var _ts_tree_cursor_copy_wasm = Module["_ts_tree_cursor_copy_wasm"] = wasmExports["ts_tree_cursor_copy_wasm"];
    var _ts_tree_cursor_delete_wasm = Module["_ts_tree_cursor_delete_wasm"] = wasmExports["ts_tree_cursor_delete_wasm"];
    var _ts_tree_cursor_reset_wasm = Module["_ts_tree_cursor_reset_wasm"] = wasmExports["ts_tree_cursor_reset_wasm"];
    var _ts_tree_cursor_reset_to_wasm = Module["_ts_tree_cursor_reset_to_wasm"] = wasmExports["ts_tree_cursor_reset_to_wasm"];
    var _ts_tree_cursor_goto_first_child_wasm = Module["_ts_tree_cursor_goto_first_child_wasm"] = wasmExports["ts_tree_cursor_goto_first_child_wasm"];
    var _ts_tree_cursor_goto_last_child_wasm = Module["_ts_tree_cursor_goto_last_child_wasm"] = wasmExports["ts_tree_cursor_goto_last_child_wasm"];
    var _ts_tree_cursor_goto_first_child_for_index_wasm = Module["_ts_tree_cursor_goto_first_child_for_index_wasm"] = wasmExports["ts_tree_cursor_goto_first_child_for_index_wasm"];
    var _ts_tree_cursor_goto_first_child_for_position_wasm = Module["_ts_tree_cursor_goto_first_child_for_position_wasm"] = wasmExports["ts_tree_cursor_goto_first_child_for_position_wasm"];
    var _ts_tree_cursor_goto_next_sibling_wasm = Module["_ts_tree_cursor_goto_next_sibling_wasm"] = wasmExports["ts_tree_cursor_goto_next_sibling_wasm"];
    var _ts_tree_cursor_goto_previous_sibling_wasm = Module["_ts_tree_cursor_goto_previous_sibling_wasm"] = wasmExports["ts_tree_cursor_goto_previous_sibling_wasm"];
    var _ts_tree_cursor_goto_descendant_wasm = Module["_ts_tree_cursor_goto_descendant_wasm"] = wasmExports["ts_tree_cursor_goto_descendant_wasm"];
    var _ts_tree_cursor_goto_parent_wasm = Module["_ts_tree_cursor_goto_parent_wasm"] = wasmExports["ts_tree_cursor_goto_parent_wasm"];
    var _ts_tree_cursor_current_node_type_id_wasm = Module["_ts_tree_cursor_current_node_type_id_wasm"] = wasmExports["ts_tree_cursor_current_node_type_id_wasm"];
    var _ts_tree_cursor_current_node_state_id_wasm = Module["_ts_tree_cursor_current_node_state_id_wasm"] = wasmExports["ts_tree_cursor_current_node_state_id_wasm"];
    var _ts_tree_cursor_current_node_is_named_wasm = Module["_ts_tree_cursor_current_node_is_named_wasm"] = wasmExports["ts_tree_cursor_current_node_is_named_wasm"];
    var _ts_tree_cursor_current_node_is_missing_wasm = Module["_ts_tree_cursor_current_node_is_missing_wasm"] = wasmExports["ts_tree_cursor_current_node_is_missing_wasm"];
    var _ts_tree_cursor_current_node_id_wasm = Module["_ts_tree_cursor_current_node_id_wasm"] = wasmExports["ts_tree_cursor_current_node_id_wasm"];
    var _ts_tree_cursor_start_position_wasm = Module["_ts_tree_cursor_start_position_wasm"] = wasmExports["ts_tree_cursor_start_position_wasm"];
    var _ts_tree_cursor_end_position_wasm = Module["_ts_tree_cursor_end_position_wasm"] = wasmExports["ts_tree_cursor_end_position_wasm"];
    var _ts_tree_cursor_start_index_wasm = Module["_ts_tree_cursor_start_index_wasm"] = wasmExports["ts_tree_cursor_start_index_wasm"];
    var _ts_tree_cursor_end_index_wasm = Module["_ts_tree_cursor_end_index_wasm"] = wasmExports["ts_tree_cursor_end_index_wasm"];
    var _ts_tree_cursor_current_field_id_wasm = Module["_ts_tree_cursor_current_field_id_wasm"] = wasmExports["ts_tree_cursor_current_field_id_wasm"];
    var _ts_tree_cursor_current_depth_wasm = Module["_ts_tree_cursor_current_depth_wasm"] = wasmExports["ts_tree_cursor_current_depth_wasm"];
    var _ts_tree_cursor_current_descendant_index_wasm = Module["_ts_tree_cursor_current_descendant_index_wasm"] = wasmExports["ts_tree_cursor_current_descendant_index_wasm"];
    var _ts_tree_cursor_current_node_wasm = Module["_ts_tree_cursor_current_node_wasm"] = wasmExports["ts_tree_cursor_current_node_wasm"];
    var _ts_node_symbol_wasm = Module["_ts_node_symbol_wasm"] = wasmExports["ts_node_symbol_wasm"];
    var _ts_node_field_name_for_child_wasm = Module["_ts_node_field_name_for_child_wasm"] = wasmExports["ts_node_field_name_for_child_wasm"];
    var _ts_node_field_name_for_named_child_wasm = Module["_ts_node_field_name_for_named_child_wasm"] = wasmExports["ts_node_field_name_for_named_child_wasm"];
    var _ts_node_children_by_field_id_wasm = Module["_ts_node_children_by_field_id_wasm"] = wasmExports["ts_node_children_by_field_id_wasm"];
    var _ts_node_first_child_for_byte_wasm = Module["_ts_node_first_child_for_byte_wasm"] = wasmExports["ts_node_first_child_for_byte_wasm"];
    var _ts_node_first_named_child_for_byte_wasm = Module["_ts_node_first_named_child_for_byte_wasm"] = wasmExports["ts_node_first_named_child_for_byte_wasm"];
    var _ts_node_grammar_symbol_wasm = Module["_ts_node_grammar_symbol_wasm"] = wasmExports["ts_node_grammar_symbol_wasm"];
    var _ts_node_child_count_wasm = Module["_ts_node_child_count_wasm"] = wasmExports["ts_node_child_count_wasm"];
    var _ts_node_named_child_count_wasm = Module["_ts_node_named_child_count_wasm"] = wasmExports["ts_node_named_child_count_wasm"];
    var _ts_node_child_wasm = Module["_ts_node_child_wasm"] = wasmExports["ts_node_child_wasm"];
    var _ts_node_named_child_wasm = Module["_ts_node_named_child_wasm"] = wasmExports["ts_node_named_child_wasm"];
    var _ts_node_child_by_field_id_wasm = Module["_ts_node_child_by_field_id_wasm"] = wasmExports["ts_node_child_by_field_id_wasm"];
    var _ts_node_next_sibling_wasm = Module["_ts_node_next_sibling_wasm"] = wasmExports["ts_node_next_sibling_wasm"];
    var _ts_node_prev_sibling_wasm = Module["_ts_node_prev_sibling_wasm"] = wasmExports["ts_node_prev_sibling_wasm"];
    var _ts_node_next_named_sibling_wasm = Module["_ts_node_next_named_sibling_wasm"] = wasmExports["ts_node_next_named_sibling_wasm"];
    var _ts_node_prev_named_sibling_wasm = Module["_ts_node_prev_named_sibling_wasm"] = wasmExports["ts_node_prev_named_sibling_wasm"];
    var _ts_node_descendant_count_wasm = Module["_ts_node_descendant_count_wasm"] = wasmExports["ts_node_descendant_count_wasm"];
    var _ts_node_parent_wasm = Module["_ts_node_parent_wasm"] = wasmExports["ts_node_parent_wasm"];
    var _ts_node_child_with_descendant_wasm = Module["_ts_node_child_with_descendant_wasm"] = wasmExports["ts_node_child_with_descendant_wasm"];
    var _ts_node_descendant_for_index_wasm = Module["_ts_node_descendant_for_index_wasm"] = wasmExports["ts_node_descendant_for_index_wasm"];
    var _ts_node_named_descendant_for_index_wasm = Module["_ts_node_named_descendant_for_index_wasm"] = wasmExports["ts_node_named_descendant_for_index_wasm"];
    var _ts_node_descendant_for_position_wasm = Module["_ts_node_descendant_for_position_wasm"] = wasmExports["ts_node_descendant_for_position_wasm"];
    var _ts_node_named_descendant_for_position_wasm = Module["_ts_node_named_descendant_for_position_wasm"] = wasmExports["ts_node_named_descendant_for_position_wasm"];
    var _ts_node_start_point_wasm = Module["_ts_node_start_point_wasm"] = wasmExports["ts_node_start_point_wasm"];
    var _ts_node_end_point_wasm = Module["_ts_node_end_point_wasm"] = wasmExports["ts_node_end_point_wasm"];
    var _ts_node_start_index_wasm = Module["_ts_node_start_index_wasm"] = wasmExports["ts_node_start_index_wasm"];
    var _ts_node_end_index_wasm = Module["_ts_node_end_index_wasm"] = wasmExports["ts_node_end_index_wasm"];
    var _ts_node_to_string_wasm = Module["_ts_node_to_string_wasm"] = wasmExports["ts_node_to_string_wasm"];
    var _ts_node_children_wasm = Module["_ts_node_children_wasm"] = wasmExports["ts_node_children_wasm"];
    var _ts_node_named_children_wasm = Module["_ts_node_named_children_wasm"] = wasmExports["ts_node_named_children_wasm"];
    var _ts_node_descendants_of_type_wasm = Module["_ts_node_descendants_of_type_wasm"] = wasmExports["ts_node_descendants_of_type_wasm"];
    var _ts_node_is_named_wasm = Module["_ts_node_is_named_wasm"] = wasmExports["ts_node_is_named_wasm"];
    var _ts_node_has_changes_wasm = Module["_ts_node_has_changes_wasm"] = wasmExports["ts_node_has_changes_wasm"];
    var _ts_node_has_error_wasm = Module["_ts_node_has_error_wasm"] = wasmExports["ts_node_has_error_wasm"];
    var _ts_node_is_error_wasm = Module["_ts_node_is_error_wasm"] = wasmExports["ts_node_is_error_wasm"];
    var _ts_node_is_missing_wasm = Module["_ts_node_is_missing_wasm"] = wasmExports["ts_node_is_missing_wasm"];
    var _ts_node_is_extra_wasm = Module["_ts_node_is_extra_wasm"] = wasmExports["ts_node_is_extra_wasm"];
    var _ts_node_parse_state_wasm = Module["_ts_node_parse_state_wasm"] = wasmExports["ts_node_parse_state_wasm"];
    var _ts_node_next_parse_state_wasm = Module["_ts_node_next_parse_state_wasm"] = wasmExports["ts_node_next_parse_state_wasm"];
    var _ts_query_matches_wasm = Module["_ts_query_matches_wasm"] = wasmExports["ts_query_matches_wasm"];
    var _ts_query_captures_wasm = Module["_ts_query_captures_wasm"] = wasmExports["ts_query_captures_wasm"];
    var _memset = Module["_memset"] = wasmExports["memset"];
    var _memcpy = Module["_memcpy"] = wasmExports["memcpy"];
    var _memmove = Module["_memmove"] = wasmExports["memmove"];
    var _iswalpha = Module["_iswalpha"] = wasmExports["iswalpha"];
    var _iswblank = Module["_iswblank"] = wasmExports["iswblank"];
    var _iswdigit = Module["_iswdigit"] = wasmExports["iswdigit"];
    var _iswlower = Module["_iswlower"] = wasmExports["iswlower"];
    var _iswupper = Module["_iswupper"] = wasmExports["iswupper"];
    var _iswxdigit = Module["_iswxdigit"] = wasmExports["iswxdigit"];
    var _memchr = Module["_memchr"] = wasmExports["memchr"];
    var _strlen = Module["_strlen"] = wasmExports["strlen"];
    var _strcmp = Module["_strcmp"] = wasmExports["strcmp"];
    var _strncat = Module["_strncat"] = wasmExports["strncat"];
    var _strncpy = Module["_strncpy"] = wasmExports["strncpy"];
    var _towlower = Module["_towlower"] = wasmExports["towlower"];
    var _towupper = Module["_towupper"] = wasmExports["towupper"];
    var _setThrew = wasmExports["setThrew"];
    var __emscripten_stack_restore = wasmExports["_emscripten_stack_restore"];
    var __emscripten_stack_alloc = wasmExports["_emscripten_stack_alloc"];
    var _emscripten_stack_get_current = wasmExports["emscripten_stack_get_current"];
    var ___wasm_apply_data_relocs = wasmExports["__wasm_apply_data_relocs"];
    Module["setValue"] = setValue;
    Module["getValue"] = getValue;
    Module["UTF8ToString"] = UTF8ToString;
    Module["stringToUTF8"] = stringToUTF8;
    Module["lengthBytesUTF8"] = lengthBytesUTF8;
    Module["AsciiToString"] = AsciiToString;
    Module["stringToUTF16"] = stringToUTF16;
    Module["loadWebAssemblyModule"] = loadWebAssemblyModule;
    function callMain(args2 = []) {
      var entryFunction = resolveGlobalSymbol("main").sym;
      if (!entryFunction) return;
      args2.unshift(thisProgram);
      var argc = args2.length;
      var argv = stackAlloc((argc + 1) * 4);
      var argv_ptr = argv;
      args2.forEach((arg) => {
        LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, stringToUTF8OnStack(arg));
        argv_ptr += 4;
      });
      LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, 0);
      try {
        var ret = entryFunction(argc, argv);
        exitJS(
          ret,
          /* implicit = */
          true
        );
        return ret;
      } catch (e) {
        return handleException(e);
      }
    }
    __name(callMain, "callMain");
    function run(args2 = arguments_) {
      if (runDependencies > 0) {
        dependenciesFulfilled = run;
        return;
      }
      preRun();
      if (runDependencies > 0) {
        dependenciesFulfilled = run;
        return;
      }
      function doRun() {
        Module["calledRun"] = true;
        if (ABORT) return;
        initRuntime();
        preMain();
        readyPromiseResolve(Module);
        Module["onRuntimeInitialized"]?.();
        var noInitialRun = Module["noInitialRun"];
        if (!noInitialRun) callMain(args2);
        postRun();
      }
      __name(doRun, "doRun");
      if (Module["setStatus"]) {
        Module["setStatus"]("Running...");
        setTimeout(() => {
          setTimeout(() => Module["setStatus"](""), 1);
          doRun();
        }, 1);
      } else {
        doRun();
      }
    }
    __name(run, "run");
    if (Module["preInit"]) {
      if (typeof Module["preInit"] == "function") Module["preInit"] = [Module["preInit"]];
      while (Module["preInit"].length > 0) {
        Module["preInit"].pop()();
      }
    }
    run();
    moduleRtn = readyPromise;
    return moduleRtn;
  };
})();
var tree_sitter_default = Module2;
var Module3 = null;
async function initializeBinding(moduleOptions) {
  if (!Module3) {
    Module3 = await tree_sitter_default(moduleOptions);
  }
  return Module3;
}
__name(initializeBinding, "initializeBinding");
function checkModule() {
  return !!Module3;
}
__name(checkModule, "checkModule");
var TRANSFER_BUFFER;
var LANGUAGE_VERSION;
var MIN_COMPATIBLE_VERSION;
var Parser = class {
  static {
    __name(this, "Parser");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for WASM
  /** @internal */
  [1] = 0;
  // Internal handle for WASM
  /** @internal */
  logCallback = null;
  /** The parser's current language. */
  language = null;
  /**
   * This must always be called before creating a Parser.
   *
   * You can optionally pass in options to configure the WASM module, the most common
   * one being `locateFile` to help the module find the `.wasm` file.
   */
  static async init(moduleOptions) {
    setModule(await initializeBinding(moduleOptions));
    TRANSFER_BUFFER = C._ts_init();
    LANGUAGE_VERSION = C.getValue(TRANSFER_BUFFER, "i32");
    MIN_COMPATIBLE_VERSION = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
  }
  /**
   * Create a new parser.
   */
  constructor() {
    this.initialize();
  }
  /** @internal */
  initialize() {
    if (!checkModule()) {
      throw new Error("cannot construct a Parser before calling `init()`");
    }
    C._ts_parser_new_wasm();
    this[0] = C.getValue(TRANSFER_BUFFER, "i32");
    this[1] = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
  }
  /** Delete the parser, freeing its resources. */
  delete() {
    C._ts_parser_delete(this[0]);
    C._free(this[1]);
    this[0] = 0;
    this[1] = 0;
  }
  /**
   * Set the language that the parser should use for parsing.
   *
   * If the language was not successfully assigned, an error will be thrown.
   * This happens if the language was generated with an incompatible
   * version of the Tree-sitter CLI. Check the language's version using
   * {@link Language#version} and compare it to this library's
   * {@link LANGUAGE_VERSION} and {@link MIN_COMPATIBLE_VERSION} constants.
   */
  setLanguage(language) {
    let address;
    if (!language) {
      address = 0;
      this.language = null;
    } else if (language.constructor === Language) {
      address = language[0];
      const version = C._ts_language_version(address);
      if (version < MIN_COMPATIBLE_VERSION || LANGUAGE_VERSION < version) {
        throw new Error(
          `Incompatible language version ${version}. Compatibility range ${MIN_COMPATIBLE_VERSION} through ${LANGUAGE_VERSION}.`
        );
      }
      this.language = language;
    } else {
      throw new Error("Argument must be a Language");
    }
    C._ts_parser_set_language(this[0], address);
    return this;
  }
  /**
   * Parse a slice of UTF8 text.
   *
   * @param {string | ParseCallback} callback - The UTF8-encoded text to parse or a callback function.
   *
   * @param {Tree | null} [oldTree] - A previous syntax tree parsed from the same document. If the text of the
   *   document has changed since `oldTree` was created, then you must edit `oldTree` to match
   *   the new text using {@link Tree#edit}.
   *
   * @param {ParseOptions} [options] - Options for parsing the text.
   *  This can be used to set the included ranges, or a progress callback.
   *
   * @returns {Tree | null} A {@link Tree} if parsing succeeded, or `null` if:
   *  - The parser has not yet had a language assigned with {@link Parser#setLanguage}.
   *  - The progress callback returned true.
   */
  parse(callback, oldTree, options) {
    if (typeof callback === "string") {
      C.currentParseCallback = (index) => callback.slice(index);
    } else if (typeof callback === "function") {
      C.currentParseCallback = callback;
    } else {
      throw new Error("Argument must be a string or a function");
    }
    if (options?.progressCallback) {
      C.currentProgressCallback = options.progressCallback;
    } else {
      C.currentProgressCallback = null;
    }
    if (this.logCallback) {
      C.currentLogCallback = this.logCallback;
      C._ts_parser_enable_logger_wasm(this[0], 1);
    } else {
      C.currentLogCallback = null;
      C._ts_parser_enable_logger_wasm(this[0], 0);
    }
    let rangeCount = 0;
    let rangeAddress = 0;
    if (options?.includedRanges) {
      rangeCount = options.includedRanges.length;
      rangeAddress = C._calloc(rangeCount, SIZE_OF_RANGE);
      let address = rangeAddress;
      for (let i2 = 0; i2 < rangeCount; i2++) {
        marshalRange(address, options.includedRanges[i2]);
        address += SIZE_OF_RANGE;
      }
    }
    const treeAddress = C._ts_parser_parse_wasm(
      this[0],
      this[1],
      oldTree ? oldTree[0] : 0,
      rangeAddress,
      rangeCount
    );
    if (!treeAddress) {
      C.currentParseCallback = null;
      C.currentLogCallback = null;
      C.currentProgressCallback = null;
      return null;
    }
    if (!this.language) {
      throw new Error("Parser must have a language to parse");
    }
    const result = new Tree(INTERNAL, treeAddress, this.language, C.currentParseCallback);
    C.currentParseCallback = null;
    C.currentLogCallback = null;
    C.currentProgressCallback = null;
    return result;
  }
  /**
   * Instruct the parser to start the next parse from the beginning.
   *
   * If the parser previously failed because of a timeout, cancellation,
   * or callback, then by default, it will resume where it left off on the
   * next call to {@link Parser#parse} or other parsing functions.
   * If you don't want to resume, and instead intend to use this parser to
   * parse some other document, you must call `reset` first.
   */
  reset() {
    C._ts_parser_reset(this[0]);
  }
  /** Get the ranges of text that the parser will include when parsing. */
  getIncludedRanges() {
    C._ts_parser_included_ranges_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
  /**
   * @deprecated since version 0.25.0, prefer passing a progress callback to {@link Parser#parse}
   *
   * Get the duration in microseconds that parsing is allowed to take.
   *
   * This is set via {@link Parser#setTimeoutMicros}.
   */
  getTimeoutMicros() {
    return C._ts_parser_timeout_micros(this[0]);
  }
  /**
   * @deprecated since version 0.25.0, prefer passing a progress callback to {@link Parser#parse}
   *
   * Set the maximum duration in microseconds that parsing should be allowed
   * to take before halting.
   *
   * If parsing takes longer than this, it will halt early, returning `null`.
   * See {@link Parser#parse} for more information.
   */
  setTimeoutMicros(timeout) {
    C._ts_parser_set_timeout_micros(this[0], 0, timeout);
  }
  /** Set the logging callback that a parser should use during parsing. */
  setLogger(callback) {
    if (!callback) {
      this.logCallback = null;
    } else if (typeof callback !== "function") {
      throw new Error("Logger callback must be a function");
    } else {
      this.logCallback = callback;
    }
    return this;
  }
  /** Get the parser's current logger. */
  getLogger() {
    return this.logCallback;
  }
};

// server/src/syntax/parser.ts
var fs2 = __toESM(require("node:fs"));
var path = __toESM(require("node:path"));
var runtimeReady;
var languages = /* @__PURE__ */ new Map();
function wasmPathsIn(dir) {
  const candidates = ["tree-sitter.wasm", "web-tree-sitter.wasm"].map((n) => path.join(dir, n));
  const runtime = candidates.find((p) => fs2.existsSync(p)) ?? candidates[0];
  return { runtime, grammar: path.join(dir, "tree-sitter-hcl.wasm") };
}
async function createParser(paths) {
  for (const p of [paths.runtime, paths.grammar]) {
    if (!fs2.existsSync(p)) throw new Error(`tree-sitter wasm not found: ${p}`);
  }
  runtimeReady ??= Parser.init({ locateFile: () => paths.runtime });
  await runtimeReady;
  let lang = languages.get(paths.grammar);
  if (!lang) {
    lang = Language.load(fs2.readFileSync(paths.grammar));
    languages.set(paths.grammar, lang);
  }
  const language = await lang;
  const parser = new Parser();
  parser.setLanguage(language);
  return {
    abiVersion: language.abiVersion,
    parse(text, old) {
      const tree = parser.parse(text, old ?? null);
      if (!tree) throw new Error("tree-sitter returned no tree");
      return tree;
    }
  };
}

// server/src/syntax/range.ts
function range(sl, sc, el, ec) {
  return { start: { line: sl, character: sc }, end: { line: el, character: ec } };
}
function comparePositions(a, b) {
  return a.line - b.line || a.character - b.character;
}
function containsRange(outer, inner) {
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}
var LineIndex = class {
  constructor(text) {
    this.text = text;
    for (let i2 = 0; i2 < text.length; i2++) if (text.charCodeAt(i2) === 10) this.starts.push(i2 + 1);
  }
  text;
  starts = [0];
  get lineCount() {
    return this.starts.length;
  }
  offsetAt(p) {
    if (p.line < 0) return 0;
    if (p.line >= this.starts.length) return this.text.length;
    const lineEnd = p.line + 1 < this.starts.length ? this.starts[p.line + 1] : this.text.length;
    return Math.min(this.starts[p.line] + Math.max(0, p.character), lineEnd);
  }
  positionAt(offset) {
    offset = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0, hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo] };
  }
  lineText(line) {
    if (line < 0 || line >= this.starts.length) return "";
    const end = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    return this.text.slice(this.starts[line], end).replace(/\r?\n$/, "");
  }
};

// server/src/syntax/value-reader.ts
var IDENT_START = /[A-Za-z_]/;
var IDENT_PART = /[A-Za-z0-9_-]/;
var ValueReader = class {
  constructor(text, lines, comments) {
    this.text = text;
    this.lines = lines;
    this.comments = comments;
  }
  text;
  lines;
  comments;
  pos = 0;
  end = 0;
  range(from, to) {
    return { start: this.lines.positionAt(from), end: this.lines.positionAt(to) };
  }
  /** Reads an attribute spanning [start, end); undefined when the text is not a plain attribute. */
  attribute(start2, end) {
    this.pos = start2;
    this.end = end;
    const nameStart = this.pos;
    if (!this.identChar(true)) return void 0;
    while (this.pos < end && this.identChar(false)) this.pos++;
    const name2 = { name: this.text.slice(nameStart, this.pos), range: this.range(nameStart, this.pos) };
    this.skip();
    if (this.text[this.pos] !== "=") return void 0;
    this.pos++;
    this.skip();
    const valueStart = this.pos;
    let value = this.expr(0);
    this.skip();
    if (this.pos < this.end) {
      const what = this.text[this.pos] === "?" ? "conditional expression" : "operator expression";
      value = { kind: "unsupported", what, range: this.range(valueStart, this.trimmedEnd()) };
    }
    return { name: name2, value };
  }
  identChar(first) {
    const c = this.text[this.pos];
    if (c === void 0) return false;
    if (first && IDENT_START.test(c)) {
      this.pos++;
      return true;
    }
    return !first && IDENT_PART.test(c);
  }
  /** Skips white space and comments, recording the comments. */
  skip() {
    const t = this.text;
    while (this.pos < this.end) {
      const c = t[this.pos];
      if (c === " " || c === "	" || c === "\n" || c === "\r") {
        this.pos++;
        continue;
      }
      if (c === "#" || c === "/" && t[this.pos + 1] === "/") {
        const s = this.pos;
        while (this.pos < this.end && t[this.pos] !== "\n" && !(t[this.pos] === "\r" && t[this.pos + 1] === "\n")) this.pos++;
        this.comments.push({ text: t.slice(s, this.pos), range: this.range(s, this.pos) });
        continue;
      }
      if (c === "/" && t[this.pos + 1] === "*") {
        const s = this.pos;
        const close = t.indexOf("*/", this.pos + 2);
        this.pos = close < 0 || close + 2 > this.end ? this.end : close + 2;
        this.comments.push({ text: t.slice(s, this.pos), range: this.range(s, this.pos) });
        continue;
      }
      return;
    }
  }
  /** The end of the attribute without trailing white space or comments. */
  trimmedEnd() {
    let e = this.end;
    while (e > 0 && /\s/.test(this.text[e - 1])) e--;
    return e;
  }
  expr(depth) {
    const t = this.text;
    const s = this.pos;
    const c = t[s];
    if (depth > 128) return this.unsupportedToEnd(s, "value nested too deep");
    if (c === '"') return this.string();
    if (c === "[") return this.tuple(depth);
    if (c === "{") return this.object(depth);
    if (c === "<" && t[s + 1] === "<") return this.unsupportedToEnd(s, "heredoc");
    if (c >= "0" && c <= "9") {
      const m = /^\d+(\.\d+)?([eE][+-]?\d+)?/.exec(t.slice(s, Math.min(this.end, s + 64)));
      if (m) {
        this.pos = s + m[0].length;
        const value = Number(m[0]);
        return Number.isFinite(value) ? { kind: "number", value, text: m[0], range: this.range(s, this.pos) } : { kind: "unsupported", what: "number", range: this.range(s, this.pos) };
      }
      return this.unsupportedToEnd(s, "operator expression");
    }
    if (c !== void 0 && IDENT_START.test(c)) {
      const parts2 = [];
      for (; ; ) {
        const ps = this.pos;
        this.pos++;
        while (this.pos < this.end && IDENT_PART.test(t[this.pos])) this.pos++;
        parts2.push({ name: t.slice(ps, this.pos), range: this.range(ps, this.pos) });
        if (t[this.pos] === "." && IDENT_START.test(t[this.pos + 1] ?? "")) {
          this.pos++;
          continue;
        }
        break;
      }
      const next = t[this.pos];
      if (next === "(") return this.unsupportedToEnd(s, "function call");
      if (next === "[" || next === "." && (t[this.pos + 1] === "*" || /\d/.test(t[this.pos + 1] ?? ""))) return this.unsupportedToEnd(s, "index or splat expression");
      const r = this.range(s, this.pos);
      if (parts2.length === 1) {
        if (parts2[0].name === "true" || parts2[0].name === "false") return { kind: "bool", value: parts2[0].name === "true", range: r };
        if (parts2[0].name === "null") return { kind: "null", range: r };
        if (parts2[0].name === "for") return this.unsupportedToEnd(s, "`for` expression");
      }
      return { kind: "traversal", parts: parts2, range: r };
    }
    return this.unsupportedToEnd(s, c === "-" || c === "!" ? "operator expression" : c === "(" ? "compound expression" : "expression");
  }
  unsupportedToEnd(s, what) {
    this.pos = this.end;
    return { kind: "unsupported", what, range: this.range(s, this.trimmedEnd()) };
  }
  string() {
    const t = this.text;
    const s = this.pos;
    let i2 = s + 1;
    let out2 = "";
    let plain = true;
    while (i2 < this.end && t[i2] !== '"') {
      const c = t[i2];
      if (c === "\\") {
        const e = t[i2 + 1];
        if (e === "u" || e === "U") {
          const len = e === "u" ? 4 : 8;
          const cp = parseInt(t.slice(i2 + 2, i2 + 2 + len), 16);
          out2 += Number.isFinite(cp) && cp <= 1114111 ? String.fromCodePoint(cp) : "\uFFFD";
          i2 += 2 + len;
          continue;
        }
        out2 += e === "n" ? "\n" : e === "r" ? "\r" : e === "t" ? "	" : e === '"' ? '"' : e === "\\" ? "\\" : "\\" + e;
        i2 += 2;
        continue;
      }
      if ((c === "$" || c === "%") && t[i2 + 1] === "{") {
        if (t[i2 - 1] === c) {
          out2 += "{";
          i2 += 2;
          continue;
        }
        plain = false;
        let depth = 0;
        for (; i2 < this.end; i2++) {
          if (t[i2] === "{") depth++;
          else if (t[i2] === "}" && --depth === 0) {
            i2++;
            break;
          }
        }
        continue;
      }
      out2 += c;
      i2++;
    }
    this.pos = Math.min(i2 + 1, this.end);
    const r = this.range(s, this.pos);
    return plain ? { kind: "string", value: out2, range: r } : { kind: "unsupported", what: "string interpolation", range: r };
  }
  /** `[for ...]` and `{for ...}` are for-expressions, not collections. */
  forExpression(s) {
    const save = this.pos;
    this.skip();
    if (/^for\s/.test(this.text.slice(this.pos, this.pos + 4))) return this.unsupportedToEnd(s, "`for` expression");
    this.pos = save;
    return void 0;
  }
  tuple(depth) {
    const s = this.pos++;
    const f = this.forExpression(s);
    if (f) return f;
    const items = [];
    for (; ; ) {
      this.skip();
      if (this.pos >= this.end) break;
      if (this.text[this.pos] === "]") {
        this.pos++;
        break;
      }
      if (this.text[this.pos] === ",") {
        this.pos++;
        continue;
      }
      const before = this.pos;
      items.push(this.expr(depth + 1));
      if (this.pos === before) this.pos++;
    }
    return { kind: "tuple", items, range: this.range(s, this.pos) };
  }
  object(depth) {
    const s = this.pos++;
    const f = this.forExpression(s);
    if (f) return f;
    const entries = [];
    for (; ; ) {
      this.skip();
      if (this.pos >= this.end) break;
      const c = this.text[this.pos];
      if (c === "}") {
        this.pos++;
        break;
      }
      if (c === ",") {
        this.pos++;
        continue;
      }
      const es = this.pos;
      const keyExpr = this.expr(depth + 1);
      this.skip();
      const sep = this.text[this.pos];
      if (sep !== "=" && sep !== ":") return this.unsupportedToEnd(s, "object");
      this.pos++;
      this.skip();
      const value = this.expr(depth + 1);
      const key2 = keyExpr.kind === "traversal" && keyExpr.parts.length === 1 ? keyExpr.parts[0] : keyExpr.kind === "string" ? { name: keyExpr.value, range: keyExpr.range } : void 0;
      if (key2) entries.push({ key: key2, value, range: this.range(es, this.pos) });
    }
    return { kind: "object", entries, range: this.range(s, this.pos) };
  }
};

// server/src/syntax/ast-reuse.ts
function reuseLookup(prev, text, lines, comments) {
  if (!prev || prev.ast.problems.length > 0 || prev.lines.lineCount !== lines.lineCount) return void 0;
  const old = prev.text;
  const max = Math.min(old.length, text.length);
  let p = 0;
  while (p < max && old.charCodeAt(p) === text.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && old.charCodeAt(old.length - 1 - s) === text.charCodeAt(text.length - 1 - s)) s++;
  const first = prev.lines.positionAt(p).line;
  const last = prev.lines.positionAt(old.length - s).line;
  const byStart = /* @__PURE__ */ new Map();
  for (const item of prev.ast.items) byStart.set(key(item.range), item);
  const oldComments = [...prev.ast.comments].sort(comparePos);
  return (kind, range2) => {
    if (!(range2.end.line < first || range2.start.line > last)) return void 0;
    const item = byStart.get(key(range2));
    if (!item || item.type === "attribute" !== (kind === "attribute") || !sameEnd(item.range, range2)) return void 0;
    for (const c of oldComments) {
      if (c.range.start.line > range2.end.line) break;
      if (inside(c.range, range2)) comments.push(c);
    }
    return item;
  };
}
function key(r) {
  return `${r.start.line}:${r.start.character}`;
}
function sameEnd(a, b) {
  return a.end.line === b.end.line && a.end.character === b.end.character;
}
function comparePos(a, b) {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}
function inside(inner, outer) {
  const afterStart = inner.start.line > outer.start.line || inner.start.line === outer.start.line && inner.start.character >= outer.start.character;
  const beforeEnd = inner.end.line < outer.end.line || inner.end.line === outer.end.line && inner.end.character <= outer.end.character;
  return afterStart && beforeEnd;
}

// server/src/syntax/hcl-ast.ts
var MAX_BLOCK_DEPTH = 32;
var MAX_EXPR_DEPTH = 32;
var MAX_SYNTAX_PROBLEMS = 50;
function nodeRange(n) {
  return range(n.startPosition.row, n.startPosition.column, n.endPosition.row, n.endPosition.column);
}
var missingText = {
  block_end: "}",
  object_end: "}",
  tuple_end: "]",
  quoted_template_end: '"',
  template_interpolation_end: "}",
  identifier: "a name",
  expression: "a value",
  ")": ")",
  "]": "]",
  "}": "}",
  "=": "=",
  '"': '"'
};
function convertTree(tree, text, lines = new LineIndex(text), options = {}) {
  const file = { items: [], comments: [], problems: [] };
  const root = tree.rootNode;
  const cursor = tree.walk();
  try {
    const reader = root.hasError || options.fastValues === false ? void 0 : new ValueReader(text, lines, file.comments);
    const reuse = root.hasError ? void 0 : reuseLookup(options.previous, text, lines, file.comments);
    new Converter(file, cursor, text, lines, reader, reuse).root();
  } finally {
    cursor.delete();
  }
  if (root.hasError) collectSyntaxProblems(root, text, file.problems);
  return file;
}
var Converter = class {
  constructor(file, c, text, lines, reader, reuse) {
    this.file = file;
    this.c = c;
    this.text = text;
    this.lines = lines;
    this.reader = reader;
    this.reuse = reuse;
  }
  file;
  c;
  text;
  lines;
  reader;
  reuse;
  range() {
    return { start: this.lines.positionAt(this.c.startIndex), end: this.lines.positionAt(this.c.endIndex) };
  }
  nodeText() {
    return this.text.slice(this.c.startIndex, this.c.endIndex);
  }
  /** Visit each child; the callback sees the cursor on the child. */
  children(fn) {
    if (!this.c.gotoFirstChild()) return;
    do
      fn(this.c.nodeType);
    while (this.c.gotoNextSibling());
    this.c.gotoParent();
  }
  root() {
    this.children((type) => {
      if (type === "body") this.file.items = this.body(0);
      else if (type === "comment") this.comment();
      else if (type === "object") {
        this.file.problems.push({ code: "syntax-error", range: this.range(), message: "A design file holds blocks and attributes, not a bare object `{ ... }`." });
      } else if (type === "ERROR") this.errorComments();
    });
  }
  comment() {
    this.file.comments.push({ text: this.nodeText(), range: this.range() });
  }
  /** Comments inside a broken region still belong to the file (the formatter must keep them). */
  errorComments() {
    this.children((type) => {
      if (type === "comment") this.comment();
      else this.errorComments();
    });
  }
  body(depth) {
    const items = [];
    this.children((type) => {
      if (depth === 0 && this.reuse && (type === "attribute" || type === "block")) {
        const old = this.reuse(type, this.range());
        if (old) {
          items.push(old);
          return;
        }
      }
      if (type === "attribute") {
        const a = this.attribute();
        if (a) items.push(a);
      } else if (type === "block") {
        const b = this.block(depth + 1);
        if (b) items.push(b);
      } else if (type === "comment") this.comment();
      else if (type === "ERROR") this.errorComments();
    });
    return items;
  }
  attribute() {
    const r = this.range();
    if (this.reader) {
      const read = this.reader.attribute(this.c.startIndex, this.c.endIndex);
      if (read) return { type: "attribute", name: read.name, value: read.value, range: r };
    }
    let name2;
    let value;
    this.children((type) => {
      if (type === "identifier" && !name2) name2 = { name: this.nodeText(), range: this.range() };
      else if (type === "expression") value = this.expr(0);
      else if (type === "comment") this.comment();
    });
    if (!name2 || name2.name === "") return void 0;
    if (!value) value = { kind: "unsupported", what: "missing value", range: r };
    return { type: "attribute", name: name2, value, range: r };
  }
  block(depth) {
    const r = this.range();
    if (depth > MAX_BLOCK_DEPTH) {
      this.file.problems.push({
        code: "nesting-too-deep",
        range: r,
        message: `Blocks are nested more than ${MAX_BLOCK_DEPTH} levels deep; this block and its contents are ignored.`
      });
      return void 0;
    }
    let blockType;
    const labels = [];
    let body2 = [];
    let open, close;
    this.children((type) => {
      switch (type) {
        case "identifier":
          if (!blockType) blockType = { name: this.nodeText(), range: this.range() };
          else labels.push({ value: this.nodeText(), range: this.range(), quoted: false });
          break;
        case "string_lit": {
          const lr = this.range();
          labels.push({ value: this.stringValue() ?? this.nodeText(), range: lr, quoted: true });
          break;
        }
        case "block_start":
          open = this.range();
          break;
        case "block_end":
          if (!this.c.nodeIsMissing && this.c.endIndex > this.c.startIndex) close = this.range();
          break;
        case "body":
          body2 = this.body(depth);
          break;
        case "comment":
          this.comment();
          break;
        case "ERROR":
          this.errorComments();
          break;
      }
    });
    if (!blockType) return void 0;
    return { type: "block", blockType, labels, body: body2, range: r, open, close };
  }
  /** The value of a quoted string (cursor on string_lit or quoted_template), or undefined when it interpolates. */
  stringValue() {
    let out2 = "";
    let plain = true;
    this.children((type) => {
      if (type === "template_literal") out2 += unescape(this.nodeText());
      else if (type === "template_interpolation" || type === "template_directive") plain = false;
    });
    return plain ? out2 : void 0;
  }
  /** Cursor on an `expression` (or one of its inner node types). */
  expr(depth) {
    const r = this.range();
    if (depth > MAX_EXPR_DEPTH * 4) {
      this.file.problems.push({ code: "nesting-too-deep", range: r, message: `Values are nested more than ${MAX_EXPR_DEPTH} levels deep; this value is ignored.` });
      return { kind: "unsupported", what: "value nested too deep", range: r };
    }
    const type = this.c.nodeType;
    switch (type) {
      case "expression":
        return this.expression(depth, r);
      case "literal_value":
      case "collection_value": {
        let e;
        this.children((t) => {
          if (t === "comment") this.comment();
          else if (!e) e = this.expr(depth + 1);
        });
        return e ?? { kind: "unsupported", what: type.replace(/_/g, " "), range: r };
      }
      case "numeric_lit": {
        const t = this.nodeText();
        const value = Number(t);
        return Number.isFinite(value) ? { kind: "number", value, text: t, range: r } : { kind: "unsupported", what: "number", range: r };
      }
      case "bool_lit":
        return { kind: "bool", value: this.nodeText() === "true", range: r };
      case "null_lit":
        return { kind: "null", range: r };
      case "string_lit": {
        const v = this.stringValue();
        return v === void 0 ? { kind: "unsupported", what: "string interpolation", range: r } : { kind: "string", value: v, range: r };
      }
      case "template_expr": {
        let e = { kind: "unsupported", what: "heredoc", range: r };
        this.children((t) => {
          if (t === "quoted_template") {
            const v = this.stringValue();
            e = v === void 0 ? { kind: "unsupported", what: "string interpolation", range: r } : { kind: "string", value: v, range: r };
          }
        });
        return e;
      }
      case "tuple": {
        const items = [];
        this.children((t) => {
          if (t === "expression") items.push(this.expr(depth + 1));
          else if (t === "comment") this.comment();
        });
        return { kind: "tuple", items, range: r };
      }
      case "object": {
        const entries = [];
        this.children((t) => {
          if (t === "object_elem") {
            const e = this.objectElem(depth);
            if (e) entries.push(e);
          } else if (t === "comment") this.comment();
        });
        return { kind: "object", entries, range: r };
      }
      case "function_call":
        return { kind: "unsupported", what: "function call", range: r };
      case "conditional":
        return { kind: "unsupported", what: "conditional expression", range: r };
      case "operation":
        return { kind: "unsupported", what: "operator expression", range: r };
      case "for_expr":
        return { kind: "unsupported", what: "`for` expression", range: r };
      default:
        return { kind: "unsupported", what: type.replace(/_/g, " "), range: r };
    }
  }
  /** An `expression` wraps the real node; a traversal is variable_expr followed by get_attr siblings. */
  expression(depth, r) {
    const kids = [];
    const parts2 = [];
    let single;
    let bad = false;
    this.children((t) => {
      if (t === "comment") {
        this.comment();
        return;
      }
      kids.push(t);
      if (kids.length === 1) {
        if (t === "variable_expr") this.children((u) => {
          if (u === "identifier") parts2.push({ name: this.nodeText(), range: this.range() });
        });
        else single = this.expr(depth + 1);
      } else if (kids[0] === "variable_expr") {
        if (t === "get_attr") this.children((u) => {
          if (u === "identifier") parts2.push({ name: this.nodeText(), range: this.range() });
        });
        else bad = true;
      }
    });
    if (kids.length === 0) return { kind: "unsupported", what: "empty expression", range: r };
    if (kids[0] === "variable_expr") {
      if (bad) return { kind: "unsupported", what: "index or splat expression", range: r };
      if (parts2.length === 1 && (parts2[0].name === "true" || parts2[0].name === "false")) return { kind: "bool", value: parts2[0].name === "true", range: r };
      return { kind: "traversal", parts: parts2, range: r };
    }
    if (kids.length > 1) return { kind: "unsupported", what: "compound expression", range: r };
    return single;
  }
  /** Object keys may be bare names or quoted strings: `{ RS001 = "off" }` or `{ "RS001" = "off" }`. */
  objectElem(depth) {
    const r = this.range();
    let key2;
    let value;
    this.children(() => {
      const field = this.c.currentFieldName;
      if (field === "key") {
        const e = this.expr(depth + 1);
        if (e.kind === "traversal" && e.parts.length === 1) key2 = e.parts[0];
        else if (e.kind === "string") key2 = { name: e.value, range: e.range };
      } else if (field === "val") value = this.expr(depth + 1);
    });
    return key2 && value ? { key: key2, value, range: r } : void 0;
  }
};
function unescape(s) {
  if (s.includes("${") || s.includes("%{")) s = s.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{");
  if (!s.includes("\\")) return s;
  return s.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_, e) => {
    switch (e[0]) {
      case "n":
        return "\n";
      case "r":
        return "\r";
      case "t":
        return "	";
      case '"':
        return '"';
      case "\\":
        return "\\";
      case "u":
      case "U": {
        const cp = parseInt(e.slice(1), 16);
        return cp <= 1114111 ? String.fromCodePoint(cp) : "\uFFFD";
      }
      default:
        return "\\" + e;
    }
  });
}
function collectSyntaxProblems(root, text, out2) {
  const stack = [root];
  const found = [];
  let total = 0;
  while (stack.length) {
    const n = stack.pop();
    if (n.isMissing) {
      total++;
      if (found.length < MAX_SYNTAX_PROBLEMS) {
        const what = missingText[n.type] ?? `\`${n.type.replace(/_/g, " ")}\``;
        const shown = what.length <= 2 ? "`" + what + "`" : what;
        const closer = ["block_end", "object_end", "tuple_end"].includes(n.type) ? n : n.parent && ["block_end", "object_end", "tuple_end"].includes(n.parent.type) ? n.parent : null;
        const opener = closer?.parent ?? null;
        if (closer && opener) {
          const first = text.slice(opener.startIndex, opener.endIndex).split("\n", 1)[0].trimEnd();
          const r = range(opener.startPosition.row, opener.startPosition.column, opener.startPosition.row, opener.startPosition.column + Math.max(1, first.length));
          found.push({ code: "syntax-missing", range: r, message: `Missing ${shown}: this ${closer.type === "block_end" ? "block" : closer.type === "tuple_end" ? "list" : "object"} is never closed.` });
        } else {
          found.push({ code: "syntax-missing", range: nodeRange(n), message: `Missing ${shown}.` });
        }
      }
      continue;
    }
    if (n.type === "ERROR") {
      total++;
      if (found.length < MAX_SYNTAX_PROBLEMS) found.push({ code: "syntax-error", range: errorRange(n), message: describeError(n, text) });
      continue;
    }
    if (!n.hasError) continue;
    const kids = n.children;
    for (let i2 = kids.length - 1; i2 >= 0; i2--) {
      const k = kids[i2];
      if (k) stack.push(k);
    }
  }
  found.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  out2.push(...found);
  if (total > found.length) {
    const last = found[found.length - 1];
    out2.push({ code: "syntax-error", range: last.range, message: `${total - found.length} more syntax errors follow; fix the first ones and check again.` });
  }
}
function errorRange(n) {
  const r = nodeRange(n);
  if (r.end.line > r.start.line) {
    const firstLine = n.text.split("\n", 1)[0];
    return range(r.start.line, r.start.character, r.start.line, r.start.character + Math.max(1, firstLine.length));
  }
  return r.end.character === r.start.character ? range(r.start.line, r.start.character, r.end.line, r.end.character + 1) : r;
}
function describeError(n, text) {
  const snippet = text.slice(n.startIndex, Math.min(n.endIndex, n.startIndex + 40)).split("\n", 1)[0].trim();
  const kids = n.children.filter((k) => !!k);
  if (kids.length === 1 && kids[0].type === "identifier") {
    return `\`${kids[0].text}\` is incomplete: expected \`= value\` for an attribute or \`{ ... }\` for a block.`;
  }
  if (/^[^\x09\x0a\x0d\x20-\x7e]/.test(snippet)) return "Unexpected characters: this does not look like design text.";
  if (snippet.startsWith("}")) return "Unexpected `}`: there is no open block to close here.";
  if (snippet === "") return "Syntax error.";
  return `Syntax error near \`${snippet.length > 30 ? snippet.slice(0, 30) + "\u2026" : snippet}\`.`;
}

// server/src/model/source.ts
function parseSource(parser, file, text) {
  const tree = parser.parse(text);
  try {
    return sourceFromTree(file, text, tree);
  } finally {
    tree.delete();
  }
}
function sourceFromTree(file, text, tree, previous) {
  const lines = new LineIndex(text);
  return { file, text, lines, ast: convertTree(tree, text, lines, { previous }) };
}

// server/src/schema/context-kinds.ts
var CONTEXT_KINDS = [
  {
    kind: "kernel_driver",
    platforms: ["windows"],
    privilege: "ring0",
    privileged: true,
    user: false,
    alwaysBootCritical: false,
    blastRadius: "host",
    recovery: "reboot; with start = boot or system a bad input can crash every boot, leaving Safe Mode, WinRE or Quick Machine Recovery",
    tamper: "high",
    tamperNote: "admin cannot simply stop it, but a vulnerable signed driver (BYOVD) can",
    summary: "Windows kernel-mode driver (ring 0)",
    doc: 'A Windows kernel-mode driver runs in ring 0 with the kernel. It sees and can block operations through documented callbacks, minifilters and WFP callouts, but any fault in it is a bugcheck of the whole host. With `start = "boot"` or `"system"` it loads before logon on every boot, so a crash on bad input repeats on every restart.'
  },
  {
    kind: "boot_start_driver",
    platforms: ["windows"],
    privilege: "ring0",
    privileged: true,
    user: false,
    alwaysBootCritical: true,
    blastRadius: "host_every_boot",
    recovery: "out-of-band only: Safe Mode, WinRE, Quick Machine Recovery or hands-on repair",
    tamper: "high",
    tamperNote: "loaded by winload before the kernel initialises",
    summary: "Windows boot-start driver, loaded by winload",
    doc: "A boot-start driver is loaded by the boot loader before the kernel finishes initialising. A crash in it happens on every boot, before any agent or remote fix can run, so recovery is out of band. 64-bit boot-start drivers must carry an embedded signature."
  },
  {
    kind: "elam_driver",
    platforms: ["windows"],
    privilege: "ring0",
    privileged: true,
    user: false,
    alwaysBootCritical: true,
    blastRadius: "host_every_boot",
    recovery: "WinRE restores the installer's backup copy; otherwise out-of-band repair",
    tamper: "high",
    tamperNote: "first boot-start driver; also anchors the PPL anti-malware service",
    summary: "Early Launch Anti-Malware driver (first boot-start driver)",
    doc: "An ELAM driver is the first boot-start driver to load. Its job is to classify the other boot drivers as good, bad or unknown before they initialise, and its certificate resource lets the vendor service run as a protected process (PPL). It runs before almost everything, so it has the worst blast radius and the hardest recovery of any component."
  },
  {
    kind: "protected_service",
    platforms: ["windows"],
    privilege: "user_protected",
    privileged: false,
    user: true,
    alwaysBootCritical: false,
    blastRadius: "service",
    recovery: "the service manager restarts it",
    tamper: "high",
    tamperNote: "admin processes cannot inject into or terminate a PPL anti-malware service",
    summary: "Windows PPL anti-malware service (protected user mode)",
    doc: "A user-mode service started as a Protected Process Light with the anti-malware signer. Only Windows- or vendor-signed code may load into it and administrators cannot inject into or kill it. A crash ends one restartable process. It requires an ELAM driver whose resource registers the vendor certificate."
  },
  {
    kind: "user_service",
    platforms: ["windows", "linux", "macos"],
    privilege: "user",
    privileged: false,
    user: true,
    alwaysBootCritical: false,
    blastRadius: "service",
    recovery: "the service manager restarts it",
    tamper: "low",
    tamperNote: "any administrator or root process can stop, kill or inject into it",
    summary: "ordinary service or daemon (SYSTEM or root)",
    doc: "An ordinary privileged service or daemon (SYSTEM on Windows, root on Linux and macOS). Faults end one restartable process, which makes it the right place for parsing and network code, but any administrator can stop or tamper with it unless it is protected by other means."
  },
  {
    kind: "user_process",
    platforms: ["windows", "linux", "macos"],
    privilege: "user",
    privileged: false,
    user: true,
    alwaysBootCritical: false,
    blastRadius: "process",
    recovery: "the user relaunches it",
    tamper: "low",
    tamperNote: "the logged-on user can end it",
    summary: "user-session process (UI, tray)",
    doc: "A process in the user's session such as a tray icon or UI. Cheap to crash and easy to kill."
  },
  {
    kind: "injected_module",
    platforms: ["windows", "linux", "macos"],
    privilege: "in_other_process",
    privileged: false,
    user: true,
    alwaysBootCritical: false,
    blastRadius: "process",
    recovery: "none of its own: it dies with its host process",
    tamper: "very_low",
    tamperNote: "the monitored process owns the memory and can unhook or patch it",
    summary: "code injected into other processes (hook DLL)",
    doc: "A module loaded into processes the agent watches, such as an ntdll hook DLL. It sees calls from the inside, but the watched process owns it and can remove or bypass it, and a bug in it crashes someone else's process."
  },
  {
    kind: "linux_kernel_module",
    platforms: ["linux"],
    privilege: "ring0",
    privileged: true,
    user: false,
    alwaysBootCritical: false,
    blastRadius: "host",
    recovery: 'reboot; with start = "boot" a bad input can panic every boot',
    tamper: "high",
    tamperNote: "root can unload it unless lockdown applies",
    summary: "Linux loadable kernel module",
    doc: "A loadable kernel module runs unconstrained in the Linux kernel. A fault is a kernel panic. It depends on kernel internals that change between builds and must be signed where Secure Boot and lockdown are enforced."
  },
  {
    kind: "ebpf_program",
    platforms: ["linux"],
    privilege: "kernel_verified",
    privileged: false,
    user: false,
    alwaysBootCritical: false,
    blastRadius: "host",
    recovery: "detach or unload from user space; reboot if the kernel panicked",
    tamper: "medium",
    tamperNote: "root can detach programs",
    summary: "eBPF program, checked by the kernel verifier",
    doc: "An eBPF program runs in the kernel after the verifier has checked that it terminates and only touches memory it may. That bounds the program, not the kernel: bugs in the eBPF runtime itself have panicked hosts (RHEL 9.4, 2024). Ringside keeps it out of the PRIVILEGED set and gives it its own rules."
  },
  {
    kind: "macos_kext",
    platforms: ["macos"],
    privilege: "ring0",
    privileged: true,
    user: false,
    alwaysBootCritical: false,
    blastRadius: "host",
    recovery: "reboot",
    tamper: "high",
    tamperNote: "needs user or MDM approval and, on Apple silicon, Reduced Security",
    summary: "macOS kernel extension (deprecated)",
    doc: "A macOS kernel extension. Apple deprecated kexts for security products in 2019 in favour of system extensions with Endpoint Security and NetworkExtension; on Apple silicon a third-party kext needs Reduced Security."
  },
  {
    kind: "macos_system_extension",
    platforms: ["macos"],
    privilege: "user_protected",
    privileged: false,
    user: true,
    alwaysBootCritical: false,
    blastRadius: "service",
    recovery: "launchd and sysextd restart it; the OS kills clients that miss AUTH deadlines",
    tamper: "high",
    tamperNote: "protected by the OS; needs an Apple-granted entitlement and user or MDM approval",
    summary: "macOS system extension (Endpoint Security, NetworkExtension)",
    doc: "A macOS system extension runs in user space under OS protection. Endpoint Security gives it AUTH events (allow or deny before the operation, with a deadline) and NOTIFY events (after the fact); NetworkExtension covers the network."
  },
  {
    kind: "hypervisor",
    platforms: ["windows", "linux", "macos", "any"],
    privilege: "above_kernel",
    privileged: true,
    user: false,
    alwaysBootCritical: false,
    blastRadius: "host",
    recovery: "reboot",
    tamper: "very_high",
    tamperNote: "isolated from the kernel itself",
    summary: "hypervisor component (above the kernel)",
    doc: "Code that runs in or beside a hypervisor, above the guest kernel. It is isolated from kernel-level attackers, and a fault takes down the whole host."
  },
  {
    kind: "secure_kernel",
    platforms: ["windows"],
    privilege: "above_kernel",
    privileged: true,
    user: false,
    alwaysBootCritical: false,
    blastRadius: "host",
    recovery: "reboot",
    tamper: "very_high",
    tamperNote: "VTL1 is isolated from the normal kernel",
    summary: "VBS secure kernel / VTL1 component",
    doc: "Code in the virtualisation-based secure kernel (VTL1) on Windows. It is isolated from the normal kernel and controlled by the platform vendor; a fault takes down the host."
  },
  {
    kind: "cloud_service",
    platforms: ["cloud"],
    privilege: "off_host",
    privileged: false,
    user: false,
    alwaysBootCritical: false,
    blastRadius: "fleet",
    recovery: "fixed at the source quickly, but hosts that already crashed cannot receive the fix",
    tamper: "not_applicable",
    tamperNote: "not on the endpoint",
    summary: "vendor back end (authoring, validation, release)",
    doc: "The vendor's back end: content authoring, validation and release orchestration. It does not run on the host, but whatever it ships reaches every host it is released to, so its mistakes have a fleet-wide blast radius."
  }
];
var CONTEXT_FACTS = new Map(CONTEXT_KINDS.map((c) => [c.kind, c]));

// server/src/schema/vocabulary.ts
function enumType(name2, doc, values) {
  return { name: name2, doc, values: values.map(([value, summary, d]) => ({ value, summary, doc: d })) };
}
var PLATFORM = enumType("platform", "Operating system the agent targets.", [
  ["windows", "Microsoft Windows"],
  ["linux", "Linux distributions"],
  ["macos", "Apple macOS"]
]);
var ROLE = enumType("role", "What kind of security product the agent is.", [
  ["edr", "endpoint detection and response", "Behavioural sensor that collects telemetry and detects attacker activity; tamper resistance matters because attackers try to blind it."],
  ["av", "anti-virus / anti-malware", "Scans files and memory against signatures and models and blocks known-bad content."],
  ["epp", "endpoint protection platform", "AV plus EDR features in one agent."],
  ["dlp", "data loss prevention", "Watches and blocks data leaving the host."],
  ["device_control", "device control", "Controls removable media and peripherals."],
  ["other", "another endpoint agent"]
]);
var MODE = enumType("mode", "Whether the agent must stop operations or only report them.", [
  ["prevent", "blocks operations before they complete", "The design promises to stop bad operations. That needs a synchronous, pre-operation source (kernel pre-op callbacks, minifilters, ES AUTH, BPF-LSM, fanotify permission events)."],
  ["detect", "reports after the fact", "The design only reports; asynchronous sources such as ETW or ES NOTIFY are enough."]
]);
var CONTEXT_KIND = enumType(
  "context kind",
  "The execution context a set of components runs in.",
  CONTEXT_KINDS.map((c) => [c.kind, c.summary, c.doc])
);
var START = enumType("start", "When the context is loaded. For Windows drivers this is the service start type.", [
  ["boot", "loaded by the boot loader (start type 0)", "Loaded before the kernel finishes initialising. A crash here repeats on every boot."],
  ["system", "loaded during kernel initialisation (start type 1)", "Loaded while the kernel initialises, before logon. A crash here also repeats on every boot."],
  ["auto", "started by the service manager at startup (2)", "Started after the kernel is up, by the service manager."],
  ["demand", "started on request (3)", "Loaded only when something asks for it."],
  ["login", "started at user logon"],
  ["on_event", "started by the OS when needed"]
]);
var LANGUAGE = enumType("language", "Implementation language of the code in this context.", [
  ["c", "C (memory-unsafe)"],
  ["cpp", "C++ (memory-unsafe)"],
  ["rust", "Rust (memory-safe by default)"],
  ["csharp", "C#"],
  ["go", "Go"],
  ["swift", "Swift"],
  ["objc", "Objective-C (memory-unsafe)"],
  ["ebpf_c", "restricted C compiled to eBPF"],
  ["other", "another language"]
]);
var SIGNER = enumType("signer", "Who signs the code that runs in this context.", [
  ["whql", "Microsoft HLK/WHQL dashboard signing", "Hardware Lab Kit tested and signed by Microsoft; valid on every Windows version including Server."],
  ["attestation", "Microsoft attestation signing", "Signed by Microsoft without HLK testing; accepted on Windows 10+ client only, not on Server, and not publishable to retail Windows Update."],
  ["elam_eku", "Microsoft signature with the Early Launch EKU", "Required for ELAM drivers; granted to qualifying Microsoft Virus Initiative members."],
  ["vendor", "vendor code-signing certificate"],
  ["apple_notarized", "Apple Developer ID, notarized"],
  ["distro", "distribution or MOK module key"],
  ["platform", "the platform vendor"],
  ["test", "test signing", "Only loads with test signing enabled: not a production signature."],
  ["self", "self-signed", "Not trusted by the OS loader."],
  ["none", "unsigned"]
]);
var TARGET_OS = enumType("target", "Operating system releases the context must load on.", [
  ["windows_10_plus_client", "Windows 10 and later, client editions"],
  ["windows_server", "Windows Server"],
  ["windows_pre_10", "Windows before 10"],
  ["linux_lts_kernels", "long-term-support Linux kernels"],
  ["linux_distro_kernels", "distribution vendor kernels"],
  ["macos_current", "supported macOS releases"]
]);
var ON_INTERNAL_ERROR = enumType("on_internal_error", "What the component does when its own code hits an unexpected state (not a security verdict).", [
  ["fail_open", "log, skip the failing work, keep running"],
  ["disable_rule", "quarantine the rule or content that failed, keep running", "The failing rule or content item is disabled and reported; everything else keeps working. The safest choice for interpreters."],
  ["fail_closed", "deny operations until the fault clears", "Turns the product's own defect into a denial of service for the host."],
  ["bugcheck", "crash the host (unhandled fault in kernel)", "An unhandled exception in ring 0 stops the machine: what an out-of-bounds read in a kernel driver does."]
]);
var CRASH_LOOP_PROTECTION = enumType("crash_loop_protection", "What the component does after repeated crashes or unclean boots.", [
  ["none", "no detection: it will load the same way again"],
  ["disable_content", "skip updatable content after N failures"],
  ["reduced_functionality", "enter a reduced mode that keeps heartbeating"],
  ["skip_load", "do not load at all after N failures"],
  ["last_known_good", "revert to the last content or code that booted cleanly"]
]);
var SAFE_MODE = enumType("safe_mode_behavior", "Whether the context loads in Safe Mode.", [
  ["loads", "loads in Safe Mode"],
  ["not_loaded", "does not load in Safe Mode"],
  ["reduced", "loads without content-driven features"]
]);
var REMOTE_RECOVERY = enumType("recovery remote", "How a host that cannot boot normally is fixed without touching it.", [
  ["none", "no remote path: someone must act on each host"],
  ["qmr", "Windows Quick Machine Recovery pushes a fix into WinRE"],
  ["network_boot", "network boot or remote re-image"],
  ["oob_management", "out-of-band management (vPro, iLO, hypervisor console)"],
  ["agent_self_heal", "the agent repairs itself after a failed boot"]
]);
var CONTENT_ACTIVATION = enumType("content_activation", "When a boot-critical context starts using newly delivered content.", [
  ["at_boot", "new content is read during boot", "A faulty file is read on every boot, before any remote fix can arrive."],
  ["after_boot_success", "new content activates only after a successful boot", "Boot uses a frozen, tested baseline; fresh content activates once the boot-success marker is set."],
  ["from_user_service", "the user-mode service activates content after it starts"]
]);
var COMPONENT_KIND = enumType("component kind", "What a component does. A component may have several kinds.", [
  ["sensor.process_callback", "process creation callback", "PsSetCreateProcessNotifyRoutineEx and equivalents: sees every process start and can veto it."],
  ["sensor.thread_callback", "thread creation callback"],
  ["sensor.image_load_callback", "image load callback"],
  ["sensor.registry_callback", "registry callback (can block in pre-notification)"],
  ["sensor.object_callback", "handle (object) callback", "ObRegisterCallbacks: filters process and thread handle rights; used for self-protection."],
  ["fs_minifilter", "file-system minifilter", "Filter Manager pre/post operation callbacks ordered by altitude; can block file operations."],
  ["network_filter", "network filter (WFP callout, NDIS, NetworkExtension, XDP/tc)"],
  ["etw_consumer", "ETW consumer (asynchronous)", "Receives Event Tracing for Windows events after the fact. In-process providers can be patched by the process that emits them."],
  ["etw_ti_consumer", "ETW Threat-Intelligence consumer (PPL only)", "Events emitted from the kernel side; only PPL anti-malware services may consume them."],
  ["es_client", "macOS Endpoint Security client", "AUTH events can deny a pending operation before a deadline; NOTIFY events report completed ones."],
  ["ebpf_probe", "eBPF probe (tracepoint, kprobe, BPF-LSM)"],
  ["fanotify_monitor", "Linux fanotify listener (notify or permission events)"],
  ["user_hook", "in-process API hook", "Hooks in the watched process (ntdll, libc): visible to and removable by that process."],
  ["amsi_provider", "AMSI provider (script content scanning)"],
  ["boot_driver_classifier", "ELAM boot-driver classification callback"],
  ["content_parser", "decodes content (channel files, signature DBs, models)"],
  ["content_interpreter", "evaluates detection content / templates", "Gives content its meaning at run time. Falcon's Content Interpreter evaluated regex-based template instances."],
  ["rule_engine", "evaluates detection rules"],
  ["signature_scanner", "scans bytes against signatures"],
  ["ml_inference", "runs on-sensor models"],
  ["detection_logic", "turns telemetry into detections"],
  ["correlator", "correlates events into behaviours"],
  ["response_actuator", "kills, quarantines, deletes, isolates or blocks", "Acts on verdicts. What it may do is declared in `actions`."],
  ["telemetry_uploader", "sends telemetry and heartbeats to the cloud"],
  ["content_updater", "fetches, verifies, stages and activates content"],
  ["sensor_updater", "installs code and driver updates"],
  ["self_protection", "protects the agent (PPL, handle-right stripping, file guards)"],
  ["health_monitor", "crash-loop counter, heartbeat, health reporting"],
  ["watchdog", "restarts or reports stuck components"],
  ["ipc_channel", "endpoint of a cross-boundary channel (IOCTL device, filter port, XPC)"],
  ["policy_manager", "applies admin policy from the console"],
  ["ui_tray", "user interface"],
  ["content_authoring", "cloud: writes detection content"],
  ["content_validator", "cloud: validates content before release"],
  ["release_orchestrator", "cloud: ships content and code to the fleet"],
  ["telemetry_backend", "cloud: receives telemetry"]
]);
var MATCHING = enumType("matching", "How the component matches patterns against data.", [
  ["regex", "regular expressions evaluated at run time"],
  ["wildcard", "wildcard patterns"],
  ["glob", "glob patterns"],
  ["exact", "exact comparisons"],
  ["dfa_table", "precompiled size-capped automata"],
  ["bytecode", "a bytecode VM"],
  ["hash_lookup", "hash or set lookups"],
  ["none", "no pattern matching"]
]);
var BOUNDS_CHECKS = enumType("bounds_checks", "Whether indexed reads of structured input are checked.", [
  ["none", "no bounds checks", "Array and field accesses trust counts and lengths from the input or from upstream tooling."],
  ["compile_time", "field counts checked when content is built"],
  ["runtime", "every indexed access is checked at run time"],
  ["runtime_and_compile_time", "checked when built and at every access"]
]);
var PARSER_COMPLEXITY = enumType("parser_complexity", "How complex a format the component decodes.", [
  ["none", "no parsing"],
  ["fixed_records", "fixed-size records with checked counts"],
  ["tlv", "simple type-length-value records"],
  ["archive", "archives (ZIP, CAB, RAR)"],
  ["document", "documents (PDF, Office)"],
  ["script", "scripts or macros"],
  ["decompression", "compressed streams"],
  ["regex", "regular expressions from content"],
  ["full_protocol", "full network protocol decoding"]
]);
var OPERATION = enumType("performs", "Work the component does on content or at run time.", [
  ["network_fetch", "downloads content"],
  ["network_lookup", "queries a remote service while handling an event"],
  ["blocking_io", "waits on disk or other slow I/O while handling an event"],
  ["decompress", "decompresses content"],
  ["decrypt", "decrypts content"],
  ["deobfuscate", "de-obfuscates content"],
  ["signature_verify", "verifies signatures or certificates"],
  ["parse", "parses content"],
  ["compile", "compiles content into a simpler form"]
]);
var CALLBACK_MODE = enumType("callback mode", "Whether the OS waits for the callback.", [
  ["synchronous", "the OS waits: the operation is held until the callback returns"],
  ["asynchronous", "events are queued and handled later"]
]);
var CALLBACK_WORK = enumType("callback work", "What the callback does before it returns.", [
  ["enqueue", "copies a minimal record and queues it"],
  ["lookup", "consults an in-memory cache"],
  ["parse", "parses data"],
  ["scan", "scans content"],
  ["network", "talks to the network"],
  ["wait_user", "waits for a user-mode verdict"]
]);
var ACTION = enumType("action", "What a response actuator may do.", [
  ["alert", "raises an alert"],
  ["block", "blocks the pending operation"],
  ["kill", "kills a process"],
  ["suspend", "suspends a process"],
  ["quarantine", "moves a file to quarantine"],
  ["delete", "deletes a file"],
  ["isolate_host", "cuts the host off the network"]
]);
var EVENT_MODE = enumType("event_mode", "Whether the component authorizes operations or is notified after them.", [
  ["authorize", "decides before the operation completes (ES AUTH, BPF-LSM, fanotify permission)"],
  ["notify", "learns after the fact (ES NOTIFY, tracepoints, fanotify notify)"],
  ["both", "subscribes to both"]
]);
var VERDICT = enumType("verdict", "The answer given when no decision arrives in time.", [["allow", "let the operation proceed"], ["deny", "refuse the operation"]]);
var ATTACH = enumType("attach", "How the component hooks into the operating system.", [
  ["documented_callback", "documented kernel callback APIs"],
  ["minifilter", "Filter Manager"],
  ["wfp_callout", "WFP callout"],
  ["wfp_builtin", "built-in WFP filters managed from user mode"],
  ["ndis_lwf", "NDIS lightweight filter"],
  ["etw", "ETW session"],
  ["etw_ti", "ETW Threat-Intelligence"],
  ["amsi", "AMSI"],
  ["user_hook", "in-process API hook"],
  ["endpoint_security", "macOS Endpoint Security"],
  ["network_extension", "macOS NetworkExtension"],
  ["tracepoint", "Linux tracepoint (stable)"],
  ["btf_core", "BTF / CO-RE relocations"],
  ["fentry", "fentry/fexit"],
  ["kprobe", "kprobe on a kernel symbol (unstable)"],
  ["bpf_lsm", "BPF-LSM hook (can deny)"],
  ["xdp", "XDP"],
  ["tc", "traffic control"],
  ["cgroup", "cgroup hook"],
  ["fanotify", "fanotify"],
  ["hardcoded_offsets", "hard-coded kernel structure offsets"],
  ["ssdt_hook", "patched system-call table (undocumented)"],
  ["inline_kernel_patch", "patched kernel code (undocumented)"],
  ["idt_hook", "patched interrupt table (undocumented)"],
  ["callback_array_edit", "edited kernel callback arrays (undocumented)"]
]);
var CAPABILITY = enumType("capability", "A capability a component provides or requires.", [
  ["exec_events", "process execution events"],
  ["file_events", "file events"],
  ["network_events", "network events"],
  ["lsm_block", "deny operations through LSM hooks"],
  ["early_boot_visibility", "sees activity before user mode starts"],
  ["paging_io_visibility", "sees paging I/O writes"],
  ["synchronous_block", "blocks operations before they complete"],
  ["tamper_resistance", "resists an administrator who wants it gone"],
  ["memory_introspection", "reads other processes' memory"],
  ["raw_kernel_access", "needs kernel internals no API exposes"]
]);
var NETWORK_NEED = enumType("network need", "What a network filter must do.", [
  ["allow_block_by_app_or_5tuple", "allow or block by application or 5-tuple"],
  ["connection_logging", "log connections"],
  ["deep_inspection", "inspect payloads"],
  ["modification", "modify traffic"]
]);
var EVIDENCE = enumType("evidence", "Assurance work done on the code or content.", [
  ["fuzzing", "continuous fuzzing of parsers and interfaces"],
  ["static_analysis", "static analysis (CodeQL, SAL)"],
  ["driver_verifier", "Driver Verifier runs"],
  ["fault_injection", "fault injection on the content path"],
  ["hlk", "HLK certification tests"],
  ["kernel_matrix", "CI across the supported kernel/OS matrix"],
  ["stress", "stress tests"],
  ["formal_verification", "formal proofs"],
  ["code_review", "independent code review"]
]);
var MIGRATED_FROM = enumType(
  "migrated_from",
  "The execution context this component used to run in.",
  CONTEXT_KINDS.map((c) => [c.kind, c.summary])
);
var SOURCE = enumType("source", "Where an input comes from. The source sets a default trust level.", [
  ["cloud_rapid_content", "detection content pushed from the cloud several times a day", "Channel files, template instances, IOA rules: the July 2024 trigger. It changes behaviour like code but ships like data."],
  ["signature_db", "signature databases (AV DATs, YARA)", "Updated daily or faster. McAfee DAT 5958 (2010) is the user-mode example of what a bad one does."],
  ["ml_model", "on-sensor machine-learning models"],
  ["sensor_code", "driver and service binaries", "Code releases, normally staged and pinnable by customers."],
  ["policy_config", "admin policy from the console"],
  ["local_config", "registry or files on disk", "Trusted relative to a user, untrusted relative to the kernel: anyone with admin rights can write it."],
  ["os_event_data", "callback parameters: paths, command lines, pipe names", "Structured by the OS but the strings are chosen by whoever started the process."],
  ["file_content", "bytes of files being scanned", "Chosen by the attacker."],
  ["network_packets", "packet and stream data", "Chosen by the attacker."],
  ["ipc_from_user", "IOCTL buffers and port messages from user mode", "Attacker-controlled unless the peer is authenticated."],
  ["process_memory", "memory read from other processes", "Attacker-controlled and may change while read (TOCTOU)."],
  ["boot_driver_images", "driver images classified at boot"],
  ["cloud_commands", "remote response commands from the console", "High impact: they can kill, isolate or disable."]
]);
var TRUST = enumType("trust", "How far an input can be believed, from the trust ladder (highest first). A signature proves origin, not well-formedness.", [
  ["platform_trusted", "comes from the OS itself"],
  ["vendor_signed_code", "code signed by the vendor (and the platform)"],
  ["vendor_signed_content", "content signed by the vendor", "The origin is known; the content can still be malformed. Signed content needs bounds-checked consumption all the same."],
  ["authenticated_peer", "from a peer whose identity was checked"],
  ["admin_config", "written by an administrator"],
  ["attacker_influenced", "partly chosen by an attacker"],
  ["attacker_controlled", "fully chosen by an attacker"]
]);
var FREQUENCY = enumType("frequency", "How often the input changes or is released.", [
  ["per_release", "with each code release"],
  ["monthly", "monthly"],
  ["weekly", "weekly"],
  ["daily", "daily"],
  ["multiple_per_day", "several times a day"],
  ["continuous", "continuously (event data)"],
  ["on_change", "when an admin changes it"],
  ["each_boot", "at every boot"],
  ["ad_hoc", "on demand"]
]);
var UPDATE_CHANNEL = enumType("update_channel", "Whether the input ships as code or as content.", [
  ["code", "ships through the code release process"],
  ["content", "ships as data through a content pipeline"]
]);
var INTEGRITY_CHECK = enumType("integrity_check", "Where the input's signature or hash is verified.", [
  ["user", "verified in a user-mode component"],
  ["kernel", "verified in the kernel"],
  ["cloud", "verified only before release"],
  ["none", "not verified"]
]);
var ROLLOUT = enumType("rollout", "How a release reaches the fleet.", [
  ["global", "every host at once", "The whole fleet receives the release within minutes; nothing stops a bad one before it is everywhere."],
  ["staged", "in rings with pauses between them"]
]);
var ROLLBACK = enumType("rollback", "How a bad release is undone on hosts.", [
  ["none", "no rollback"],
  ["manual", "someone ships a fix or deletes files by hand"],
  ["automatic", "hosts revert on their own"]
]);
var CUSTOMER_CONTROL = enumType("customer_control", "What customers can do about when releases land.", [
  ["none", "nothing: every release lands everywhere"],
  ["pin", "pin a version"],
  ["delay", "delay releases"],
  ["rings", "assign device groups to rings"]
]);
var HEALTH_SIGNAL = enumType("health signal", "Signals a promotion gate watches.", [
  ["heartbeat_loss", "hosts that stop reporting"],
  ["crash_dumps", "crash reports"],
  ["boot_success", "boot-success markers"],
  ["cpu", "CPU regressions"],
  ["memory", "memory regressions"],
  ["error_rate", "agent error rate"]
]);
var RELEASE_PROCESS = enumType("release_process", "Which gates a release passes.", [
  ["code_equivalent", "the same rings and tests as a code release"],
  ["content_pipeline", "a lighter content pipeline"],
  ["none", "no formal process"]
]);
var VALIDATED_BY = enumType("validated_by", "What checks content before release.", [
  ["same_interpreter", "the shipping interpreter itself runs every release"],
  ["separate_validator", "a separate validator implementation"],
  ["none", "nothing"]
]);
var MECHANISM = enumType("mechanism", "How data crosses between the two ends of a channel.", [
  ["ioctl", "device I/O control"],
  ["filter_port", "Filter Manager communication port"],
  ["shared_memory", "shared memory section"],
  ["alpc", "ALPC"],
  ["named_pipe", "named pipe"],
  ["rpc", "RPC"],
  ["bpf_map", "BPF map"],
  ["bpf_ringbuf", "BPF ring buffer"],
  ["netlink", "netlink socket"],
  ["xpc", "XPC"],
  ["unix_socket", "Unix domain socket"],
  ["https", "HTTPS"],
  ["file_drop", "files on disk"],
  ["etw", "ETW"]
]);
var FORM = enumType("form", "What shape the content has when it crosses the channel.", [
  ["raw", "the original content format", "The receiver still parses the original, complex format."],
  ["compiled", "a flat, versioned, size-prefixed table", "Compiled in user mode into fixed-size records with checked counts, a version and a hash; the receiver validates the header and rejects mismatches."]
]);
var ACL = enumType("acl", "Who may open the channel endpoint.", [
  ["none", "anyone"],
  ["admin_only", "administrators"],
  ["system_only", "SYSTEM / root only"],
  ["protected_service_only", "only the vendor protected service"]
]);
var CALLER_VERIFICATION = enumType("caller_verification", "How the endpoint checks who is calling.", [
  ["none", "not checked"],
  ["pid", "a process id (spoofable)"],
  ["token", "a token or shared secret"],
  ["signer", "the caller's code signature"],
  ["ppl_signer", "the caller is the PPL service with the vendor signer"],
  ["code_requirement", "macOS code-signing requirement"]
]);
var VALIDATION = enumType("validation", "How the receiver validates messages.", [
  ["none", "not validated"],
  ["size", "sizes checked"],
  ["size_and_version", "sizes and version header checked"],
  ["full", "every field checked against a schema"]
]);
var TRANSFER = enumType("transfer", "How buffers move across the boundary.", [
  ["method_buffered", "the I/O manager copies the buffer"],
  ["method_direct", "locked MDL"],
  ["method_neither", "raw user pointers (double-fetch prone)"],
  ["copy_once", "copied once, then validated"],
  ["shared_memory_locked", "shared memory with a copy before use"],
  ["shared_memory_unlocked", "shared memory read in place"],
  ["message", "message-based"]
]);
var CONTROL_OPERATION = enumType("control operation", "State-changing operations a channel or command input exposes.", [
  ["unload", "unload the driver or agent"],
  ["disable_protection", "switch protection off"],
  ["add_exclusion", "add an exclusion"],
  ["kill_process", "kill a process"],
  ["isolate_host", "isolate the host"],
  ["update_policy", "change policy"],
  ["query_status", "read status (not state-changing)"]
]);
var OVERFLOW = enumType("overflow", "What a full queue does.", [
  ["drop_oldest", "drops the oldest entries and counts them"],
  ["drop_newest", "drops new entries and counts them"],
  ["block", "blocks the producer"],
  ["grow", "allocates more (unbounded)"]
]);
var ALLOCATION = enumType("per_event_allocation", "How much memory one event may allocate.", [
  ["bounded", "capped per event"],
  ["unbounded", "sized by the event data"]
]);
var SEVERITY = enumType("severity", "A finding severity, or off.", [
  ["error", "error"],
  ["warning", "warning"],
  ["information", "information"],
  ["hint", "hint"],
  ["off", "the rule does not run"]
]);
var FAIL_ON = enumType("fail_on", "Which severity fails a CI run.", [
  ["error", "fail on errors"],
  ["warning", "fail on warnings or errors"],
  ["never", "never fail on findings"]
]);

// server/src/schema/language.ts
var str = { kind: "string" };
var bool = { kind: "bool" };
var int = (min = 0, max) => ({ kind: "number", integer: true, min, max });
var date = { kind: "date" };
var duration = { kind: "duration" };
var en = (e) => ({ kind: "enum", enum: e });
var list = (of) => ({ kind: "list", of });
var ref = (...targets) => ({ kind: "reference", targets });
function attr(name2, type, summary, doc, extra = {}) {
  return { name: name2, type, summary, doc, ...extra };
}
var description = attr("description", str, "free text shown on hover", "A sentence or two for reviewers: what this element is and why it is shaped this way.");
var evidence = attr("evidence", list(en(EVIDENCE)), "assurance work done", "Assurance work that backs the code or content: fuzzing, static analysis, Driver Verifier, fault injection, kernel-matrix CI. Several rules drop a level when the right evidence is declared.");
var BLOCKS = [
  {
    type: "agent",
    summary: "the product being reviewed (one per model)",
    topLevel: true,
    referenceable: true,
    maxPerModel: 1,
    doc: "The endpoint agent as a whole: platform, role, whether it must prevent or only detect, and its fleet size. Exactly one per model.",
    labels: [{ name: "name", doc: "A name for the agent, used in references as `agent.NAME`." }],
    attributes: [
      attr("platform", en(PLATFORM), "target operating system", "The operating system the agent runs on. Platform-specific rules (HVCI, kexts, eBPF) key on it.", { required: true }),
      attr("role", en(ROLE), "kind of product", "What the product is. EDR and AV agents are tamper-sensitive: attackers try to switch them off first.", { required: true }),
      attr("mode", en(MODE), "prevent or detect", "Whether the design promises to block operations (`prevent`) or only to report them (`detect`). Prevention needs synchronous sources."),
      attr("fleet_size", int(0), "number of hosts", "How many hosts run the agent. It turns a per-host failure into a fleet figure in the blast-radius report."),
      description
    ],
    blocks: [{ type: "heartbeat", max: 1 }, { type: "accepted_gap" }],
    example: 'agent "falcon_windows" {\n  platform   = "windows"\n  role       = "edr"\n  mode       = "prevent"\n  fleet_size = 8500000\n}'
  },
  {
    type: "heartbeat",
    summary: "periodic health signal to the back end",
    topLevel: false,
    doc: "A periodic, authenticated signal that tells the back end the sensor is alive, what it runs and whether it is degraded. Silence is how a blinded or crashed sensor shows up, and rollouts halt on heartbeat loss.",
    labels: [],
    attributes: [
      attr("interval", duration, "time between heartbeats", 'How often the agent reports, as a duration such as "60s" or "5m".', { required: true }),
      attr("reports_content_version", bool, "carries the active content version", "Whether each heartbeat names the content version in use, so a bad release can be correlated with silence."),
      attr("authenticated", bool, "signed or sent over an authenticated channel", "Whether the back end can tell a real heartbeat from a forged one.")
    ],
    blocks: [],
    example: 'heartbeat {\n  interval                = "60s"\n  reports_content_version = true\n}'
  },
  {
    type: "accepted_gap",
    summary: "a capability knowingly given up",
    topLevel: false,
    doc: "Records a capability the design does without, usually after moving a component out of the kernel, with the reason and what compensates for it.",
    labels: [],
    attributes: [
      attr("capability", en(CAPABILITY), "the capability given up", "Which capability is missing.", { required: true }),
      attr("rationale", str, "why it is acceptable", "Why the design accepts the gap.", { required: true }),
      attr("compensating_control", str, "what covers for it", "What reduces the risk the gap leaves.")
    ],
    blocks: [],
    example: 'accepted_gap {\n  capability           = "paging_io_visibility"\n  rationale            = "Ransomware writes are caught by the minifilter on the cached path."\n  compensating_control = "canary files"\n}'
  },
  {
    type: "context",
    summary: "an execution context and the components in it",
    topLevel: true,
    referenceable: true,
    doc: "Where code runs: a kernel driver, a boot-start or ELAM driver, a protected or ordinary service, an eBPF program, a macOS system extension, a hypervisor or the cloud. Its kind decides privilege, what a crash costs and how it is recovered. Components are nested inside the context they run in.",
    labels: [{ name: "name", doc: "The context name, referenced as `context.NAME`." }],
    attributes: [
      attr("kind", en(CONTEXT_KIND), "execution context kind", "The kind of execution context. It sets privilege, blast radius, recovery and tamper resistance.", { required: true }),
      attr("start", en(START), "when it loads", "When the context loads. For Windows drivers `boot` and `system` make a kernel driver boot-critical; for a Linux module `boot` does the same."),
      attr("platform", en(PLATFORM), "platform, if not the agent's", "Overrides the agent platform for this context, for mixed designs."),
      attr("language", en(LANGUAGE), "implementation language", "The language the code is written in. Kernel code in C or C++ needs assurance evidence (RS023)."),
      attr("signer", en(SIGNER), "who signs the code", "Who signs the binary. 64-bit Windows refuses unsigned kernel code; attestation signing does not reach Windows Server."),
      attr("embedded_signature", bool, "signature embedded in the image", "Whether the signature is embedded in the binary, as 64-bit boot-start drivers require."),
      attr("targets", list(en(TARGET_OS)), "OS releases it must load on", "The OS releases the context must load on; attestation signing does not cover Server or pre-Windows 10."),
      attr("hvci_compatible", bool, "memory-integrity compatible", "Whether the driver works with memory integrity (HVCI): no writable-and-executable memory, no dynamic code, no data loaded as code."),
      attr("on_internal_error", en(ON_INTERNAL_ERROR), "behaviour on its own bugs", "What the code does when it meets its own unexpected state. Components may override it."),
      attr("crash_loop_protection", en(CRASH_LOOP_PROTECTION), "what happens after repeated crashes", "What the context does after repeated crashes or unclean boots. `none` means it will load the same way again, forever."),
      attr("crash_loop_threshold", int(1), "failures before the fallback", "How many consecutive failures trigger the crash-loop fallback."),
      attr("safe_mode_behavior", en(SAFE_MODE), "whether it loads in Safe Mode", "Whether the context loads in Safe Mode, which decides whether an administrator can get in to repair a host."),
      attr("content_activation", en(CONTENT_ACTIVATION), "when new content is used", "When a boot-critical context starts using newly delivered content: during boot, or only after a successful boot."),
      attr("reduced_functionality_mode", bool, "has a degraded safe mode", "Whether the context can drop to a reduced mode (no risky features, still heartbeating) on unknown kernels or after faults."),
      evidence,
      description
    ],
    blocks: [{ type: "component" }, { type: "recovery", max: 1 }, { type: "compat_gate", max: 1 }],
    example: 'context "sensor_driver" {\n  kind     = "kernel_driver"\n  start    = "system"\n  language = "cpp"\n  signer   = "whql"\n\n  component "process_sensor" {\n    kinds = ["sensor.process_callback"]\n  }\n}'
  },
  {
    type: "recovery",
    summary: "how a failed host is brought back",
    topLevel: false,
    doc: "How hosts recover when this context fails: a backup copy for WinRE, whether someone must touch each machine, and whether recovery keys are escrowed.",
    labels: [],
    attributes: [
      attr("backup_copy", bool, "installer keeps a backup copy", "Whether the installer keeps a backup copy that WinRE can restore, as Microsoft asks of ELAM drivers."),
      attr("winre", bool, "repairable from WinRE", "Whether the component can be disabled or repaired from the Windows Recovery Environment."),
      attr("remote", en(REMOTE_RECOVERY), "remote recovery path", "How a host that cannot boot normally is fixed without hands on it."),
      attr("requires_physical_access", bool, "someone must touch each host", "Whether recovery needs a person at each machine (or a console per VM)."),
      attr("bitlocker", bool, "disks are BitLocker-encrypted", "Whether hosts use full-disk encryption, which makes offline repair need a recovery key."),
      attr("bitlocker_key_escrow", bool, "recovery keys are escrowed", "Whether recovery keys are escrowed where responders can get them at scale."),
      attr("runbook", str, "where the recovery runbook lives", "A link or name for the recovery runbook.")
    ],
    blocks: [],
    example: 'recovery {\n  backup_copy              = true\n  remote                   = "qmr"\n  requires_physical_access = false\n}'
  },
  {
    type: "compat_gate",
    summary: "tested kernel / OS allowlist",
    topLevel: false,
    doc: "A gate that recognises kernels or OS builds the vendor has not tested and changes behaviour on them, instead of loading and hoping.",
    labels: [],
    attributes: [
      attr("tested", list(str), "tested builds", "Kernel or OS builds in the test matrix."),
      attr("on_unknown", { kind: "enum", enum: { name: "on_unknown", doc: "Behaviour on an untested build.", values: [
        { value: "reduced_functionality", summary: "load in reduced mode and keep heartbeating" },
        { value: "skip_load", summary: "do not load" },
        { value: "load_anyway", summary: "load normally (no real gate)" }
      ] } }, "behaviour on untested builds", "What happens on a build outside the tested list. `load_anyway` is no gate at all.", { required: true })
    ],
    blocks: [],
    example: 'compat_gate {\n  tested     = ["5.14.0-427.13.1.el9_4"]\n  on_unknown = "reduced_functionality"\n}'
  },
  {
    type: "component",
    summary: "a part of the agent, inside its context",
    topLevel: false,
    referenceable: true,
    doc: "A part of the agent: a sensor, a parser, an interpreter, an updater, a response actuator. It runs in the context it is nested in, and declares what it consumes and how it handles it.",
    labels: [{ name: "name", doc: "The component name, referenced as `component.NAME`; unique across the model." }],
    attributes: [
      attr("kinds", list(en(COMPONENT_KIND)), "what the component does", "One or more component kinds. Rules read them to tell a sensor from an interpreter or an updater.", { required: true }),
      attr("consumes", list(ref("input")), "inputs it reads", "The inputs the component reads directly. Inputs can also arrive over channels."),
      attr("matching", en(MATCHING), "how it matches patterns", "How the component matches patterns. Regular expressions evaluated in the kernel are hard to bound (RS003)."),
      attr("bounds_checks", en(BOUNDS_CHECKS), "bounds checks on structured input", "Whether indexed reads of structured input are checked at build time, run time, both or not at all."),
      attr("parser_complexity", en(PARSER_COMPLEXITY), "complexity of formats it decodes", "The most complex format the component decodes."),
      attr("performs", list(en(OPERATION)), "work it does on content", "Work the component does: fetching, decompressing, decrypting, verifying, network lookups, blocking I/O."),
      attr("on_internal_error", en(ON_INTERNAL_ERROR), "behaviour on its own bugs", "Overrides the context's `on_internal_error` for this component."),
      attr("actions", list(en(ACTION)), "what a response actuator may do", "Actions a response actuator may take on its own."),
      attr("os_critical_allowlist", bool, "never acts on OS-critical binaries", "Whether destructive actions exclude OS-vendor-signed critical binaries such as svchost.exe."),
      attr("event_mode", en(EVENT_MODE), "authorize or notify", "Whether the component decides before operations complete or is told afterwards."),
      attr("deadline_budget_ms", int(1), "time budget for an AUTH answer", "Milliseconds the handler allows itself to answer an authorization event, well inside the OS deadline."),
      attr("default_verdict", en(VERDICT), "answer when out of time", "The verdict given when no decision is reached in time."),
      attr("attach", list(en(ATTACH)), "how it hooks into the OS", "The OS mechanisms the component attaches to. Undocumented kernel patching is an error (RS026)."),
      attr("capabilities", list(en(CAPABILITY)), "capabilities it provides or needs", "The capabilities the component provides. Used to decide whether a kernel module could be eBPF and what a move out of the kernel gives up."),
      attr("needs", list(en(NETWORK_NEED)), "what a network filter must do", "For network filters: what the filter must be able to do."),
      attr("migrated_from", en(MIGRATED_FROM), "context it used to run in", "The execution context the component ran in before a redesign; capabilities lost on the way must be recorded."),
      attr("accepts_versions", list(int(0)), "content schema versions accepted", "The content schema versions the component accepts; it should refuse anything else."),
      attr("content_slot", str, "where content lands", "Optional free text naming the template type or table this component reads."),
      evidence,
      description
    ],
    blocks: [{ type: "callback", max: 1 }, { type: "queue", max: 1 }, { type: "accepted_gap" }],
    example: 'component "content_interpreter" {\n  kinds         = ["content_interpreter"]\n  consumes      = [input.channel_291]\n  bounds_checks = "runtime"\n}'
  },
  {
    type: "callback",
    summary: "how an OS callback is handled",
    topLevel: false,
    doc: "How the component handles the OS callback it registers: whether the OS waits for it and what it does before returning.",
    labels: [],
    attributes: [
      attr("mode", en(CALLBACK_MODE), "synchronous or asynchronous", "Whether the OS holds the operation until the callback returns.", { required: true }),
      attr("work", list(en(CALLBACK_WORK)), "work done before returning", "What the callback does before it returns.")
    ],
    blocks: [],
    example: 'callback {\n  mode = "synchronous"\n  work = ["enqueue"]\n}'
  },
  {
    type: "queue",
    summary: "buffering of events",
    topLevel: false,
    doc: "How events are buffered between producer and consumer: a fixed bound and a drop policy keep an event storm from exhausting kernel memory.",
    labels: [],
    attributes: [
      attr("bound", int(1), "maximum entries", "The fixed capacity of the queue."),
      attr("overflow", en(OVERFLOW), "what happens when full", "What a full queue does."),
      attr("per_event_allocation", en(ALLOCATION), "memory per event", "Whether one event's allocation is capped.")
    ],
    blocks: [],
    example: 'queue {\n  bound    = 65536\n  overflow = "drop_oldest"\n}'
  },
  {
    type: "input",
    summary: "content or data a component consumes",
    topLevel: true,
    referenceable: true,
    doc: "Content or data that components consume: cloud detection content, signature databases, models, code, policy, or event data chosen by attackers. Its source sets how far it can be trusted.",
    labels: [{ name: "name", doc: "The input name, referenced as `input.NAME`." }],
    attributes: [
      attr("source", en(SOURCE), "where it comes from", "Where the input comes from. Cloud content, signature DBs and models are content; file bytes, packets and IPC buffers are attacker-chosen.", { required: true }),
      attr("trust", en(TRUST), "how far it can be believed", "The trust level on the ladder. Defaults from the source; a signature proves origin, not well-formedness."),
      attr("frequency", en(FREQUENCY), "how often it changes", "How often new versions are released."),
      attr("update_channel", en(UPDATE_CHANNEL), "code or content", "Whether the input ships as code or as content. Content that steers privileged code is functionally code."),
      attr("signed", bool, "signed by the vendor", "Whether releases are signed."),
      attr("integrity_check", en(INTEGRITY_CHECK), "where integrity is verified", "Where the signature or hash is verified before use."),
      attr("operations", list(en(CONTROL_OPERATION)), "operations commands can trigger", "For remote commands: the state-changing operations they can trigger."),
      description
    ],
    blocks: [{ type: "schema", max: 1 }, { type: "tests", max: 1 }],
    example: 'input "channel_291" {\n  source    = "cloud_rapid_content"\n  trust     = "vendor_signed_content"\n  frequency = "multiple_per_day"\n}'
  },
  {
    type: "schema",
    summary: "declared structure of the content",
    topLevel: false,
    doc: "The declared structure of structured content: version, field count and size limits. It lets the consumer verify what it reads, and lets Ringside compare what content declares with what the consumer supplies.",
    labels: [],
    attributes: [
      attr("version", int(0), "schema version", "The schema version carried in each release manifest."),
      attr("fields", int(0), "fields the content declares", "How many fields (inputs) the content format declares."),
      attr("consumer_fields", int(0), "fields the consumer supplies", "How many fields the consuming code actually supplies. A mismatch with `fields` is the July 2024 defect (21 declared, 20 supplied)."),
      attr("bounded", bool, "sizes and counts are capped", "Whether every count and length in the format has a declared maximum."),
      attr("declared_by", str, "where the schema is defined", "Which artefact defines the schema, for example template type definitions.")
    ],
    blocks: [],
    example: "schema {\n  version = 3\n  fields  = 21\n  bounded = true\n}"
  },
  {
    type: "tests",
    summary: "how releases of this input are tested",
    topLevel: false,
    doc: "The testing each release of the input gets before it ships. Validator checks alone are not tests on a real sensor.",
    labels: [],
    attributes: [
      attr("integration_on_real_sensor", bool, "runs on real sensor builds", "Whether each release runs on real sensor builds and OS versions before it ships."),
      attr("per_field_non_wildcard", bool, "every field tested with concrete values", "Whether every declared field has a test with a concrete, non-wildcard value."),
      attr("field_coverage", int(0, 100), "percent of fields exercised", "Percentage of declared fields exercised by tests."),
      attr("local_dev", bool, "developer testing", "Whether developers ran the release locally before it shipped."),
      attr("fuzzing", bool, "fuzzed", "Whether the content format is fuzzed against the consumer."),
      attr("fault_injection", bool, "fault injection", "Whether malformed releases are injected on purpose."),
      attr("stability", bool, "stability runs", "Whether releases pass long-running stability tests."),
      attr("rollback", bool, "rollback path tested", "Whether the rollback path itself is tested."),
      attr("stress", bool, "stress tests", "Whether releases pass stress tests.")
    ],
    blocks: [],
    example: "tests {\n  integration_on_real_sensor = true\n  per_field_non_wildcard     = true\n}"
  },
  {
    type: "deployment",
    summary: "how inputs reach hosts",
    topLevel: true,
    referenceable: true,
    doc: "How releases of one or more inputs reach the fleet: at once or in rings, gated on health, reversible or not, and under whose control.",
    labels: [{ name: "name", doc: "The deployment name, referenced as `deployment.NAME`." }],
    attributes: [
      attr("delivers", list(ref("input")), "inputs it ships", "The inputs whose releases this deployment ships.", { required: true }),
      attr("rollout", en(ROLLOUT), "global or staged", "Whether a release goes to every host at once or through rings."),
      attr("rings", list(str), "ordered rings", 'The rings in promotion order, for example ["internal", "canary", "early_adopter", "broad"].'),
      attr("bake_time", duration, "wait before promotion", 'How long each ring runs before promotion, such as "4h". "0" means no wait.'),
      attr("health_gate", list(en(HEALTH_SIGNAL)), "signals that halt promotion", "The signals that pause promotion automatically. Crashed hosts cannot report, so heartbeat loss belongs here."),
      attr("rollback", en(ROLLBACK), "how a bad release is undone", "How hosts get back to a good state."),
      attr("last_known_good", bool, "hosts keep the previous version", "Whether hosts keep the previous version and can revert to it by themselves."),
      attr("customer_control", en(CUSTOMER_CONTROL), "what customers can control", "Whether customers can pin, delay or ring releases."),
      attr("release_notes", bool, "changes are published", "Whether each release is published to operators."),
      attr("kill_switch", bool, "release can be halted fleet-wide", "Whether a release can be halted everywhere at once."),
      attr("release_process", en(RELEASE_PROCESS), "gates a release passes", "Whether releases pass the same gates as code."),
      attr("validated_by", en(VALIDATED_BY), "what checks a release", "What validates a release before it ships: the shipping interpreter, or a separate validator."),
      description
    ],
    blocks: [],
    example: 'deployment "content_rings" {\n  delivers    = [input.channel_291]\n  rollout     = "staged"\n  rings       = ["internal", "canary", "broad"]\n  bake_time   = "4h"\n  health_gate = ["heartbeat_loss", "crash_dumps"]\n}'
  },
  {
    type: "channel",
    summary: "a data or control path between components",
    topLevel: true,
    referenceable: true,
    doc: "A path between two components, in particular every crossing between kernel and user mode: its mechanism, what it carries, who may open it and how messages are checked.",
    labels: [{ name: "name", doc: "The channel name, referenced as `channel.NAME`." }],
    attributes: [
      attr("from", ref("component"), "sending component", "The component that sends.", { required: true }),
      attr("to", ref("component"), "receiving component", "The component that receives.", { required: true }),
      attr("mechanism", en(MECHANISM), "transport", "How data crosses."),
      attr("carries", list(ref("input")), "inputs carried", "The inputs (or their derivatives) that travel over this channel."),
      attr("form", en(FORM), "raw or compiled", "Whether content crosses in its original format or compiled into a flat, bounded table."),
      attr("acl", en(ACL), "who may open it", "The access control on the endpoint."),
      attr("caller_verification", en(CALLER_VERIFICATION), "how the caller is checked", "How the endpoint verifies who connects."),
      attr("validation", en(VALIDATION), "how messages are validated", "How the receiver validates each message."),
      attr("transfer", en(TRANSFER), "how buffers cross", "How buffers move across the boundary."),
      attr("double_fetch_possible", bool, "user memory may be read twice", "Whether the receiver may read the same user memory twice."),
      attr("operations", list(en(CONTROL_OPERATION)), "control operations exposed", "State-changing operations callers can request over the channel."),
      attr("waits_for_verdict", bool, "kernel waits for a user verdict", "Whether the kernel side holds an operation until a user-mode component answers."),
      attr("timeout_ms", int(1), "verdict timeout", "How long the kernel waits for a verdict."),
      attr("default_verdict", en(VERDICT), "verdict on timeout", "The verdict applied when the timeout expires."),
      attr("max_connections", int(1), "connections allowed", "How many clients may connect at once."),
      description
    ],
    blocks: [{ type: "queue", max: 1 }],
    example: 'channel "updater_to_driver" {\n  from      = component.updater\n  to        = component.content_interpreter\n  mechanism = "filter_port"\n  carries   = [input.channel_291]\n  form      = "compiled"\n}'
  },
  {
    type: "waiver",
    summary: "an accepted risk for one rule and target",
    topLevel: true,
    doc: "Accepts the risk a rule reports for one element. The finding is kept but reported as suppressed. A waiver needs a reason, an owner and an expiry date; an expired waiver is an error and a waiver that matches nothing is a warning.",
    labels: [{ name: "rule", doc: 'The rule id, such as "RS003".' }],
    attributes: [
      attr("target", ref("agent", "context", "component", "input", "deployment", "channel"), "the element the waiver covers", "The element whose finding is accepted.", { required: true }),
      attr("reason", str, "why the risk is accepted", "Why the risk is accepted; shown as the justification in SARIF.", { required: true }),
      attr("owner", str, "who owns the decision", "The person or team accountable for the decision.", { required: true }),
      attr("expires", date, "when to look again", 'The date, "YYYY-MM-DD", after which the waiver stops suppressing and becomes an error.', { required: true })
    ],
    blocks: [],
    example: 'waiver "RS003" {\n  target  = component.content_interpreter\n  reason  = "Patterns are compiled offline into size-capped tables."\n  owner   = "sensor platform"\n  expires = "2026-06-30"\n}'
  },
  {
    type: "review",
    summary: "rule configuration for this model",
    topLevel: true,
    maxPerModel: 1,
    doc: "Per-model rule configuration so the editor and CI judge the model the same way: severity overrides, rules turned off, and the CI failure threshold.",
    labels: [],
    attributes: [
      attr("fail_on", en(FAIL_ON), "severity that fails CI", "The lowest severity that makes `ringside check` exit 1. The `--fail-on` flag overrides it.")
    ],
    blocks: [{ type: "rule" }],
    example: 'review {\n  fail_on = "error"\n\n  rule "RS045" {\n    severity = "off"\n  }\n}'
  },
  {
    type: "rule",
    summary: "severity override for one rule",
    topLevel: false,
    doc: "Overrides one rule's severity for this model, or turns it off.",
    labels: [{ name: "rule", doc: 'The rule id, such as "RS016".' }],
    attributes: [attr("severity", en(SEVERITY), "new severity or off", "The severity to report the rule at, or `off`.", { required: true })],
    blocks: [],
    example: 'rule "RS016" {\n  severity = "warning"\n}'
  }
];
var BLOCK_SCHEMAS = new Map(BLOCKS.map((b) => [b.type, b]));
var TOP_LEVEL_BLOCKS = BLOCKS.filter((b) => b.topLevel).map((b) => b.type);
var REFERENCE_TARGETS = ["agent", "context", "component", "input", "deployment", "channel"];

// server/src/model/suggest.ts
function editDistance(a, b) {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > 8) return Math.max(a.length, b.length);
  let prev = Array.from({ length: b.length + 1 }, (_, i2) => i2);
  for (let i2 = 1; i2 <= a.length; i2++) {
    const cur = [i2];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i2 - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}
function suggest(word, candidates, max = 3) {
  const lower = word.toLowerCase();
  const limit = Math.max(2, Math.floor(word.length / 3));
  const scored = [];
  for (const c of candidates) {
    const cl = c.toLowerCase();
    let d = editDistance(lower, cl);
    if (d > limit && (cl.startsWith(lower) || cl.includes(lower)) && lower.length >= 3) d = limit;
    if (d <= limit) scored.push([c, d]);
  }
  scored.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  return scored.slice(0, max).map((s) => s[0]);
}
function didYouMean(suggestions, quote = (s) => `\`${s}\``) {
  if (suggestions.length === 0) return "";
  if (suggestions.length === 1) return ` Did you mean ${quote(suggestions[0])}?`;
  return ` Did you mean ${suggestions.slice(0, -1).map(quote).join(", ")} or ${quote(suggestions[suggestions.length - 1])}?`;
}

// server/src/model/types.ts
var ModelBlock = class {
  constructor(type, schema, file, range2, typeRange, name2, nameRange, parent, open, close) {
    this.type = type;
    this.schema = schema;
    this.file = file;
    this.range = range2;
    this.typeRange = typeRange;
    this.name = name2;
    this.nameRange = nameRange;
    this.parent = parent;
    this.open = open;
    this.close = close;
  }
  type;
  schema;
  file;
  range;
  typeRange;
  name;
  nameRange;
  parent;
  open;
  close;
  props = /* @__PURE__ */ new Map();
  children = [];
  get loc() {
    return { file: this.file, range: this.range };
  }
  /** Where a finding about the element as a whole is shown: its type keyword and name. */
  get headLoc() {
    const end = this.nameRange?.end ?? this.typeRange.end;
    return { file: this.file, range: { start: this.typeRange.start, end } };
  }
  /** `context.csagent` style key; for nested anonymous blocks, the parent's key plus the type. */
  get key() {
    if (this.name !== void 0 && this.schema?.referenceable) return `${this.type}.${this.name}`;
    if (this.name !== void 0) return `${this.type}."${this.name}"`;
    return this.parent ? `${this.parent.key}.${this.type}` : this.type;
  }
  has(name2) {
    return this.props.get(name2)?.value !== void 0;
  }
  prop(name2) {
    return this.props.get(name2);
  }
  str(name2) {
    const v = this.props.get(name2)?.value;
    return typeof v === "string" ? v : void 0;
  }
  num(name2) {
    const v = this.props.get(name2)?.value;
    return typeof v === "number" ? v : void 0;
  }
  bool(name2) {
    const v = this.props.get(name2)?.value;
    return typeof v === "boolean" ? v : void 0;
  }
  /** A list of strings (enum or free text); undefined when the attribute is absent or invalid. */
  strs(name2) {
    const v = this.props.get(name2)?.value;
    return Array.isArray(v) ? v.filter((x) => typeof x === "string") : void 0;
  }
  ref(name2) {
    const v = this.props.get(name2)?.value;
    return isRef(v) ? v : void 0;
  }
  refs(name2) {
    const v = this.props.get(name2)?.value;
    if (isRef(v)) return [v];
    return Array.isArray(v) ? v.filter(isRef) : [];
  }
  sub(type) {
    return this.children.find((c) => c.type === type);
  }
  subs(type) {
    return this.children.filter((c) => c.type === type);
  }
};
function isRef(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) && "type" in v && "name" in v && "loc" in v && "nameRange" in v;
}

// server/src/model/build.ts
var NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_-]*$/;
var DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
var DURATION_PATTERN = /^(0|\d+(\.\d+)?(ms|s|m|h|d|w))$/;
var MAX_LISTED_VALUES = 14;
function buildModel(root, files) {
  const model = {
    root,
    files,
    contexts: [],
    components: [],
    inputs: [],
    deployments: [],
    channels: [],
    waivers: [],
    elements: /* @__PURE__ */ new Map(),
    references: [],
    diagnostics: []
  };
  const b = new Builder(model);
  for (const f of files) b.file(f);
  b.resolve();
  return model;
}
var Builder = class {
  constructor(model) {
    this.model = model;
  }
  model;
  report(code, severity, file, range2, message, extra = {}) {
    this.model.diagnostics.push({ code, severity, message, loc: { file, range: range2 }, ...extra });
  }
  syntaxProblems = [];
  file(f) {
    for (const p of f.ast.problems) {
      this.syntaxProblems.push({ file: f.file, range: p.range });
      this.report(p.code === "nesting-too-deep" ? "RS-NESTING" : "RS-SYNTAX", "error", f.file, p.range, p.message);
    }
    for (const item of f.ast.items) {
      if (item.type === "attribute") {
        this.report(
          "RS-PLACEMENT",
          "error",
          f.file,
          item.name.range,
          `Attribute \`${item.name.name}\` is outside any block; attributes belong inside a block such as \`agent\` or \`context\`.`
        );
        continue;
      }
      const schema = BLOCK_SCHEMAS.get(item.blockType.name);
      if (!schema) {
        const s = suggest(item.blockType.name, TOP_LEVEL_BLOCKS);
        this.report(
          "RS-UNKNOWN-BLOCK",
          "error",
          f.file,
          item.blockType.range,
          `Unknown block type \`${item.blockType.name}\`.${didYouMean(s)} Top-level blocks are ${TOP_LEVEL_BLOCKS.map((t) => `\`${t}\``).join(", ")}.`,
          { suggestions: { range: item.blockType.range, values: s, quote: false } }
        );
        continue;
      }
      if (!schema.topLevel) {
        const parents = [...BLOCK_SCHEMAS.values()].filter((p) => p.blocks.some((c) => c.type === schema.type)).map((p) => `\`${p.type}\``);
        this.report(
          "RS-PLACEMENT",
          "error",
          f.file,
          item.blockType.range,
          `\`${schema.type}\` cannot stand at the top level: it belongs inside ${parents.join(" or ")}.` + (schema.type === "component" ? " A component is nested in the context it runs in." : "")
        );
        continue;
      }
      this.block(f.file, item, schema, void 0);
    }
  }
  block(file, node, schema, parent) {
    const labels = node.labels;
    const want = schema.labels.length;
    if (labels.length < want) {
      const shape = `${schema.type} ${schema.labels.map((l) => `"${l.name.toUpperCase()}"`).join(" ")} { ... }`;
      this.report("RS-LABELS", "error", file, node.blockType.range, `\`${schema.type}\` needs ${want === 1 ? "a label" : `${want} labels`}: write \`${shape}\`.`);
      return void 0;
    }
    for (const extra of labels.slice(want)) {
      this.report(
        "RS-LABELS",
        "error",
        file,
        extra.range,
        want === 0 ? `\`${schema.type}\` takes no label.` : `\`${schema.type}\` takes ${want} label${want > 1 ? "s" : ""}; this one is extra.`
      );
    }
    const nameLabel = labels[0] && want > 0 ? labels[0] : void 0;
    if (nameLabel && schema.referenceable && !NAME_PATTERN.test(nameLabel.value)) {
      this.report(
        "RS-LABELS",
        "error",
        file,
        nameLabel.range,
        `\`${nameLabel.value}\` cannot be referenced as \`${schema.type}.${nameLabel.value}\`: names start with a letter or \`_\` and contain only letters, digits, \`_\` and \`-\`.`
      );
    }
    const el = new ModelBlock(schema.type, schema, file, node.range, node.blockType.range, nameLabel?.value, nameLabel?.range, parent, node.open, node.close);
    this.attributes(file, el, node);
    this.children(file, el, node, schema);
    this.register(el);
    return el;
  }
  attributes(file, el, node) {
    const schema = el.schema;
    const seen = /* @__PURE__ */ new Map();
    for (const item of node.body) {
      if (item.type !== "attribute") continue;
      const name2 = item.name.name;
      const first = seen.get(name2);
      if (first) {
        this.report(
          "RS-DUPLICATE",
          "error",
          file,
          item.name.range,
          `Attribute \`${name2}\` is set twice in this \`${schema.type}\` block.`,
          { related: [{ loc: { file, range: first.name.range }, message: `first set here` }] }
        );
        continue;
      }
      seen.set(name2, item);
      const as = schema.attributes.find((a) => a.name === name2);
      if (!as) {
        const candidates = schema.attributes.map((a) => a.name);
        const s = suggest(name2, candidates);
        const nested = schema.blocks.some((c) => c.type === name2) ? ` \`${name2}\` is a block here: write \`${name2} { ... }\`.` : "";
        this.report(
          "RS-UNKNOWN-ATTRIBUTE",
          "error",
          file,
          item.name.range,
          `\`${schema.type}\` has no attribute \`${name2}\`.${nested || didYouMean(s)}`,
          { suggestions: { range: item.name.range, values: s, quote: false } }
        );
        continue;
      }
      const value = this.value(file, item.value, as.type, as, el);
      const prop = { name: name2, schema: as, loc: { file, range: item.range }, nameRange: item.name.range, expr: item.value, value };
      el.props.set(name2, prop);
    }
    const broken = this.syntaxProblems.some((p) => p.file === file && containsRange(el.range, p.range));
    for (const a of schema.attributes) {
      if (a.required && !seen.has(a.name) && !broken) {
        const what = el.name !== void 0 ? `\`${schema.type} "${el.name}"\`` : `\`${schema.type}\``;
        this.report(
          "RS-REQUIRED",
          "error",
          file,
          el.headLoc.range,
          `${what} is missing the required attribute \`${a.name}\` (${a.summary}).`,
          { missingAttribute: a.name }
        );
      }
    }
  }
  children(file, el, node, schema) {
    const counts = /* @__PURE__ */ new Map();
    for (const item of node.body) {
      if (item.type !== "block") continue;
      const type = item.blockType.name;
      const allowed = schema.blocks.find((c) => c.type === type);
      const childSchema = BLOCK_SCHEMAS.get(type);
      if (!allowed || !childSchema) {
        if (childSchema) {
          const where = childSchema.topLevel ? "at the top level" : `inside ${[...BLOCK_SCHEMAS.values()].filter((p) => p.blocks.some((c) => c.type === type)).map((p) => `\`${p.type}\``).join(" or ")}`;
          this.report("RS-PLACEMENT", "error", file, item.blockType.range, `\`${type}\` cannot be nested in \`${schema.type}\`; it belongs ${where}.`);
        } else {
          const candidates = [...schema.blocks.map((c) => c.type), ...schema.attributes.map((a) => a.name)];
          const s = suggest(type, candidates);
          const allowedText = schema.blocks.length ? ` Blocks allowed here: ${schema.blocks.map((c) => `\`${c.type}\``).join(", ")}.` : ` \`${schema.type}\` has no nested blocks.`;
          this.report(
            "RS-UNKNOWN-BLOCK",
            "error",
            file,
            item.blockType.range,
            `Unknown block type \`${type}\` in \`${schema.type}\`.${didYouMean(s)}${allowedText}`,
            { suggestions: { range: item.blockType.range, values: s.filter((x) => schema.blocks.some((c) => c.type === x)), quote: false } }
          );
        }
        continue;
      }
      const first = counts.get(type);
      if (allowed.max !== void 0 && first && allowed.max <= 1) {
        this.report(
          "RS-DUPLICATE",
          "error",
          file,
          item.blockType.range,
          `Only one \`${type}\` block is allowed in \`${schema.type}\`.`,
          { related: [{ loc: { file, range: first.blockType.range }, message: "the first one" }] }
        );
        continue;
      }
      counts.set(type, first ?? item);
      const child = this.block(file, item, childSchema, el);
      if (child) el.children.push(child);
    }
  }
  register(el) {
    const m = this.model;
    const schema = el.schema;
    if (schema.maxPerModel === 1) {
      const existing = schema.type === "agent" ? m.agent : schema.type === "review" ? m.review : void 0;
      if (existing) {
        this.report(
          schema.type === "agent" ? "RS-AGENT-COUNT" : "RS-DUPLICATE",
          "error",
          el.file,
          el.headLoc.range,
          `A model has one \`${schema.type}\` block; this is a second one.`,
          { related: [{ loc: existing.headLoc, message: `the first \`${schema.type}\` block` }] }
        );
        return;
      }
    }
    if (schema.referenceable && el.name !== void 0) {
      const key2 = `${el.type}.${el.name}`;
      const first = m.elements.get(key2);
      if (first) {
        this.report(
          "RS-DUPLICATE",
          "error",
          el.file,
          el.nameRange ?? el.typeRange,
          `\`${key2}\` is defined more than once; names are unique per block type across the model's files.`,
          { related: [{ loc: first.headLoc, message: `first definition of \`${key2}\`` }] }
        );
        return;
      }
      m.elements.set(key2, el);
    }
    switch (el.type) {
      case "agent":
        m.agent = el;
        break;
      case "review":
        m.review = el;
        break;
      case "context":
        m.contexts.push(el);
        break;
      case "component":
        m.components.push(el);
        break;
      case "input":
        m.inputs.push(el);
        break;
      case "deployment":
        m.deployments.push(el);
        break;
      case "channel":
        m.channels.push(el);
        break;
      case "waiver":
        m.waivers.push(el);
        break;
    }
  }
  /** Checks one value against its type; reports and returns undefined when it does not fit. */
  value(file, e, t, as, el) {
    const bad = (msg, extra = {}) => {
      this.report("RS-TYPE", "error", file, e.range, msg, extra);
      return void 0;
    };
    if (e.kind === "unsupported") {
      this.report(
        "RS-UNSUPPORTED",
        "error",
        file,
        e.range,
        e.what === "missing value" ? `\`${as.name}\` has no value.` : `A ${e.what} is valid HCL but not part of the design language; write a literal value.`
      );
      return void 0;
    }
    switch (t.kind) {
      case "string":
        return e.kind === "string" ? e.value : bad(`\`${as.name}\` takes a string in double quotes.`);
      case "number": {
        if (e.kind !== "number") return bad(`\`${as.name}\` takes a number.`);
        if (t.integer && !Number.isInteger(e.value)) return bad(`\`${as.name}\` takes a whole number.`);
        if (t.min !== void 0 && e.value < t.min) return bad(`\`${as.name}\` must be at least ${t.min}.`);
        if (t.max !== void 0 && e.value > t.max) return bad(`\`${as.name}\` must be at most ${t.max}.`);
        return e.value;
      }
      case "bool":
        if (e.kind === "bool") return e.value;
        if (e.kind === "string" && (e.value === "true" || e.value === "false")) {
          return bad(`\`${as.name}\` takes \`true\` or \`false\` without quotes.`, { suggestions: { range: e.range, values: [e.value], quote: false } });
        }
        return bad(`\`${as.name}\` takes \`true\` or \`false\`.`);
      case "date": {
        if (e.kind !== "string") return bad(`\`${as.name}\` takes a date string "YYYY-MM-DD".`);
        const m = DATE_PATTERN.exec(e.value);
        const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : void 0;
        if (!m || !d || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) return bad(`\`${e.value}\` is not a calendar date; write "YYYY-MM-DD".`);
        return e.value;
      }
      case "duration":
        if (e.kind === "number" && e.value === 0) return "0";
        if (e.kind !== "string" || !DURATION_PATTERN.test(e.value.trim())) return bad(`\`${as.name}\` takes a duration such as "30m", "4h" or "2d" ("0" for none).`);
        return e.value.trim();
      case "enum": {
        const allowed = t.enum.values.map((v) => v.value);
        const written = e.kind === "string" ? e.value : e.kind === "traversal" ? e.parts.map((p) => p.name).join(".") : void 0;
        if (written === void 0) return bad(`\`${as.name}\` takes one of the ${t.enum.name} values, as a string.`);
        if (e.kind === "traversal") {
          const fit = allowed.includes(written) ? [written] : suggest(written, allowed);
          return bad(`Enumerated values are strings: write \`"${fit[0] ?? written}"\`.`, { suggestions: { range: e.range, values: fit, quote: true } });
        }
        if (allowed.includes(written)) return written;
        const s = suggest(written, allowed);
        const listed = allowed.length <= MAX_LISTED_VALUES ? ` Allowed: ${allowed.map((v) => `"${v}"`).join(", ")}.` : ` See the ${allowed.length} ${t.enum.name} values on hover or in docs/language.md.`;
        this.report(
          "RS-ENUM",
          "error",
          file,
          e.range,
          `\`"${written}"\` is not a valid ${t.enum.name}.${didYouMean(s, (x) => `"${x}"`)}${listed}`,
          { suggestions: { range: e.range, values: s, quote: true } }
        );
        return void 0;
      }
      case "list": {
        if (e.kind !== "tuple") {
          const inner = this.peekFits(e, t.of);
          return bad(`\`${as.name}\` takes a list: write \`[ ... ]\`${inner ? " around the value" : ""}.`);
        }
        const out2 = [];
        const seen = /* @__PURE__ */ new Set();
        for (const item of e.items) {
          const v = this.value(file, item, t.of, as, el);
          if (v === void 0) continue;
          const k = typeof v === "object" ? JSON.stringify([v.type, v.name]) : String(v);
          if (seen.has(k)) {
            this.report("RS-DUPLICATE", "warning", file, item.range, `This value appears twice in \`${as.name}\`.`);
            continue;
          }
          seen.add(k);
          out2.push(v);
        }
        return out2;
      }
      case "reference": {
        if (e.kind === "string" && /^[A-Za-z_]+\.[A-Za-z0-9_-]+$/.test(e.value)) {
          return bad(`References are written without quotes: \`${e.value}\`.`, { suggestions: { range: e.range, values: [e.value], quote: false } });
        }
        if (e.kind !== "traversal" || e.parts.length !== 2) {
          return bad(`\`${as.name}\` takes a reference such as \`${t.targets[0]}.NAME\`.`);
        }
        const ref2 = { type: e.parts[0].name, name: e.parts[1].name, loc: { file, range: e.range }, nameRange: e.parts[1].range };
        this.pendingRefs.push({ ref: ref2, targets: t.targets, attr: as.name, owner: el });
        this.model.references.push(ref2);
        return ref2;
      }
      case "map": {
        if (e.kind !== "object") return bad(`\`${as.name}\` takes an object \`{ key = value }\`.`);
        const out2 = {};
        for (const entry of e.entries) {
          const v = this.value(file, entry.value, t.of, as, el);
          if (v !== void 0) out2[entry.key.name] = v;
        }
        return out2;
      }
    }
  }
  /** Whether a non-list value would fit as an item of the list (for a friendlier message). */
  peekFits(e, t) {
    return t.kind === "enum" && e.kind === "string" || t.kind === "reference" && e.kind === "traversal" || t.kind === "string" && e.kind === "string";
  }
  pendingRefs = [];
  resolve() {
    const m = this.model;
    for (const { ref: ref2, targets, attr: attr2 } of this.pendingRefs) {
      const file = ref2.loc.file;
      if (!REFERENCE_TARGETS.includes(ref2.type)) {
        const s = suggest(ref2.type, targets);
        this.report(
          "RS-UNRESOLVED",
          "error",
          file,
          ref2.loc.range,
          `\`${ref2.type}\` is not an element type.${didYouMean(s)} \`${attr2}\` takes ${targets.map((t) => `\`${t}.NAME\``).join(" or ")}.`,
          { suggestions: { range: { start: ref2.loc.range.start, end: { line: ref2.loc.range.start.line, character: ref2.loc.range.start.character + ref2.type.length } }, values: s, quote: false } }
        );
        continue;
      }
      const target = m.elements.get(`${ref2.type}.${ref2.name}`);
      if (!target) {
        const names = [...m.elements.values()].filter((x) => x.type === ref2.type).map((x) => x.name);
        const s = suggest(ref2.name, names);
        const elsewhere = targets.filter((t) => t !== ref2.type).map((t) => m.elements.get(`${t}.${ref2.name}`)).find((x) => x);
        const hint = elsewhere ? ` There is a ${elsewhere.type} named \`${ref2.name}\`: \`${elsewhere.type}.${ref2.name}\`.` : didYouMean(s.map((n) => `${ref2.type}.${n}`));
        this.report(
          "RS-UNRESOLVED",
          "error",
          file,
          ref2.loc.range,
          `No ${ref2.type} named \`${ref2.name}\` in this model.${hint}`,
          { suggestions: { range: ref2.nameRange, values: s, quote: false } }
        );
        continue;
      }
      if (!targets.includes(target.type)) {
        this.report(
          "RS-WRONG-TARGET",
          "error",
          file,
          ref2.loc.range,
          `\`${attr2}\` takes ${targets.map((t) => `a ${t}`).join(" or ")}, but \`${ref2.type}.${ref2.name}\` is a ${target.type}.`,
          { related: [{ loc: target.headLoc, message: `\`${ref2.type}.${ref2.name}\` is defined here` }] }
        );
        continue;
      }
      ref2.target = target;
    }
    this.waiverDuplicates();
  }
  /** Two waivers for the same rule and target: the second can never matter. */
  waiverDuplicates() {
    const seen = /* @__PURE__ */ new Map();
    for (const w of this.model.waivers) {
      const t = w.ref("target");
      if (!t || !w.name) continue;
      const key2 = `${w.name}|${t.type}.${t.name}`;
      const first = seen.get(key2);
      if (first) {
        const related = [{ loc: first.headLoc, message: "the first waiver for this rule and target" }];
        this.report("RS-DUPLICATE", "error", w.file, w.headLoc.range, `A waiver for ${w.name} on \`${t.type}.${t.name}\` already exists.`, { related });
      } else seen.set(key2, w);
    }
  }
};

// server/src/analysis/semantics.ts
var CONTENT_SOURCES = /* @__PURE__ */ new Set(["cloud_rapid_content", "signature_db", "ml_model"]);
var ATTACKER_SOURCES = /* @__PURE__ */ new Set(["file_content", "network_packets", "process_memory", "ipc_from_user"]);
var VENDOR_DELIVERED = /* @__PURE__ */ new Set([...CONTENT_SOURCES, "sensor_code"]);
var DEFAULT_TRUST = {
  cloud_rapid_content: "vendor_signed_content",
  signature_db: "vendor_signed_content",
  ml_model: "vendor_signed_content",
  sensor_code: "vendor_signed_code",
  policy_config: "admin_config",
  local_config: "admin_config",
  os_event_data: "attacker_influenced",
  file_content: "attacker_controlled",
  network_packets: "attacker_controlled",
  ipc_from_user: "attacker_controlled",
  process_memory: "attacker_controlled",
  boot_driver_images: "attacker_influenced",
  cloud_commands: "authenticated_peer"
};
var TRUST_ORDER = TRUST.values.map((v) => v.value);
function trustRank(level) {
  return level === void 0 ? -1 : TRUST_ORDER.length - TRUST_ORDER.indexOf(level);
}
var INTERPRETER_KINDS = ["content_interpreter", "rule_engine", "content_parser", "signature_scanner", "ml_inference"];
var SENSING_KINDS = [
  "fs_minifilter",
  "network_filter",
  "etw_consumer",
  "etw_ti_consumer",
  "es_client",
  "ebpf_probe",
  "fanotify_monitor",
  "user_hook",
  "amsi_provider"
];
var Semantics = class {
  constructor(model) {
    this.model = model;
  }
  model;
  channelIndex;
  deploymentIndex;
  /** Channels by their resolved ends, built once: rules walk channel graphs a lot. */
  channels() {
    if (!this.channelIndex) {
      const from = /* @__PURE__ */ new Map(), to = /* @__PURE__ */ new Map();
      for (const ch of this.model.channels) {
        const f = ch.ref("from")?.target, t = ch.ref("to")?.target;
        if (f) (from.get(f) ?? from.set(f, []).get(f)).push(ch);
        if (t) (to.get(t) ?? to.set(t, []).get(t)).push(ch);
      }
      this.channelIndex = { from, to };
    }
    return this.channelIndex;
  }
  /** Channels whose `from` is this component. */
  channelsFrom(component) {
    return this.channels().from.get(component) ?? [];
  }
  /** Channels whose `to` is this component. */
  channelsTo(component) {
    return this.channels().to.get(component) ?? [];
  }
  get agent() {
    return this.model.agent;
  }
  /** The context a component is nested in. */
  contextOf(component) {
    let p = component.parent;
    while (p && p.type !== "context") p = p.parent;
    return p;
  }
  kindOf(context) {
    return context?.str("kind");
  }
  platformOf(context) {
    return context?.str("platform") ?? this.model.agent?.str("platform");
  }
  isPrivileged(context) {
    return !!CONTEXT_FACTS.get(this.kindOf(context) ?? "")?.privileged;
  }
  isUser(context) {
    return !!CONTEXT_FACTS.get(this.kindOf(context) ?? "")?.user;
  }
  /**
   * BOOT_CRITICAL from domain.md: ELAM and boot-start drivers always; kernel drivers with start
   * boot or system; Linux modules loaded at boot. Undefined when it hinges on an unset `start`.
   */
  isBootCritical(context) {
    const kind = this.kindOf(context);
    const facts = CONTEXT_FACTS.get(kind ?? "");
    if (!facts) return false;
    if (facts.alwaysBootCritical) return true;
    if (kind === "kernel_driver" || kind === "linux_kernel_module") {
      const start2 = context.str("start");
      if (start2 === void 0) return void 0;
      return kind === "kernel_driver" ? start2 === "boot" || start2 === "system" : start2 === "boot";
    }
    return false;
  }
  kinds(component) {
    return component.strs("kinds") ?? [];
  }
  hasKind(component, ...kinds) {
    const k = this.kinds(component);
    return kinds.some((x) => k.includes(x));
  }
  isSensor(component) {
    return this.kinds(component).some((k) => k.startsWith("sensor.") || SENSING_KINDS.includes(k));
  }
  sourceOf(input) {
    return input.str("source");
  }
  isContent(input) {
    return CONTENT_SOURCES.has(this.sourceOf(input) ?? "");
  }
  trustOf(input) {
    return input.str("trust") ?? DEFAULT_TRUST[this.sourceOf(input) ?? ""];
  }
  /** Deployments that deliver an input. */
  deploymentsOf(input) {
    if (!this.deploymentIndex) {
      this.deploymentIndex = /* @__PURE__ */ new Map();
      for (const d of this.model.deployments) {
        for (const r of d.refs("delivers")) {
          if (!r.target) continue;
          const list3 = this.deploymentIndex.get(r.target) ?? [];
          if (!list3.includes(d)) list3.push(d);
          this.deploymentIndex.set(r.target, list3);
        }
      }
    }
    return this.deploymentIndex.get(input) ?? [];
  }
  /** The effective `on_internal_error`: the component's own, else its context's. */
  onInternalError(component) {
    const own = component.str("on_internal_error");
    if (own !== void 0) return { value: own, from: component };
    const ctx = this.contextOf(component);
    return { value: ctx?.str("on_internal_error"), from: ctx ?? component };
  }
  /** Evidence declared on a component and its context together. */
  evidence(component) {
    return /* @__PURE__ */ new Set([...component.strs("evidence") ?? [], ...this.contextOf(component)?.strs("evidence") ?? []]);
  }
  componentsIn(context) {
    return context.subs("component");
  }
};

// server/src/analysis/flow.ts
var FlowIndex = class {
  bySink = /* @__PURE__ */ new Map();
  byInput = /* @__PURE__ */ new Map();
  constructor(model, channelsFrom) {
    const seen = /* @__PURE__ */ new Map();
    const has = (sink, input) => !!seen.get(sink)?.has(input);
    const queue = [];
    const add = (f) => {
      let m = seen.get(f.sink);
      if (!m) seen.set(f.sink, m = /* @__PURE__ */ new Map());
      if (m.has(f.input)) return;
      m.set(f.input, f);
      queue.push(f);
    };
    let next = 0;
    const propagate = () => {
      for (; next < queue.length; next++) {
        const f = queue[next];
        for (const ch of channelsFrom(f.sink)) {
          const to = ch.ref("to")?.target;
          if (to && to !== f.sink && ch.refs("carries").some((r) => r.target === f.input)) add(extend(f, ch, to));
        }
      }
    };
    for (const c of model.components) {
      for (const r of c.refs("consumes")) {
        if (r.target) add({ input: r.target, sink: c, channels: [], form: "raw", path: [inputHop(r.target), { loc: r.loc, message: `consumed by component \`${c.name}\`` }] });
      }
    }
    propagate();
    for (const ch of model.channels) {
      const from = ch.ref("from")?.target;
      const to = ch.ref("to")?.target;
      if (!from || !to || from === to) continue;
      for (const r of ch.refs("carries")) {
        if (!r.target || has(from, r.target)) continue;
        add(extend({ input: r.target, sink: from, channels: [], form: "raw", path: [inputHop(r.target)] }, ch, to));
        propagate();
      }
    }
    for (const m of seen.values()) {
      for (const f of m.values()) {
        push(this.bySink, f.sink, f);
        push(this.byInput, f.input, f);
      }
    }
  }
  /** Everything that reaches a component. */
  into(component) {
    return this.bySink.get(component) ?? [];
  }
  /** Everywhere an input goes. */
  from(input) {
    return this.byInput.get(input) ?? [];
  }
};
function inputHop(input) {
  const src = input.str("source");
  return { loc: input.headLoc, message: `input \`${input.name}\`${src ? ` (source = ${src})` : ""}` };
}
function extend(f, ch, to) {
  const chForm = ch.str("form");
  const form = f.form === "compiled" || chForm === "compiled" ? "compiled" : chForm === void 0 || f.form === "unspecified" ? "unspecified" : "raw";
  const mech = ch.str("mechanism");
  return {
    input: f.input,
    sink: to,
    channels: [...f.channels, ch],
    form,
    path: [...f.path, { loc: ch.headLoc, message: `channel \`${ch.name}\`${mech ? ` (${mech})` : ""}${chForm ? `, form = ${chForm}` : ""} to component \`${to.name}\`` }]
  };
}
function push(m, k, v) {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}

// server/src/analysis/blast-radius.ts
var CRASH_TEXT = {
  process: "the process it runs in",
  service: "one restartable service",
  host: "the whole host (bugcheck / kernel panic)",
  host_every_boot: "the whole host, on every boot",
  fleet: "every host a release reaches"
};
function blastRadius(el, sem, flows) {
  const context = el.type === "context" ? el : sem.contextOf(el);
  const kind = sem.kindOf(context);
  const facts = CONTEXT_FACTS.get(kind ?? "");
  const bootCritical = sem.isBootCritical(context);
  let crash = facts ? facts.blastRadius : "unknown";
  if (crash === "host" && bootCritical) crash = "host_every_boot";
  const rec = context?.sub("recovery");
  let recovery = "unknown";
  let recoveryText = facts?.recovery ?? "unknown: the context kind is not set";
  if (facts) {
    if (facts.privilege === "off_host") recovery = "fix_at_source";
    else if (crash === "process" || crash === "service") recovery = "restart";
    else if (crash === "host") recovery = "reboot";
    else if (rec?.bool("requires_physical_access") === true) recovery = "hands_on_per_host";
    else if (rec?.str("remote") && rec.str("remote") !== "none") recovery = "safe_mode_or_winre";
    else recovery = rec?.str("remote") === "none" ? "hands_on_per_host" : "safe_mode_or_winre";
    if (recovery === "hands_on_per_host") recoveryText = "hands-on repair of each host (Safe Mode or WinRE, then remove the bad file)";
  }
  const sinks = el.type === "context" ? sem.componentsIn(el) : [el];
  const deployments = /* @__PURE__ */ new Set();
  for (const s of sinks) for (const f of flows.into(s)) for (const d of sem.deploymentsOf(f.input)) deployments.add(d);
  let fleetReach = deployments.size === 0 ? "not_delivered" : "first_ring";
  const fleet = sem.agent?.num("fleet_size");
  const hosts = fleet !== void 0 ? `all ${fleet.toLocaleString("en-US")} hosts` : "every host";
  let fleetText = deployments.size === 0 ? "no deployment delivers content to it" : "the first ring, before health gates halt promotion";
  for (const d of deployments) {
    const rollout = d.str("rollout");
    if (rollout === "global") {
      fleetReach = "all_hosts";
      fleetText = `${hosts}, at once (deployment \`${d.name}\` is global)`;
      break;
    }
    if (rollout === void 0) {
      fleetReach = "unknown";
      fleetText = `unknown: deployment \`${d.name}\` does not set rollout`;
    } else if (rollout === "staged" && (d.strs("health_gate")?.length ?? 0) === 0 && fleetReach === "first_ring") {
      fleetText = `every ring in turn: deployment \`${d.name}\` has no health gate to halt promotion`;
    }
  }
  return {
    element: el.key,
    context: context?.name,
    contextKind: kind,
    privileged: sem.isPrivileged(context),
    bootCritical: bootCritical === void 0 ? "unknown" : bootCritical,
    crash,
    crashText: crash === "unknown" ? "unknown: the context kind is not set" : CRASH_TEXT[crash],
    recovery,
    recoveryText,
    fleetReach,
    fleetText,
    tamper: facts ? `${facts.tamper.replace("_", " ")}: ${facts.tamperNote}` : "unknown"
  };
}

// server/src/analysis/engine.ts
var META_UNSPECIFIED_ID = "RS-META-UNSPECIFIED";
var INTERNAL_ERROR_ID = "RS-INTERNAL";
var WAIVER_CODES = {
  unknownRule: "RS-WAIVER-UNKNOWN-RULE",
  expired: "RS-WAIVER-EXPIRED",
  unused: "RS-WAIVER-UNUSED",
  reviewUnknownRule: "RS-REVIEW-UNKNOWN-RULE",
  incomplete: "RS-WAIVER-INCOMPLETE"
};
function isPlaceholder(text) {
  const t = (text ?? "").trim();
  return t === "" || /^(TODO|FIXME|TBD|XXX)\b/i.test(t) || /^<.*>$/.test(t);
}
var LOWER = { error: "warning", warning: "information", information: "hint", hint: "hint" };
function lowerSeverity(s) {
  return LOWER[s];
}
var RuleContext = class {
  constructor(model, sem, flows, rule2, out2, needs) {
    this.model = model;
    this.sem = sem;
    this.flows = flows;
    this.rule = rule2;
    this.out = out2;
    this.needs = needs;
  }
  model;
  sem;
  flows;
  rule;
  out;
  needs;
  report(r) {
    this.out.push({
      ruleId: this.rule.id,
      severity: r.severity ?? this.rule.defaultSeverity,
      defaultSeverity: r.severity ?? this.rule.defaultSeverity,
      message: r.message,
      loc: r.loc ?? r.element.headLoc,
      element: r.element.key,
      facts: r.facts ?? [],
      path: r.path,
      related: r.related,
      fixes: r.fixes,
      downgradedBy: r.downgradedBy
    });
  }
  /**
   * The rule needed `property` of `el` (a dotted path like `recovery.remote` for nested blocks)
   * and the model leaves it out. One information finding per element and property is reported,
   * naming every rule that needed it.
   */
  unspecified(el, property) {
    const key2 = `${el.key}|${property}`;
    const n = this.needs.get(key2);
    if (n) n.rules.add(this.rule.id);
    else this.needs.set(key2, { el, property, rules: /* @__PURE__ */ new Set([this.rule.id]) });
  }
  /** A fact about an attribute, e.g. `context csagent: kind = kernel_driver`, located at the attribute. */
  fact(el, attribute, note) {
    const p = el.prop(attribute);
    const shown = p ? showValue(p.value) : "unset";
    return { text: `${describe(el)}: ${attribute} = ${shown}${note ? ` (${note})` : ""}`, loc: p?.loc ?? el.headLoc };
  }
  /** A fact about an element without a single attribute behind it. */
  note(el, text) {
    return { text: `${describe(el)}: ${text}`, loc: el.headLoc };
  }
};
function describe(el) {
  if (el.name !== void 0) return `${el.type} ${el.name}`;
  return el.parent ? `${describe(el.parent)} \u203A ${el.type}` : el.type;
}
function showValue(v) {
  if (v === void 0) return "invalid";
  if (Array.isArray(v)) return `[${v.map(showValue).join(", ")}]`;
  if (typeof v === "object" && v !== null && "type" in v && "name" in v) return `${v.type}.${v.name}`;
  return String(v);
}
function modelDiagnosticToFinding(d) {
  const f = { ruleId: d.code, severity: d.severity, defaultSeverity: d.severity, message: d.message, loc: d.loc, facts: [], related: d.related };
  if (d.suggestions) f.suggestions = d.suggestions;
  if (d.missingAttribute) f.missingAttribute = d.missingAttribute;
  return f;
}
function analyze(model, rules, options) {
  const sem = new Semantics(model);
  const flows = new FlowIndex(model, (c) => sem.channelsFrom(c));
  const findings = model.diagnostics.map(modelDiagnosticToFinding);
  const ruleFindings = [];
  const needs = /* @__PURE__ */ new Map();
  for (const rule2 of rules) {
    const local = [];
    try {
      rule2.check(new RuleContext(model, sem, flows, rule2.meta, local, needs));
      for (const f of local) ruleFindings.push(f);
    } catch (e) {
      ruleFindings.push({
        ruleId: INTERNAL_ERROR_ID,
        severity: "error",
        defaultSeverity: "error",
        message: `Rule ${rule2.meta.id} (${rule2.meta.slug}) failed on this model and reported nothing: ${e?.message ?? String(e)}. The other rules still ran; please report this.`,
        loc: model.agent?.headLoc ?? { file: model.files[0]?.file ?? model.root, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } },
        facts: [{ text: `internal error in ${rule2.meta.id}` }]
      });
    }
  }
  for (const f of unspecifiedFindings(needs.values())) ruleFindings.push(f);
  const known = /* @__PURE__ */ new Set([...rules.map((r) => r.meta.id), META_UNSPECIFIED_ID]);
  const configured = applySeverityConfig(model, ruleFindings, known, options.overrides ?? {}, findings);
  applyWaivers(model, configured, known, options.today, findings);
  for (const f of configured) findings.push(f);
  findings.sort(compareFindings);
  let blast;
  return {
    findings,
    semantics: sem,
    flows,
    get blastRadius() {
      return blast ??= [...model.contexts, ...model.components].map((el) => blastRadius(el, sem, flows));
    }
  };
}
function compareFindings(a, b) {
  return a.loc.file.localeCompare(b.loc.file) || a.loc.range.start.line - b.loc.range.start.line || a.loc.range.start.character - b.loc.range.start.character || a.ruleId.localeCompare(b.ruleId);
}
function unspecifiedFindings(needs) {
  const byElement = /* @__PURE__ */ new Map();
  for (const n of needs) {
    let g = byElement.get(n.el.key);
    if (!g) byElement.set(n.el.key, g = { el: n.el, props: [] });
    g.props.push({ property: n.property, rules: [...n.rules].sort() });
  }
  const out2 = [];
  for (const { el, props } of byElement.values()) {
    props.sort((a, b) => a.property.localeCompare(b.property));
    const fixes = [];
    for (const p of props) fixes.push(...declareFixes(el, p.property));
    const allRules = [...new Set(props.flatMap((p) => p.rules))].sort();
    const names = props.map((p) => p.property);
    const message = props.length === 1 ? `${describe(el)} does not say ${names[0]}, which ${andList(allRules)} need${allRules.length === 1 ? "s" : ""} to judge it. Ringside will not guess.` : `${describe(el)} does not say ${andList(names)}, which ${andList(allRules)} need to judge it. Ringside will not guess.`;
    out2.push({
      ruleId: META_UNSPECIFIED_ID,
      severity: "information",
      defaultSeverity: "information",
      message,
      loc: el.headLoc,
      element: el.key,
      facts: props.map((p) => ({ text: `${p.property} is unset; needed by ${andList(p.rules)}`, loc: el.headLoc })),
      fixes,
      unspecified: { element: el.key, properties: props }
    });
  }
  return out2;
}
function andList(xs) {
  return xs.length <= 1 ? xs[0] ?? "" : `${xs.slice(0, -1).join(", ")} and ${xs[xs.length - 1]}`;
}
function declareFixes(el, property) {
  const dot = property.lastIndexOf(".");
  const blockPath = dot >= 0 ? property.slice(0, dot) : "";
  const attribute = dot >= 0 ? property.slice(dot + 1) : property;
  const targetKey = blockPath ? `${el.key}.${blockPath}` : el.key;
  const blockType = blockPath ? blockPath.split(".").pop() : el.type;
  const schema = BLOCK_SCHEMAS.get(blockType)?.attributes.find((a) => a.name === attribute);
  const t = schema?.type;
  const choices = t?.kind === "enum" ? t.enum.values.map((v) => `"${v.value}"`) : t?.kind === "bool" ? ["true", "false"] : [];
  if (choices.length === 0 || choices.length > 8) return [];
  return choices.map((c) => ({ title: `Declare ${property} = ${c}`, steps: [{ op: "set", element: targetKey, attribute, value: c }] }));
}
function applySeverityConfig(model, findings, known, settings, out2) {
  const effective = {};
  for (const [id, sev] of Object.entries(settings)) if (known.has(id)) effective[id] = sev;
  for (const r of model.review?.subs("rule") ?? []) {
    if (!r.name) continue;
    if (!known.has(r.name)) {
      out2.push({
        ruleId: WAIVER_CODES.reviewUnknownRule,
        severity: "error",
        defaultSeverity: "error",
        facts: [],
        message: `\`${r.name}\` is not a Ringside rule id; rules are RS001 to RS045 and ${META_UNSPECIFIED_ID}.`,
        loc: { file: r.file, range: r.nameRange ?? r.typeRange }
      });
      continue;
    }
    const sev = r.str("severity");
    if (sev) effective[r.name] = sev;
  }
  const kept = [];
  for (const f of findings) {
    const o = effective[f.ruleId];
    if (o === "off") continue;
    if (o) f.severity = o;
    kept.push(f);
  }
  return kept;
}
function applyWaivers(model, findings, known, today, out2) {
  for (const w of model.waivers) {
    const id = w.name;
    if (!id) continue;
    const idLoc = { file: w.file, range: w.nameRange ?? w.typeRange };
    if (!known.has(id)) {
      out2.push({
        ruleId: WAIVER_CODES.unknownRule,
        severity: "error",
        defaultSeverity: "error",
        loc: idLoc,
        facts: [],
        message: `Waiver for unknown rule \`${id}\`: rules are RS001 to RS045 and ${META_UNSPECIFIED_ID}.`
      });
      continue;
    }
    const target = w.ref("target")?.target;
    const expires = w.str("expires");
    const reason = w.str("reason") ?? "";
    const owner = w.str("owner") ?? "";
    if (!target || !expires) continue;
    if (expires < today) {
      out2.push({
        ruleId: WAIVER_CODES.expired,
        severity: "error",
        defaultSeverity: "error",
        facts: [{ text: `waiver ${id}: expires = ${expires}, today is ${today}` }],
        loc: w.prop("expires")?.loc ?? idLoc,
        element: w.key,
        message: `Waiver for ${id} on \`${target.key}\` expired on ${expires}; the finding is reported again. Renew it with a new date and a fresh reason, or fix the design.`
      });
      continue;
    }
    if (isPlaceholder(reason) || isPlaceholder(owner)) {
      const missing = [isPlaceholder(reason) ? "reason" : "", isPlaceholder(owner) ? "owner" : ""].filter(Boolean).join(" and ");
      const at = (isPlaceholder(reason) ? w.prop("reason")?.loc : w.prop("owner")?.loc) ?? idLoc;
      out2.push({
        ruleId: WAIVER_CODES.incomplete,
        severity: "warning",
        defaultSeverity: "warning",
        loc: at,
        element: w.key,
        facts: [{ text: `waiver ${id}: ${missing} not filled in` }],
        message: `Waiver for ${id} on ${target.key} is not filled in: write its ${missing}. Until then it suppresses nothing.`
      });
      continue;
    }
    let used = false;
    for (const f of findings) {
      if (f.ruleId !== id || f.suppression || !f.element) continue;
      if (f.element === target.key || isInside(model, f.element, target)) {
        f.suppression = { reason, owner, expires, loc: w.headLoc };
        used = true;
      }
    }
    if (!used) {
      out2.push({
        ruleId: WAIVER_CODES.unused,
        severity: "warning",
        defaultSeverity: "warning",
        loc: idLoc,
        element: w.key,
        facts: [],
        message: `Waiver for ${id} on \`${target.key}\` matches no finding; remove it, or check the rule id and target.`,
        fixes: [{ title: "Remove the unused waiver", steps: [{ op: "remove-block", loc: w.loc }] }]
      });
    }
  }
}
function isInside(model, key2, ancestor) {
  let el = model.elements.get(key2)?.parent;
  while (el) {
    if (el === ancestor) return true;
    el = el.parent;
  }
  return false;
}

// server/src/rules/meta.ts
var SERIES = {
  INTRO: "https://opfuchs.gay/Tech/Evasion/EDR-Evasion/EDR-Design-and-the-CrowdStrike-Incident/Introduction",
  P1: "https://opfuchs.gay/Tech/Evasion/EDR-Evasion/EDR-Design-and-the-CrowdStrike-Incident/Part-1---The-Why-and-How-of-EDR"
};
var SERIES_ANCHORS = {
  INTRO_CONTENT: { page: "INTRO", fragment: "#:~:text=faulty%20content%20update", title: 'Introduction \u2014 "faulty content update"' },
  INTRO_ELAM: { page: "INTRO", fragment: "#:~:text=early%2Dload%20anti%2Dmalware", title: 'Introduction \u2014 "early-load anti-malware"' },
  INTRO_QA: { page: "INTRO", fragment: "#:~:text=micro%20and%20macro%20questions", title: 'Introduction \u2014 "micro and macro questions"' },
  INTRO_OBFUSC: { page: "INTRO", fragment: "#:~:text=obfuscates%20their%20channel%20files", title: 'Introduction \u2014 "obfuscates their channel files"' },
  INTRO_KERNELQ: { page: "INTRO", fragment: "#:~:text=so%20much%20in%20kernel%20mode", title: 'Introduction \u2014 "so much in kernel mode"' },
  INTRO_P2: { page: "INTRO", fragment: "#:~:text=In%20part%202", title: "Introduction \u2014 plan for Part 2, Windows EDR internals (planned, not published)", plannedPart: 2 },
  INTRO_P3: { page: "INTRO", fragment: "#:~:text=In%20part%203", title: "Introduction \u2014 plan for Part 3, Linux and macOS EDR (planned, not published)", plannedPart: 3 },
  INTRO_P4: { page: "INTRO", fragment: "#:~:text=in%20part%204", title: "Introduction \u2014 plan for Part 4, whether the kernel-heavy approach is worth the risk (planned, not published)", plannedPart: 4 },
  P1_AV: { page: "P1", fragment: "#from-av-to-edr", title: "Part 1 \u2014 From AV to EDR" },
  P1_ARCH: { page: "P1", fragment: "#edr-architecture", title: "Part 1 \u2014 EDR Architecture" },
  P1_SENSOR: { page: "P1", fragment: "#:~:text=A%20sensor%20is%20simply", title: 'Part 1 \u2014 "A sensor is simply"' },
  P1_DETECT: { page: "P1", fragment: "#:~:text=secret%20sauce", title: 'Part 1 \u2014 "secret sauce"' },
  P1_VIS: { page: "P1", fragment: "#:~:text=Emphasis%20on%20visibility", title: 'Part 1 \u2014 "Emphasis on visibility"' },
  P1_ML: { page: "P1", fragment: "#:~:text=only%20alert%20a%20human%20analyst", title: 'Part 1 \u2014 "only alert a human analyst"' },
  P1_AGENTLESS: { page: "P1", fragment: "#:~:text=agent%2Dless%20approaches", title: 'Part 1 \u2014 "agent-less approaches"' }
};
function seriesLink(anchor) {
  const a = SERIES_ANCHORS[anchor];
  return { title: a.title, url: SERIES[a.page] + a.fragment };
}
function plannedPartOf(anchor) {
  const a = SERIES_ANCHORS[anchor];
  return a.plannedPart;
}
var SOURCE_TABLE = {
  // CrowdStrike
  "CS-PIR": { title: "CrowdStrike \u2014 Falcon content update: preliminary post-incident review (PIR)", url: "https://www.crowdstrike.com/en-us/blog/falcon-content-update-preliminary-post-incident-report/" },
  "CS-TECH": { title: "CrowdStrike \u2014 Falcon update for Windows hosts: technical details", url: "https://www.crowdstrike.com/en-us/blog/falcon-update-for-windows-hosts-technical-details/" },
  "CS-RCA": { title: "CrowdStrike \u2014 Channel File 291 incident: root cause analysis (PDF, 6 Aug 2024)", url: "https://www.crowdstrike.com/wp-content/uploads/2024/08/Channel-File-291-Incident-Root-Cause-Analysis-08.06.2024.pdf" },
  "CS-RCA-BLOG": { title: "CrowdStrike \u2014 Channel File 291 root cause analysis available (cited only)", url: "https://www.crowdstrike.com/en-us/blog/channel-file-291-rca-available/" },
  "CS-RCA-EXEC": { title: "CrowdStrike \u2014 RCA executive summary, Channel File 291 (PDF) (cited only)", url: "https://www.crowdstrike.com/wp-content/uploads/2024/08/Executive-Summary_Root-Cause-Analysis_Channel-File-291.pdf" },
  "CS-HUB": { title: "CrowdStrike \u2014 Falcon content update remediation and guidance hub (cited only)", url: "https://www.crowdstrike.com/falcon-content-update-remediation-and-guidance-hub/" },
  "CS-KERNEL": { title: "CrowdStrike \u2014 Tech analysis: kernel access and security architecture", url: "https://www.crowdstrike.com/en-us/blog/tech-analysis-kernel-access-security-architecture/" },
  // Microsoft: incident response and the Windows Resiliency Initiative
  "MS-JUL20": { title: "Microsoft \u2014 Helping our customers through the CrowdStrike outage, 20 Jul 2024 (cited only)", url: "https://blogs.microsoft.com/blog/2024/07/20/helping-our-customers-through-the-crowdstrike-outage/" },
  "MS-JUL27": { title: "Microsoft Security \u2014 Windows security best practices for integrating and managing security tools, 27 Jul 2024", url: "https://www.microsoft.com/en-us/security/blog/2024/07/27/windows-security-best-practices-for-integrating-and-managing-security-tools/" },
  "MS-MDE-SDP-BLOG": { title: "Microsoft Tech Community \u2014 Microsoft Defender for Endpoint's safe deployment practices", url: "https://techcommunity.microsoft.com/t5/microsoft-defender-for-endpoint/microsoft-defender-for-endpoint-s-safe-deployment-practices/ba-p/4220342" },
  "MS-MDE-SDP-DOC": { title: "Microsoft Learn \u2014 Defender for Endpoint safe deployment practices strategy", url: "https://learn.microsoft.com/en-us/defender-endpoint/mde-sdp-strategy" },
  "MS-SEP12": { title: "Windows Experience Blog \u2014 Taking steps that drive resiliency and security for Windows customers, 12 Sep 2024", url: "https://blogs.windows.com/windowsexperience/2024/09/12/taking-steps-that-drive-resiliency-and-security-for-windows-customers/" },
  "MS-NOV19": { title: "Windows Experience Blog \u2014 Windows security and resiliency: protecting your business, 19 Nov 2024 (cited only)", url: "https://blogs.windows.com/windowsexperience/2024/11/19/windows-security-and-resiliency-protecting-your-business/" },
  "MS-JUN26-2025": { title: "Windows Experience Blog \u2014 The Windows Resiliency Initiative: building resilience for a future-ready enterprise, 26 Jun 2025 (cited only)", url: "https://blogs.windows.com/windowsexperience/2025/06/26/the-windows-resiliency-initiative-building-resilience-for-a-future-ready-enterprise/" },
  "QMR": { title: "Microsoft Learn \u2014 Quick Machine Recovery (cited only)", url: "https://learn.microsoft.com/en-us/windows/configuration/quick-machine-recovery/" },
  // Microsoft: platform documentation
  "WIN-ELAM": { title: "Microsoft Learn \u2014 Early launch antimalware", url: "https://learn.microsoft.com/en-us/windows-hardware/drivers/install/early-launch-antimalware" },
  "WIN-ELAM-REQ": { title: "Microsoft Learn \u2014 ELAM driver requirements", url: "https://learn.microsoft.com/en-us/windows-hardware/drivers/install/elam-driver-requirements" },
  "WIN-ELAM-SAMPLE": { title: "Microsoft Learn \u2014 Early Launch Anti-Malware driver sample (Early Launch EKU)", url: "https://learn.microsoft.com/en-us/samples/microsoft/windows-driver-samples/early-launch-anti-malware-driver" },
  // en-us path inferred from the localized copies that were read.
  "WIN-PPL": { title: "Microsoft Learn \u2014 Protecting anti-malware services", url: "https://learn.microsoft.com/en-us/windows/win32/services/protecting-anti-malware-services-" },
  "WIN-PPL-CERT": { title: "Microsoft Learn \u2014 InstallELAMCertificateInfo function", url: "https://learn.microsoft.com/en-us/windows/win32/api/sysinfoapi/nf-sysinfoapi-installelamcertificateinfo" },
  "WIN-PROC-NOTIFY": { title: "Microsoft Learn \u2014 PsSetCreateProcessNotifyRoutineEx", url: "https://learn.microsoft.com/en-us/windows-hardware/drivers/ddi/ntddk/nf-ntddk-pssetcreateprocessnotifyroutineex" },
  "WIN-PROC-NOTIFY-CB": { title: "Microsoft Learn \u2014 PCREATE_PROCESS_NOTIFY_ROUTINE_EX callback", url: "https://learn.microsoft.com/en-us/windows-hardware/drivers/ddi/ntddk/nc-ntddk-pcreate_process_notify_routine_ex" },
  "WIN-OB-REG": { title: "Microsoft Learn \u2014 OB_OPERATION_REGISTRATION structure", url: "https://learn.microsoft.com/en-us/windows-hardware/drivers/ddi/wdm/ns-wdm-_ob_operation_registration" },
  "WIN-OB-PRECB": { title: "Microsoft Learn \u2014 POB_PRE_OPERATION_CALLBACK callback", url: "https://learn.microsoft.com/en-us/windows-hardware/drivers/ddi/wdm/nc-wdm-pob_pre_operation_callback" },
  "WIN-FLTMGR": { title: "Microsoft Learn \u2014 Filter Manager concepts", url: "https://learn.microsoft.com/en-us/windows-hardware/drivers/ifs/filter-manager-concepts" },
  "WIN-FLT-CALLBACKS": { title: "Microsoft Learn \u2014 Writing preoperation and postoperation callback routines", url: "https://learn.microsoft.com/en-us/windows-hardware/drivers/ifs/writing-preoperation-and-postoperation-callback-routines" },
  "WIN-FLT-REGISTER": { title: "Microsoft Learn \u2014 FltRegisterFilter function", url: "https://learn.microsoft.com/en-us/windows-hardware/drivers/ddi/fltkernel/nf-fltkernel-fltregisterfilter" },
  "WIN-WFP-INTRO": { title: "Microsoft Learn \u2014 Introduction to Windows Filtering Platform callout drivers", url: "https://learn.microsoft.com/en-us/windows-hardware/drivers/network/introduction-to-windows-filtering-platform-callout-drivers" },
  "WIN-WFP-CALLOUT": { title: "Microsoft Learn \u2014 Callout driver programming considerations", url: "https://learn.microsoft.com/en-us/windows-hardware/drivers/network/callout-driver-programming-considerations" },
  "WIN-WFP-ARCH": { title: "Microsoft Learn \u2014 Windows Filtering Platform architecture overview", url: "https://learn.microsoft.com/en-us/windows/win32/fwp/windows-filtering-platform-architecture-overview" },
  "WIN-SIGN-OFFERINGS": { title: "Microsoft Learn \u2014 Driver signing offerings", url: "https://learn.microsoft.com/en-us/windows-hardware/drivers/dashboard/driver-signing-offerings" },
  "WIN-SIGN-RELEASE": { title: "Microsoft Learn \u2014 Release certificates for driver signing", url: "https://learn.microsoft.com/en-us/windows-hardware/drivers/install/release-certificates" },
  "WIN-SIGN-PNP": { title: "Microsoft Learn \u2014 PnP device installation signing requirements", url: "https://learn.microsoft.com/en-us/windows-hardware/drivers/install/pnp-device-installation-signing-requirements--windows-vista-and-later-" },
  "WIN-HVCI": { title: "Microsoft Learn \u2014 Implement HVCI-compatible code", url: "https://learn.microsoft.com/en-us/windows-hardware/drivers/driversecurity/implement-hvci-compatible-code" },
  "WIN-CI-CHECK": { title: "Microsoft Learn \u2014 Driver Verifier code integrity checking", url: "https://learn.microsoft.com/en-us/windows-hardware/drivers/devtest/code-integrity-checking" },
  "ETW-TI": { title: "paragmali.com \u2014 ETW: how Windows 2000's performance hack became the EDR substrate (secondary)", url: "https://paragmali.com/blog/etw-how-windows-2000s-performance-hack-became-the-edr-substr/" },
  "EBPF-ETW": { title: "paragmali.com \u2014 eBPF vs ETW: two generations of kernel observability (secondary)", url: "https://paragmali.com/blog/ebpf-vs-etw-two-generations-of-kernel-observability/" },
  // Apple
  "APPLE-ES": { title: "Apple Developer \u2014 Endpoint Security", url: "https://developer.apple.com/documentation/endpointsecurity" },
  "APPLE-ES-ENTITLEMENT": { title: "Apple Developer \u2014 com.apple.developer.endpoint-security.client entitlement", url: "https://developer.apple.com/documentation/bundleresources/entitlements/com.apple.developer.endpoint-security.client" },
  "APPLE-ES-FORUM": { title: "Apple Developer Forums \u2014 Endpoint Security thread 651274", url: "https://developer.apple.com/forums/thread/651274" },
  "ENDPOINT-SEC-RS": { title: "docs.rs \u2014 endpoint-sec (Endpoint Security bindings; AUTH deadline behaviour)", url: "https://docs.rs/endpoint-sec" },
  "APPLE-KEXT": { title: "Apple Developer \u2014 Kernel extensions (cited only)", url: "https://developer.apple.com/support/kernel-extensions/" },
  "APPLE-KEXT-HT": { title: "Apple Support \u2014 HT210999, legacy system extensions (cited only)", url: "https://support.apple.com/en-us/HT210999" },
  "APPLE-GUIDE": { title: "MacRumors \u2014 Apple updates Platform Security Guide, 18 Feb 2021 (secondary)", url: "https://www.macrumors.com/2021/02/18/apple-updates-platform-security-guide/" },
  "APPLE-ES-9TO5": { title: "9to5Mac \u2014 Let's talk about Apple's Endpoint Security framework, 20 Jul 2024 (secondary)", url: "https://9to5mac.com/2024/07/20/lets-talk-about-apples-endpoint-security-framework/" },
  // Linux
  "EBPF": { title: "eBPF Docs \u2014 The eBPF verifier", url: "https://docs.ebpf.io/linux/concepts/verifier" },
  "RH-7068083": { title: "Red Hat \u2014 Solution 7068083: kernel panic with falcon-sensor on 5.14.0-427.13.1.el9_4 (cited only)", url: "https://access.redhat.com/solutions/7068083" },
  "REG-EBPF": { title: "The Register \u2014 Grafana Labs interview, 26 Sep 2024 (read via mirror)", url: "https://www.theregister.com/2024/09/26/grafana_labs_interview/" },
  "LINUX-2024-STACKDIARY": { title: "Stack Diary \u2014 CrowdStrike took down Debian and Rocky Linux a few months ago", url: "https://stackdiary.com/crowdstrike-took-down-debian-and-rocky-linux-a-few-months-ago-and-no-one-noticed" },
  "LINUX-2024-ITSFOSS": { title: "It's FOSS News \u2014 CrowdStrike on Windows and Linux", url: "https://news.itsfoss.com/crowdstrike-windows-linux/" },
  "HN-41005936": { title: "Hacker News \u2014 Debian stable crash report thread, item 41005936 (cited only)", url: "https://news.ycombinator.com/item?id=41005936" },
  "ROCKY-FORUM": { title: "Rocky Linux Forums \u2014 CrowdStrike freezing Rocky Linux after 9.4 upgrade (cited only)", url: "https://forums.rockylinux.org/t/crowdstrike-freezing-rockylinux-after-9-4-upgrade/14041" },
  "FALCON-LINUX-RFM": { title: "Falcon for Linux reduced functionality mode notes (unofficial)", url: "https://docs-4eq.pages.dev/crowdstrike/linux/rfm" },
  // Research and commentary
  "OUTFLANK": { title: "Outflank \u2014 EDR internals for macOS and Linux, 3 Jun 2024", url: "https://www.outflank.nl/blog/2024/06/03/edr-internals-macos-linux/" },
  "ANTIY": { title: "Antiy \u2014 analysis of the CrowdStrike outage (4hou.com, 22 Jul 2024)", url: "https://www.4hou.com/posts/VWmM" },
  "ERNW": { title: "ERNW Insinuator \u2014 CrowdStrike: what is the worldwide BSOD all about", url: "https://insinuator.net/2024/08/crowdstrike-what-is-the-worldwide-bsod-all-about" },
  "FIELD-EFFECT": { title: "Field Effect \u2014 The brass tacks of Windows kernel access (vendor opinion)", url: "https://fieldeffect.com/blog/the-brass-tacks-of-windows-kernel-access" },
  // McAfee DAT 5958, April 2010
  "MCAFEE-ZDNET": { title: "ZDNet \u2014 McAfee issues fix and apology for hosed XP SP3 PCs", url: "https://www.zdnet.com/article/mcafee-issues-fix-and-apology-for-hosed-xp-sp3-pcs/" },
  // The only plain-http source: the page is not served over https.
  "MCAFEE-TECHNIBBLE": { title: "Technibble \u2014 Buggy McAfee update is shutting down XP machines worldwide", url: "http://www.technibble.com/buggy-mcafee-update-is-shutting-down-xp-machines-worldwide/" },
  "MCAFEE-CISA": { title: "US-CERT/CISA \u2014 McAfee DAT 5958 issues, 21 Apr 2010 (cited only)", url: "https://www.cisa.gov/news-events/alerts/2010/04/21/mcafee-dat-5958-issues" }
};
function source(id) {
  const s = SOURCE_TABLE[id];
  return { title: s.title, url: s.url };
}
function rule(r) {
  const planned = r.series.map(plannedPartOf).find((p) => p !== void 0);
  const meta = {
    ...r,
    series: r.series.map(seriesLink),
    primary: r.primary.map(source)
  };
  if (planned !== void 0) meta.seriesPlannedPart = planned;
  return meta;
}
var PRIVILEGED = "a privileged context (`kind` kernel_driver, boot_start_driver, elam_driver, linux_kernel_module, macos_kext, hypervisor or secure_kernel; ebpf_program is deliberately not in this set)";
var BOOT_CRITICAL = 'a boot-critical context (`kind` boot_start_driver or elam_driver, a kernel_driver with `start` "boot" or "system", or a linux_kernel_module with `start` "boot")';
var CONTENT = "content (an input whose `source` is cloud_rapid_content, signature_db or ml_model)";
var READS_AN_INPUT = "reads an input, either directly through `consumes` or over a `channel` whose `carries` lists it";
var RULE_META = [
  // ── A. Untrusted or complex input in kernel context ─────────────────────────────────────
  rule({
    id: "RS001",
    slug: "kernel-interpreter-cloud-content",
    title: "Kernel-resident interpreter consumes cloud-delivered content",
    category: "untrusted-input-in-kernel",
    defaultSeverity: "error",
    severityNote: "Error because this is the exact shape of the July 2024 failure; the mitigations listed under downgrade lower it to a warning.",
    rationale: "Putting content interpretation in the kernel means every content release alters what ring-0 code does, yet the release bypasses the testing and signing path that kernel code itself goes through. A record that is malformed, or merely shaped in a way the code never anticipated, then takes down the whole host instead of failing one detection. In July 2024 Falcon's Content Interpreter, running inside the Windows sensor driver, read beyond an input array of 20 entries once a new template instance referenced a 21st field. Microsoft describes the reverse arrangement for Defender for Endpoint: kernel drivers limited to sensing, with content loaded and evaluated by user-mode components. The rule targets this specific combination, not kernel sensors in general.",
    trigger: `A component in ${PRIVILEGED} whose \`kinds\` include content_interpreter, rule_engine, content_parser, signature_scanner or ml_inference, and which ${READS_AN_INPUT}, where that input is ${CONTENT} and arrives in its original form (directly, or over channels none of which has \`form = "compiled"\`; a channel without \`form\` is reported as unspecified).`,
    downgrade: 'Drops to warning when all of these are declared: the input\'s `schema` has `bounded = true`, the component\'s `bounds_checks` is "runtime" or "runtime_and_compile_time", its `evidence` includes "fuzzing", and the `deployment` that delivers the input has `rollout = "staged"`.',
    series: ["INTRO_CONTENT", "INTRO_KERNELQ", "P1_DETECT"],
    primary: ["CS-PIR", "CS-RCA", "MS-MDE-SDP-BLOG"],
    related: ["RS003", "RS004", "RS008", "RS033"],
    fixes: [
      "Move the interpreter into a user-mode protected service",
      "Compile content in user mode into a fixed-size table for the kernel"
    ]
  }),
  rule({
    id: "RS002",
    slug: "kernel-parses-attacker-bytes",
    title: "Kernel parses attacker-controlled bytes with a complex format",
    category: "untrusted-input-in-kernel",
    defaultSeverity: "error",
    severityNote: "Error because the adversary chooses the input, so a parser bug becomes a kernel crash or kernel code execution rather than a missed detection.",
    rationale: "File contents, packets and the memory of other processes are all under the control of the party the product defends against. Decoders for rich formats have a long history of memory-safety flaws, and at ring 0 each such flaw is a bugcheck or an elevation of privilege. On Windows the usual arrangement is a minifilter that observes the file operation while a user-mode scanner inspects the content. Microsoft's WFP guidance points the same way, reserving kernel callout drivers for work the built-in filters cannot do.",
    trigger: `A component in ${PRIVILEGED} that reads an input whose \`source\` is file_content, network_packets, process_memory or ipc_from_user, and whose \`parser_complexity\` is archive, document, script, decompression, regex or full_protocol (unset is reported as unspecified). Inputs arriving compiled, or whose declared \`trust\` is authenticated_peer or higher, are not counted.`,
    series: ["P1_ARCH", "P1_SENSOR"],
    primary: ["WIN-FLTMGR", "WIN-WFP-CALLOUT"],
    related: ["RS007", "RS023", "RS045"],
    fixes: [
      "Capture metadata in the kernel and scan content in a sandboxed user-mode service",
      "Cap the bytes that cross the kernel boundary",
      "Run the scanner with least privilege"
    ]
  }),
  rule({
    id: "RS003",
    slug: "kernel-pattern-engine",
    title: "Pattern-matching engine executes in kernel",
    category: "untrusted-input-in-kernel",
    defaultSeverity: "warning",
    severityNote: "Warning because a pattern engine is not a defect in itself, but its cost and code-path complexity are hard to bound; it co-fires with RS001 in the July 2024 model.",
    rationale: "According to the RCA, Rapid Response Content consisted of regex-based matching criteria that the sensor evaluated against strings it had collected; for Channel File 291 those strings described named pipes. Such strings are shaped by attackers, regular-expression evaluation can take super-linear time, and a matching engine's state machine adds a large amount of ring-0 code. Most of that exposure disappears if patterns are compiled outside the kernel into size-capped automata, or if matching happens in user mode.",
    trigger: `A component in ${PRIVILEGED} whose \`kinds\` include rule_engine or content_interpreter and whose \`matching\` is "regex", "wildcard" or "glob".`,
    series: ["P1_DETECT"],
    primary: ["CS-RCA", "CS-TECH"],
    related: ["RS001", "RS022"],
    fixes: [
      "Evaluate patterns in user mode",
      "Ship patterns precompiled into size-capped DFA tables",
      "Add a per-event CPU budget and disable rules that fail"
    ]
  }),
  rule({
    id: "RS004",
    slug: "kernel-unbounded-schema",
    title: "Privileged consumer lacks a bounded schema and runtime bounds checks",
    category: "untrusted-input-in-kernel",
    defaultSeverity: "error",
    severityNote: "Error because the RCA names both a missing compile-time field-count check and a missing runtime array bounds check as root-cause findings.",
    rationale: "The Channel File 291 defect was a count mismatch: the IPC Template Type declared 21 input fields, the sensor-side code that fed the interpreter provided only 20, and neither the build nor the running driver compared the numbers. Kernel code should handle every count and length it receives as a claim to check where it is used, never as a guarantee made by tooling further upstream. The fixes CrowdStrike announced were precisely those two checks: validating the field count and bounds-checking the input array. Declaring the schema in the model also lets Ringside compare the declared and supplied field counts before anything ships.",
    trigger: `A component in ${PRIVILEGED} that reads structured input, where the input has no \`schema\` block, its \`schema\` leaves \`fields\` unset, or the component's \`bounds_checks\` is neither "runtime" nor "runtime_and_compile_time" (unset is reported as unspecified). A \`schema\` whose \`fields\` and \`consumer_fields\` are both set and differ is reported as the July 2024 mismatch.`,
    series: ["INTRO_QA"],
    primary: ["CS-RCA", "CS-RCA-BLOG"],
    related: ["RS001", "RS005", "RS006", "RS013", "RS015", "RS030"],
    fixes: [
      "Declare the content schema with field counts and size limits",
      "Bounds-check every indexed access at run time",
      "Assert at build time that producer and consumer field counts match"
    ]
  }),
  rule({
    id: "RS005",
    slug: "validator-separate-from-interpreter",
    title: "Content validator is a separate implementation from the interpreter",
    category: "untrusted-input-in-kernel",
    defaultSeverity: "warning",
    severityNote: "Warning because two implementations of one format drift apart over time, which is how the faulty instance passed validation.",
    rationale: "The PIR blames the faulty release on a Content Validator bug, which the RCA classes as a logic error: it expected 21 inputs where the production sensor provided 20. A contract implemented twice, independently, can diverge without any signal until production hosts expose it. If every release is instead executed by the very interpreter build that hosts run, inside a test harness, that divergence cannot arise. The RCA reached the same conclusion and recommended that validation move into the Content Interpreter.",
    trigger: 'An input that a cloud component of kind content_validator checks and an endpoint interpreter reads, where the `deployment` delivering it has `validated_by = "separate_validator"`. Reported at the validator when the cloud pipeline is modelled, else at `validated_by`.',
    series: ["INTRO_QA"],
    primary: ["CS-PIR", "CS-RCA"],
    related: ["RS004", "RS006", "RS014"],
    fixes: [
      "Validate each release by running the shipping interpreter",
      "Derive validator and interpreter from one schema",
      "Add differential tests between validator and interpreter"
    ],
    limitations: "The validator is only seen if the cloud pipeline is modelled, as a component of kind content_validator in a cloud_service context."
  }),
  rule({
    id: "RS006",
    slug: "fields-never-exercised",
    title: "Declared fields never exercised with concrete values",
    category: "untrusted-input-in-kernel",
    defaultSeverity: "warning",
    severityNote: "Warning because untested fields hide latent defects until the first release that uses them.",
    rationale: "The 21st field stayed dormant for months: every template instance shipped in March and April 2024 used a wildcard for it, and a wildcard never caused the interpreter to touch that position. Only on 19 July 2024 did an instance supply a concrete value there, and it went to every host at once. Coverage therefore has to be tracked for each declared field and each matching mode, not per release. A release that uses a field for the first time is a higher-risk release and merits an additional ring.",
    trigger: "An input whose `schema` declares `fields` while its `tests` block has `per_field_non_wildcard = false` or a `field_coverage` below 100.",
    series: ["INTRO_QA"],
    primary: ["CS-RCA"],
    related: ["RS004", "RS005", "RS014"],
    fixes: [
      "Require a non-wildcard test for every declared field",
      "Fuzz each declared field",
      "Send releases that first exercise a field through an extra ring"
    ]
  }),
  rule({
    id: "RS007",
    slug: "kernel-content-handling",
    title: "Kernel component fetches, unpacks, decrypts or verifies content",
    category: "untrusted-input-in-kernel",
    defaultSeverity: "warning",
    severityNote: "Warning because the work is risky at ring 0 yet can be moved to user mode at little cost.",
    rationale: "Network code, decompression, de-obfuscation and certificate parsing each bring a large attack and failure surface, and none of them needs ring-0 privilege. A fault in a user-mode updater ends one process that the service manager can restart. What the kernel receives should be a finished, verified artifact in a fixed format, delivered by a peer it has authenticated. Because the Introduction reports that channel files are obfuscated, the product must decode them somewhere, and this rule asks that the decoding happen outside the kernel.",
    trigger: `A component in ${PRIVILEGED} whose \`kinds\` include content_updater or telemetry_uploader, or whose \`performs\` includes network_fetch, decompress, decrypt, deobfuscate or signature_verify.`,
    series: ["P1_ARCH", "INTRO_OBFUSC"],
    primary: ["MS-MDE-SDP-BLOG"],
    related: ["RS002", "RS013", "RS033"],
    fixes: [
      "Move fetching, decoding and verification into the updater service",
      "Accept only a compiled, hashed blob over an authenticated channel"
    ]
  }),
  // ── B. Content vs code updates and their deployment ──────────────────────────────────────
  rule({
    id: "RS008",
    slug: "content-bypasses-code-gates",
    title: "Behaviour-changing content bypasses code release gates",
    category: "content-deployment",
    defaultSeverity: "warning",
    severityNote: "Warning on its own; together with RS009 and RS017 it forms part of the error chain of July 2024.",
    rationale: "The series stresses that July 2024 involved a content update rather than a new build of the agent. The PIR contrasts two paths: Sensor Content received full QA and a staged release from internal users to early adopters to general availability, with customers able to pin N, N-1 or N-2, while Rapid Response Content relied on a validator. Driver signing and certification apply to the binary that was signed, not to the data that binary reads afterwards. Content that decides which kernel code paths run is code in effect, so it needs the gates code gets, or its consumer needs to leave the kernel.",
    trigger: `An input that is ${CONTENT}, read by a component in ${PRIVILEGED}, where the \`deployment\` delivering it has \`release_process\` other than "code_equivalent".`,
    series: ["INTRO_CONTENT"],
    primary: ["CS-PIR", "WIN-SIGN-OFFERINGS"],
    related: ["RS001", "RS009", "RS017", "RS025"],
    fixes: [
      "Release kernel-consumed content through the driver release rings and tests",
      "Move the content consumer out of the kernel",
      "Document the content contract in the model"
    ]
  }),
  rule({
    id: "RS009",
    slug: "global-rollout-privileged-consumer",
    title: "Global, simultaneous rollout to privileged or destructive consumers",
    category: "content-deployment",
    defaultSeverity: "error",
    severityNote: "Error because a global rollout let one faulty file, live for only 78 minutes, affect about 8.5 million Windows hosts.",
    rationale: "Channel File 291 went to the whole fleet at once: it was released at 04:09 UTC on 19 July 2024 and reverted at 05:27 UTC, and Microsoft estimated that about 8.5 million Windows devices were affected. A staged rollout is itself a test, because a canary ring would have failed within minutes and stopped promotion. The RCA lists the missing staged deployment of template instances among its findings, the PIR commits to canary-first staggered releases, and Microsoft's follow-up with security vendors centres on safe deployment practices. The rule also covers destructive consumers in user mode, since McAfee DAT 5958 sent Windows XP SP3 machines into reboot loops in April 2010 without any kernel component.",
    trigger: `A \`deployment\` with \`rollout = "global"\` that delivers an input read by a component in ${PRIVILEGED}, by a component in ${BOOT_CRITICAL}, or by a component that drives a response_actuator with destructive \`actions\` (kill, quarantine or delete).`,
    series: ["INTRO_CONTENT", "INTRO_QA"],
    primary: ["CS-PIR", "CS-RCA", "MS-JUL20", "MS-SEP12", "MS-MDE-SDP-DOC"],
    related: ["RS008", "RS010", "RS012", "RS017", "RS039"],
    fixes: [
      "Stage the rollout through rings with bake times",
      "Ramp by percentage within each ring",
      "Halt automatically on crash or heartbeat-loss signals"
    ]
  }),
  rule({
    id: "RS010",
    slug: "promotion-without-health-gate",
    title: "Promotion is not gated on health signals",
    category: "content-deployment",
    defaultSeverity: "warning",
    severityNote: "Warning because rings without automatic halting delay an outage rather than contain it.",
    rationale: "Rings without an automatic stop merely stretch an outage over a longer period. The PIR commits to monitoring sensor and system performance while content is deployed in stages. A crashed host reports nothing, so missing heartbeats must be treated as failure evidence in their own right, together with crash dumps and regressions in CPU or memory. A bake time per ring is what gives those signals time to arrive before the next promotion.",
    trigger: 'A staged `deployment` (or one that declares `rings`) with `health_gate = []` or `bake_time = "0"`; a missing `health_gate` or `bake_time` is reported as unspecified.',
    series: ["INTRO_QA"],
    primary: ["CS-PIR", "MS-MDE-SDP-BLOG"],
    related: ["RS009", "RS036"],
    fixes: [
      "Gate promotion on heartbeat loss, crash telemetry and resource metrics",
      "Set an explicit bake time for each ring"
    ]
  }),
  rule({
    id: "RS011",
    slug: "no-last-known-good",
    title: "No last-known-good or automatic rollback for content",
    category: "content-deployment",
    defaultSeverity: "warning",
    severityNote: "Warning for any content consumer; RS018 adds an error where the consumer is boot-critical.",
    rationale: "Reverting the file centrally at 05:27 UTC could not reach machines already caught in a boot loop. Each of them needed a person to remove the `C-00000291*.sys` files manually. Had the agent retained the prior content and switched back to it after repeated faults, those hosts could have healed themselves. The PIR adds testing of content updates and rollbacks to its list of new test types.",
    trigger: `A \`deployment\` delivering ${CONTENT} whose \`rollback\` is "none" or "manual", or which has \`last_known_good = false\` (both unset is reported as unspecified).`,
    series: ["INTRO_ELAM"],
    primary: ["CS-TECH", "CS-PIR"],
    related: ["RS015", "RS017", "RS018"],
    fixes: [
      "Keep the previous content version on disk",
      "Revert automatically after repeated faults",
      "Test the rollback path itself"
    ]
  }),
  rule({
    id: "RS012",
    slug: "no-customer-content-control",
    title: "Customers cannot stage, delay or pin content",
    category: "content-deployment",
    defaultSeverity: "warning",
    severityNote: "Warning because trading slower protection for lower outage risk should be the customer's explicit choice.",
    rationale: "Falcon customers could pin sensor code to a version, but Rapid Response Content reached every online host whatever the customer had configured. The PIR promises finer customer control over the timing and placement of content updates, and Microsoft's Defender for Endpoint documentation describes gradual rollout rings that customers manage themselves. Putting critical systems on a later ring is a legitimate choice, provided the console shows the exposure window it creates. Slower protection is a real cost, which is why the rule asks that the customer, rather than the pipeline, makes that call.",
    trigger: `A \`deployment\` delivering ${CONTENT} with \`customer_control = "none"\`.`,
    series: ["INTRO_QA"],
    primary: ["CS-PIR", "MS-MDE-SDP-DOC"],
    related: ["RS009", "RS016"],
    fixes: [
      "Let customers pin or ring content per device group",
      "Keep an emergency-override path for urgent content",
      "Show the exposure window in the console"
    ]
  }),
  rule({
    id: "RS013",
    slug: "content-integrity-unverified",
    title: "Content unsigned or integrity not verified before use",
    category: "content-deployment",
    defaultSeverity: "error",
    severityNote: "Error because unverified content lets anyone who can write it steer privileged code.",
    rationale: "If content is not signed and checked, an attacker with write access to its directory, or a foothold on the delivery path, can steer privileged code, and a crafted malformed file turns into a way to crash hosts at will. A signature check would not have stopped the July 2024 release, since the faulty file was the vendor's own, and CrowdStrike stated that null bytes in the channel file were not the cause. This rule therefore complements RS004 rather than replacing it. Verification belongs in user mode, and obfuscation is not a substitute for integrity.",
    trigger: 'A vendor-delivered input (content or sensor_code) with `signed = false`, or `integrity_check` "none" or "cloud" (verified only before release); unset values are reported as unspecified.',
    series: ["INTRO_OBFUSC"],
    primary: ["CS-TECH", "ERNW"],
    related: ["RS004", "RS007"],
    fixes: [
      "Sign content releases",
      "Verify signature and hash in the user-mode updater",
      "Restrict write access to the content directory"
    ]
  }),
  rule({
    id: "RS014",
    slug: "content-untested-on-real-sensor",
    title: "Content released without running on real sensor builds",
    category: "content-deployment",
    defaultSeverity: "warning",
    severityNote: "Warning because validator-only testing misses what a real sensor does with the content.",
    rationale: "According to the RCA, confidence in the July instances came from tests of the template type done earlier, from validator checks and from the track record of previous instances, not from running that content on an actual host. The new test list in the PIR, covering local developer testing, update and rollback testing, stress, fuzzing and fault injection, stability and content-interface testing, closes exactly that gap. Any internal ring running genuine sensor builds on genuine OS builds would have failed at once.",
    trigger: "A vendor-delivered input (content or sensor_code) whose `tests` set `integration_on_real_sensor = false` (testing rests on the validator alone); unset is reported as unspecified.",
    series: ["INTRO_QA"],
    primary: ["CS-PIR", "CS-RCA"],
    related: ["RS005", "RS006"],
    fixes: [
      "Run every release on real sensor builds (N, N-1, N-2) before shipping",
      "Inject faults on the content path"
    ]
  }),
  rule({
    id: "RS015",
    slug: "no-content-version-handshake",
    title: "No schema/version handshake between content and consumer",
    category: "content-deployment",
    defaultSeverity: "warning",
    severityNote: "Warning because without a handshake a shape mismatch surfaces as a crash instead of a rejected update.",
    rationale: "A single content release is read by several sensor versions at the same time. The fatal disagreement was between the template type definitions the content tools worked from and the code built into the sensor that supplies the values. When every release carries a manifest with its schema version and field counts, and the consumer refuses shapes it does not know, a mismatch becomes a rejected update instead of a crash.",
    trigger: "Content whose `schema` has no `version`, or a component that reads it raw without `accepts_versions`; content without any `schema` is reported as unspecified.",
    series: ["INTRO_QA"],
    primary: ["CS-RCA", "CS-PIR"],
    related: ["RS004", "RS011"],
    fixes: [
      "Ship a versioned manifest with every release",
      "Reject unknown schema versions and keep the last known good content",
      "Test content against every supported sensor version"
    ],
    limitations: "The catalog also flags several supported sensor versions without a compatibility matrix; the language has no attribute for that matrix, so that clause is not checked."
  }),
  rule({
    id: "RS016",
    slug: "no-content-release-notes",
    title: "High-frequency content changes are invisible to operators",
    category: "content-deployment",
    defaultSeverity: "hint",
    severityNote: "Hint because release notes are cheap to add and speed up triage, but their absence does not cause failures.",
    rationale: "People correlating an incident need to know what changed on their hosts and when. The PIR commits to content release notes that customers can subscribe to. A change feed costs little to produce and shortens triage whenever a release is suspected.",
    trigger: 'An input whose `frequency` is "daily" or "multiple_per_day", delivered by a `deployment` with `release_notes = false` (unset stays silent: a request for it would be louder than this hint).',
    series: ["INTRO_OBFUSC"],
    primary: ["CS-PIR"],
    related: ["RS012"],
    fixes: [
      "Publish a content change feed",
      "Show the active content version in the console"
    ]
  }),
  // ── C. Boot-start / ELAM blast radius and recovery ────────────────────────────────────────
  rule({
    id: "RS017",
    slug: "boot-critical-loads-fresh-content",
    title: "Boot-critical component loads updatable content during boot",
    category: "boot-and-recovery",
    defaultSeverity: "error",
    severityNote: "Error because a faulty file read during boot crashes the host on every restart, before any remote fix can arrive.",
    rationale: "A file that crashes the machine while being read during boot will crash it again on every restart, long before any remote fix can be delivered; the Introduction ties the July 2024 boot loops to exactly this early-loading behaviour. Protection during boot should rest on a frozen, tested baseline, with newly delivered content switched on only once the system has booted successfully and the user-mode service is up. For precision, independent analysis places Falcon's ELAM role in CSBoot.sys while the crash occurred in CSAgent.sys, a separate driver that also starts early. Both load before logon, which is why the rule keys on boot-critical contexts rather than on ELAM alone.",
    trigger: `${BOOT_CRITICAL.replace(/^a /, "A ")} containing a component that reads ${CONTENT}, where the context has \`content_activation = "at_boot"\`.`,
    series: ["INTRO_ELAM"],
    primary: ["CS-TECH", "ANTIY", "MS-JUL27"],
    related: ["RS008", "RS009", "RS011", "RS018", "RS019"],
    fixes: [
      "Activate new content only after a successful boot",
      "Load the last known good content at boot",
      "Let the user-mode service activate new content"
    ]
  }),
  rule({
    id: "RS018",
    slug: "no-crash-loop-protection",
    title: "No crash-loop / boot-loop protection",
    category: "boot-and-recovery",
    defaultSeverity: "error",
    severityNote: "Error for boot-critical contexts, where a crash repeats on every boot, and warning for other privileged contexts, where a reboot clears it.",
    rationale: "If nothing on the host remembers across reboots that the last boots failed, one bad input turns into an outage that never ends. In July 2024 some hosts recovered only after many reboots, when one of them happened to fetch the corrected file before the crash. Falling back on purpose, by skipping content or running in a reduced mode that still reports heartbeats, gives up some coverage to keep the host available. Better resilience and recoverability are among the commitments in the PIR.",
    trigger: `${PRIVILEGED.replace(/^a /, "A ")} whose \`crash_loop_protection\` is missing or "none"; reported as an error when the context is also ${BOOT_CRITICAL}.`,
    series: ["INTRO_ELAM"],
    primary: ["CS-PIR", "CS-TECH"],
    related: ["RS011", "RS017", "RS020", "RS036"],
    fixes: [
      "Count unclean boots persistently",
      "Disable content or features after repeated failures",
      "Report the degraded state in heartbeats"
    ]
  }),
  rule({
    id: "RS019",
    slug: "elam-beyond-classification",
    title: "ELAM driver carries logic beyond boot-driver classification",
    category: "boot-and-recovery",
    defaultSeverity: "warning",
    severityNote: "Warning because every extra feature in the ELAM driver inherits the worst blast radius on the system.",
    rationale: "The ELAM mechanism has two purposes: letting an anti-malware driver judge the other boot-start drivers before they start, and allowing the vendor's user-mode service to run as a protected process. Because it loads ahead of almost everything else, anything added to it inherits the largest blast radius and the hardest recovery on the machine. Keeping it small and unchanged between code releases, with the main sensor in a driver that starts later, limits what can go wrong at that stage.",
    trigger: 'A context with `kind = "elam_driver"` containing a component whose `kinds` include anything other than boot_driver_classifier and self_protection.',
    series: ["INTRO_ELAM"],
    primary: ["WIN-ELAM", "WIN-ELAM-REQ"],
    related: ["RS017", "RS025", "RS034"],
    fixes: [
      "Split ELAM classification from the main sensor driver",
      "Keep the ELAM signature set static per code release"
    ]
  }),
  rule({
    id: "RS020",
    slug: "boot-critical-no-recovery-path",
    title: "Boot-critical component without a declared recovery path",
    category: "boot-and-recovery",
    defaultSeverity: "warning",
    severityNote: "Warning because an undeclared recovery path is usually discovered during the outage.",
    rationale: "Microsoft requires ELAM installers to store a spare copy of the driver, so that the recovery environment can put back a damaged one. Safe Mode only helps an administrator if the failing component stays out of it. For machines that cannot boot at all, Microsoft's Quick Machine Recovery is meant to deliver fixes into WinRE. Declaring these properties in the model makes recovery something a reviewer can check rather than assume.",
    trigger: `${BOOT_CRITICAL.replace(/^a /, "A ")} whose \`recovery\` block has \`backup_copy = false\` or \`remote = "none"\`, or which leaves \`safe_mode_behavior\` unspecified.`,
    series: ["INTRO_ELAM"],
    primary: ["WIN-ELAM-REQ", "MS-NOV19", "QMR"],
    related: ["RS017", "RS018", "RS021"],
    fixes: [
      "Register a backup copy for WinRE",
      "Keep content-driven parts out of Safe Mode",
      "Support remote remediation such as Quick Machine Recovery"
    ]
  }),
  rule({
    id: "RS021",
    slug: "recovery-needs-hands-on",
    title: "Recovery requires per-host hands-on action",
    category: "boot-and-recovery",
    defaultSeverity: "information",
    severityNote: "Information because this is a fleet-readiness concern, not a defect in the design's code.",
    rationale: "In July 2024 each affected machine had to be started in Safe Mode or WinRE so that a file could be removed, frequently after someone located its BitLocker recovery key, and cloud VMs had their disks attached to another machine for the same edit. That per-machine effort, repeated across millions of hosts, is what prompted Microsoft's Quick Machine Recovery work. Knowing the per-host cost in advance lets a team escrow keys and rehearse recovery before it is needed.",
    trigger: "A `recovery` block with `requires_physical_access = true`, or with `bitlocker = true` and `bitlocker_key_escrow = false`.",
    series: ["INTRO_ELAM"],
    primary: ["CS-TECH", "MS-JUL20", "MS-NOV19", "ANTIY"],
    related: ["RS018", "RS020"],
    fixes: [
      "Escrow BitLocker recovery keys",
      "Enable remote remediation such as Quick Machine Recovery",
      "Rehearse a fleet recovery drill"
    ]
  }),
  rule({
    id: "RS022",
    slug: "kernel-fails-closed-on-own-errors",
    title: "Kernel component fails closed on its own internal errors",
    category: "boot-and-recovery",
    defaultSeverity: "warning",
    severityNote: "Warning because narrowly scoped fail-closed enforcement can be justified, but it must be argued rather than assumed.",
    rationale: "Fail-closed semantics make sense for security verdicts, but applied to the product's own faults, whether an unhandled exception or a blanket denial, they turn a bug into an outage. When an interpreter hits content it cannot handle, the safer response is to switch off that one rule, log the fault and continue; the PIR commits to better error handling in the Content Interpreter. Part 1 observes that behavioural detection is uncertain enough for EDR to favour visibility over automatic action. Narrow, well-tested enforcement can still justify failing closed, provided the justification is written down.",
    trigger: `${PRIVILEGED.replace(/^a /, "A ")}, or a component in one, whose \`on_internal_error\` is "fail_closed" or "bugcheck". A scoped justification is recorded with a \`waiver\` for this rule.`,
    series: ["P1_AV", "P1_VIS"],
    primary: ["CS-PIR"],
    related: ["RS001", "RS003", "RS037"],
    fixes: [
      "Disable the failing rule and keep running",
      "Fail open and raise a health alert",
      "Justify any remaining fail-closed scope in a waiver"
    ]
  }),
  // ── D. Memory safety and quality of kernel code ──────────────────────────────────────────
  rule({
    id: "RS023",
    slug: "unsafe-kernel-code-no-assurance",
    title: "Kernel code in a memory-unsafe language without assurance evidence",
    category: "kernel-code-quality",
    defaultSeverity: "warning",
    severityNote: "Warning because memory-unsafe kernel code is common and acceptable with assurance work, but not without it.",
    rationale: "Microsoft's review of the crash dumps found an out-of-bounds read in the sensor driver, in other words a memory-safety bug. A memory-safe language removes that class of bug outright; code that stays in C or C++ needs recorded assurance instead, at a minimum parsers fuzzed continuously as user-mode targets, static analysis, and Driver Verifier. CrowdStrike's PIR likewise adds fuzzing and fault injection to its own testing.",
    trigger: `${PRIVILEGED.replace(/^a /, "A ")} with \`language\` "c", "cpp" or "objc" whose \`evidence\` (on the context, or on every component) lists none of fuzzing, static_analysis or driver_verifier.`,
    series: ["INTRO_QA"],
    primary: ["MS-JUL27", "CS-PIR"],
    related: ["RS002", "RS004"],
    fixes: [
      "Write new kernel components in a memory-safe language",
      "Build parsers as user-mode fuzz targets",
      "Run static analysis and Driver Verifier in CI"
    ]
  }),
  rule({
    id: "RS024",
    slug: "driver-not-hvci-compatible",
    title: "Kernel component not memory-integrity (HVCI) compatible",
    category: "kernel-code-quality",
    defaultSeverity: "error",
    severityNote: "Error because HVCI compatibility is a documented platform requirement and incompatible drivers break on systems with memory integrity enabled.",
    rationale: "With memory integrity enabled, kernel pages become executable only after code-integrity checks, and executable pages can never be written. Native code therefore cannot be delivered disguised as data, which is why vendors who need kernel behaviour to change between releases turn to interpreters, and why the robustness of those interpreters matters so much (RS001, RS004). A driver that is not compatible breaks on systems where memory integrity is turned on. CrowdStrike states that its own driver is compatible.",
    trigger: 'A Windows context with `kind = "kernel_driver"` whose `hvci_compatible` is not `true` (writable-and-executable sections, dynamic code, or data loaded as code).',
    series: ["INTRO_KERNELQ"],
    primary: ["WIN-HVCI", "WIN-CI-CHECK", "CS-KERNEL"],
    related: ["RS001", "RS004"],
    fixes: [
      "Use non-executable pool allocations",
      "Remove writable-and-executable sections",
      "Run the Driver Verifier code-integrity checks and HLK HVCI test"
    ]
  }),
  rule({
    id: "RS025",
    slug: "inadequate-driver-signing",
    title: "Inadequate kernel signing / certification",
    category: "kernel-code-quality",
    defaultSeverity: "error",
    severityNote: "Error because the platform refuses to load, or to distribute, kernel code signed this way.",
    rationale: "On 64-bit Windows, unsigned kernel code does not load. Microsoft recommends HLK-tested dashboard signing, which covers every Windows version including Server, whereas attestation signing only covers client editions from Windows 10 onward and cannot be published to retail Windows Update. Boot-start drivers additionally need an embedded signature. A valid signature certifies the driver binary only, not the content that binary reads later (see RS008).",
    trigger: `A context whose \`signer\` is "test", "self" or "none"; or whose \`signer\` is "attestation" while its \`targets\` include windows_server or windows_pre_10; or a Windows driver the boot loader loads (boot_start_driver, elam_driver, or kernel_driver with \`start = "boot"\`) with \`embedded_signature = false\`.`,
    limitations: 'Whether an ELAM driver carries the Early Launch EKU is not modelled. Drivers with `start = "system"` are not required to embed their signature, since a catalog signature is accepted for them.',
    series: ["INTRO_CONTENT"],
    primary: ["WIN-SIGN-OFFERINGS", "WIN-SIGN-RELEASE", "WIN-ELAM-SAMPLE"],
    related: ["RS008", "RS019"],
    fixes: [
      "Use HLK (WHQL) dashboard signing",
      "Embed the signature in boot-start drivers",
      "Obtain ELAM signing through MVI"
    ]
  }),
  rule({
    id: "RS026",
    slug: "undocumented-kernel-hooking",
    title: "Undocumented kernel patching or hooking",
    category: "kernel-code-quality",
    defaultSeverity: "error",
    severityNote: "Error because undocumented patching conflicts with Kernel Patch Protection on x64 and breaks across OS updates.",
    rationale: "Until Windows Vista there were no documented interfaces for much of what security products needed, so they rewrote system-call tables and patched kernel code directly. CrowdStrike's architecture write-up recounts that history and states that it now relies on documented interfaces. Today the supported equivalents are the documented callbacks for processes, threads, image loads, the registry and object handles, together with minifilters and the Windows Filtering Platform. The series plans to cover Windows EDR internals in Part 2, which has not been published.",
    trigger: "A component whose `attach` includes ssdt_hook, inline_kernel_patch, idt_hook or callback_array_edit.",
    series: ["INTRO_P2"],
    primary: ["CS-KERNEL", "WIN-PROC-NOTIFY", "WIN-OB-REG"],
    related: ["RS038"],
    fixes: [
      "Replace each hook with its documented callback",
      "Record any coverage gap as an accepted gap"
    ]
  }),
  rule({
    id: "RS027",
    slug: "heavy-work-in-sync-callback",
    title: "Heavy or blocking work inside synchronous kernel callbacks",
    category: "kernel-code-quality",
    defaultSeverity: "warning",
    severityNote: "Warning because slow synchronous callbacks degrade performance for the whole host and risk hangs.",
    rationale: "Windows invokes process-notify callbacks inside a critical region where normal kernel APCs are disabled, and object pre-operation callbacks in whatever thread happens to be running. Anything slow in those routines delays each process creation or handle request on the host and creates room for deadlocks. Vendors give performance as one reason to be in the kernel, an argument that only holds while the kernel part stays thin.",
    trigger: 'A component with a sensor.* kind whose `callback` block has `mode = "synchronous"` and whose `work` includes parse, scan, network or wait_user.',
    series: ["P1_SENSOR"],
    primary: ["WIN-PROC-NOTIFY-CB", "WIN-OB-PRECB", "MS-MDE-SDP-BLOG"],
    related: ["RS028", "RS031"],
    fixes: [
      "Enqueue a minimal record and return",
      "Evaluate events asynchronously in user mode",
      "Put a timeout on any synchronous enforcement path"
    ]
  }),
  rule({
    id: "RS028",
    slug: "unbounded-kernel-buffering",
    title: "Unbounded kernel buffering of telemetry",
    category: "kernel-code-quality",
    defaultSeverity: "warning",
    severityNote: "Warning because an event storm can exhaust kernel memory, though bounding the queue is straightforward.",
    rationale: "A flood of events, from a busy build server or from an attacker deliberately creating processes, can use up kernel memory until the host crashes or stops seeing anything. A fixed-size ring buffer that counts what it drops keeps the failure local and makes it visible. ETW and eBPF ring buffers follow the same design.",
    trigger: `A sensing component (sensor.*, fs_minifilter, network_filter and the like) in ${PRIVILEGED}, or a kernel-side \`channel\`, whose \`queue\` has \`overflow = "grow"\` or \`per_event_allocation = "unbounded"\`; a missing \`queue\` or \`bound\` is reported as unspecified.`,
    series: ["P1_ARCH"],
    primary: ["EBPF-ETW"],
    related: ["RS027"],
    fixes: [
      "Use a fixed-size ring buffer with drop counters",
      "Rate-limit events per process",
      "Signal backpressure to user mode"
    ]
  }),
  // ── E. Interface between kernel and user components ──────────────────────────────────────
  rule({
    id: "RS029",
    slug: "open-kernel-ipc-endpoint",
    title: "Kernel IPC endpoint reachable by arbitrary callers",
    category: "kernel-user-interface",
    defaultSeverity: "error",
    severityNote: "Error because an open endpoint is both an attack surface into ring 0 and a way to switch protection off.",
    rationale: "A device object or filter communication port open to every process gives attackers a path into ring 0 and a lever for tampering, such as a request to disable protection. Protecting it means a restrictive security descriptor, a cap on connections and a check that whoever connects is the vendor's own protected service. Part 1's separation of sensors from the agent implies a channel of exactly this kind.",
    trigger: 'A `channel` whose receiver runs in a privileged context, or whose privileged sender talks to user mode, with `acl = "none"` or `caller_verification` "none" or "pid". Channels inside one context are not endpoints and are skipped; unset values are reported as unspecified.',
    series: ["P1_ARCH"],
    primary: ["WIN-PPL", "WIN-FLTMGR"],
    related: ["RS030", "RS032", "RS034"],
    fixes: [
      "Restrict the endpoint to administrators",
      "Verify the caller is the PPL service with the vendor signer",
      "Allow a single connection to the communication port"
    ]
  }),
  rule({
    id: "RS030",
    slug: "kernel-trusts-user-buffers",
    title: "Kernel IPC handler trusts user-supplied buffers",
    category: "kernel-user-interface",
    defaultSeverity: "error",
    severityNote: "Error because length confusion and double fetches are the classic exploitable driver bugs.",
    rationale: "Confusion over lengths and types, and double-fetch races on user memory, are the classic bug classes in drivers. The vendor's own service may itself be compromised, so its messages count as untrusted until the kernel has validated them. Copying a message once, checking its size and version, and never reading user memory a second time closes these classes; it is the same bounds-checking lesson the RCA draws for content.",
    trigger: 'A `channel` with a kernel-side end (either direction) whose `validation` is "none" (unset is reported as unspecified), whose `transfer` is "method_neither" or "shared_memory_unlocked", or which has `double_fetch_possible = true`.',
    series: ["P1_ARCH"],
    primary: ["CS-RCA"],
    related: ["RS004", "RS029"],
    fixes: [
      "Use buffered or copy-once transfer",
      "Validate a size and version header on every message",
      "Fuzz the IOCTL interface"
    ]
  }),
  rule({
    id: "RS031",
    slug: "kernel-waits-without-timeout",
    title: "Kernel waits on a user-mode verdict without a timeout",
    category: "kernel-user-interface",
    defaultSeverity: "warning",
    severityNote: "Warning because a hung decision maker stalls the operating system, but a timeout with a declared default fixes it.",
    rationale: "A kernel thread that waits without a deadline for a user-mode verdict stalls the operating system as soon as that user-mode component hangs or dies. Apple's Endpoint Security enforces such a limit itself: each AUTH message comes with a deadline, and the system may kill a client that lets it pass. Designs on Windows have to impose their own timeout and state which verdict applies when it expires.",
    trigger: "A `channel` with `waits_for_verdict = true` that lacks `timeout_ms` or `default_verdict`.",
    series: ["P1_ARCH"],
    primary: ["APPLE-ES", "ENDPOINT-SEC-RS"],
    related: ["RS027", "RS041"],
    fixes: [
      "Set a timeout with a declared default verdict",
      "Cache recent verdicts",
      "Log timeouts as health events"
    ]
  }),
  rule({
    id: "RS032",
    slug: "unauthorized-control-operations",
    title: "Privileged control operations exposed without authorization",
    category: "kernel-user-interface",
    defaultSeverity: "error",
    severityNote: "Error because an unauthenticated control plane lets an attacker switch the agent off.",
    rationale: "Attackers go after an agent's own control plane so they can switch it off. Every state-changing operation therefore needs an authenticated, authorized and audited caller, which on the host means the protected service and from outside means a command signed by the console. The same tamper concern runs through RS029 and RS034.",
    trigger: 'A `channel`, or an input with `source = "cloud_commands"`, whose `operations` include unload, disable_protection, add_exclusion, kill_process or isolate_host, where the caller is trusted below authenticated_peer (a channel without strong `caller_verification` \u2014 token, signer, ppl_signer or code_requirement \u2014 and without `acl = "protected_service_only"`, or a command input whose `trust` is lower than authenticated_peer or that has `signed = false`).',
    series: ["P1_AV"],
    primary: ["WIN-PPL"],
    related: ["RS029", "RS034"],
    fixes: [
      "Authorize every control operation",
      "Require a maintenance token to disable or uninstall",
      "Sign cloud commands and keep an audit trail"
    ]
  }),
  rule({
    id: "RS033",
    slug: "raw-content-to-kernel",
    title: "Raw content forwarded to the kernel",
    category: "kernel-user-interface",
    defaultSeverity: "warning",
    severityNote: "Warning because the kernel still parses the hard format even though the parser appears to have moved to user mode.",
    rationale: "Relocating the parser to user mode pays off only when the kernel then receives something trivial to check: fixed-size records, validated counts, a version and a hash. If the kernel still receives the original format, it still has to parse the difficult part. A compiled form is the safe version of RS001's second fix.",
    trigger: `A \`channel\` from a user-mode component to a component in ${PRIVILEGED} that \`carries\` ${CONTENT} with \`form = "raw"\`.`,
    series: ["INTRO_KERNELQ"],
    primary: ["MS-MDE-SDP-BLOG", "CS-RCA"],
    related: ["RS001", "RS004", "RS007"],
    fixes: [
      "Compile content into a flat, versioned, size-prefixed table",
      "Validate header, size and hash in the kernel"
    ]
  }),
  // ── F. Tamper resistance and the opposite risk ───────────────────────────────────────────
  rule({
    id: "RS034",
    slug: "unprotected-user-mode-agent",
    title: "Tamper-sensitive agent runs as an ordinary user-mode service",
    category: "tamper-and-opposite-risk",
    defaultSeverity: "warning",
    severityNote: "Warning because leaving the kernel without platform self-protection trades one risk for another.",
    rationale: "According to Microsoft, the user-mode anti-malware service is a single point of failure and a favourite target of malware, and an ordinary service can be killed or injected into by any administrator-level process. Moving out of the kernel should not cost the agent its self-protection: Windows offers PPL through an ELAM driver, and macOS protects system extensions. CrowdStrike argues that its kernel presence keeps the sensor working when the user-mode service is attacked, while Field Effect argues that pushing vendors out of the kernel mainly benefits Microsoft; Ringside takes neither side but expects tamper resistance to be designed in. The series plans to weigh this tradeoff in Part 4, which has not been published.",
    trigger: 'An agent with `role` "edr", "av" or "epp" whose sensing and enforcement components all run in contexts of `kind` user_service, user_process or injected_module, with no protected_service or macos_system_extension context and no kernel component of kind self_protection.',
    series: ["INTRO_P4", "P1_AV"],
    primary: ["WIN-PPL", "WIN-PPL-CERT", "CS-KERNEL", "FIELD-EFFECT"],
    related: ["RS029", "RS032", "RS035", "RS036", "RS038"],
    fixes: [
      "Run the service as a PPL anti-malware service",
      "Add a minimal kernel self-protection callback",
      "Add an authenticated heartbeat"
    ]
  }),
  rule({
    id: "RS035",
    slug: "hooks-only-telemetry",
    title: "Telemetry depends only on in-process user-mode hooks",
    category: "tamper-and-opposite-risk",
    defaultSeverity: "warning",
    severityNote: "Warning because the monitored process can remove or bypass its own hooks.",
    rationale: "Part 1 names hooking DLLs as an example of a vendor-supplied sensor, and such hooks run inside the process they observe. Code in that process can strip the hooks, make system calls without going through them, or tamper with the ETW events it emits itself. Kernel-side sources, such as callbacks, minifilters or the ETW Threat-Intelligence provider read by a PPL service, are out of that code's reach. Hook data is still useful, but as low-confidence corroboration.",
    trigger: "An EDR, AV or EPP agent whose behaviour sensors are all components of kind user_hook, amsi_provider or etw_consumer (an ETW consumer attached to `etw_ti` counts as kernel-sourced).",
    series: ["P1_SENSOR"],
    primary: ["ETW-TI", "WIN-PROC-NOTIFY", "OUTFLANK"],
    related: ["RS034", "RS037"],
    fixes: [
      "Add kernel-sourced sensors or ETW Threat-Intelligence via a PPL consumer",
      "Use Endpoint Security on macOS or eBPF on Linux"
    ],
    limitations: "The catalog scopes the rule to techniques such as injection or credential access; the language does not model techniques, so all behaviour sensors are considered."
  }),
  rule({
    id: "RS036",
    slug: "no-heartbeat",
    title: "No heartbeat / tamper-health signal",
    category: "tamper-and-opposite-risk",
    defaultSeverity: "warning",
    severityNote: "Warning because without heartbeats neither tampering nor a bad rollout can be noticed from the back end.",
    rationale: "A sensor that has been blinded and one that has crashed both present as silence. Heartbeats let the back end notice tampering and let a rollout stop when hosts go quiet (RS010). According to unofficial documentation, Falcon for Linux keeps sending heartbeats in reduced-functionality mode while detection is off, a pattern worth copying.",
    trigger: "An agent without a `heartbeat` block and without a component of kind health_monitor or watchdog. Here absence is the finding: a heartbeat is a part of the design, not a property of one.",
    series: ["P1_ARCH"],
    primary: ["CS-PIR", "FALCON-LINUX-RFM"],
    related: ["RS010", "RS018", "RS034"],
    fixes: [
      "Add an authenticated heartbeat carrying sensor state and content version",
      "Alert on heartbeat gaps"
    ]
  }),
  rule({
    id: "RS037",
    slug: "prevention-on-async-sources",
    title: "Prevention requirement placed on an asynchronous-only source",
    category: "tamper-and-opposite-risk",
    defaultSeverity: "warning",
    severityNote: "Warning because the design cannot meet its own prevention requirement.",
    rationale: "ETW events and Endpoint Security NOTIFY events arrive after the operation has already happened, and only pre-operation mechanisms can refuse it: Windows callbacks and minifilters, ES AUTH, BPF-LSM or fanotify permission events. A design that drops its kernel components must either adopt the platform's authorization hooks or state plainly that it only detects. The rule makes Part 1's tradeoff between visibility and enforcement explicit in the model.",
    trigger: 'An agent with `mode = "prevent"` none of whose sensors can refuse an operation before it completes. Blocking sources are pre-operation kernel callbacks (process, object, registry), minifilters, network filters, ES clients and fanotify monitors with `event_mode` authorize, and eBPF probes attached to bpf_lsm (or xdp/tc for network). In-process hooks and AMSI do not count, nor do callbacks declared asynchronous; response actuators are not sources.',
    series: ["P1_AV", "P1_VIS"],
    primary: ["APPLE-ES", "WIN-PROC-NOTIFY", "EBPF"],
    related: ["RS022", "RS035", "RS041"],
    fixes: [
      "Use a pre-operation source such as ES AUTH, pre-operation callbacks or BPF-LSM",
      "Set the agent mode to detect"
    ]
  }),
  rule({
    id: "RS038",
    slug: "kernel-exit-unrecorded-gap",
    title: "Kernel exit drops a capability without recording the gap",
    category: "tamper-and-opposite-risk",
    defaultSeverity: "information",
    severityNote: "Information because leaving the kernel is a legitimate tradeoff that only needs to be recorded.",
    rationale: "The series aims to weigh the costs of each placement rather than declare a winner. Vendors defend kernel presence with arguments about visibility, performance, tamper resistance and loading early, while Microsoft, through its Windows Resiliency Initiative, is developing with MVI partners an endpoint security platform that runs in user mode, and how far it can match kernel capabilities is not yet settled. Recording each accepted gap, with its reason and compensating control, lets reviewers accept the loss knowingly. The series plans to ask whether the kernel-heavy approach is worth its risk in Part 4, which has not been published.",
    trigger: "A component with `migrated_from` a kernel context (or moved into a user-mode context) whose lost `capabilities` include early_boot_visibility, paging_io_visibility, synchronous_block or tamper_resistance, without a matching `accepted_gap` block.",
    series: ["INTRO_P4", "INTRO_KERNELQ"],
    primary: ["CS-KERNEL", "MS-JUN26-2025", "FIELD-EFFECT"],
    related: ["RS026", "RS034", "RS037"],
    fixes: [
      "Record an accepted gap with rationale and compensating control",
      "Keep a minimal kernel sensor for the capability"
    ]
  }),
  rule({
    id: "RS039",
    slug: "destructive-response-os-critical",
    title: "Destructive automated response on OS-critical objects",
    category: "tamper-and-opposite-risk",
    defaultSeverity: "warning",
    severityNote: "Warning because automated destruction of OS-critical files can disable hosts even from user mode.",
    rationale: "On 21 April 2010 a McAfee signature update, DAT 5958, flagged the Windows system process svchost.exe as malicious on XP SP3 machines and quarantined it; the machines lost networking and fell into reboot loops, with no kernel code involved. How much damage a component can do depends on what it is allowed to do, not only on where it runs. Part 1 points out that behavioural verdicts carry uncertainty, one reason EDR products prefer alerting a person to acting alone.",
    trigger: "A component of kind response_actuator whose `actions` include delete, quarantine or kill and whose verdicts come from content (it receives content, directly or over channels, or a scanner or engine in its context does), with `os_critical_allowlist = false` (unset is reported as unspecified).",
    series: ["P1_VIS", "P1_ML"],
    primary: ["MCAFEE-ZDNET", "MCAFEE-CISA"],
    related: ["RS009"],
    fixes: [
      "Exclude OS-critical binaries from automatic remediation",
      "Require human approval for destructive actions on OS-critical objects",
      "Stage signature releases"
    ]
  }),
  // ── G. Platform-specific rules ───────────────────────────────────────────────────────────
  rule({
    id: "RS040",
    slug: "macos-kext",
    title: "macOS kernel extension used for EDR",
    category: "platform",
    defaultSeverity: "error",
    severityNote: "Error because kernel extensions are a deprecated platform mechanism with supported replacements.",
    rationale: "Apple announced the deprecation of kernel extensions at WWDC 2019 and, with macOS Catalina, provided system extensions and the Endpoint Security API as replacements. Starting with Big Sur, kexts relying on deprecated KPIs are not loaded by default (KAuth gives way to Endpoint Security, network KPIs to NetworkExtension), and on Apple silicon a third-party kext requires lowering the boot policy to Reduced Security. No Macs were affected in July 2024, and CrowdStrike states that its macOS sensor is built on Endpoint Security. The series plans to cover Linux and macOS in Part 3, which has not been published.",
    trigger: 'A context with `kind = "macos_kext"` on `platform = "macos"`.',
    series: ["INTRO_P3"],
    primary: ["APPLE-KEXT", "APPLE-KEXT-HT", "APPLE-ES", "APPLE-GUIDE", "APPLE-ES-9TO5"],
    related: ["RS041"],
    fixes: [
      "Reimplement as an Endpoint Security system extension",
      "Use NetworkExtension for network filtering",
      "Approve the extension through MDM"
    ]
  }),
  rule({
    id: "RS041",
    slug: "es-auth-without-deadline-budget",
    title: "macOS ES AUTH handler without a deadline budget",
    category: "platform",
    defaultSeverity: "warning",
    severityNote: "Warning because a missed AUTH deadline can get the client killed and leave the user's operation hanging.",
    rationale: "macOS gives each AUTH event a deadline and may kill an Endpoint Security client that fails to respond in time, to protect system responsiveness. Network lookups inside the handler make that outcome likely, and while an event waits for an answer, the user's operation waits with it. Deciding from local state and escalating asynchronously keeps the handler inside its budget. The series plans to cover macOS in Part 3, which has not been published.",
    trigger: 'A component of kind es_client with `event_mode` "authorize" or "both" whose `performs` includes network_lookup or blocking_io, or which lacks `deadline_budget_ms` or `default_verdict`.',
    series: ["INTRO_P3"],
    primary: ["APPLE-ES", "ENDPOINT-SEC-RS", "APPLE-ES-FORUM"],
    related: ["RS031", "RS037", "RS040"],
    fixes: [
      "Answer from a local policy cache",
      "Escalate to remote lookups asynchronously",
      "Declare a deadline budget and a default verdict"
    ]
  }),
  rule({
    id: "RS042",
    slug: "linux-kmod-where-ebpf-suffices",
    title: "Linux loadable kernel module where eBPF would do",
    category: "platform",
    defaultSeverity: "warning",
    severityNote: "Warning because a module adds unconstrained kernel code where a verified alternative covers the same needs.",
    rationale: "A loadable module runs without constraints, tends to break when the kernel is updated, and must be signed to load under Secure Boot. By contrast, eBPF programs pass the kernel verifier before they load, and CO-RE lets a single build work on many kernel versions. CrowdStrike reports that its Linux sensor now uses BPF, and several other Linux sensors default to eBPF as well. A module remains justified for kernels that lack the eBPF features the design needs; the series plans to cover Linux in Part 3, which has not been published.",
    trigger: 'A context with `kind = "linux_kernel_module"` on `platform = "linux"` whose components\' `capabilities` are all among exec_events, file_events, network_events and lsm_block.',
    series: ["INTRO_P3"],
    primary: ["EBPF", "CS-KERNEL", "OUTFLANK"],
    related: ["RS043", "RS044"],
    fixes: [
      "Implement the sensor in eBPF with tracepoints and BPF-LSM",
      "Keep the module only as a fallback for old kernels"
    ],
    limitations: "Whether the target kernels offer the needed eBPF features is not modelled; the rule assumes they do."
  }),
  rule({
    id: "RS043",
    slug: "ebpf-assumed-crash-proof",
    title: "eBPF sensor treated as crash-proof",
    category: "platform",
    defaultSeverity: "information",
    severityNote: "Information because eBPF is the better-bounded choice, but it still needs staged rollout and kernel testing.",
    rationale: "The verifier constrains what an eBPF program can do, but it is no proof against bugs in the kernel itself. In mid-2024, machines running RHEL 9.4 with kernel 5.14.0-427.13.1.el9_4 kernel-panicked while Falcon's sensor was active; in an interview with The Register, Grafana's CTO blamed an eBPF runtime flaw that the sensor happened to trigger. Staged rollouts and test matrices covering each distribution's kernels remain necessary for eBPF sensors. The series plans to cover Linux in Part 3, which has not been published.",
    trigger: 'A context with `kind = "ebpf_program"` whose code or content ships with `rollout = "global"`, whose `evidence` lacks kernel_matrix, or which does not declare `reduced_functionality_mode`.',
    series: ["INTRO_P3"],
    primary: ["RH-7068083", "REG-EBPF", "EBPF"],
    related: ["RS009", "RS042", "RS044"],
    fixes: [
      "Run CI across a per-distribution kernel matrix",
      "Stage the rollout",
      "Disable programs automatically after a panic on boot"
    ]
  }),
  rule({
    id: "RS044",
    slug: "no-kernel-compat-gate",
    title: "No OS/kernel-version compatibility gate",
    category: "platform",
    defaultSeverity: "warning",
    severityNote: "Warning because code that depends on kernel internals will eventually meet a kernel it was never tested on.",
    rationale: "Two Linux incidents in 2024 preceded July: in April, Debian stable servers set up in a way the vendor had not tested crashed after a Falcon update, and in May, hosts running Rocky Linux 9.4 froze. Checking the running kernel against a tested list, and entering reduced functionality when it is unknown, sacrifices some visibility rather than the host. Stable attachment points such as tracepoints and BTF make the gate trip less often. The series plans to cover Linux in Part 3, which has not been published.",
    trigger: 'A context of `kind` linux_kernel_module, or a component whose `attach` includes kprobe or hardcoded_offsets, with no `compat_gate` block (or a `compat_gate` with `on_unknown = "load_anyway"`, which gates nothing). Reported on each dependent component.',
    series: ["INTRO_P3"],
    primary: ["HN-41005936", "ROCKY-FORUM", "LINUX-2024-STACKDIARY"],
    related: ["RS042", "RS043"],
    fixes: [
      "Allowlist tested kernel builds",
      "Fall back to reduced functionality on unknown kernels",
      "Prefer tracepoints and BTF over kprobes and hard-coded offsets"
    ]
  }),
  rule({
    id: "RS045",
    slug: "wfp-callout-where-builtin-suffices",
    title: "WFP kernel callout where built-in filtering suffices",
    category: "platform",
    defaultSeverity: "hint",
    severityNote: "Hint because the callout works, but the same needs can be met with less kernel code.",
    rationale: "Microsoft's guidance for callout drivers prefers built-in WFP filters configured by a user-mode management application whenever they suffice, and keeps kernel callouts for traffic that must be inspected deeply or modified, filtered at the highest layer possible. Allowing or blocking by application or 5-tuple and logging connections do not need a callout. Less kernel code means a smaller blast radius when something goes wrong. The series plans to cover Windows EDR internals in Part 2, which has not been published.",
    trigger: 'A Windows component of kind network_filter in a `kind = "kernel_driver"` context whose `needs` are limited to allow_block_by_app_or_5tuple and connection_logging.',
    series: ["INTRO_P2"],
    primary: ["WIN-WFP-CALLOUT", "WIN-WFP-INTRO"],
    related: ["RS002"],
    fixes: [
      "Manage built-in WFP filters from user mode",
      "Move the callout to the highest workable layer"
    ]
  })
];
var RULE_META_BY_ID = new Map(RULE_META.map((m) => [m.id, m]));
var META_UNSPECIFIED = rule({
  id: "RS-META-UNSPECIFIED",
  slug: "unspecified-property",
  title: "A rule needs a property the model leaves unspecified",
  category: "meta",
  defaultSeverity: "information",
  severityNote: "Information because the model is incomplete rather than unsafe, and the finding goes away once the property is declared.",
  rationale: "A rule needed a property that this model does not declare, so Ringside reports the gap instead of guessing. Treating a missing property as safe would hide exactly the risk the rule exists to find, and treating it as unsafe would flood the review with findings the design may not deserve. Declaring the property, with whatever value is true, lets the rule run and turns this notice into either a real finding or silence. Where a vendor has only promised an improvement without detail, leaving the property unspecified is the honest model until the detail is known.",
  trigger: "A rule whose trigger depends on a property that the element does not declare. The finding names the element, the missing property and the rules that needed it.",
  series: ["INTRO_QA"],
  primary: [],
  related: [],
  fixes: ["Declare the property"]
});
var RULE_INTERNAL_ERROR = rule({
  id: "RS-INTERNAL",
  slug: "internal-error",
  title: "A rule failed while analysing this model",
  category: "meta",
  defaultSeverity: "error",
  severityNote: "Error because the model was not fully checked, and a silent gap in a review is worse than a visible one.",
  rationale: "A Ringside rule raised an exception while analysing this model. The other rules still ran and their findings stand, but this rule's result is unknown, so the model may contain problems it would have reported. This is a defect in Ringside, not in the design, and should be reported together with the model (or a reduced copy of it) and the Ringside version.",
  trigger: "A rule's check threw an exception on this model.",
  series: [],
  primary: [],
  related: [],
  fixes: []
});

// server/src/rules/untrusted-input.ts
var RUNTIME_BOUNDS = /* @__PURE__ */ new Set(["runtime", "runtime_and_compile_time"]);
var COMPLEX_FORMATS = /* @__PURE__ */ new Set(["archive", "document", "script", "decompression", "regex", "full_protocol"]);
var PATTERN_MATCHING = /* @__PURE__ */ new Set(["regex", "wildcard", "glob"]);
var FETCHING_KINDS = ["content_updater", "telemetry_uploader"];
var RISKY_OPERATIONS = ["network_fetch", "decompress", "decrypt", "deobfuscate", "signature_verify"];
var USER_HOMES = {
  windows: ["protected_service", "user_service"],
  macos: ["macos_system_extension", "user_service"],
  linux: ["user_service"]
};
var ANY_USER_HOME = ["protected_service", "macos_system_extension", "user_service"];
function newUserKind(platform) {
  return platform === "linux" ? "user_service" : platform === "macos" ? "macos_system_extension" : "protected_service";
}
function freeName(ctx, type, base) {
  if (!ctx.model.elements.has(`${type}.${base}`)) return base;
  for (let i2 = 2; ; i2++) if (!ctx.model.elements.has(`${type}.${base}_${i2}`)) return `${base}_${i2}`;
}
function findUserHome(ctx, el) {
  const own = el.type === "context" ? el : ctx.sem.contextOf(el);
  const platform = ctx.sem.platformOf(own);
  const kinds = platform && USER_HOMES[platform] || ANY_USER_HOME;
  const fits = ctx.model.contexts.filter((c) => kinds.includes(ctx.sem.kindOf(c) ?? "") && (platform === void 0 || ctx.sem.platformOf(c) === void 0 || ctx.sem.platformOf(c) === platform));
  return fits.sort((a, b) => kinds.indexOf(ctx.sem.kindOf(a)) - kinds.indexOf(ctx.sem.kindOf(b)))[0];
}
function userHome(ctx, from, baseName) {
  const existing = findUserHome(ctx, from);
  if (existing) return { key: existing.key, kind: ctx.sem.kindOf(existing), steps: [], isNew: false };
  const own = ctx.sem.contextOf(from) ?? from;
  const kind = newUserKind(ctx.sem.platformOf(own));
  const name2 = freeName(ctx, "context", baseName);
  return { key: `context.${name2}`, kind, isNew: true, steps: [{ op: "add-block", near: own.key, text: `context "${name2}" {
  kind = "${kind}"
}` }] };
}
function hclBody(attrs) {
  const w = Math.max(...attrs.map(([k]) => k.length));
  return attrs.map(([k, v]) => `  ${k.padEnd(w)} = ${v}`).join("\n");
}
var refList = (els) => `[${els.map((e) => e.key).join(", ")}]`;
var strList = (xs) => `[${xs.map((x) => `"${x}"`).join(", ")}]`;
function unique(xs) {
  return [...new Set(xs)];
}
function listText(xs) {
  return xs.length <= 1 ? xs[0] ?? "" : `${xs.slice(0, -1).join(", ")} and ${xs[xs.length - 1]}`;
}
function contextText(ctx, context) {
  return context ? `\`${context.name}\` (${ctx.sem.kindOf(context) ?? "kind unset"})` : "no context";
}
function privilegedComponents(ctx) {
  return ctx.model.components.filter((c) => ctx.sem.isPrivileged(ctx.sem.contextOf(c)));
}
function arrival(f) {
  return f.channels.length === 0 ? "through `consumes`" : `over channel ${f.channels.map((c) => `\`${c.name}\``).join(" \u2192 ")}`;
}
function otherFlows(flows, shown) {
  return flows.filter((f) => f !== shown).map((f) => ({ loc: f.input.headLoc, message: `also reaches \`${f.sink.name}\`: input \`${f.input.name}\` ${arrival(f)}` }));
}
function cutInputsInto(ctx, sink, inputs) {
  const steps = [];
  const cut = (el, attribute) => {
    const listed = el.refs(attribute).map((r) => r.target);
    const drop = inputs.filter((i2) => listed.includes(i2));
    if (drop.length === 0) return;
    if (listed.every((t) => t !== void 0 && drop.includes(t))) steps.push({ op: "remove", element: el.key, attribute });
    else for (const i2 of drop) steps.push({ op: "remove-from-list", element: el.key, attribute, value: i2.key });
  };
  cut(sink, "consumes");
  for (const ch of ctx.sem.channelsTo(sink)) if (ch.str("form") !== "compiled") cut(ch, "carries");
  return steps;
}
function hardenedEndpoint(platform, senderKind) {
  const attrs = [];
  if (platform === "windows") attrs.push(["mechanism", '"filter_port"']);
  else if (platform === "linux") attrs.push(["mechanism", '"netlink"']);
  const ppl = senderKind === "protected_service";
  attrs.push(
    ["acl", ppl ? '"protected_service_only"' : '"system_only"'],
    ["caller_verification", ppl ? '"ppl_signer"' : platform === "macos" ? '"code_requirement"' : '"signer"'],
    ["validation", '"full"'],
    ["transfer", '"copy_once"'],
    ["double_fetch_possible", "false"],
    ["max_connections", "1"]
  );
  return attrs;
}
function rs001Downgrade(ctx, c, f) {
  const schema = f.input.sub("schema");
  if (schema?.bool("bounded") !== true) return void 0;
  const bounds = c.str("bounds_checks");
  if (!RUNTIME_BOUNDS.has(bounds ?? "")) return void 0;
  if (!ctx.sem.evidence(c).has("fuzzing")) return void 0;
  const deps = ctx.sem.deploymentsOf(f.input);
  if (deps.length === 0 || deps.some((d) => d.str("rollout") !== "staged")) return void 0;
  return `input \`${f.input.name}\` has schema.bounded = true, \`${c.name}\` has bounds_checks = ${bounds} and fuzzing evidence, and ${deps.length === 1 ? "deployment" : "deployments"} ${listText(deps.map((d) => `\`${d.name}\``))} ${deps.length === 1 ? "is" : "are"} staged`;
}
function rs001Fixes(ctx, c, raw) {
  const fixes = [];
  const context = ctx.sem.contextOf(c);
  const platform = ctx.sem.platformOf(context);
  const inputs = unique(raw.map((f) => f.input));
  const home = userHome(ctx, c, `${c.name}_service`);
  fixes.push({
    title: home.isNew ? `Move \`${c.name}\` into a new user-mode ${home.kind} context` : `Move \`${c.name}\` into the user-mode context \`${home.key.slice("context.".length)}\``,
    preferred: true,
    steps: [...home.steps, { op: "move-block", element: c.key, toParent: home.key }]
  });
  const compilerName = freeName(ctx, "component", `${c.name}_compiler`);
  const versions = unique(inputs.map((i2) => i2.sub("schema")?.num("version")).filter((v) => v !== void 0));
  const compilerAttrs = [
    ["kinds", '["content_parser"]'],
    ["consumes", refList(inputs)],
    ["performs", '["parse", "compile"]'],
    ["bounds_checks", '"runtime_and_compile_time"']
  ];
  if (versions.length > 0) compilerAttrs.push(["accepts_versions", `[${versions.join(", ")}]`]);
  const compilerText = `component "${compilerName}" {
${hclBody(compilerAttrs)}
}`;
  const cHome = userHome(ctx, c, `${c.name}_compiler_service`);
  const place = cHome.isNew ? [{ op: "add-block", near: context.key, text: `context "${cHome.key.slice("context.".length)}" {
  kind = "${cHome.kind}"

${indent(compilerText)}
}` }] : [{ op: "add-block", parent: cHome.key, text: compilerText }];
  const channelName = freeName(ctx, "channel", `${c.name}_compiled_content`);
  const channelAttrs = [
    ["from", `component.${compilerName}`],
    ["to", c.key],
    ["carries", refList(inputs)],
    ["form", '"compiled"'],
    ...hardenedEndpoint(platform, cHome.kind)
  ];
  fixes.push({
    title: `Compile ${listText(inputs.map((i2) => `\`${i2.name}\``))} in user mode and give \`${c.name}\` only the compiled table`,
    steps: [
      ...place,
      ...cutInputsInto(ctx, c, inputs),
      { op: "add-block", near: c.key, text: `channel "${channelName}" {
${hclBody(channelAttrs)}
}` }
    ]
  });
  return fixes;
}
function indent(text) {
  return text.split("\n").map((l) => l ? `  ${l}` : l).join("\n");
}
var RS001 = (ctx) => {
  for (const c of privilegedComponents(ctx)) {
    if (!ctx.sem.hasKind(c, ...INTERPRETER_KINDS)) continue;
    const content = ctx.flows.into(c).filter((f) => ctx.sem.isContent(f.input));
    const raw = content.filter((f) => f.form === "raw");
    if (raw.length === 0) {
      for (const f of content) if (f.form === "unspecified") {
        for (const ch of f.channels) if (!ch.has("form")) ctx.unspecified(ch, "form");
      }
      continue;
    }
    const context = ctx.sem.contextOf(c);
    const judged = raw.map((f) => ({ f, why: rs001Downgrade(ctx, c, f) }));
    const worst = judged.find((j) => j.why === void 0) ?? judged[0];
    const severity = worst.why === void 0 ? ctx.rule.defaultSeverity : lowerSeverity(ctx.rule.defaultSeverity);
    const inputs = unique(raw.map((f) => f.input));
    const facts = [
      ctx.fact(context, "kind", "PRIVILEGED"),
      ctx.fact(c, "kinds", "interpreter kind"),
      ...inputs.map((i2) => ctx.fact(i2, "source", "content")),
      ...raw.flatMap((f) => f.channels.map((ch) => ctx.fact(ch, "form"))),
      ctx.fact(c, "bounds_checks")
    ];
    for (const i2 of inputs) {
      const schema = i2.sub("schema");
      if (schema) facts.push(ctx.fact(schema, "bounded"));
      for (const d of ctx.sem.deploymentsOf(i2)) facts.push(ctx.fact(d, "rollout"));
    }
    facts.push(ctx.note(c, `evidence = [${[...ctx.sem.evidence(c)].join(", ")}] (component and context)`));
    const mitigated = worst.why !== void 0 ? ` Declared mitigations lower this to a warning: ${judged.map((j) => j.why).join("; ")}.` : "";
    ctx.report({
      element: c,
      severity,
      downgradedBy: worst.why === void 0 ? void 0 : `schema.bounded = true, bounds_checks = ${c.str("bounds_checks")}, fuzzing evidence and a staged rollout`,
      message: `Component \`${c.name}\` (${listText(ctx.sem.kinds(c).filter((k) => INTERPRETER_KINDS.includes(k)))}) runs in privileged context ${contextText(ctx, context)} and interprets content ${listText(inputs.map((i2) => `\`${i2.name}\` (source = ${ctx.sem.sourceOf(i2)})`))} in its original form (${listText(unique(raw.map(arrival)))}). Every content release then changes what ring-0 code does without passing the gates kernel code passes, and one malformed or unexpected record crashes the host instead of failing one detection.${mitigated}`,
      facts,
      path: worst.f.path,
      related: otherFlows(raw, worst.f),
      fixes: rs001Fixes(ctx, c, raw)
    });
  }
};
var ATTACKER_INFLUENCED_RANK = trustRank("attacker_influenced");
var RS002 = (ctx) => {
  for (const c of privilegedComponents(ctx)) {
    const flows = ctx.flows.into(c).filter((f) => ATTACKER_SOURCES.has(ctx.sem.sourceOf(f.input) ?? "") && f.form !== "compiled" && trustRank(ctx.sem.trustOf(f.input)) <= ATTACKER_INFLUENCED_RANK);
    if (flows.length === 0) continue;
    const complexity = c.str("parser_complexity");
    if (complexity === void 0) {
      ctx.unspecified(c, "parser_complexity");
      continue;
    }
    if (!COMPLEX_FORMATS.has(complexity)) continue;
    const context = ctx.sem.contextOf(c);
    const inputs = unique(flows.map((f) => f.input));
    ctx.report({
      element: c,
      message: `Component \`${c.name}\` in privileged context ${contextText(ctx, context)} decodes ${complexity.replace("_", " ")} formats from attacker-chosen input ${listText(inputs.map((i2) => `\`${i2.name}\` (source = ${ctx.sem.sourceOf(i2)})`))}. The adversary picks these bytes, so any decoder bug becomes a kernel crash or kernel code execution rather than a missed detection.`,
      facts: [
        ctx.fact(context, "kind", "PRIVILEGED"),
        ctx.fact(c, "parser_complexity", "complex format"),
        ...inputs.flatMap((i2) => [ctx.fact(i2, "source", "attacker-chosen"), ctx.note(i2, `trust = ${ctx.sem.trustOf(i2)}`)])
      ],
      path: flows[0].path,
      related: otherFlows(flows, flows[0]),
      fixes: [rs002Fix(ctx, c, inputs, complexity)]
    });
  }
};
function rs002Fix(ctx, c, inputs, complexity) {
  const context = ctx.sem.contextOf(c);
  const scannerName = freeName(ctx, "component", `${c.name}_scanner`);
  const scanKinds = ctx.sem.kinds(c).filter((k) => INTERPRETER_KINDS.includes(k));
  const scannerText = `component "${scannerName}" {
${hclBody([
    ["kinds", strList(scanKinds.length > 0 ? scanKinds : ["signature_scanner"])],
    ["consumes", refList(inputs)],
    ["parser_complexity", `"${complexity}"`]
  ])}
}`;
  const home = userHome(ctx, c, `${c.name}_scan_service`);
  const place = home.isNew ? [{ op: "add-block", near: context.key, text: `context "${home.key.slice("context.".length)}" {
  kind = "${home.kind}"

${indent(scannerText)}
}` }] : [{ op: "add-block", parent: home.key, text: scannerText }];
  const channelName = freeName(ctx, "channel", `${c.name}_to_scanner`);
  const channelAttrs = [["from", c.key], ["to", `component.${scannerName}`], ...hardenedEndpoint(ctx.sem.platformOf(context), home.kind)];
  return {
    title: `Capture metadata in \`${c.name}\` and decode the content in a user-mode scanner`,
    preferred: true,
    steps: [
      ...place,
      ...cutInputsInto(ctx, c, inputs),
      { op: "remove", element: c.key, attribute: "parser_complexity" },
      // The decoding kinds go with the scanner when the driver keeps other work (a minifilter, say).
      ...scanKinds.length < ctx.sem.kinds(c).length ? scanKinds.map((k) => ({ op: "remove-from-list", element: c.key, attribute: "kinds", value: `"${k}"` })) : [],
      { op: "add-block", near: c.key, text: `channel "${channelName}" {
${hclBody(channelAttrs)}
}` }
    ]
  };
}
var RS003 = (ctx) => {
  for (const c of privilegedComponents(ctx)) {
    if (!ctx.sem.hasKind(c, "rule_engine", "content_interpreter")) continue;
    const matching = c.str("matching");
    if (matching === void 0) {
      ctx.unspecified(c, "matching");
      continue;
    }
    if (!PATTERN_MATCHING.has(matching)) continue;
    const context = ctx.sem.contextOf(c);
    const home = userHome(ctx, c, `${c.name}_service`);
    ctx.report({
      element: c,
      message: `Component \`${c.name}\` evaluates ${matching} patterns in privileged context ${contextText(ctx, context)}. The strings it matches are attacker-influenced, ${matching} evaluation cost is hard to bound, and the matching engine is a large body of code to trust at ring 0.`,
      facts: [ctx.fact(context, "kind", "PRIVILEGED"), ctx.fact(c, "kinds"), ctx.fact(c, "matching", "run-time pattern language")],
      fixes: [
        {
          title: `Evaluate the patterns in user mode: move \`${c.name}\` to ${home.isNew ? `a new ${home.kind} context` : `\`${home.key.slice("context.".length)}\``}`,
          preferred: true,
          steps: [...home.steps, { op: "move-block", element: c.key, toParent: home.key }]
        },
        { title: "Ship patterns precompiled into size-capped DFA tables", steps: [{ op: "set", element: c.key, attribute: "matching", value: '"dfa_table"' }] }
      ]
    });
  }
};
function isStructured(ctx, input) {
  return ctx.sem.isContent(input) || input.sub("schema") !== void 0;
}
var RS004 = (ctx) => {
  for (const input of ctx.model.inputs) {
    const schema = input.sub("schema");
    const fields = schema?.num("fields");
    const supplied = schema?.num("consumer_fields");
    if (!schema || fields === void 0 || supplied === void 0 || fields === supplied) continue;
    ctx.report({
      element: input,
      loc: schema.headLoc,
      message: `Input \`${input.name}\` declares ${fields} fields but its consumer supplies ${supplied} (${fields} declared, ${supplied} supplied). Nothing reconciles the two counts, so the first release that uses field ${Math.max(fields, supplied)} reads past the end of the consumer's array \u2014 the Channel File 291 defect.`,
      facts: [ctx.fact(schema, "fields", "declared by the content"), ctx.fact(schema, "consumer_fields", "supplied by the consumer")],
      related: ctx.flows.from(input).map((f) => ({ loc: f.sink.headLoc, message: `consumed by \`${f.sink.name}\`` })),
      fixes: [{
        title: `Make the consumer supply all ${fields} declared fields and assert the count at build time`,
        preferred: true,
        steps: [{ op: "set", element: `${input.key}.schema`, attribute: "consumer_fields", value: String(fields) }]
      }]
    });
  }
  const schemaless = /* @__PURE__ */ new Map();
  for (const c of privilegedComponents(ctx)) {
    const flows = ctx.flows.into(c).filter((f) => isStructured(ctx, f.input));
    if (flows.length === 0) continue;
    for (const f of flows) if (f.input.sub("schema")?.num("fields") === void 0) schemaless.set(f.input, [...schemaless.get(f.input) ?? [], f]);
    const bounds = c.str("bounds_checks");
    if (bounds === void 0) {
      ctx.unspecified(c, "bounds_checks");
      continue;
    }
    if (RUNTIME_BOUNDS.has(bounds)) continue;
    const context = ctx.sem.contextOf(c);
    const inputs = unique(flows.map((f) => f.input));
    ctx.report({
      element: c,
      message: `Component \`${c.name}\` in privileged context ${contextText(ctx, context)} reads structured input ${listText(inputs.map((i2) => `\`${i2.name}\``))} with bounds_checks = ${bounds}: indexed reads trust counts and lengths from the input or from upstream tooling, so a count mismatch becomes an out-of-bounds read in ring 0.`,
      facts: [ctx.fact(context, "kind", "PRIVILEGED"), ctx.fact(c, "bounds_checks", "no run-time check"), ...inputs.map((i2) => ctx.fact(i2, "source"))],
      path: flows[0].path,
      related: otherFlows(flows, flows[0]),
      fixes: [{
        title: "Bounds-check every indexed access at run time (and keep the build-time count check)",
        preferred: true,
        steps: [{ op: "set", element: c.key, attribute: "bounds_checks", value: '"runtime_and_compile_time"' }]
      }]
    });
  }
  for (const [input, flows] of schemaless) {
    const schema = input.sub("schema");
    const supplied = schema?.num("consumer_fields");
    const sinks = unique(flows.map((f) => f.sink));
    ctx.report({
      element: input,
      message: `Input \`${input.name}\` reaches privileged ${sinks.length === 1 ? "component" : "components"} ${listText(sinks.map((s) => `\`${s.name}\``))} ${schema ? "with a `schema` that leaves `fields` unset" : "without a `schema` block"}: nothing states how many fields the format has, so neither the build nor the kernel code can check the count it relies on.`,
      facts: [
        schema ? ctx.fact(schema, "fields") : ctx.note(input, "no schema block"),
        ctx.fact(input, "source"),
        ...sinks.map((s) => ctx.fact(ctx.sem.contextOf(s), "kind", "PRIVILEGED"))
      ],
      path: flows[0].path,
      related: otherFlows(flows, flows[0]),
      // The field count is a fact about the format; it can only be filled in when the model states it elsewhere.
      fixes: supplied !== void 0 ? [{ title: `Declare schema.fields = ${supplied} (the count the consumer supplies)`, preferred: true, steps: [{ op: "set", element: `${input.key}.schema`, attribute: "fields", value: String(supplied) }] }] : void 0
    });
  }
};
var RS005 = (ctx) => {
  for (const input of ctx.model.inputs) {
    const flows = ctx.flows.from(input);
    const interpreters = flows.filter((f) => ctx.sem.hasKind(f.sink, ...INTERPRETER_KINDS) && ctx.sem.kindOf(ctx.sem.contextOf(f.sink)) !== "cloud_service");
    if (interpreters.length === 0) continue;
    const validators = unique(flows.map((f) => f.sink).filter((s) => ctx.sem.hasKind(s, "content_validator") && ctx.sem.kindOf(ctx.sem.contextOf(s)) === "cloud_service"));
    const deps = ctx.sem.deploymentsOf(input);
    const separate = deps.filter((d) => d.str("validated_by") === "separate_validator");
    if (separate.length === 0) {
      if (validators.length > 0) {
        for (const d of deps) if (!d.has("validated_by")) ctx.unspecified(d, "validated_by");
      }
      continue;
    }
    const where = validators[0] ?? separate[0];
    const interp = interpreters[0];
    ctx.report({
      element: where,
      loc: validators[0] ? void 0 : separate[0].prop("validated_by")?.loc,
      message: `Releases of \`${input.name}\` are checked by a separate validator${validators.length ? ` (${listText(validators.map((v) => `\`${v.name}\``))})` : ""} while hosts run ${listText(unique(interpreters.map((f) => `\`${f.sink.name}\``)))}: two implementations of one format drift apart silently, which is how a release the validator accepted crashed the interpreter in July 2024.`,
      facts: [
        ...separate.map((d) => ctx.fact(d, "validated_by", "separate implementation")),
        ...validators.map((v) => ctx.fact(v, "kinds")),
        ctx.fact(interp.sink, "kinds", "endpoint interpreter")
      ],
      path: interp.path,
      related: [...validators.map((v) => ({ loc: v.headLoc, message: `validator \`${v.name}\`` })), ...otherFlows(interpreters, interp)],
      fixes: [{
        title: "Validate each release by running the shipping interpreter over it",
        preferred: true,
        steps: separate.map((d) => ({ op: "set", element: d.key, attribute: "validated_by", value: '"same_interpreter"' }))
      }]
    });
  }
};
var RS006 = (ctx) => {
  for (const input of ctx.model.inputs) {
    const fields = input.sub("schema")?.num("fields");
    if (fields === void 0) continue;
    const tests = input.sub("tests");
    const perField = tests?.bool("per_field_non_wildcard");
    const coverage = tests?.num("field_coverage");
    const untested = perField === false || coverage !== void 0 && coverage < 100;
    if (!untested) {
      if (perField === void 0 && coverage === void 0) ctx.unspecified(input, "tests.per_field_non_wildcard");
      continue;
    }
    const facts = [ctx.fact(input.sub("schema"), "fields")];
    if (perField !== void 0) facts.push(ctx.fact(tests, "per_field_non_wildcard"));
    if (coverage !== void 0) facts.push(ctx.fact(tests, "field_coverage"));
    const steps = [{ op: "set", element: `${input.key}.tests`, attribute: "per_field_non_wildcard", value: "true" }];
    if (coverage !== void 0 && coverage < 100) steps.push({ op: "set", element: `${input.key}.tests`, attribute: "field_coverage", value: "100" });
    ctx.report({
      element: input,
      message: `Input \`${input.name}\` declares ${fields} fields, but ${perField === false ? "not every field is tested with a concrete (non-wildcard) value" : `tests cover only ${coverage}% of them`}. A field that only ever held wildcards is never read, so a defect behind it stays latent until the first release that uses it reaches the fleet.`,
      facts,
      related: ctx.flows.from(input).map((f) => ({ loc: f.sink.headLoc, message: `consumed by \`${f.sink.name}\`` })),
      fixes: [{ title: "Require a non-wildcard test for every declared field", preferred: true, steps }]
    });
  }
};
var RS007 = (ctx) => {
  for (const c of privilegedComponents(ctx)) {
    const kinds = ctx.sem.kinds(c).filter((k) => FETCHING_KINDS.includes(k));
    const ops = (c.strs("performs") ?? []).filter((o) => RISKY_OPERATIONS.includes(o));
    if (kinds.length === 0 && ops.length === 0) continue;
    const context = ctx.sem.contextOf(c);
    const what = [...kinds.map((k) => `is a ${k.replace("_", " ")}`), ...ops.length ? [`performs ${ops.join(", ")}`] : []];
    const facts = [ctx.fact(context, "kind", "PRIVILEGED")];
    if (kinds.length) facts.push(ctx.fact(c, "kinds"));
    if (ops.length) facts.push(ctx.fact(c, "performs"));
    ctx.report({
      element: c,
      message: `Component \`${c.name}\` in privileged context ${contextText(ctx, context)} ${listText(what)}. Networking, decompression, de-obfuscation and certificate parsing are large failure and attack surfaces that need no ring-0 privilege; in a user-mode service a fault ends one restartable process.`,
      facts,
      fixes: [rs007Fix(ctx, c, kinds, ops)]
    });
  }
};
function rs007Fix(ctx, c, kinds, ops) {
  const home = userHome(ctx, c, `${c.name}_service`);
  const homeName = home.key.slice("context.".length);
  const remaining = ctx.sem.kinds(c).filter((k) => !kinds.includes(k));
  if (remaining.length === 0) {
    return {
      title: `Move \`${c.name}\` to ${home.isNew ? `a new user-mode ${home.kind} context` : `the user-mode context \`${homeName}\``}`,
      preferred: true,
      steps: [...home.steps, { op: "move-block", element: c.key, toParent: home.key }]
    };
  }
  const updaterName = freeName(ctx, "component", `${c.name}_updater`);
  const attrs = [["kinds", strList(kinds.length ? kinds : ["content_updater"])]];
  if (ops.length) attrs.push(["performs", strList(ops)]);
  const text = `component "${updaterName}" {
${hclBody(attrs)}
}`;
  const place = home.isNew ? [{ op: "add-block", near: ctx.sem.contextOf(c).key, text: `context "${homeName}" {
  kind = "${home.kind}"

${indent(text)}
}` }] : [{ op: "add-block", parent: home.key, text }];
  return {
    title: `Move ${listText([...kinds, ...ops].map((x) => `\`${x}\``))} out of \`${c.name}\` into a user-mode updater`,
    preferred: true,
    steps: [
      ...place,
      ...kinds.map((k) => ({ op: "remove-from-list", element: c.key, attribute: "kinds", value: `"${k}"` })),
      ...ops.map((o) => ({ op: "remove-from-list", element: c.key, attribute: "performs", value: `"${o}"` }))
    ]
  };
}
var checks = { RS001, RS002, RS003, RS004, RS005, RS006, RS007 };

// server/src/rules/content-deployment.ts
var DESTRUCTIVE_ACTIONS = ["delete", "quarantine", "kill"];
var HIGH_FREQUENCY = /* @__PURE__ */ new Set(["daily", "multiple_per_day"]);
var DEFAULT_HEALTH_GATE = '["heartbeat_loss", "crash_dumps", "boot_success"]';
var DEFAULT_RINGS = '["internal", "canary", "early_adopter", "broad"]';
var DEFAULT_BAKE = '"4h"';
function delivered(d) {
  return d.refs("delivers").map((r) => r.target).filter((t) => t !== void 0);
}
function deliveredContent(ctx, d) {
  return delivered(d).filter((i2) => ctx.sem.isContent(i2));
}
function isZeroDuration(v) {
  return v !== void 0 && /^0(\.0+)?(ms|s|m|h|d|w)?$/.test(v);
}
function inputFacts(ctx, inputs) {
  return inputs.map((i2) => ctx.fact(i2, "source", ctx.sem.isContent(i2) ? "content" : void 0));
}
var RS008 = (ctx) => {
  for (const d of ctx.model.deployments) {
    const flows = deliveredContent(ctx, d).flatMap((i2) => ctx.flows.from(i2)).filter((f) => ctx.sem.isPrivileged(ctx.sem.contextOf(f.sink)));
    if (flows.length === 0) continue;
    const process2 = d.str("release_process");
    if (process2 === void 0) {
      ctx.unspecified(d, "release_process");
      continue;
    }
    if (process2 === "code_equivalent") continue;
    const sinks = [...new Set(flows.map((f) => f.sink))];
    const inputs = [...new Set(flows.map((f) => f.input))];
    ctx.report({
      element: d,
      message: `Deployment \`${d.name}\` ships content ${listText(inputs.map((i2) => `\`${i2.name}\``))} that steers privileged ${sinks.length === 1 ? "component" : "components"} ${listText(sinks.map((s) => `\`${s.name}\` in ${contextText(ctx, ctx.sem.contextOf(s))}`))}, yet releases go through release_process = ${process2}. Driver signing and certification cover the binary, not the data it reads later: content that changes kernel behaviour is code in effect and needs code-grade gates.`,
      facts: [
        ctx.fact(d, "release_process", "not code_equivalent"),
        ...inputFacts(ctx, inputs),
        ...sinks.map((s) => ctx.fact(ctx.sem.contextOf(s), "kind", "PRIVILEGED"))
      ],
      path: flows[0].path,
      related: flows.slice(1).map((f) => ({ loc: f.sink.headLoc, message: `also reaches privileged \`${f.sink.name}\` ${arrival(f)}` })),
      fixes: [{
        title: "Release this content through the same rings and tests as driver code",
        preferred: true,
        steps: [{ op: "set", element: d.key, attribute: "release_process", value: '"code_equivalent"' }]
      }]
    });
  }
};
function actuatorsDrivenBy(ctx, start2) {
  const seen = /* @__PURE__ */ new Set([start2]);
  const queue = [start2];
  for (let i2 = 0; i2 < queue.length; i2++) {
    for (const ch of ctx.sem.channelsFrom(queue[i2])) {
      const to = ch.ref("to")?.target;
      if (to && !seen.has(to)) {
        seen.add(to);
        queue.push(to);
      }
    }
  }
  return [...seen].filter((c) => ctx.sem.hasKind(c, "response_actuator"));
}
var RS009 = (ctx) => {
  for (const d of ctx.model.deployments) {
    const risky = [];
    const unknownActuators = /* @__PURE__ */ new Set();
    for (const input of delivered(d)) {
      for (const f of ctx.flows.from(input)) {
        const context = ctx.sem.contextOf(f.sink);
        const reasons = [];
        if (ctx.sem.isPrivileged(context)) reasons.push(`runs in privileged context ${contextText(ctx, context)}`);
        if (ctx.sem.isBootCritical(context) === true) reasons.push("is boot-critical");
        for (const a of actuatorsDrivenBy(ctx, f.sink)) {
          const actions = a.strs("actions");
          if (actions === void 0) {
            unknownActuators.add(a);
            continue;
          }
          const bad = actions.filter((x) => DESTRUCTIVE_ACTIONS.includes(x));
          if (bad.length) reasons.push(a === f.sink ? `may ${bad.join("/")} on its own` : `drives response actuator \`${a.name}\` (${bad.join("/")})`);
        }
        if (reasons.length) risky.push({ flow: f, reasons });
      }
    }
    if (risky.length === 0 && unknownActuators.size === 0) continue;
    const rollout = d.str("rollout");
    if (rollout === void 0) {
      ctx.unspecified(d, "rollout");
      continue;
    }
    if (rollout !== "global") continue;
    if (risky.length === 0) {
      for (const a of unknownActuators) ctx.unspecified(a, "actions");
      continue;
    }
    const first = risky[0];
    const fleet = ctx.sem.agent?.num("fleet_size");
    const steps = [{ op: "set", element: d.key, attribute: "rollout", value: '"staged"' }];
    if (!d.strs("rings")?.length) steps.push({ op: "set", element: d.key, attribute: "rings", value: DEFAULT_RINGS });
    if (!d.has("bake_time") || isZeroDuration(d.str("bake_time"))) steps.push({ op: "set", element: d.key, attribute: "bake_time", value: DEFAULT_BAKE });
    if (!d.strs("health_gate")?.length) steps.push({ op: "set", element: d.key, attribute: "health_gate", value: DEFAULT_HEALTH_GATE });
    ctx.report({
      element: d,
      message: `Deployment \`${d.name}\` releases to ${fleet !== void 0 ? `all ${fleet.toLocaleString("en-US")} hosts` : "every host"} at once (rollout = global), and what it ships reaches ${listText(risky.map((r) => `\`${r.flow.sink.name}\`, which ${listText(r.reasons)}`))}. A faulty release is then everywhere before anyone can halt it; a canary ring would have failed within minutes and stopped promotion.`,
      facts: [
        ctx.fact(d, "rollout", "every host at once"),
        ...inputFacts(ctx, [...new Set(risky.map((r) => r.flow.input))]),
        ...risky.map((r) => ctx.note(r.flow.sink, r.reasons.join("; ")))
      ],
      path: first.flow.path,
      related: risky.slice(1).map((r) => ({ loc: r.flow.sink.headLoc, message: `\`${r.flow.sink.name}\` ${listText(r.reasons)}` })),
      fixes: [{ title: "Stage the rollout through rings with bake times and health gates", preferred: true, steps }]
    });
  }
};
var RS010 = (ctx) => {
  for (const d of ctx.model.deployments) {
    const rings = d.strs("rings");
    if (!(rings && rings.length > 0) && d.str("rollout") !== "staged") continue;
    const gate = d.strs("health_gate");
    const bake = d.str("bake_time");
    const problems = [];
    const facts = [rings ? ctx.fact(d, "rings") : ctx.fact(d, "rollout")];
    const steps = [];
    if (gate === void 0) ctx.unspecified(d, "health_gate");
    else if (gate.length === 0) {
      problems.push("health_gate = [] halts promotion on nothing");
      facts.push(ctx.fact(d, "health_gate", "no signals"));
      steps.push({ op: "set", element: d.key, attribute: "health_gate", value: DEFAULT_HEALTH_GATE });
    }
    if (bake === void 0) ctx.unspecified(d, "bake_time");
    else if (isZeroDuration(bake)) {
      problems.push(`bake_time = "${bake}" promotes before any signal can arrive`);
      facts.push(ctx.fact(d, "bake_time", "no wait"));
      steps.push({ op: "set", element: d.key, attribute: "bake_time", value: DEFAULT_BAKE });
    }
    if (problems.length === 0) continue;
    ctx.report({
      element: d,
      message: `Deployment \`${d.name}\` promotes through ${rings?.length ? `rings ${rings.join(" \u2192 ")}` : "stages"} but ${listText(problems)}. Rings that never halt on their own only slow an outage down; crashed hosts cannot report, so heartbeat loss must count as a failure signal.`,
      facts,
      fixes: [{ title: "Gate each promotion on heartbeat loss, crash dumps and boot success, with a bake time per ring", preferred: true, steps }]
    });
  }
};
var RS011 = (ctx) => {
  for (const d of ctx.model.deployments) {
    const content = deliveredContent(ctx, d);
    if (content.length === 0) continue;
    const rollback = d.str("rollback");
    const lkg = d.bool("last_known_good");
    const problems = [];
    if (rollback === "none" || rollback === "manual") problems.push(`rollback = ${rollback}`);
    if (lkg === false) problems.push("last_known_good = false");
    if (problems.length === 0) {
      if (rollback === void 0 && lkg === void 0) ctx.unspecified(d, "rollback");
      continue;
    }
    const facts = [];
    if (rollback !== void 0) facts.push(ctx.fact(d, "rollback"));
    if (lkg !== void 0) facts.push(ctx.fact(d, "last_known_good"));
    const steps = [];
    if (rollback !== "automatic") steps.push({ op: "set", element: d.key, attribute: "rollback", value: '"automatic"' });
    if (lkg !== true) steps.push({ op: "set", element: d.key, attribute: "last_known_good", value: "true" });
    ctx.report({
      element: d,
      message: `Deployment \`${d.name}\` ships content ${listText(content.map((i2) => `\`${i2.name}\``))} with ${listText(problems)}: hosts cannot fall back to the previous content on their own, so a bad release stays until someone ships a fix \u2014 and hosts already crashing may never receive it.`,
      facts: [...facts, ...inputFacts(ctx, content)],
      fixes: [{ title: "Keep the previous content on hosts and revert automatically after repeated faults", preferred: true, steps }]
    });
  }
};
var RS012 = (ctx) => {
  for (const d of ctx.model.deployments) {
    const content = deliveredContent(ctx, d);
    if (content.length === 0) continue;
    const control = d.str("customer_control");
    if (control === void 0) {
      ctx.unspecified(d, "customer_control");
      continue;
    }
    if (control !== "none") continue;
    ctx.report({
      element: d,
      message: `Deployment \`${d.name}\` ships content ${listText(content.map((i2) => `\`${i2.name}\``))} with customer_control = none: customers cannot hold critical systems on a later ring, delay or pin a version, so trading protection latency for outage risk is not their choice.`,
      facts: [ctx.fact(d, "customer_control", "no customer control"), ...inputFacts(ctx, content)],
      fixes: [{ title: "Let customers assign device groups to content rings", preferred: true, steps: [{ op: "set", element: d.key, attribute: "customer_control", value: '"rings"' }] }]
    });
  }
};
var RS013 = (ctx) => {
  for (const input of ctx.model.inputs) {
    if (!VENDOR_DELIVERED.has(ctx.sem.sourceOf(input) ?? "")) continue;
    const signed = input.bool("signed");
    const check = input.str("integrity_check");
    const problems = [];
    const facts = [];
    if (signed === false) {
      problems.push("releases are not signed");
      facts.push(ctx.fact(input, "signed"));
    }
    if (check === "none") {
      problems.push("nothing verifies integrity on the host");
      facts.push(ctx.fact(input, "integrity_check"));
    }
    if (check === "cloud") {
      problems.push("integrity is verified only before release, never on the host before use");
      facts.push(ctx.fact(input, "integrity_check"));
    }
    if (problems.length === 0) {
      if (signed === void 0) ctx.unspecified(input, "signed");
      if (check === void 0) ctx.unspecified(input, "integrity_check");
      continue;
    }
    const steps = [];
    if (signed !== true) steps.push({ op: "set", element: input.key, attribute: "signed", value: "true" });
    if (check !== "user" && check !== "kernel") steps.push({ op: "set", element: input.key, attribute: "integrity_check", value: '"user"' });
    ctx.report({
      element: input,
      message: `Input \`${input.name}\` (source = ${ctx.sem.sourceOf(input)}): ${listText(problems)}. Anyone who can write the content directory or tamper with delivery can then steer the code that reads it. Verify signature and hash in user mode before use; obfuscation is not integrity.`,
      facts,
      related: ctx.flows.from(input).map((f) => ({ loc: f.sink.headLoc, message: `consumed by \`${f.sink.name}\`` })),
      fixes: [{ title: "Sign releases and verify them in the user-mode updater before use", preferred: true, steps }]
    });
  }
};
var RS014 = (ctx) => {
  for (const input of ctx.model.inputs) {
    if (!VENDOR_DELIVERED.has(ctx.sem.sourceOf(input) ?? "")) continue;
    const tests = input.sub("tests");
    const real = tests?.bool("integration_on_real_sensor");
    if (real === void 0) {
      ctx.unspecified(input, "tests.integration_on_real_sensor");
      continue;
    }
    if (real) continue;
    ctx.report({
      element: input,
      message: `Releases of \`${input.name}\` (source = ${ctx.sem.sourceOf(input)}) do not run on real sensor builds before they ship (integration_on_real_sensor = false). Validator checks and earlier successful releases are not a test of this release on a real host; an internal ring on real sensor and OS builds would have failed at once.`,
      facts: [ctx.fact(tests, "integration_on_real_sensor")],
      related: ctx.flows.from(input).map((f) => ({ loc: f.sink.headLoc, message: `consumed by \`${f.sink.name}\`` })),
      fixes: [{
        title: "Run every release on real sensor builds (N, N-1, N-2) before it ships",
        preferred: true,
        steps: [{ op: "set", element: `${input.key}.tests`, attribute: "integration_on_real_sensor", value: "true" }]
      }]
    });
  }
};
var RS015 = (ctx) => {
  const askedConsumers = /* @__PURE__ */ new Set();
  for (const input of ctx.model.inputs) {
    if (!ctx.sem.isContent(input)) continue;
    const schema = input.sub("schema");
    if (!schema) {
      ctx.unspecified(input, "schema.version");
      continue;
    }
    const version = schema.num("version");
    if (version === void 0) {
      ctx.report({
        element: input,
        message: `Input \`${input.name}\` declares a schema without a \`version\`: consumers cannot tell one shape of the content from another, so a release built for a newer template definition is read as if it were the old one instead of being rejected.`,
        facts: [ctx.fact(schema, "version"), ctx.fact(input, "source", "content")],
        related: ctx.flows.from(input).map((f) => ({ loc: f.sink.headLoc, message: `consumed by \`${f.sink.name}\`` })),
        fixes: [{ title: "Carry a schema version in every release manifest", preferred: true, steps: [{ op: "set", element: `${input.key}.schema`, attribute: "version", value: "1" }] }]
      });
    }
    for (const f of ctx.flows.from(input)) {
      const c = f.sink;
      if (f.form === "compiled" || !ctx.sem.hasKind(c, ...INTERPRETER_KINDS)) continue;
      if (ctx.sem.kindOf(ctx.sem.contextOf(c)) === "cloud_service" || c.has("accepts_versions") || askedConsumers.has(c)) continue;
      askedConsumers.add(c);
      ctx.report({
        element: c,
        message: `Component \`${c.name}\` reads content \`${input.name}\` without declaring \`accepts_versions\`: it has no way to refuse a release whose shape it was not built for, so a mismatch between content and sensor shows up as a fault instead of a rejected update.`,
        facts: [ctx.fact(c, "accepts_versions"), ...version !== void 0 ? [ctx.fact(schema, "version")] : []],
        path: f.path,
        fixes: [{
          title: `Accept only schema version ${version ?? 1} and keep the last known good content otherwise`,
          preferred: true,
          steps: [{ op: "set", element: c.key, attribute: "accepts_versions", value: `[${version ?? 1}]` }]
        }]
      });
    }
  }
};
var RS016 = (ctx) => {
  for (const d of ctx.model.deployments) {
    if (d.bool("release_notes") !== false) continue;
    const frequent = delivered(d).filter((i2) => HIGH_FREQUENCY.has(i2.str("frequency") ?? ""));
    if (frequent.length === 0) continue;
    ctx.report({
      element: d,
      message: `Deployment \`${d.name}\` ships ${listText(frequent.map((i2) => `\`${i2.name}\` (${i2.str("frequency").replace(/_/g, " ")})`))} without release notes: operators correlating an incident cannot see what changed on their hosts, or when.`,
      facts: [ctx.fact(d, "release_notes"), ...frequent.map((i2) => ctx.fact(i2, "frequency"))],
      fixes: [{ title: "Publish a content change feed", preferred: true, steps: [{ op: "set", element: d.key, attribute: "release_notes", value: "true" }] }]
    });
  }
};
var checks2 = { RS008, RS009, RS010, RS011, RS012, RS013, RS014, RS015, RS016 };

// server/src/rules/boot-recovery.ts
var ELAM_KINDS = /* @__PURE__ */ new Set(["boot_driver_classifier", "self_protection"]);
var FAIL_CLOSED = /* @__PURE__ */ new Set(["fail_closed", "bugcheck"]);
var q = (s) => `"${s}"`;
function bootReason(context) {
  const kind = context.str("kind");
  const start2 = context.str("start");
  if (kind === "elam_driver" || kind === "boot_start_driver") return `${kind}, which always loads during boot`;
  return `${kind} with start = ${start2 ?? "unset"}`;
}
function bootFacts(ctx, context) {
  const facts = [ctx.fact(context, "kind", "BOOT_CRITICAL")];
  const kind = context.str("kind");
  if (kind === "kernel_driver" || kind === "linux_kernel_module") facts.push(ctx.fact(context, "start", "loads before logon"));
  return facts;
}
function freshContentFlows(ctx, context) {
  const out2 = [];
  for (const c of ctx.sem.componentsIn(context)) {
    for (const f of ctx.flows.into(c)) {
      if (!ctx.sem.isContent(f.input)) continue;
      if (f.input.str("update_channel") === "code" || f.input.str("frequency") === "per_release") continue;
      out2.push(f);
    }
  }
  return out2;
}
function flowText(f) {
  return `component \`${f.sink.name}\` receives input \`${f.input.name}\` (${f.input.str("source")}${f.channels.length ? `, over ${f.channels.map((c) => `channel \`${c.name}\``).join(" and ")}` : ""})`;
}
function flowRelated(flows) {
  return flows.map((f) => ({ loc: f.sink.headLoc, message: flowText(f) }));
}
function freshName(ctx, type, base) {
  let name2 = base;
  for (let i2 = 2; ctx.model.elements.has(`${type}.${name2}`); i2++) name2 = `${base}_${i2}`;
  return name2;
}
function blockText(ctx, block) {
  const file = ctx.model.files.find((f) => f.file === block.file);
  if (!file) return void 0;
  const text = file.text.slice(file.lines.offsetAt(block.range.start), file.lines.offsetAt(block.range.end));
  const col = block.range.start.character;
  return text.split(/\r?\n/).map((l, i2) => i2 === 0 ? l : l.replace(new RegExp(`^ {0,${col}}`), "")).join("\n");
}
function indent2(text, by) {
  return text.split("\n").map((l) => l.length ? by + l : l).join("\n");
}
var RS017 = (ctx) => {
  for (const context of ctx.model.contexts) {
    const boot = ctx.sem.isBootCritical(context);
    if (boot === false) continue;
    const flows = freshContentFlows(ctx, context);
    if (flows.length === 0) continue;
    const activation = context.str("content_activation");
    if (activation !== void 0 && activation !== "at_boot") continue;
    if (boot === void 0) ctx.unspecified(context, "start");
    if (activation === void 0) ctx.unspecified(context, "content_activation");
    if (boot === void 0 || activation === void 0) continue;
    const inputs = [...new Set(flows.map((f) => `\`${f.input.name}\``))].join(", ");
    ctx.report({
      element: context,
      message: `Context \`${context.name}\` is boot-critical (${bootReason(context)}) and activates freshly delivered content during boot (content_activation = "at_boot"): ${flows.map(flowText).join("; ")}. A faulty release of ${inputs} would crash the host on every restart, before any remote fix can arrive. Boot on a frozen, tested baseline and activate new content only after a successful boot.`,
      facts: [
        ...bootFacts(ctx, context),
        ctx.fact(context, "content_activation", "new content is read during boot"),
        ...flows.map((f) => ctx.note(f.input, `source = ${f.input.str("source")} (updatable content) reaches component ${f.sink.name}`))
      ],
      path: flows[0].path,
      related: flowRelated(flows),
      fixes: [
        {
          title: "Activate new content only after a successful boot",
          preferred: true,
          steps: [{ op: "set", element: context.key, attribute: "content_activation", value: q("after_boot_success") }]
        },
        {
          title: "Let the user-mode service activate new content after it starts",
          steps: [{ op: "set", element: context.key, attribute: "content_activation", value: q("from_user_service") }]
        }
      ]
    });
  }
};
var RS018 = (ctx) => {
  for (const context of ctx.model.contexts) {
    if (!ctx.sem.isPrivileged(context)) continue;
    const protection = context.str("crash_loop_protection");
    if (protection === void 0) {
      ctx.unspecified(context, "crash_loop_protection");
      continue;
    }
    if (protection !== "none") continue;
    const boot = ctx.sem.isBootCritical(context);
    if (boot === void 0) ctx.unspecified(context, "start");
    const contentDriven = freshContentFlows(ctx, context).length > 0;
    const kind = context.str("kind");
    const consequence = boot ? "it loads during boot, so one bad input or defect crashes the host on every restart and the machine never gets far enough to fetch a fix" : "one bad input or defect crashes the host again after every reboot until someone intervenes";
    const withThreshold = (steps) => context.num("crash_loop_threshold") === void 0 ? [...steps, { op: "set", element: context.key, attribute: "crash_loop_threshold", value: "3" }] : steps;
    const first = contentDriven ? "last_known_good" : "reduced_functionality";
    const second = contentDriven ? "disable_content" : boot ? "skip_load" : "last_known_good";
    const fixes = [
      {
        title: contentDriven ? "Revert to the last known good content after repeated crashes" : "Drop to reduced functionality after repeated crashes (keep heartbeating)",
        preferred: true,
        steps: withThreshold([{ op: "set", element: context.key, attribute: "crash_loop_protection", value: q(first) }])
      },
      {
        title: second === "disable_content" ? "Skip updatable content after repeated crashes" : second === "skip_load" ? "Do not load after repeated failed boots" : "Revert to the last known good version after repeated crashes",
        steps: withThreshold([{ op: "set", element: context.key, attribute: "crash_loop_protection", value: q(second) }])
      }
    ];
    ctx.report({
      element: context,
      severity: boot ? "error" : "warning",
      message: `Context \`${context.name}\` (${kind}${boot ? `, boot-critical: ${bootReason(context)}` : ""}) has no crash-loop protection (crash_loop_protection = "none"): ${consequence}. Count unclean boots or crashes persistently and fall back to ${contentDriven ? "the last known good content" : "a reduced mode"} after a few failures, reporting the degraded state in heartbeats.` + (boot === void 0 ? ' Reported as a warning because `start` is unset; with start = "boot" or "system" it is an error.' : ""),
      facts: [
        ctx.fact(context, "kind", boot ? "BOOT_CRITICAL" : "PRIVILEGED"),
        ...boot ? bootFacts(ctx, context).slice(1) : [],
        ctx.fact(context, "crash_loop_protection", "loads the same way after every crash"),
        ...contentDriven ? [ctx.note(context, "components in it consume updatable content")] : []
      ],
      fixes
    });
  }
};
function mainDriverFor(ctx, elam) {
  const drivers = ctx.model.contexts.filter((c) => c !== elam && c.str("kind") === "kernel_driver" && ctx.sem.platformOf(c) === ctx.sem.platformOf(elam));
  return drivers.find((c) => ctx.sem.isBootCritical(c) === false) ?? drivers[0];
}
function newDriverText(elam, name2, body2) {
  const attrs = [["kind", q("kernel_driver")], ["start", q("auto")]];
  const lang = elam.str("language");
  if (lang) attrs.push(["language", q(lang)]);
  attrs.push(["signer", q("whql")]);
  const hvci = elam.bool("hvci_compatible");
  if (hvci !== void 0) attrs.push(["hvci_compatible", String(hvci)]);
  const width = Math.max(...attrs.map(([k]) => k.length));
  return [`context ${q(name2)} {`, ...attrs.map(([k, v]) => `  ${k.padEnd(width)} = ${v}`), "", indent2(body2, "  "), "}"].join("\n");
}
function rs019Fixes(ctx, elam, comp, extra) {
  const target = mainDriverFor(ctx, elam);
  const kinds = ctx.sem.kinds(comp);
  const mixed = kinds.some((k) => ELAM_KINDS.has(k));
  const text = blockText(ctx, comp);
  if (!mixed) {
    if (target) {
      return [{
        title: `Move component \`${comp.name}\` into the main driver \`${target.name}\``,
        preferred: true,
        steps: [{ op: "move-block", element: comp.key, toParent: target.key }]
      }];
    }
    if (!text) return [];
    const name3 = freshName(ctx, "context", `${elam.name}_main`);
    return [{
      title: `Move component \`${comp.name}\` into a new, later-starting driver \`${name3}\``,
      preferred: true,
      steps: [{ op: "add-block", near: elam.key, text: newDriverText(elam, name3, text) }, { op: "remove-block", loc: comp.loc }]
    }];
  }
  if (!text) return [];
  const file = ctx.model.files.find((f) => f.file === comp.file);
  const kindsProp = comp.prop("kinds");
  if (!file || !kindsProp) return [];
  const name2 = freshName(ctx, "component", `${comp.name}_main`);
  const base = file.lines.offsetAt(comp.range.start);
  const raw = file.text.slice(base, file.lines.offsetAt(comp.range.end));
  const kStart = file.lines.offsetAt(kindsProp.loc.range.start) - base;
  const kEnd = file.lines.offsetAt(kindsProp.loc.range.end) - base;
  const kindsText = raw.slice(kStart, kEnd).replace(/=[\s\S]*$/, `= [${extra.map(q).join(", ")}]`);
  let split = raw.slice(0, kStart) + kindsText + raw.slice(kEnd);
  split = split.replace(/^(component\s+)"[^"]*"/, `$1${q(name2)}`);
  const col = comp.range.start.character;
  split = split.split(/\r?\n/).map((l, i2) => i2 === 0 ? l : l.replace(new RegExp(`^ {0,${col}}`), "")).join("\n");
  const removeKinds = extra.map((k) => ({ op: "remove-from-list", element: comp.key, attribute: "kinds", value: q(k) }));
  if (target) {
    return [{
      title: `Split ${extra.join(", ")} out of \`${comp.name}\` into a new component \`${name2}\` in \`${target.name}\``,
      preferred: true,
      steps: [...removeKinds, { op: "add-block", parent: target.key, text: split }]
    }];
  }
  const ctxName = freshName(ctx, "context", `${elam.name}_main`);
  return [{
    title: `Split ${extra.join(", ")} out of \`${comp.name}\` into a new, later-starting driver \`${ctxName}\``,
    preferred: true,
    steps: [...removeKinds, { op: "add-block", near: elam.key, text: newDriverText(elam, ctxName, split) }]
  }];
}
var RS019 = (ctx) => {
  for (const elam of ctx.model.contexts) {
    if (elam.str("kind") !== "elam_driver") continue;
    for (const comp of ctx.sem.componentsIn(elam)) {
      const extra = ctx.sem.kinds(comp).filter((k) => !ELAM_KINDS.has(k));
      if (extra.length === 0) continue;
      ctx.report({
        element: comp,
        message: `Component \`${comp.name}\` runs in the ELAM driver \`${elam.name}\` but does more than classify boot drivers or protect the agent (kinds include ${extra.join(", ")}). Everything in the ELAM driver loads before almost anything else, so this logic inherits the worst blast radius and the hardest recovery; keep ELAM minimal and put the rest in a later-starting driver.`,
        facts: [ctx.fact(elam, "kind", "first boot-start driver"), ctx.fact(comp, "kinds", `beyond ${[...ELAM_KINDS].join(" and ")}`)],
        related: [{ loc: elam.headLoc, message: `ELAM context \`${elam.name}\`` }],
        fixes: rs019Fixes(ctx, elam, comp, extra)
      });
    }
  }
};
var RS020 = (ctx) => {
  for (const context of ctx.model.contexts) {
    const boot = ctx.sem.isBootCritical(context);
    if (boot === false) continue;
    const windows = ctx.sem.platformOf(context) === "windows";
    const rec = context.sub("recovery");
    const recKey = `${context.key}.recovery`;
    const problems = [];
    const missing = [];
    if (windows) {
      const backup = rec?.bool("backup_copy");
      if (backup === false) {
        problems.push({
          text: "the installer keeps no backup copy for WinRE to restore (recovery.backup_copy = false)",
          fact: ctx.fact(rec, "backup_copy", "WinRE has nothing to restore"),
          fix: { op: "set", element: recKey, attribute: "backup_copy", value: "true" }
        });
      } else if (backup === void 0) missing.push("recovery.backup_copy");
      if (context.str("safe_mode_behavior") === void 0) missing.push("safe_mode_behavior");
    }
    const remote = rec?.str("remote");
    if (remote === "none") {
      problems.push({
        text: 'a host that no longer boots has no remote recovery path (recovery.remote = "none")',
        fact: ctx.fact(rec, "remote", "someone must act on each host"),
        fix: { op: "set", element: recKey, attribute: "remote", value: q(windows ? "qmr" : "agent_self_heal") }
      });
    } else if (remote === void 0) missing.push("recovery.remote");
    if (boot === void 0) {
      if (problems.length || missing.length) ctx.unspecified(context, "start");
      continue;
    }
    for (const m of missing) ctx.unspecified(context, m);
    if (problems.length === 0) continue;
    ctx.report({
      element: context,
      message: `Boot-critical context \`${context.name}\` (${bootReason(context)}) has no declared way back when it fails: ${problems.map((p) => p.text).join("; ")}. A crash in it repeats on every boot, so recovery has to work without the agent running.`,
      facts: [...bootFacts(ctx, context), ...problems.map((p) => p.fact)],
      fixes: [
        {
          title: problems.length > 1 ? "Declare a backup copy and a remote recovery path" : problems[0].text.includes("backup_copy") ? "Keep a backup copy for WinRE to restore" : `Support remote recovery (${windows ? "Quick Machine Recovery" : "agent self-heal after a failed boot"})`,
          preferred: true,
          steps: problems.map((p) => p.fix)
        }
      ]
    });
  }
};
var RS021 = (ctx) => {
  for (const context of ctx.model.contexts) {
    const rec = context.sub("recovery");
    if (!rec) continue;
    const recKey = `${context.key}.recovery`;
    const reasons = [];
    const facts = [];
    const steps = [];
    if (rec.bool("requires_physical_access") === true) {
      reasons.push("someone has to be at each machine (requires_physical_access = true)");
      facts.push(ctx.fact(rec, "requires_physical_access"));
      const remote = rec.str("remote");
      if (remote === void 0 || remote === "none") {
        steps.push({ op: "set", element: recKey, attribute: "remote", value: q(ctx.sem.platformOf(context) === "windows" ? "qmr" : "agent_self_heal") });
      }
      steps.push({ op: "set", element: recKey, attribute: "requires_physical_access", value: "false" });
    }
    if (rec.bool("bitlocker") === true) {
      const escrow = rec.bool("bitlocker_key_escrow");
      if (escrow === false) {
        reasons.push("disks are BitLocker-encrypted and recovery keys are not escrowed, so each repair starts with finding a key");
        facts.push(ctx.fact(rec, "bitlocker"), ctx.fact(rec, "bitlocker_key_escrow"));
        steps.push({ op: "set", element: recKey, attribute: "bitlocker_key_escrow", value: "true" });
      } else if (escrow === void 0) ctx.unspecified(context, "recovery.bitlocker_key_escrow");
    }
    if (reasons.length === 0) continue;
    const fleet = ctx.sem.agent?.num("fleet_size");
    ctx.report({
      element: context,
      message: `Recovering a host from a failure of \`${context.name}\` needs hands-on work per host: ${reasons.join("; ")}. ${fleet !== void 0 ? `Across ${fleet.toLocaleString("en-US")} hosts` : "Across a fleet"} that manual effort is the outage; escrow keys, enable remote remediation and rehearse a recovery drill.`,
      facts,
      fixes: [{ title: "Make recovery remote: escrow keys and declare a remote remediation path", preferred: true, steps }]
    });
  }
};
function rs022Fixes(el, interpreters) {
  const disable = {
    title: "Disable the failing rule or content item and keep running",
    preferred: interpreters,
    steps: [{ op: "set", element: el.key, attribute: "on_internal_error", value: q("disable_rule") }]
  };
  const open = {
    title: "Fail open: skip the failing work, log it and raise a health alert",
    preferred: !interpreters,
    steps: [{ op: "set", element: el.key, attribute: "on_internal_error", value: q("fail_open") }]
  };
  return interpreters ? [disable, open] : [open, disable];
}
var waiverHint = (el) => ` If failing closed here is a deliberate, narrowly scoped and tested choice, record that justification as a \`waiver "RS022"\` with target = ${el.key}, a reason, an owner and an expiry date; the finding is then kept as accepted.`;
var RS022 = (ctx) => {
  for (const context of ctx.model.contexts) {
    if (!ctx.sem.isPrivileged(context)) continue;
    const comps = ctx.sem.componentsIn(context);
    const inheriting = comps.filter((c) => c.str("on_internal_error") === void 0);
    const value = context.str("on_internal_error");
    if (value === void 0) {
      if (comps.length === 0 || inheriting.length > 0) ctx.unspecified(context, "on_internal_error");
    } else if (FAIL_CLOSED.has(value)) {
      const what = value === "bugcheck" ? "crashes the host" : "denies operations until the fault clears";
      ctx.report({
        element: context,
        message: `Privileged context \`${context.name}\` (${context.str("kind")}) ${what} when its own code hits an unexpected state (on_internal_error = "${value}")${inheriting.length ? `, and ${inheriting.map((c) => `\`${c.name}\``).join(", ")} inherit${inheriting.length === 1 ? "s" : ""} it` : ""}. Failing closed on the product's own defects turns a bug into an outage; an interpreter that meets unexpected content should disable that rule, log and continue.` + waiverHint(context),
        facts: [ctx.fact(context, "kind", "PRIVILEGED"), ctx.fact(context, "on_internal_error", "own defects stop the host")],
        related: inheriting.map((c) => ({ loc: c.headLoc, message: `component \`${c.name}\` inherits on_internal_error = "${value}"` })),
        fixes: rs022Fixes(context, inheriting.some((c) => ctx.sem.hasKind(c, ...INTERPRETER_KINDS)))
      });
    }
    for (const comp of comps) {
      const own = comp.str("on_internal_error");
      if (own === void 0 || !FAIL_CLOSED.has(own)) continue;
      ctx.report({
        element: comp,
        message: `Component \`${comp.name}\` in privileged context \`${context.name}\` (${context.str("kind")}) ${own === "bugcheck" ? "crashes the host" : "fails closed (denies operations until the fault clears)"} on its own internal errors (on_internal_error = "${own}"). Failing closed on the product's own defects turns a bug into an outage.` + waiverHint(comp),
        facts: [ctx.fact(context, "kind", "PRIVILEGED"), ctx.fact(comp, "on_internal_error", "own defects stop the host")],
        fixes: rs022Fixes(comp, ctx.sem.hasKind(comp, ...INTERPRETER_KINDS))
      });
    }
  }
};
var checks3 = { RS017, RS018, RS019, RS020, RS021, RS022 };

// server/src/rules/kernel-quality.ts
var q2 = (s) => `"${s}"`;
var UNSAFE_LANGUAGES = /* @__PURE__ */ new Set(["c", "cpp", "objc"]);
var ASSURANCE = ["fuzzing", "static_analysis", "driver_verifier"];
var WINDOWS_DRIVER_KINDS = /* @__PURE__ */ new Set(["kernel_driver", "boot_start_driver", "elam_driver"]);
var BAD_SIGNERS = /* @__PURE__ */ new Set(["test", "self", "none"]);
var NOT_ATTESTATION_TARGETS = ["windows_server", "windows_pre_10"];
var UNDOCUMENTED_ATTACH = /* @__PURE__ */ new Set(["ssdt_hook", "inline_kernel_patch", "idt_hook", "callback_array_edit"]);
var HEAVY_WORK = /* @__PURE__ */ new Set(["parse", "scan", "network", "wait_user"]);
var HEAVY_TEXT = { parse: "parsing", scan: "scanning content", network: "network calls", wait_user: "waiting for a user-mode verdict" };
var isPrivileged = (ctx, c) => !!c && ctx.sem.isPrivileged(ctx.sem.contextOf(c));
var hasAssurance = (ev) => (ev ?? []).some((e) => ASSURANCE.includes(e));
var RS023 = (ctx) => {
  for (const context of ctx.model.contexts) {
    if (!ctx.sem.isPrivileged(context)) continue;
    if (hasAssurance(context.strs("evidence"))) continue;
    const comps = ctx.sem.componentsIn(context);
    const lacking = comps.filter((c) => !hasAssurance(c.strs("evidence")));
    if (comps.length > 0 && lacking.length === 0) continue;
    const language = context.str("language");
    if (language === void 0) {
      ctx.unspecified(context, "language");
      continue;
    }
    if (!UNSAFE_LANGUAGES.has(language)) continue;
    const windows = ctx.sem.platformOf(context) === "windows";
    const wanted = windows ? ASSURANCE : ASSURANCE.filter((e) => e !== "driver_verifier");
    const fixes = [
      {
        title: `Record the assurance work (${wanted.join(", ").replace(/_/g, " ")}) once it runs in CI`,
        preferred: true,
        steps: wanted.map((e) => ({ op: "add-to-list", element: context.key, attribute: "evidence", value: q2(e) }))
      },
      {
        title: "Write the kernel code in a memory-safe language (Rust)",
        steps: [{ op: "set", element: context.key, attribute: "language", value: q2("rust") }]
      }
    ];
    const scope = comps.length === 0 ? "" : lacking.length === comps.length ? ` None of its components (${lacking.map((c) => `\`${c.name}\``).join(", ")}) declares any either.` : ` ${lacking.length === 1 ? "Component" : "Components"} ${lacking.map((c) => `\`${c.name}\``).join(", ")} ${lacking.length === 1 ? "declares" : "declare"} none either.`;
    ctx.report({
      element: context,
      message: `Privileged context \`${context.name}\` (${context.str("kind")}) is written in ${language}, a memory-unsafe language, and its evidence lists none of fuzzing, static_analysis or driver_verifier.${scope} An out-of-bounds read in ring 0 is a host crash; fuzz every parser in a user-mode harness, run static analysis and Driver Verifier, or use a memory-safe language.`,
      facts: [
        ctx.fact(context, "kind", "PRIVILEGED"),
        ctx.fact(context, "language", "memory-unsafe"),
        ctx.fact(context, "evidence", "no fuzzing, static analysis or Driver Verifier"),
        ...lacking.map((c) => ctx.fact(c, "evidence"))
      ],
      related: lacking.map((c) => ({ loc: c.headLoc, message: `component \`${c.name}\` declares no assurance evidence` })),
      fixes
    });
  }
};
var RS024 = (ctx) => {
  for (const context of ctx.model.contexts) {
    if (!WINDOWS_DRIVER_KINDS.has(context.str("kind") ?? "")) continue;
    if (ctx.sem.platformOf(context) !== "windows") continue;
    const hvci = context.bool("hvci_compatible");
    if (hvci === true) continue;
    if (hvci === void 0) {
      ctx.unspecified(context, "hvci_compatible");
      continue;
    }
    ctx.report({
      element: context,
      message: `Windows driver context \`${context.name}\` (${context.str("kind")}) is not memory-integrity (HVCI) compatible (hvci_compatible = false). With memory integrity on, executable kernel pages are never writable and data cannot be loaded as code, so the driver breaks or is blocked on those systems.`,
      facts: [ctx.fact(context, "kind", "Windows kernel code"), ctx.fact(context, "hvci_compatible", "breaks with memory integrity on")],
      fixes: [{
        title: "Make the driver HVCI compatible (NX pool, no W+X sections, no dynamic code)",
        preferred: true,
        steps: [{ op: "set", element: context.key, attribute: "hvci_compatible", value: "true" }]
      }]
    });
  }
};
function bootStartDriver(context) {
  const kind = context.str("kind");
  if (kind === "boot_start_driver" || kind === "elam_driver") return true;
  if (kind !== "kernel_driver") return false;
  const start2 = context.str("start");
  return start2 === void 0 ? void 0 : start2 === "boot";
}
function productionSigner(ctx, context) {
  const kind = context.str("kind");
  if (kind === "elam_driver") return "elam_eku";
  if (kind === "linux_kernel_module") return "distro";
  if (kind === "macos_kext") return "apple_notarized";
  if (kind === "hypervisor" || kind === "secure_kernel") return ctx.sem.platformOf(context) === "windows" ? "whql" : "platform";
  return "whql";
}
var RS025 = (ctx) => {
  for (const context of ctx.model.contexts) {
    if (!ctx.sem.isPrivileged(context)) continue;
    const windows = ctx.sem.platformOf(context) === "windows";
    const problems = [];
    const facts = [ctx.fact(context, "kind", "PRIVILEGED")];
    const fixes = [];
    const signer = context.str("signer");
    if (signer === void 0) ctx.unspecified(context, "signer");
    else if (BAD_SIGNERS.has(signer)) {
      const refused = context.str("kind") === "linux_kernel_module" ? "kernels with Secure Boot or lockdown refuse to load it" : "the OS loader refuses it in production";
      problems.push(`${signer === "none" ? "it is unsigned" : "its signature is not a production one"} (signer = "${signer}"), so ${refused}`);
      facts.push(ctx.fact(context, "signer", "not accepted by the OS loader in production"));
      const good = productionSigner(ctx, context);
      fixes.push({ title: `Sign with a production signer (${good})`, preferred: true, steps: [{ op: "set", element: context.key, attribute: "signer", value: q2(good) }] });
    } else if (signer === "attestation" && windows) {
      const targets = context.strs("targets");
      if (targets === void 0) ctx.unspecified(context, "targets");
      else {
        const uncovered = targets.filter((t) => NOT_ATTESTATION_TARGETS.includes(t));
        if (uncovered.length) {
          problems.push(`it is attestation-signed but must load on ${uncovered.join(" and ")}, which attestation signing does not cover`);
          facts.push(ctx.fact(context, "signer", "Windows 10+ client only"), ctx.fact(context, "targets"));
          fixes.push({
            title: "Use HLK (WHQL) dashboard signing, which covers every Windows version",
            preferred: true,
            steps: [{ op: "set", element: context.key, attribute: "signer", value: q2("whql") }]
          });
          fixes.push({
            title: `Drop ${uncovered.join(" and ")} from the targets`,
            steps: uncovered.map((t) => ({ op: "remove-from-list", element: context.key, attribute: "targets", value: q2(t) }))
          });
        }
      }
    }
    if (windows && context.bool("embedded_signature") !== true) {
      const bootStart = bootStartDriver(context);
      const embedded = context.bool("embedded_signature");
      if (bootStart === true && embedded === void 0) ctx.unspecified(context, "embedded_signature");
      else if (embedded === false && bootStart === void 0) ctx.unspecified(context, "start");
      else if (embedded === false && bootStart) {
        problems.push("it is loaded by the boot loader but has no embedded signature (embedded_signature = false), which 64-bit boot-start drivers require");
        facts.push(ctx.fact(context, "embedded_signature", "boot-start drivers need an embedded signature"));
        const step = { op: "set", element: context.key, attribute: "embedded_signature", value: "true" };
        if (fixes.length) for (const f of fixes) f.steps.push(step);
        else fixes.push({ title: "Embed the signature in the driver image", preferred: true, steps: [step] });
      }
    }
    if (problems.length === 0) continue;
    ctx.report({
      element: context,
      message: `Privileged context \`${context.name}\` (${context.str("kind")}) is not signed the way the platform requires: ${problems.join("; ")}. Remember that a valid signature certifies the binary, not the content it reads later.`,
      facts,
      fixes
    });
  }
};
function documentedAttach(ctx, comp) {
  if (ctx.sem.hasKind(comp, "fs_minifilter")) return "minifilter";
  if (ctx.sem.hasKind(comp, "network_filter")) return "wfp_callout";
  return "documented_callback";
}
var RS026 = (ctx) => {
  for (const comp of ctx.model.components) {
    const attach = comp.strs("attach") ?? [];
    const bad = attach.filter((a) => UNDOCUMENTED_ATTACH.has(a));
    if (bad.length === 0) continue;
    const replacement = documentedAttach(ctx, comp);
    const steps = bad.map((a) => ({ op: "remove-from-list", element: comp.key, attribute: "attach", value: q2(a) }));
    if (!attach.includes(replacement)) steps.push({ op: "add-to-list", element: comp.key, attribute: "attach", value: q2(replacement) });
    ctx.report({
      element: comp,
      message: `Component \`${comp.name}\` patches the kernel in undocumented ways (attach includes ${bad.join(", ")}). Kernel Patch Protection on x64 treats this as tampering and every OS update can break it; use the documented callbacks, minifilters or WFP instead, and record any coverage gap as an accepted gap.`,
      facts: [ctx.fact(comp, "attach", "undocumented kernel patching")],
      fixes: [{ title: `Replace ${bad.join(", ")} with ${replacement.replace(/_/g, " ")}`, preferred: true, steps }]
    });
  }
};
var RS027 = (ctx) => {
  for (const comp of ctx.model.components) {
    if (!ctx.sem.kinds(comp).some((k) => k.startsWith("sensor."))) continue;
    const cb = comp.sub("callback");
    const mode = cb?.str("mode");
    if (!cb || mode === void 0) {
      ctx.unspecified(comp, "callback.mode");
      continue;
    }
    if (mode !== "synchronous") continue;
    const work = cb.strs("work");
    if (work === void 0) {
      ctx.unspecified(comp, "callback.work");
      continue;
    }
    const heavy = work.filter((w) => HEAVY_WORK.has(w));
    if (heavy.length === 0) continue;
    const light = [.../* @__PURE__ */ new Set([...work.filter((w) => !HEAVY_WORK.has(w)), "enqueue"])];
    const cbKey = `${comp.key}.callback`;
    ctx.report({
      element: comp,
      message: `Sensor component \`${comp.name}\` does heavy work inside a synchronous callback (${heavy.map((w) => HEAVY_TEXT[w]).join(", ")}), and the OS holds every matching operation on the host until it returns. Process-notify callbacks run with normal kernel APCs disabled and object pre-callbacks in arbitrary threads, so slow work here stalls the machine and invites deadlocks. Capture a minimal record, enqueue it and evaluate asynchronously.`,
      facts: [ctx.fact(cb, "mode", "the OS waits"), ctx.fact(cb, "work", `heavy: ${heavy.join(", ")}`)],
      fixes: [
        {
          title: "Enqueue a minimal record and return; do the heavy work asynchronously",
          preferred: true,
          steps: [{ op: "set", element: cbKey, attribute: "work", value: `[${light.map(q2).join(", ")}]` }]
        },
        {
          title: "Handle the events asynchronously (gives up blocking in this callback)",
          steps: [{ op: "set", element: cbKey, attribute: "mode", value: q2("asynchronous") }]
        }
      ]
    });
  }
};
function checkQueue(ctx, el, where) {
  const queue = el.sub("queue");
  const qKey = `${el.key}.queue`;
  const problems = [];
  const facts = [];
  const steps = [];
  if (queue.str("overflow") === "grow") {
    problems.push('a full queue allocates more (overflow = "grow")');
    facts.push(ctx.fact(queue, "overflow", "unbounded growth"));
    steps.push({ op: "set", element: qKey, attribute: "overflow", value: q2("drop_oldest") });
  }
  if (queue.str("per_event_allocation") === "unbounded") {
    problems.push('each event allocates as much as its data needs (per_event_allocation = "unbounded")');
    facts.push(ctx.fact(queue, "per_event_allocation", "sized by attacker-influenced data"));
    steps.push({ op: "set", element: qKey, attribute: "per_event_allocation", value: q2("bounded") });
  }
  const bound = queue.num("bound");
  if (problems.length === 0) {
    if (bound === void 0) ctx.unspecified(el, "queue.bound");
    return;
  }
  if (bound === void 0) steps.push({ op: "set", element: qKey, attribute: "bound", value: "65536" });
  ctx.report({
    element: el,
    message: `${where} buffers events in kernel memory without a limit: ${problems.join("; ")}. An event storm from a build server, or an attacker spawning processes on purpose, can then exhaust kernel memory and crash or blind the host. Use a fixed-size ring buffer that drops with counters.`,
    facts,
    fixes: [{ title: "Use a fixed-size ring buffer that drops the oldest events and counts them", preferred: true, steps }]
  });
}
var RS028 = (ctx) => {
  const { sem, model } = ctx;
  const describeComp = (c) => `Component \`${c.name}\` in privileged context \`${sem.contextOf(c)?.name}\``;
  const ends = (ch) => ({ from: ch.ref("from")?.target, to: ch.ref("to")?.target });
  for (const comp of model.components) if (isPrivileged(ctx, comp) && comp.sub("queue")) checkQueue(ctx, comp, describeComp(comp));
  for (const ch of model.channels) {
    const { from, to } = ends(ch);
    if ((isPrivileged(ctx, from) || isPrivileged(ctx, to)) && ch.sub("queue")) checkQueue(ctx, ch, `Kernel-side channel \`${ch.name}\``);
  }
  const kernelToUser = (ch) => {
    const { from, to } = ends(ch);
    return !!from && !!to && isPrivileged(ctx, from) && !isPrivileged(ctx, to);
  };
  for (const ch of model.channels) {
    if (!kernelToUser(ch) || ch.sub("queue") || ends(ch).from.sub("queue")) continue;
    ctx.unspecified(ch, "queue.bound");
  }
  for (const comp of model.components) {
    if (!isPrivileged(ctx, comp) || !sem.isSensor(comp) || comp.sub("queue")) continue;
    const context = sem.contextOf(comp);
    const outgoing = sem.channelsFrom(comp);
    if (outgoing.some((ch) => ch.sub("queue") || kernelToUser(ch))) continue;
    const siblings = sem.componentsIn(context);
    const shared = siblings.some((from) => sem.channelsFrom(from).some((ch) => {
      const to = ends(ch).to;
      return !!to && !siblings.includes(to) && (!!ch.sub("queue") || !!from.sub("queue"));
    })) || siblings.some((c) => sem.hasKind(c, "ipc_channel") && !!c.sub("queue"));
    if (shared) continue;
    ctx.unspecified(comp, "queue.bound");
  }
};
var checks4 = { RS023, RS024, RS025, RS026, RS027, RS028 };

// server/src/rules/kernel-interface.ts
function endsOf(ctx, ch) {
  const from = ch.ref("from")?.target;
  const to = ch.ref("to")?.target;
  return { from, to, fromCtx: from && ctx.sem.contextOf(from), toCtx: to && ctx.sem.contextOf(to) };
}
function isKernelIpc(ctx, e) {
  if (!e.from || !e.to || !e.fromCtx || !e.toCtx || e.fromCtx === e.toCtx) return false;
  const { sem } = ctx;
  if (sem.isPrivileged(e.toCtx)) return true;
  return sem.isPrivileged(e.fromCtx) && sem.isUser(e.toCtx);
}
function kernelIpcChannels(ctx) {
  const out2 = [];
  for (const ch of ctx.model.channels) {
    const e = endsOf(ctx, ch);
    if (!isKernelIpc(ctx, e)) continue;
    const kernelIsTo = ctx.sem.isPrivileged(e.toCtx);
    out2.push({ ch, e, kernel: kernelIsTo ? e.to : e.from, user: kernelIsTo ? e.from : e.to });
  }
  return out2;
}
function endFacts(ctx, k) {
  const kc = ctx.sem.contextOf(k.kernel);
  const uc = ctx.sem.contextOf(k.user);
  const facts = [];
  if (kc) facts.push(ctx.fact(kc, "kind", `kernel end: component ${k.kernel.name} runs in a PRIVILEGED context`));
  if (uc) facts.push(ctx.fact(uc, "kind", `other end: component ${k.user.name}`));
  return facts;
}
function endRelated(k) {
  return [
    { loc: k.kernel.headLoc, message: `kernel end: component \`${k.kernel.name}\`` },
    { loc: k.user.headLoc, message: `other end: component \`${k.user.name}\`` }
  ];
}
var q3 = (s) => `"${s}"`;
var WEAK_CALLER_VERIFICATION = /* @__PURE__ */ new Set(["none", "pid"]);
var RS029 = (ctx) => {
  for (const k of kernelIpcChannels(ctx)) {
    const { ch } = k;
    const acl = ch.str("acl");
    const cv = ch.str("caller_verification");
    const openAcl = acl === "none";
    const weakCv = cv !== void 0 && WEAK_CALLER_VERIFICATION.has(cv);
    if (!openAcl && !weakCv) {
      if (acl === void 0) ctx.unspecified(ch, "acl");
      if (cv === void 0) ctx.unspecified(ch, "caller_verification");
      continue;
    }
    const problems = [];
    if (openAcl) problems.push('`acl = "none"` lets any process open it');
    if (weakCv) problems.push(cv === "pid" ? '`caller_verification = "pid"` trusts a spoofable process id' : '`caller_verification = "none"` never checks the caller');
    const facts = [...endFacts(ctx, k), ctx.fact(ch, "acl", openAcl ? "anyone may open it" : void 0), ctx.fact(ch, "caller_verification", weakCv ? "does not authenticate the peer" : void 0)];
    ctx.report({
      element: ch,
      message: `Channel \`${ch.name}\` is a kernel IPC endpoint of \`${k.kernel.name}\` reachable by arbitrary callers: ${problems.join(" and ")}. Any process could use it to feed ring 0 or to switch protection off; restrict it and verify that the peer is the vendor's own service.`,
      facts,
      related: endRelated(k),
      fixes: rs029Fixes(ctx, k, acl, cv)
    });
  }
};
function rs029Fixes(ctx, k, acl, cv) {
  const el = k.ch.key;
  const userCtx = ctx.sem.contextOf(k.user);
  const platform = ctx.sem.platformOf(userCtx);
  const needAcl = acl === void 0 || acl === "none";
  const needCv = cv === void 0 || WEAK_CALLER_VERIFICATION.has(cv);
  const steps = (aclValue, cvValue) => [
    ...needAcl ? [{ op: "set", element: el, attribute: "acl", value: q3(aclValue) }] : [],
    ...needCv ? [{ op: "set", element: el, attribute: "caller_verification", value: q3(cvValue) }] : []
  ];
  const fixes = [];
  if (ctx.sem.kindOf(userCtx) === "protected_service") {
    fixes.push({ title: "Only the PPL service with the vendor signer may connect", preferred: true, steps: steps("protected_service_only", "ppl_signer") });
  }
  const signerCheck = platform === "macos" ? "code_requirement" : "signer";
  fixes.push({
    title: `Restrict the endpoint to SYSTEM/root and verify the caller's ${platform === "macos" ? "code-signing requirement" : "code signature"}`,
    preferred: fixes.length === 0,
    steps: steps("system_only", signerCheck)
  });
  return fixes;
}
var UNSAFE_TRANSFER = /* @__PURE__ */ new Set(["method_neither", "shared_memory_unlocked"]);
var RS030 = (ctx) => {
  for (const k of kernelIpcChannels(ctx)) {
    const { ch } = k;
    const validation = ch.str("validation");
    const transfer = ch.str("transfer");
    const doubleFetch = ch.bool("double_fetch_possible");
    const problems = [];
    const facts = [...endFacts(ctx, k)];
    if (validation === "none") {
      problems.push('messages are not validated (`validation = "none"`)');
      facts.push(ctx.fact(ch, "validation"));
    }
    if (transfer !== void 0 && UNSAFE_TRANSFER.has(transfer)) {
      problems.push(`\`transfer = "${transfer}"\` lets the kernel read user memory in place`);
      facts.push(ctx.fact(ch, "transfer", "user memory read in place"));
    }
    if (doubleFetch === true) {
      problems.push("the handler may read the same user memory twice (`double_fetch_possible = true`)");
      facts.push(ctx.fact(ch, "double_fetch_possible"));
    }
    if (problems.length === 0) {
      if (validation === void 0) ctx.unspecified(ch, "validation");
      continue;
    }
    const steps = [];
    if (validation === void 0 || validation === "none") steps.push({ op: "set", element: ch.key, attribute: "validation", value: q3("size_and_version") });
    if (transfer !== void 0 && UNSAFE_TRANSFER.has(transfer)) {
      steps.push({ op: "set", element: ch.key, attribute: "transfer", value: q3(ch.str("mechanism") === "ioctl" ? "method_buffered" : "copy_once") });
    }
    if (doubleFetch === true) steps.push({ op: "set", element: ch.key, attribute: "double_fetch_possible", value: "false" });
    ctx.report({
      element: ch,
      message: `Kernel component \`${k.kernel.name}\` trusts what arrives over channel \`${ch.name}\`: ${problems.join("; ")}. Length confusion and double-fetch races are the classic exploitable driver bugs, and even the vendor's own service may be compromised. Copy each message once and check its size and version before use.`,
      facts,
      related: endRelated(k),
      fixes: [{ title: "Copy each message once and validate its size and version header", preferred: true, steps }]
    });
  }
};
var DEFAULT_TIMEOUT_MS = "1000";
var RS031 = (ctx) => {
  for (const ch of ctx.model.channels) {
    if (ch.bool("waits_for_verdict") !== true) continue;
    const timeout = ch.num("timeout_ms");
    const verdict = ch.str("default_verdict");
    if (timeout !== void 0 && verdict !== void 0) continue;
    const e = endsOf(ctx, ch);
    const missing = [timeout === void 0 ? "`timeout_ms`" : "", verdict === void 0 ? "`default_verdict`" : ""].filter(Boolean);
    const timeoutStep = timeout === void 0 ? [{ op: "set", element: ch.key, attribute: "timeout_ms", value: DEFAULT_TIMEOUT_MS }] : [];
    const fixes = verdict === void 0 ? [
      { title: `Time out${timeout === void 0 ? ` after ${DEFAULT_TIMEOUT_MS} ms` : ""} and allow the operation`, preferred: true, steps: [...timeoutStep, { op: "set", element: ch.key, attribute: "default_verdict", value: q3("allow") }] },
      { title: `Time out${timeout === void 0 ? ` after ${DEFAULT_TIMEOUT_MS} ms` : ""} and deny the operation`, steps: [...timeoutStep, { op: "set", element: ch.key, attribute: "default_verdict", value: q3("deny") }] }
    ] : [{ title: `Time out after ${DEFAULT_TIMEOUT_MS} ms with the declared default verdict`, preferred: true, steps: timeoutStep }];
    const related = [];
    if (e.to) related.push({ loc: e.to.headLoc, message: `waiting side: component \`${e.to.name}\`` });
    if (e.from) related.push({ loc: e.from.headLoc, message: `verdict comes from component \`${e.from.name}\`` });
    ctx.report({
      element: ch,
      message: `Channel \`${ch.name}\` holds operations until a user-mode verdict arrives (\`waits_for_verdict = true\`) but does not declare ${missing.join(" or ")}. If the decision maker hangs or is killed, the wait stalls every operation it gates; declare a timeout and the verdict that applies when it expires.`,
      facts: [ctx.fact(ch, "waits_for_verdict"), ctx.fact(ch, "timeout_ms"), ctx.fact(ch, "default_verdict")],
      related,
      fixes
    });
  }
};
var STATE_CHANGING = ["unload", "disable_protection", "add_exclusion", "kill_process", "isolate_host"];
var STRONG_CALLER_VERIFICATION = /* @__PURE__ */ new Set(["token", "signer", "ppl_signer", "code_requirement"]);
var RS032 = (ctx) => {
  for (const ch of ctx.model.channels) {
    const ops = (ch.strs("operations") ?? []).filter((o) => STATE_CHANGING.includes(o));
    if (ops.length === 0) continue;
    const cv = ch.str("caller_verification");
    if (cv !== void 0 && STRONG_CALLER_VERIFICATION.has(cv) || ch.str("acl") === "protected_service_only") continue;
    const e = endsOf(ctx, ch);
    const how = cv === void 0 ? "does not declare `caller_verification`" : cv === "pid" ? "identifies callers by a spoofable process id" : "does not verify its callers";
    const toCtx = e.toCtx;
    const cvValue = ctx.sem.kindOf(e.fromCtx) === "protected_service" ? "ppl_signer" : ctx.sem.platformOf(toCtx) === "macos" ? "code_requirement" : "signer";
    ctx.report({
      element: ch,
      message: `Channel \`${ch.name}\` exposes ${ops.map((o) => `\`${o}\``).join(", ")} but ${how}, so the caller is trusted below authenticated_peer. An attacker who can reach it can switch the agent off; every state-changing operation needs an authenticated, authorized and audited caller.`,
      facts: [ctx.fact(ch, "operations", "state-changing"), ctx.fact(ch, "caller_verification"), ctx.fact(ch, "acl")],
      related: e.to ? [{ loc: e.to.headLoc, message: `operations are carried out by component \`${e.to.name}\`` }] : void 0,
      fixes: [{ title: `Verify every caller (${cvValue}) before carrying out control operations`, preferred: true, steps: [{ op: "set", element: ch.key, attribute: "caller_verification", value: q3(cvValue) }] }]
    });
  }
  for (const input of ctx.model.inputs) {
    if (ctx.sem.sourceOf(input) !== "cloud_commands") continue;
    const ops = (input.strs("operations") ?? []).filter((o) => STATE_CHANGING.includes(o));
    if (ops.length === 0) continue;
    const explicitTrust = input.str("trust");
    const trust = ctx.sem.trustOf(input);
    const signed = input.bool("signed");
    const lowTrust = trustRank(trust) < trustRank("authenticated_peer");
    if (!lowTrust && signed !== false) {
      if (explicitTrust === void 0 && signed === void 0) ctx.unspecified(input, "signed");
      continue;
    }
    const why = [lowTrust ? `its trust is \`${trust}\`` : "", signed === false ? "commands are not signed (`signed = false`)" : ""].filter(Boolean).join(" and ");
    const steps = [{ op: "set", element: input.key, attribute: "signed", value: "true" }];
    if (lowTrust && explicitTrust !== void 0) steps.push({ op: "set", element: input.key, attribute: "trust", value: q3("authenticated_peer") });
    ctx.report({
      element: input,
      message: `Remote commands \`${input.name}\` can trigger ${ops.map((o) => `\`${o}\``).join(", ")} but ${why}, below authenticated_peer. Whoever can forge a console command can switch the agent off or act on the host; sign commands and verify them on the endpoint.`,
      facts: [ctx.fact(input, "operations", "state-changing"), ctx.fact(input, "trust", explicitTrust === void 0 ? `default for cloud_commands: ${trust}` : void 0), ctx.fact(input, "signed")],
      fixes: [{ title: "Sign remote commands and verify them on the endpoint", preferred: true, steps }]
    });
  }
};
var RS033 = (ctx) => {
  const { sem, flows } = ctx;
  for (const ch of ctx.model.channels) {
    const e = endsOf(ctx, ch);
    if (!e.from || !e.to || !sem.isUser(e.fromCtx) || !sem.isPrivileged(e.toCtx)) continue;
    const contents = ch.refs("carries").map((r) => r.target).filter((i2) => !!i2 && sem.isContent(i2));
    for (const input of contents) {
      const flow = flows.into(e.to).find((f) => f.input === input && f.channels[f.channels.length - 1] === ch);
      const chForm = ch.str("form");
      const form = flow ? flow.form : chForm === void 0 ? "unspecified" : chForm;
      if (form === "compiled") continue;
      if (form === "unspecified") {
        const open = chForm === void 0 ? [ch] : (flow?.channels ?? []).filter((c) => c.str("form") === void 0);
        for (const c of open) ctx.unspecified(c, "form");
        continue;
      }
      const src = sem.sourceOf(input);
      ctx.report({
        element: ch,
        message: `Channel \`${ch.name}\` forwards content \`${input.name}\` (${src}) from user-mode component \`${e.from.name}\` to kernel component \`${e.to.name}\` in its original format (\`form = "raw"\`). The parser has moved to user mode in name only: the kernel still decodes the hard format. Compile the content in user mode into a flat, versioned, size-prefixed table and let the kernel check its header, size and hash.`,
        facts: [ctx.fact(input, "source", "content"), ctx.fact(ch, "form"), ...e.fromCtx ? [ctx.fact(e.fromCtx, "kind", "user-mode sender")] : [], ...e.toCtx ? [ctx.fact(e.toCtx, "kind", "PRIVILEGED receiver")] : []],
        path: flow?.path,
        related: [{ loc: e.from.headLoc, message: `user-mode sender \`${e.from.name}\`` }, { loc: e.to.headLoc, message: `kernel receiver \`${e.to.name}\`` }],
        fixes: [{
          title: `Compile \`${input.name}\` in \`${e.from.name}\` and send the compiled table`,
          preferred: true,
          steps: [
            ...(e.from.strs("performs") ?? []).includes("compile") ? [] : [{ op: "add-to-list", element: e.from.key, attribute: "performs", value: q3("compile") }],
            { op: "set", element: ch.key, attribute: "form", value: q3("compiled") }
          ]
        }]
      });
    }
  }
};
var checks5 = { RS029, RS030, RS031, RS032, RS033 };

// server/src/rules/tamper.ts
var q4 = (s) => `"${s}"`;
function factsOf(ctx, context) {
  return CONTEXT_FACTS.get(ctx.sem.kindOf(context) ?? "");
}
function hostComponents(ctx) {
  return ctx.model.components.filter((c) => {
    const f = factsOf(ctx, ctx.sem.contextOf(c));
    return !!f && f.privilege !== "off_host";
  });
}
function isSensingOrEnforcing(ctx, c) {
  return ctx.sem.isSensor(c) || ctx.sem.hasKind(c, "response_actuator", "self_protection");
}
function freshName2(ctx, type, base) {
  let name2 = base;
  for (let i2 = 2; ctx.model.elements.has(`${type}.${name2}`); i2++) name2 = `${base}_${i2}`;
  return name2;
}
function ctxKind(ctx, c) {
  return ctx.sem.kindOf(ctx.sem.contextOf(c)) ?? "unknown";
}
function listNames(cs) {
  return cs.map((c) => `\`${c.name}\``).join(", ");
}
var PRE_OPERATION_KINDS = ["sensor.process_callback", "sensor.object_callback", "sensor.registry_callback", "fs_minifilter"];
var EBPF_BLOCKING_ATTACH = ["bpf_lsm", "xdp", "tc"];
function blockingCapability(ctx, c) {
  const kinds = ctx.sem.kinds(c);
  const kind = ctxKind(ctx, c);
  if (kind === "injected_module") return { can: false, why: "runs inside the watched process, which can bypass it" };
  let unknown;
  for (const k of kinds) {
    if (PRE_OPERATION_KINDS.includes(k)) {
      if (c.sub("callback")?.str("mode") === "asynchronous") continue;
      return { can: true, why: `${k} holds the operation until it returns` };
    }
    if (k === "network_filter") {
      if (kind !== "ebpf_program") return { can: true, why: "a network filter can drop connections" };
      const attach = c.strs("attach");
      if (attach === void 0) {
        unknown ??= { can: "unknown", property: "attach", why: "eBPF network filter without declared attach points" };
        continue;
      }
      if (attach.some((a) => a === "xdp" || a === "tc")) return { can: true, why: "XDP/tc programs can drop packets" };
    }
    if (k === "es_client" || k === "fanotify_monitor") {
      const mode = c.str("event_mode");
      if (mode === void 0) {
        unknown ??= { can: "unknown", property: "event_mode", why: `${k} without a declared event_mode` };
        continue;
      }
      if (mode === "authorize" || mode === "both") return { can: true, why: `${k} answers authorization events` };
    }
    if (k === "ebpf_probe") {
      const attach = c.strs("attach");
      if (attach === void 0) {
        unknown ??= { can: "unknown", property: "attach", why: "eBPF probe without declared attach points" };
        continue;
      }
      const hit = attach.find((a) => EBPF_BLOCKING_ATTACH.includes(a));
      if (hit) return { can: true, why: `attached through ${hit}, which can refuse the operation` };
    }
  }
  return unknown ?? { can: false, why: describeAsync(ctx, c) };
}
function describeAsync(ctx, c) {
  const k = ctx.sem.kinds(c);
  if (k.includes("user_hook") || k.includes("amsi_provider")) return "in-process hook or AMSI provider: bypassable by the watched process";
  if (k.includes("etw_consumer") || k.includes("etw_ti_consumer")) return "ETW events arrive after the fact";
  if (k.includes("es_client") || k.includes("fanotify_monitor")) return "notification events arrive after the fact";
  if (k.includes("ebpf_probe")) return "tracing probes observe; only BPF-LSM can refuse";
  return "no pre-operation mechanism";
}
var TAMPER_SENSITIVE_ROLES = /* @__PURE__ */ new Set(["edr", "av", "epp"]);
var UNPROTECTED_USER = /* @__PURE__ */ new Set(["user_service", "user_process", "injected_module"]);
var PROTECTED_USER = /* @__PURE__ */ new Set(["protected_service", "macos_system_extension"]);
var RS034 = (ctx) => {
  const agent = ctx.model.agent;
  const role = agent?.str("role");
  if (!agent || !role || !TAMPER_SENSITIVE_ROLES.has(role)) return;
  const active = hostComponents(ctx).filter((c) => isSensingOrEnforcing(ctx, c));
  if (active.length === 0) return;
  if (!active.every((c) => UNPROTECTED_USER.has(ctxKind(ctx, c)))) return;
  if (ctx.model.contexts.some((x) => PROTECTED_USER.has(ctx.sem.kindOf(x) ?? ""))) return;
  if (ctx.model.components.some((c) => ctx.sem.hasKind(c, "self_protection") && ctx.sem.isPrivileged(ctx.sem.contextOf(c)))) return;
  const platform = ctx.sem.platformOf(void 0);
  const facts = [ctx.fact(agent, "role", "tamper-sensitive")];
  for (const c of active) {
    const cx = ctx.sem.contextOf(c);
    facts.push(ctx.fact(cx, "kind", `hosts ${c.name} (${ctx.sem.kinds(c).join(", ")}); ${CONTEXT_FACTS.get(ctxKind(ctx, c))?.tamperNote ?? ""}`));
  }
  facts.push(ctx.note(agent, "no protected_service or macos_system_extension context and no self_protection component in a PRIVILEGED context"));
  ctx.report({
    element: agent,
    message: `Agent \`${agent.name}\` (role = ${role}) runs every sensing and enforcement component (${listNames(active)}) in ordinary user-mode contexts, and nothing protects them: any administrator-level process can kill, suspend or inject into them. Leaving the kernel must not mean giving up self-protection.`,
    facts,
    related: active.map((c) => ({ loc: c.headLoc, message: `\`${c.name}\` runs in a ${ctxKind(ctx, c)} context` })),
    fixes: rs034Fixes(ctx, platform, active)
  });
};
function rs034Fixes(ctx, platform, active) {
  const counts = /* @__PURE__ */ new Map();
  for (const c of active) {
    const cx = ctx.sem.contextOf(c);
    if (ctx.sem.kindOf(cx) === "user_service") counts.set(cx, (counts.get(cx) ?? 0) + 1);
  }
  const service = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? ctx.model.contexts.find((x) => ctx.sem.kindOf(x) === "user_service");
  const fixes = [];
  if (platform === "windows" && service) {
    fixes.push({ title: `Run \`${service.name}\` as a PPL anti-malware service (protected_service)`, preferred: true, steps: [{ op: "set", element: service.key, attribute: "kind", value: q4("protected_service") }] });
  }
  if (platform === "macos" && service) {
    fixes.push({ title: `Run \`${service.name}\` as a system extension (OS-protected)`, preferred: true, steps: [{ op: "set", element: service.key, attribute: "kind", value: q4("macos_system_extension") }] });
  }
  if (platform === "linux") {
    const cx = freshName2(ctx, "context", "agent_guard");
    const comp = freshName2(ctx, "component", "agent_guard_lsm");
    fixes.push({
      title: "Guard the agent with a BPF-LSM self-protection program",
      preferred: true,
      steps: [{ op: "add-block", near: ctx.model.agent.key, text: `context "${cx}" {
  kind                       = "ebpf_program"
  reduced_functionality_mode = true

  component "${comp}" {
    kinds  = ["self_protection"]
    attach = ["bpf_lsm"]
  }
}` }]
    });
  }
  if (platform === "windows") {
    const cx = freshName2(ctx, "context", "agent_guard");
    const comp = freshName2(ctx, "component", "agent_guard_callbacks");
    fixes.push({
      title: "Add a minimal kernel self-protection driver that strips terminate and VM-write rights",
      preferred: fixes.length === 0,
      steps: [{ op: "add-block", near: ctx.model.agent.key, text: `context "${cx}" {
  kind  = "kernel_driver"
  start = "auto"

  component "${comp}" {
    kinds  = ["self_protection", "sensor.object_callback"]
    attach = ["documented_callback"]
  }
}` }]
    });
  }
  return fixes;
}
var IN_PROCESS_SENSORS = /* @__PURE__ */ new Set(["user_hook", "amsi_provider", "etw_consumer"]);
var RS035 = (ctx) => {
  const agent = ctx.model.agent;
  const role = agent?.str("role");
  if (!agent || !role || !TAMPER_SENSITIVE_ROLES.has(role)) return;
  const sensors = hostComponents(ctx).filter((c) => ctx.sem.isSensor(c));
  if (sensors.length === 0) return;
  const sensing = (c) => ctx.sem.kinds(c).filter((k) => k.startsWith("sensor.") || SENSING_KINDS.includes(k));
  for (const c of sensors) {
    if ((c.strs("attach") ?? []).includes("etw_ti")) return;
    if (sensing(c).some((k) => !IN_PROCESS_SENSORS.has(k))) return;
  }
  const platform = ctx.sem.platformOf(void 0);
  ctx.report({
    element: agent,
    message: `Every behaviour sensor of agent \`${agent.name}\` (${listNames(sensors)}) is an in-process hook, AMSI provider or plain ETW consumer. The watched process can unhook them, call the kernel directly or patch its own ETW writes, so an attacker blinds the agent first. Add a kernel-sourced signal (callbacks, minifilters, ETW-TI in a PPL service, Endpoint Security, eBPF).`,
    facts: sensors.map((c) => ctx.fact(c, "kinds", `in ${ctxKind(ctx, c)}`)),
    related: sensors.map((c) => ({ loc: c.headLoc, message: `\`${c.name}\`: ${sensing(c).join(", ")}` })),
    fixes: rs035Fixes(ctx, platform)
  });
};
function rs035Fixes(ctx, platform) {
  const agent = ctx.model.agent;
  if (platform === "windows") {
    const ppl = ctx.model.contexts.find((x) => ctx.sem.kindOf(x) === "protected_service");
    const svc = ppl ?? ctx.model.contexts.find((x) => ctx.sem.kindOf(x) === "user_service");
    if (!svc) return [];
    const comp = freshName2(ctx, "component", "etw_ti_sensor");
    const steps = [];
    if (!ppl) steps.push({ op: "set", element: svc.key, attribute: "kind", value: q4("protected_service") });
    steps.push({ op: "add-block", parent: svc.key, text: `component "${comp}" {
  kinds  = ["etw_ti_consumer"]
  attach = ["etw_ti"]
}` });
    return [{ title: `Consume ETW Threat-Intelligence in ${ppl ? `PPL service \`${svc.name}\`` : `\`${svc.name}\`, run as a PPL service`}`, preferred: true, steps }];
  }
  if (platform === "macos") {
    const cx = freshName2(ctx, "context", "es_extension");
    const comp = freshName2(ctx, "component", "es_sensor");
    return [{
      title: "Add an Endpoint Security client in a system extension",
      preferred: true,
      steps: [{ op: "add-block", near: agent.key, text: `context "${cx}" {
  kind = "macos_system_extension"

  component "${comp}" {
    kinds      = ["es_client"]
    attach     = ["endpoint_security"]
    event_mode = "notify"
  }
}` }]
    }];
  }
  if (platform === "linux") {
    const cx = freshName2(ctx, "context", "ebpf_sensor");
    const comp = freshName2(ctx, "component", "ebpf_tracepoints");
    return [{
      title: "Add an eBPF sensor on stable tracepoints",
      preferred: true,
      steps: [{ op: "add-block", near: agent.key, text: `context "${cx}" {
  kind                       = "ebpf_program"
  reduced_functionality_mode = true

  component "${comp}" {
    kinds  = ["ebpf_probe"]
    attach = ["tracepoint", "btf_core"]
  }
}` }]
    }];
  }
  return [];
}
var RS036 = (ctx) => {
  const agent = ctx.model.agent;
  if (!agent) return;
  if (agent.sub("heartbeat")) return;
  if (ctx.model.components.some((c) => ctx.sem.hasKind(c, "health_monitor", "watchdog"))) return;
  ctx.report({
    element: agent,
    message: `Agent \`${agent.name}\` has no \`heartbeat\` block and no health_monitor or watchdog component. A blinded sensor and a crashed one both look like silence; without heartbeats the back end can notice neither tampering nor a bad rollout.`,
    facts: [ctx.note(agent, "no heartbeat block"), ctx.note(agent, "no component of kind health_monitor or watchdog")],
    fixes: [{
      title: "Add an authenticated heartbeat that reports the content version",
      preferred: true,
      steps: [{ op: "add-block", parent: agent.key, text: 'heartbeat {\n  interval                = "60s"\n  reports_content_version = true\n  authenticated           = true\n}' }]
    }]
  });
};
var RS037 = (ctx) => {
  const agent = ctx.model.agent;
  if (!agent) return;
  const sensors = hostComponents(ctx).filter((c) => ctx.sem.isSensor(c));
  if (sensors.length === 0) return;
  const verdicts = sensors.map((c) => ({ c, b: blockingCapability(ctx, c) }));
  if (verdicts.some((v) => v.b.can === true)) return;
  const mode = agent.str("mode");
  if (mode === void 0) {
    ctx.unspecified(agent, "mode");
    return;
  }
  if (mode !== "prevent") return;
  const unknown = verdicts.filter((v) => v.b.can === "unknown");
  if (unknown.length > 0) {
    for (const v of unknown) if (v.b.can === "unknown") ctx.unspecified(v.c, v.b.property);
    return;
  }
  const fixes = [];
  const notifyClient = sensors.find((c) => ctx.sem.hasKind(c, "es_client", "fanotify_monitor") && c.str("event_mode") === "notify");
  const tracer = sensors.find((c) => ctx.sem.hasKind(c, "ebpf_probe"));
  if (notifyClient) {
    const steps = [{ op: "set", element: notifyClient.key, attribute: "event_mode", value: q4("both") }];
    if (ctx.sem.hasKind(notifyClient, "es_client")) {
      if (notifyClient.num("deadline_budget_ms") === void 0) steps.push({ op: "set", element: notifyClient.key, attribute: "deadline_budget_ms", value: "500" });
      if (notifyClient.str("default_verdict") === void 0) steps.push({ op: "set", element: notifyClient.key, attribute: "default_verdict", value: q4("allow") });
    }
    fixes.push({ title: `Subscribe \`${notifyClient.name}\` to authorization events`, preferred: true, steps });
  } else if (tracer) {
    fixes.push({ title: `Attach \`${tracer.name}\` through BPF-LSM so it can refuse operations`, preferred: true, steps: [{ op: "add-to-list", element: tracer.key, attribute: "attach", value: q4("bpf_lsm") }] });
  }
  fixes.push({ title: 'Promise detection only (mode = "detect")', preferred: fixes.length === 0, steps: [{ op: "set", element: agent.key, attribute: "mode", value: q4("detect") }] });
  ctx.report({
    element: agent,
    message: `Agent \`${agent.name}\` promises prevention (\`mode = "prevent"\`) but none of its sources can refuse an operation before it completes: ${verdicts.map((v) => `\`${v.c.name}\` (${v.b.why})`).join("; ")}. Use a pre-operation mechanism (Windows pre-operation callbacks or minifilters, ES AUTH, BPF-LSM, fanotify permission events) or state that the design only detects.`,
    facts: [ctx.fact(agent, "mode"), ...verdicts.map((v) => ctx.fact(v.c, "kinds", v.b.why))],
    related: verdicts.map((v) => ({ loc: v.c.headLoc, message: `\`${v.c.name}\`: ${v.b.why}` })),
    fixes
  });
};
var GAP_CAPABILITIES = ["early_boot_visibility", "paging_io_visibility", "synchronous_block", "tamper_resistance"];
function contextProvides(f) {
  const s = /* @__PURE__ */ new Set();
  const kernelOrAbove = f.privilege === "ring0" || f.privilege === "above_kernel";
  if (kernelOrAbove) {
    s.add("early_boot_visibility");
    s.add("synchronous_block");
  }
  if (f.privilege === "ring0" || f.privilege === "kernel_verified") s.add("paging_io_visibility");
  if (f.tamper === "high" || f.tamper === "very_high") s.add("tamper_resistance");
  return s;
}
var RS038 = (ctx) => {
  const agentGaps = new Set((ctx.model.agent?.subs("accepted_gap") ?? []).map((g) => g.str("capability")));
  for (const c of ctx.model.components) {
    const old = c.str("migrated_from");
    const oldFacts = old === void 0 ? void 0 : CONTEXT_FACTS.get(old);
    if (!oldFacts?.privileged) continue;
    const cx = ctx.sem.contextOf(c);
    const nowFacts = factsOf(ctx, cx);
    if (!nowFacts) continue;
    const had = contextProvides(oldFacts);
    const has = contextProvides(nowFacts);
    if ((nowFacts.kind === "kernel_driver" || nowFacts.kind === "linux_kernel_module") && ctx.sem.isBootCritical(cx) === false) has.delete("early_boot_visibility");
    if (blockingCapability(ctx, c).can === true) has.add("synchronous_block");
    const relevant = isSensingOrEnforcing(ctx, c) ? GAP_CAPABILITIES : ["tamper_resistance"];
    const ownGaps = new Set(c.subs("accepted_gap").map((g) => g.str("capability")));
    const lost = relevant.filter((cap) => had.has(cap) && !has.has(cap) && !ownGaps.has(cap) && !agentGaps.has(cap));
    if (lost.length === 0) continue;
    ctx.report({
      element: c,
      message: `Component \`${c.name}\` moved from a ${old} context to a ${nowFacts.kind} context and no longer has ${lost.map((x) => `\`${x}\``).join(", ")}, but no \`accepted_gap\` records it. Leaving the kernel is a legitimate tradeoff; record what was given up, why, and what compensates, so reviewers accept it knowingly.`,
      facts: [
        ctx.fact(c, "migrated_from", `${oldFacts.privilege} context`),
        ...cx ? [ctx.fact(cx, "kind", `${nowFacts.privilege}, tamper ${nowFacts.tamper}`)] : [],
        ...lost.map((cap) => ctx.note(c, `${cap} lost and not recorded in an accepted_gap`))
      ],
      fixes: [{
        title: `Record the accepted gap${lost.length > 1 ? "s" : ""} on \`${c.name}\``,
        preferred: true,
        steps: lost.map((cap) => ({ op: "add-block", parent: c.key, text: `accepted_gap {
  capability = "${cap}"
  rationale  = "Explain why the design can do without ${cap}."
}` }))
      }]
    });
  }
};
var DESTRUCTIVE = ["delete", "quarantine", "kill"];
var VERDICT_KINDS = ["content_interpreter", "rule_engine", "content_parser", "signature_scanner", "ml_inference", "detection_logic", "correlator"];
function contentDriver(ctx, actuator) {
  const contentFlow = (c) => ctx.flows.into(c).find((f) => CONTENT_SOURCES.has(ctx.sem.sourceOf(f.input) ?? ""));
  const own = contentFlow(actuator);
  if (own) return { flow: own };
  const seen = /* @__PURE__ */ new Set([actuator]);
  const queue = [actuator];
  while (queue.length > 0) {
    const sink = queue.shift();
    for (const ch of ctx.sem.channelsTo(sink)) {
      const up = ch.ref("from")?.target;
      if (!up || seen.has(up)) continue;
      seen.add(up);
      const f = contentFlow(up);
      if (f) return { flow: f, via: up };
      queue.push(up);
    }
  }
  const cx = ctx.sem.contextOf(actuator);
  for (const sib of cx ? ctx.sem.componentsIn(cx) : []) {
    if (sib === actuator || !ctx.sem.hasKind(sib, ...VERDICT_KINDS)) continue;
    const f = contentFlow(sib);
    if (f) return { flow: f, via: sib };
  }
  return void 0;
}
var RS039 = (ctx) => {
  for (const c of ctx.model.components) {
    if (!ctx.sem.hasKind(c, "response_actuator")) continue;
    const destructive = (c.strs("actions") ?? []).filter((a) => DESTRUCTIVE.includes(a));
    if (destructive.length === 0) continue;
    const allow = c.bool("os_critical_allowlist");
    if (allow === true) continue;
    const driver = contentDriver(ctx, c);
    if (!driver) continue;
    if (allow === void 0) {
      ctx.unspecified(c, "os_critical_allowlist");
      continue;
    }
    const input = driver.flow.input;
    const src = `content \`${input.name}\` (${ctx.sem.sourceOf(input)})`;
    const by = driver.via ? `verdicts from \`${driver.via.name}\`, which reads ${src}` : `${src}, which it reads itself`;
    const verbs = destructive.length === 1 ? destructive[0] : `${destructive.slice(0, -1).join(", ")} or ${destructive[destructive.length - 1]}`;
    const others = (c.strs("actions") ?? []).filter((a) => !DESTRUCTIVE.includes(a));
    ctx.report({
      element: c,
      message: `Response actuator \`${c.name}\` may ${verbs} automatically, driven by ${by}, and \`os_critical_allowlist = false\`. One bad release can then remove or kill OS-critical binaries, as McAfee DAT 5958 quarantined svchost.exe in 2010, all from user mode. Exclude OS-vendor-signed critical binaries from automatic action.`,
      facts: [ctx.fact(c, "actions", "destructive"), ctx.fact(c, "os_critical_allowlist"), ctx.fact(input, "source", "content drives the verdicts")],
      path: driver.flow.path,
      related: driver.via ? [{ loc: driver.via.headLoc, message: `verdicts come from \`${driver.via.name}\`` }] : void 0,
      fixes: [
        { title: "Never act automatically on OS-critical binaries", preferred: true, steps: [{ op: "set", element: c.key, attribute: "os_critical_allowlist", value: "true" }] },
        { title: "Alert instead of acting destructively", steps: [{ op: "set", element: c.key, attribute: "actions", value: `[${[.../* @__PURE__ */ new Set(["alert", ...others])].map(q4).join(", ")}]` }] }
      ]
    });
  }
};
var checks6 = { RS034, RS035, RS036, RS037, RS038, RS039 };

// server/src/rules/platform.ts
var q5 = (s) => `"${s}"`;
var list2 = (xs) => `[${xs.map(q5).join(", ")}]`;
var joinAnd = (xs) => xs.length <= 1 ? xs.join("") : `${xs.slice(0, -1).join(", ")} and ${xs[xs.length - 1]}`;
function contextsOfKind(ctx, kind) {
  return ctx.model.contexts.filter((c) => ctx.sem.kindOf(c) === kind);
}
var RS040 = (ctx) => {
  for (const cx of contextsOfKind(ctx, "macos_kext")) {
    if (ctx.sem.platformOf(cx) !== "macos") continue;
    ctx.report({
      element: cx,
      message: `Context \`${cx.name}\` is a macOS kernel extension. Apple deprecated kexts for security products in favour of system extensions with Endpoint Security and NetworkExtension; kexts using deprecated KPIs no longer load by default, and Apple silicon Macs need Reduced Security to load them.`,
      facts: [ctx.fact(cx, "kind", "deprecated"), { text: `platform = ${ctx.sem.platformOf(cx)}`, loc: (cx.prop("platform") ?? ctx.model.agent?.prop("platform"))?.loc ?? cx.headLoc }],
      fixes: [{ title: "Re-implement as an Endpoint Security system extension", preferred: true, steps: [{ op: "set", element: cx.key, attribute: "kind", value: q5("macos_system_extension") }] }]
    });
  }
};
var SLOW_WORK = ["network_lookup", "blocking_io"];
var DEFAULT_BUDGET_MS = "500";
var RS041 = (ctx) => {
  for (const c of ctx.model.components) {
    if (!ctx.sem.hasKind(c, "es_client")) continue;
    const mode = c.str("event_mode");
    if (mode === void 0) {
      ctx.unspecified(c, "event_mode");
      continue;
    }
    if (mode !== "authorize" && mode !== "both") continue;
    const slow = (c.strs("performs") ?? []).filter((p) => SLOW_WORK.includes(p));
    const budget = c.num("deadline_budget_ms");
    const verdict = c.str("default_verdict");
    const problems = [];
    const facts = [ctx.fact(c, "event_mode", "answers AUTH events before a deadline")];
    if (slow.length > 0) {
      problems.push(`the handler performs ${slow.map((s) => `\`${s}\``).join(" and ")}`);
      facts.push(ctx.fact(c, "performs", "can outlast the deadline"));
    }
    if (budget === void 0) {
      problems.push("no `deadline_budget_ms` is declared");
      facts.push(ctx.fact(c, "deadline_budget_ms"));
    }
    if (verdict === void 0) {
      problems.push("no `default_verdict` is declared");
      facts.push(ctx.fact(c, "default_verdict"));
    }
    if (problems.length === 0) continue;
    const steps = slow.map((s) => ({ op: "remove-from-list", element: c.key, attribute: "performs", value: q5(s) }));
    if (budget === void 0) steps.push({ op: "set", element: c.key, attribute: "deadline_budget_ms", value: DEFAULT_BUDGET_MS });
    const fixes = verdict === void 0 ? [
      { title: "Answer from local state within a budget; allow when out of time", preferred: true, steps: [...steps, { op: "set", element: c.key, attribute: "default_verdict", value: q5("allow") }] },
      { title: "Answer from local state within a budget; deny when out of time", steps: [...steps, { op: "set", element: c.key, attribute: "default_verdict", value: q5("deny") }] }
    ] : [{ title: slow.length > 0 ? "Answer from a local cache and escalate remote lookups asynchronously" : "Declare a deadline budget", preferred: true, steps }];
    ctx.report({
      element: c,
      message: `Endpoint Security client \`${c.name}\` answers AUTH events but ${joinAnd(problems)}. Every AUTH message must be answered before its deadline or macOS may kill the client and leave the user's operation hanging; decide from local state and escalate asynchronously.`,
      facts,
      fixes
    });
  }
};
var EBPF_COVERABLE = /* @__PURE__ */ new Set(["exec_events", "file_events", "network_events", "lsm_block"]);
var RS042 = (ctx) => {
  for (const cx of contextsOfKind(ctx, "linux_kernel_module")) {
    if (ctx.sem.platformOf(cx) !== "linux") continue;
    const comps = ctx.sem.componentsIn(cx);
    if (comps.length === 0) continue;
    const missing = comps.filter((c) => c.strs("capabilities") === void 0);
    if (missing.length > 0) {
      for (const c of missing) ctx.unspecified(c, "capabilities");
      continue;
    }
    const caps = new Set(comps.flatMap((c) => c.strs("capabilities") ?? []));
    if ([...caps].some((cap) => !EBPF_COVERABLE.has(cap))) continue;
    ctx.report({
      element: cx,
      message: `Linux kernel module \`${cx.name}\` ${caps.size ? `needs only ${joinAnd([...caps].map((x) => `\`${x}\``))}` : "declares no capabilities"}, which eBPF covers (tracepoints, BPF-LSM, socket and cgroup hooks). A module runs unconstrained, breaks on kernel updates and must be signed under Secure Boot; a verified, CO-RE eBPF sensor does the same job with a smaller blast radius.`,
      facts: [ctx.fact(cx, "kind"), ...comps.map((c) => ctx.fact(c, "capabilities", "all available through eBPF"))],
      fixes: [{ title: "Implement the sensor as eBPF programs (tracepoints and BPF-LSM)", preferred: true, steps: [{ op: "set", element: cx.key, attribute: "kind", value: q5("ebpf_program") }] }]
    });
  }
};
var RS043 = (ctx) => {
  for (const cx of contextsOfKind(ctx, "ebpf_program")) {
    const comps = ctx.sem.componentsIn(cx);
    const reasons = [];
    const facts = [ctx.fact(cx, "kind", "verifier-checked, but kernel bugs can still panic the host")];
    const steps = [];
    const global = /* @__PURE__ */ new Set();
    for (const c of comps) {
      for (const f of ctx.flows.into(c)) {
        for (const d of ctx.sem.deploymentsOf(f.input)) {
          const rollout = d.str("rollout");
          if (rollout === "global") global.add(d);
          else if (rollout === void 0) ctx.unspecified(d, "rollout");
        }
      }
    }
    for (const d of global) {
      reasons.push(`deployment \`${d.name}\` ships what it receives to every host at once (\`rollout = "global"\`)`);
      facts.push(ctx.fact(d, "rollout"));
      steps.push({ op: "set", element: d.key, attribute: "rollout", value: q5("staged") });
    }
    const evidence2 = /* @__PURE__ */ new Set([...cx.strs("evidence") ?? [], ...comps.flatMap((c) => c.strs("evidence") ?? [])]);
    if (!evidence2.has("kernel_matrix")) {
      reasons.push("no kernel-matrix CI is declared (`evidence` lacks kernel_matrix)");
      facts.push(ctx.fact(cx, "evidence", "no kernel_matrix"));
      steps.push({ op: "add-to-list", element: cx.key, attribute: "evidence", value: q5("kernel_matrix") });
    }
    if (cx.bool("reduced_functionality_mode") !== true) {
      reasons.push(cx.bool("reduced_functionality_mode") === false ? "it has no reduced-functionality mode (`reduced_functionality_mode = false`)" : "it does not declare a reduced-functionality mode");
      facts.push(ctx.fact(cx, "reduced_functionality_mode"));
      steps.push({ op: "set", element: cx.key, attribute: "reduced_functionality_mode", value: "true" });
    }
    if (reasons.length === 0) continue;
    ctx.report({
      element: cx,
      message: `eBPF context \`${cx.name}\` is treated as crash-proof: ${reasons.join("; ")}. The verifier bounds the program, not the kernel: RHEL 9.4 hosts panicked in 2024 through a flaw in the eBPF runtime. Stage releases, test across the supported kernels, and fall back to reduced functionality after a fault.`,
      facts,
      fixes: [{ title: "Stage releases, test on a kernel matrix and add a reduced-functionality mode", preferred: true, steps }]
    });
  }
};
var INTERNAL_ATTACH = ["kprobe", "hardcoded_offsets"];
var RS044 = (ctx) => {
  for (const cx of ctx.model.contexts) {
    const gate = cx.sub("compat_gate");
    const onUnknown = gate?.str("on_unknown");
    if (gate && onUnknown === void 0) continue;
    if (gate && onUnknown !== "load_anyway") continue;
    const isModule = ctx.sem.kindOf(cx) === "linux_kernel_module";
    const comps = ctx.sem.componentsIn(cx);
    const dependents = isModule ? comps : comps.filter((c) => (c.strs("attach") ?? []).some((a) => INTERNAL_ATTACH.includes(a)));
    const targets = isModule && dependents.length === 0 ? [cx] : dependents;
    const gateText = gate ? 'loads anyway on untested kernels (`compat_gate.on_unknown = "load_anyway"`)' : "has no `compat_gate`";
    for (const el of targets) {
      const internals = (el.strs("attach") ?? []).filter((a) => INTERNAL_ATTACH.includes(a));
      const attachText = internals.length ? ` and attaches through ${internals.join(" and ")}` : "";
      const facts = [];
      if (isModule) facts.push(ctx.fact(cx, "kind", "built against kernel internals"));
      if (internals.length) facts.push(ctx.fact(el, "attach", "unstable kernel internals"));
      facts.push(gate ? ctx.fact(gate, "on_unknown", "gates nothing") : ctx.note(cx, "no compat_gate block"));
      const fixes = [{
        title: `Give \`${cx.name}\` a gate that drops to reduced functionality on untested kernels`,
        preferred: true,
        steps: [{ op: "set", element: `${cx.key}.compat_gate`, attribute: "on_unknown", value: q5("reduced_functionality") }]
      }];
      if (!isModule && el !== cx && !internals.includes("hardcoded_offsets")) {
        const attach = el.strs("attach") ?? [];
        fixes.push({
          title: "Attach through tracepoints and BTF/CO-RE instead of kprobes",
          steps: [
            { op: "remove-from-list", element: el.key, attribute: "attach", value: q5("kprobe") },
            ...attach.includes("tracepoint") ? [] : [{ op: "add-to-list", element: el.key, attribute: "attach", value: q5("tracepoint") }],
            ...attach.includes("btf_core") ? [] : [{ op: "add-to-list", element: el.key, attribute: "attach", value: q5("btf_core") }]
          ]
        });
      }
      ctx.report({
        element: el,
        message: (el === cx ? `Loadable kernel module \`${cx.name}\` is built against kernel internals but ${gateText}. ` : isModule ? `Component \`${el.name}\` runs in loadable kernel module \`${cx.name}\`, which is built against kernel internals${attachText ? `, and it${attachText.replace(" and ", " ")}` : ""}; the module ${gateText}. ` : `Component \`${el.name}\` depends on kernel internals (it attaches through ${internals.join(" and ")}), but its context \`${cx.name}\` ${gateText}. `) + "Sooner or later it meets a kernel outside the test matrix, as Falcon did on Debian and Rocky Linux in 2024; recognise untested kernels and drop to reduced functionality instead of crashing the host.",
        facts,
        related: el === cx ? void 0 : [{ loc: (gate ?? cx).headLoc, message: gate ? "`compat_gate` that loads anyway" : `context \`${cx.name}\` has no \`compat_gate\`` }],
        fixes
      });
    }
  }
};
var BUILTIN_WFP = /* @__PURE__ */ new Set(["allow_block_by_app_or_5tuple", "connection_logging"]);
var RS045 = (ctx) => {
  for (const c of ctx.model.components) {
    if (!ctx.sem.hasKind(c, "network_filter")) continue;
    const cx = ctx.sem.contextOf(c);
    if (ctx.sem.kindOf(cx) !== "kernel_driver" || ctx.sem.platformOf(cx) !== "windows") continue;
    const needs = c.strs("needs");
    if (needs === void 0) {
      ctx.unspecified(c, "needs");
      continue;
    }
    if (needs.some((n) => !BUILTIN_WFP.has(n))) continue;
    ctx.report({
      element: c,
      message: `Network filter \`${c.name}\` runs as a kernel WFP callout in \`${cx.name}\` but only needs ${needs.length ? needs.map((n) => `\`${n}\``).join(" and ") : "what built-in filters offer"}. Built-in WFP filters managed from a user-mode service do that without kernel code; keep callouts for deep inspection or modification.`,
      facts: [ctx.fact(c, "needs", "met by built-in WFP filters"), ctx.fact(cx, "kind")],
      fixes: rs045Fixes(ctx, c, cx, needs)
    });
  }
};
function rs045Fixes(ctx, c, cx, needs) {
  const service = ctx.model.contexts.find((x) => ctx.sem.kindOf(x) === "protected_service") ?? ctx.model.contexts.find((x) => ctx.sem.kindOf(x) === "user_service");
  const onlyFilter = ctx.sem.kinds(c).every((k) => k === "network_filter");
  const title = "Manage built-in WFP filters from a user-mode service";
  if (onlyFilter && service) {
    return [{ title: `${title} (\`${service.name}\`)`, preferred: true, steps: [
      { op: "move-block", element: c.key, toParent: service.key },
      { op: "set", element: c.key, attribute: "attach", value: list2(["wfp_builtin"]) }
    ] }];
  }
  if (onlyFilter && ctx.sem.componentsIn(cx).length === 1) {
    return [{ title, preferred: true, steps: [
      { op: "set", element: cx.key, attribute: "kind", value: q5("user_service") },
      { op: "set", element: c.key, attribute: "attach", value: list2(["wfp_builtin"]) }
    ] }];
  }
  if (!onlyFilter && service) {
    const name2 = freshComponentName(ctx, `${c.name}_wfp`);
    return [{ title: `${title}: split the network filtering into \`${service.name}\``, preferred: true, steps: [
      { op: "remove-from-list", element: c.key, attribute: "kinds", value: q5("network_filter") },
      { op: "add-block", parent: service.key, text: `component "${name2}" {
  kinds  = ["network_filter"]
  attach = ["wfp_builtin"]
  needs  = ${list2(needs)}
}` }
    ] }];
  }
  return [];
}
function freshComponentName(ctx, base) {
  let name2 = base;
  for (let i2 = 2; ctx.model.elements.has(`component.${name2}`); i2++) name2 = `${base}_${i2}`;
  return name2;
}
var checks7 = { RS040, RS041, RS042, RS043, RS044, RS045 };

// server/src/rules/index.ts
var ALL_CHECKS = {
  ...checks,
  ...checks2,
  ...checks3,
  ...checks4,
  ...checks5,
  ...checks6,
  ...checks7
};
var RULES = RULE_META.filter((meta) => ALL_CHECKS[meta.id]).map((meta) => ({ meta, check: ALL_CHECKS[meta.id] }));
var CHECKS_WITHOUT_META = Object.keys(ALL_CHECKS).filter((id) => !RULE_META.some((m) => m.id === id));

// server/src/check.ts
function checkSources(root, files, options, rules = RULES) {
  const model = buildModel(root, files);
  return Object.assign(analyze(model, rules, options), { model });
}

// bench/generate.ts
function generateModel(components) {
  const out2 = [
    'agent "bench" {',
    '  platform   = "windows"',
    '  role       = "edr"',
    '  mode       = "prevent"',
    `  fleet_size = ${components * 100}`,
    "",
    "  heartbeat {",
    '    interval = "60s"',
    "  }",
    "}",
    ""
  ];
  const contexts = Math.ceil(components / 10);
  for (let c = 0; c < contexts; c++) {
    const kernel = c % 2 === 0;
    out2.push(`context "ctx_${c}" {`);
    if (kernel) {
      out2.push(
        '  kind                  = "kernel_driver"',
        '  start                 = "auto"',
        '  language              = "cpp"',
        '  signer                = "whql"',
        "  hvci_compatible       = true",
        '  on_internal_error     = "disable_rule"'
      );
    } else {
      out2.push('  kind                  = "protected_service"', '  language              = "rust"');
    }
    out2.push('  crash_loop_protection = "reduced_functionality"', '  evidence              = ["fuzzing", "static_analysis"]', "");
    for (let k = 0; k < 10 && c * 10 + k < components; k++) {
      const id = c * 10 + k;
      out2.push(`  component "comp_${id}" {`);
      if (kernel) {
        out2.push(
          '    kinds         = ["sensor.process_callback"]',
          '    bounds_checks = "runtime"',
          '    description   = "generated for the benchmark"',
          "",
          "    callback {",
          '      mode = "synchronous"',
          '      work = ["enqueue"]',
          "    }",
          "",
          "    queue {",
          "      bound    = 4096",
          '      overflow = "drop_oldest"',
          "    }"
        );
      } else {
        out2.push(
          '    kinds            = ["content_interpreter"]',
          `    consumes         = [input.content_${c}]`,
          "    accepts_versions = [1]",
          '    description      = "generated for the benchmark"'
        );
      }
      out2.push("  }", "");
    }
    out2.push("}", "");
    out2.push(
      `input "content_${c}" {`,
      '  source          = "signature_db"',
      '  frequency       = "daily"',
      "  signed          = true",
      '  integrity_check = "user"',
      "",
      "  schema {",
      "    version = 1",
      "    fields  = 8",
      "  }",
      "",
      "  tests {",
      "    integration_on_real_sensor = true",
      "    per_field_non_wildcard     = true",
      "  }",
      "}",
      ""
    );
    out2.push(
      `deployment "deploy_${c}" {`,
      `  delivers         = [input.content_${c}]`,
      '  rollout          = "staged"',
      '  rings            = ["internal", "canary", "broad"]',
      '  bake_time        = "4h"',
      '  health_gate      = ["heartbeat_loss", "crash_dumps"]',
      '  rollback         = "automatic"',
      "  last_known_good  = true",
      '  customer_control = "rings"',
      "  release_notes    = true",
      "}",
      ""
    );
    if (c > 0) {
      out2.push(
        `channel "link_${c}" {`,
        `  from                = component.comp_${(c - 1) * 10}`,
        `  to                  = component.comp_${c * 10}`,
        '  mechanism           = "filter_port"',
        '  acl                 = "protected_service_only"',
        '  caller_verification = "ppl_signer"',
        '  validation          = "size_and_version"',
        "",
        "  queue {",
        "    bound = 4096",
        "  }",
        "}",
        ""
      );
    }
  }
  return out2.join("\n");
}

// bench/lsp-client.ts
var LspClient = class {
  constructor(child) {
    this.child = child;
    child.stdout.on("data", (d) => {
      this.buf = Buffer.concat([this.buf, d]);
      this.drain();
    });
  }
  child;
  buf = Buffer.alloc(0);
  id = 0;
  pending = /* @__PURE__ */ new Map();
  waiters = [];
  drain() {
    for (; ; ) {
      const head = this.buf.indexOf("\r\n\r\n");
      if (head < 0) return;
      const m = /Content-Length: (\d+)/i.exec(this.buf.subarray(0, head).toString("ascii"));
      const len = m ? Number(m[1]) : 0;
      if (this.buf.length < head + 4 + len) return;
      const msg = JSON.parse(this.buf.subarray(head + 4, head + 4 + len).toString("utf8"));
      this.buf = this.buf.subarray(head + 4 + len);
      if (msg.id !== void 0 && !msg.method) {
        const p = this.pending.get(msg.id);
        this.pending.delete(msg.id);
        if (msg.error) p?.reject(new Error(msg.error.message));
        else p?.resolve(msg.result);
      } else if (msg.method && msg.id !== void 0) {
        this.send({ jsonrpc: "2.0", id: msg.id, result: msg.method === "workspace/configuration" ? msg.params.items.map(() => null) : null });
      } else if (msg.method) {
        if (msg.method === "window/logMessage" && process.env.RINGSIDE_BENCH_LOG) console.error(`server: ${msg.params.message}`);
        for (let i2 = 0; i2 < this.waiters.length; i2++) {
          const w = this.waiters[i2];
          if (w.method === msg.method && w.pred(msg.params)) {
            this.waiters.splice(i2, 1);
            w.resolve(msg.params);
            break;
          }
        }
      }
    }
  }
  send(msg) {
    const body2 = Buffer.from(JSON.stringify(msg), "utf8");
    this.child.stdin.write(`Content-Length: ${body2.length}\r
\r
`);
    this.child.stdin.write(body2);
  }
  request(method, params) {
    const id = ++this.id;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.send({ jsonrpc: "2.0", id, method, params });
    });
  }
  notify(method, params) {
    this.send({ jsonrpc: "2.0", method, params });
  }
  waitFor(method, pred, timeoutMs) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${method}`)), timeoutMs);
      this.waiters.push({ method, pred, resolve: (p) => {
        clearTimeout(timer);
        resolve(p);
      } });
    });
  }
};

// bench/bench.ts
var SIZES = (process.env.RINGSIDE_BENCH_SIZES ?? "100,1000,10000").split(",").map(Number);
var RUNS = Number(process.env.RINGSIDE_BENCH_RUNS ?? 5);
var EDITS = Number(process.env.RINGSIDE_BENCH_EDITS ?? 50);
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
function p95(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)];
}
var ms = (x) => `${x.toFixed(1)} ms`;
function repoRoot() {
  let dir = __dirname;
  while (!fs3.existsSync(path2.join(dir, "esbuild.mjs"))) {
    const up = path2.dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
  return dir;
}
async function main() {
  const root = repoRoot();
  const parser = await createParser(wasmPathsIn(path2.join(root, "server", "dist")));
  const rows = [];
  const results = {};
  for (const n of SIZES) {
    const text = generateModel(n);
    const parse = [], check = [];
    for (let i2 = 0; i2 < RUNS; i2++) {
      const t0 = performance.now();
      parser.parse(text).delete();
      const t1 = performance.now();
      const r = checkSources("/bench", [parseSource(parser, "bench.ringside", text)], { today: "2026-01-15" });
      const t2 = performance.now();
      if (r.model.diagnostics.length) throw new Error(`generated model has errors: ${r.model.diagnostics[0].message}`);
      parse.push(t1 - t0);
      check.push(t2 - t1);
    }
    results[n] = { parse: median(parse), check: median(check), lines: text.split("\n").length, bytes: Buffer.byteLength(text) };
    console.log(`${n} components: ${results[n].lines} lines; tree-sitter parse ${ms(results[n].parse)}, full check ${ms(results[n].check)}`);
  }
  const server = path2.join(root, "server", "dist", "server.js");
  if (fs3.existsSync(server)) {
    for (const n of SIZES) {
      const dir = fs3.mkdtempSync(path2.join(os.tmpdir(), "ringside-bench-"));
      const file = path2.join(dir, "bench.ringside");
      const text = generateModel(n);
      fs3.writeFileSync(file, text);
      const { latencies, rss } = await editLatency(server, dir, file, text);
      results[n].latMed = median(latencies);
      results[n].latP95 = p95(latencies);
      results[n].rss = rss;
      console.log(`${n} components: didChange\u2192publishDiagnostics median ${ms(results[n].latMed)}, p95 ${ms(results[n].latP95)}; server peak RSS ${(rss / 1048576).toFixed(0)} MB`);
      fs3.rmSync(dir, { recursive: true, force: true });
    }
  } else console.log("server/dist/server.js not built: editor latency skipped");
  rows.push("| components | lines | tree-sitter parse | full check | check / parse | edit\u2192diagnostics median | p95 | server peak RSS |", "|---|---|---|---|---|---|---|---|");
  for (const n of SIZES) {
    const r = results[n];
    rows.push(`| ${n.toLocaleString("en-US")} | ${r.lines.toLocaleString("en-US")} | ${ms(r.parse)} | ${ms(r.check)} | ${(r.check / r.parse).toFixed(2)}\xD7 | ${r.latMed !== void 0 ? ms(r.latMed) : "\u2014"} | ${r.latP95 !== void 0 ? ms(r.latP95) : "\u2014"} | ${r.rss ? (r.rss / 1048576).toFixed(0) + " MB" : "\u2014"} |`);
  }
  console.log("\n" + rows.join("\n"));
  const [mid, big] = [SIZES[1], SIZES[2]];
  if (mid && big) console.log(`
cost ratio ${big}/${mid} (full check): ${(results[big].check / results[mid].check).toFixed(1)} (target \u2264 12)`);
  console.log("targets: full check \u2264 2\xD7 parse; p95 \u2264 50 ms at 1,000 components; peak RSS \u2264 150 MB at 10,000 components");
}
async function editLatency(server, dir, file, text) {
  const child = (0, import_node_child_process.spawn)(process.execPath, [...process.env.RINGSIDE_BENCH_PROF ? ["--cpu-prof", "--cpu-prof-dir=" + process.env.RINGSIDE_BENCH_PROF] : [], server, "--stdio"], { stdio: ["pipe", "pipe", "inherit"] });
  const client = new LspClient(child);
  const uri = (0, import_node_url.pathToFileURL)(file).href;
  await client.request("initialize", { processId: process.pid, rootUri: (0, import_node_url.pathToFileURL)(dir).href, capabilities: {}, workspaceFolders: [{ uri: (0, import_node_url.pathToFileURL)(dir).href, name: "bench" }] });
  client.notify("initialized", {});
  let version = 1;
  const first = client.waitFor("textDocument/publishDiagnostics", (p) => p.uri === uri && p.version === 1, 6e4);
  client.notify("textDocument/didOpen", { textDocument: { uri, languageId: "ringside", version, text } });
  await first;
  const lines = text.split("\n");
  const line = lines.findIndex((l) => l.includes("generated for the benchmark"));
  const col = lines[line].indexOf("benchmark") + "benchmark".length;
  const latencies = [];
  for (let i2 = 0; i2 < EDITS; i2++) {
    version++;
    const add = i2 % 2 === 0;
    const range2 = add ? { start: { line, character: col }, end: { line, character: col } } : { start: { line, character: col }, end: { line, character: col + 1 } };
    const v = version;
    const done = client.waitFor("textDocument/publishDiagnostics", (p) => p.uri === uri && p.version === v, 6e4);
    const t0 = performance.now();
    client.notify("textDocument/didChange", { textDocument: { uri, version: v }, contentChanges: [{ range: range2, text: add ? "x" : "" }] });
    await done;
    latencies.push(performance.now() - t0);
  }
  const rss = peakRss(child.pid);
  await client.request("shutdown", null);
  client.notify("exit", null);
  await new Promise((resolve) => {
    const t = setTimeout(() => {
      child.kill();
      resolve();
    }, 5e3);
    child.once("exit", () => {
      clearTimeout(t);
      resolve();
    });
  });
  return { latencies, rss };
}
function peakRss(pid) {
  try {
    const status = fs3.readFileSync(`/proc/${pid}/status`, "utf8");
    const m = /VmHWM:\s+(\d+) kB/.exec(status);
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}
main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
//# sourceMappingURL=bench.js.map
