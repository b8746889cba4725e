// A finding's stable identity, the same across edits that only move text: the rule, the element
// the finding is about (its model key), and the flow path by the names of its hops. Never a line or column. Findings the model reports
// without an element (syntax, references) fall back to their file name and message.
// SHA-256 from @noble/hashes (audited, no dependencies) rather than node:crypto: the web
// extension exports SARIF from a worker, where node:crypto does not exist.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import * as path from 'node:path';
import type { Finding } from '../analysis/types';

/** Version prefix of the fingerprint scheme, used as the SARIF partialFingerprints key. */
export const FINGERPRINT_KEY = 'ringsideFinding/v1';

/** The names a flow path passes through (the back-quoted names in each hop), in order. */
export function pathSignature(f: Finding): string {
  if (!f.path?.length) return '';
  return f.path.map((h) => /`([^`]+)`/.exec(h.message)?.[1] ?? h.message).join('>');
}

export function findingIdentity(f: Finding): string {
  return [
    f.ruleId,
    f.element ?? '',
    // One "unspecified" finding lists all of an element's missing properties: filling one in
    // changes that finding, it does not replace it, so the list is not part of the identity.
    f.unspecified ? f.unspecified.element : '',
    pathSignature(f),
    f.element ? '' : `${path.basename(f.loc.file)}:${f.message}`,
  ].join('|');
}

/** 16 hex digits of SHA-256 over the identity. */
export function fingerprint(f: Finding): string {
  return bytesToHex(sha256(utf8ToBytes(findingIdentity(f)))).slice(0, 16);
}
