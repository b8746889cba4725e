// How the client matches a document to the model the server reports counts for. The server keys a
// model by its folder's file URI, or by the document URI for a model of one untitled file
// (protocol.ts, FindingCounts.model). The client compares file system paths, not URI strings,
// because VS Code and Node spell file URIs differently (drive letters, percent-encoding).
// Pure: no vscode import, so it stays easy to reason about.
import * as path from 'node:path';
import { virtualFolder } from '../../server/src/lsp/protocol';

/** Comparable form of a folder path: normalized, no trailing separator, case-folded where the file system is. */
export function folderKey(fsPath: string, platform: NodeJS.Platform = process.platform): string {
  const p = platform === 'win32' ? path.win32 : path.posix;
  let n = p.normalize(fsPath);
  while (n.length > 1 && (n.endsWith('/') || (platform === 'win32' && n.endsWith('\\'))) && !/^[A-Za-z]:[\\/]$/.test(n)) n = n.slice(0, -1);
  return platform === 'win32' || platform === 'darwin' ? n.toLowerCase() : n;
}

/** The key of a document's model: its folder for a file on disk, otherwise its own URI string. */
export function documentModelKey(doc: { scheme: string; fsPath: string; uriString: string }, platform: NodeJS.Platform = process.platform): string {
  if (doc.scheme !== 'file') return virtualFolder(doc.uriString) ?? doc.uriString;
  const p = platform === 'win32' ? path.win32 : path.posix;
  return folderKey(p.dirname(doc.fsPath), platform);
}

/** The key of a model URI reported by the server; `fsPathOf` turns a `file:` URI into a path. */
export function reportedModelKey(model: string, fsPathOf: (fileUri: string) => string, platform: NodeJS.Platform = process.platform): string {
  if (!/^file:/i.test(model)) return model;
  return folderKey(fsPathOf(model), platform);
}

/** "1 error", "2 errors". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
