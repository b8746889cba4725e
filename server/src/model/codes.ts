// Descriptions of the model and engine diagnostic codes, for SARIF rule metadata and the docs.
export interface CodeInfo { code: string; title: string; description: string; severity: 'error' | 'warning' }

export const MODEL_CODES: CodeInfo[] = [
  { code: 'RS-SYNTAX', title: 'Syntax error', severity: 'error', description: 'The file is not valid HCL at this point. One message is given per broken region, so fixing the first one often clears the rest.' },
  { code: 'RS-NESTING', title: 'Blocks nested too deep', severity: 'error', description: 'Blocks nested more than 32 levels deep are ignored; no design needs that depth.' },
  { code: 'RS-UNKNOWN-BLOCK', title: 'Unknown block type', severity: 'error', description: 'The block type is not part of the language, or not allowed where it stands. The message suggests the nearest known type.' },
  { code: 'RS-UNKNOWN-ATTRIBUTE', title: 'Unknown attribute', severity: 'error', description: 'The block has no such attribute. The message suggests the nearest attribute of that block.' },
  { code: 'RS-TYPE', title: 'Wrong value type', severity: 'error', description: 'The value does not have the attribute\'s type: a string, number, boolean, date, duration, list or reference.' },
  { code: 'RS-ENUM', title: 'Unknown enumerated value', severity: 'error', description: 'The string is not one of the attribute\'s allowed values. The message lists them and suggests the nearest.' },
  { code: 'RS-REQUIRED', title: 'Missing required attribute', severity: 'error', description: 'A required attribute of the block is not set.' },
  { code: 'RS-UNRESOLVED', title: 'Unresolved reference', severity: 'error', description: 'A `TYPE.NAME` reference names no element of the model (across all its files). The message suggests the nearest name.' },
  { code: 'RS-WRONG-TARGET', title: 'Reference to the wrong kind of element', severity: 'error', description: 'The reference resolves, but to an element of a type the attribute does not take.' },
  { code: 'RS-DUPLICATE', title: 'Duplicate', severity: 'error', description: 'A name defined twice for one block type, an attribute set twice, a second single-use block, or a repeated list value. Related information points at the first one.' },
  { code: 'RS-PLACEMENT', title: 'Misplaced block or attribute', severity: 'error', description: 'A block or attribute stands where it is not allowed, such as a component outside any context.' },
  { code: 'RS-AGENT-COUNT', title: 'More than one agent', severity: 'error', description: 'A model describes one agent; a second `agent` block is an error.' },
  { code: 'RS-LABELS', title: 'Wrong block labels', severity: 'error', description: 'The block has too few or too many labels, or a name that cannot be referenced.' },
  { code: 'RS-UNSUPPORTED', title: 'Unsupported expression', severity: 'error', description: 'Valid HCL that the design language does not use, such as function calls or interpolation.' },
  { code: 'RS-PLATFORM', title: 'Context kind not on the platform', severity: 'error', description: 'The context kind does not exist on the platform the context runs on (its own `platform`, else the agent\'s), such as `kernel_driver` on Linux. The message suggests the platform\'s kinds, those with the same privilege first.' },
  { code: 'RS-FILE', title: 'Unreadable file', severity: 'error', description: 'The file could not be read as UTF-8 text (binary, invalid UTF-8, too large or unreadable).' },
  { code: 'RS-WAIVER-UNKNOWN-RULE', title: 'Waiver for an unknown rule', severity: 'error', description: 'The waiver names a rule id that does not exist.' },
  { code: 'RS-WAIVER-EXPIRED', title: 'Expired waiver', severity: 'error', description: 'The waiver\'s expiry date has passed; it no longer suppresses its finding.' },
  { code: 'RS-WAIVER-INCOMPLETE', title: 'Waiver not filled in', severity: 'warning', description: 'The waiver\'s reason or owner is empty or still a placeholder (such as "TODO: …"); it suppresses nothing until both are written.' },
  { code: 'RS-WAIVER-UNUSED', title: 'Waiver matches nothing', severity: 'warning', description: 'No finding matches the waiver\'s rule and target: it is stale or misspelled.' },
  { code: 'RS-REVIEW-UNKNOWN-RULE', title: 'Review names an unknown rule', severity: 'error', description: 'A `rule` block in `review` names a rule id that does not exist.' },
  { code: 'RS-INTERNAL', title: 'A rule failed', severity: 'error', description: 'A rule threw an exception on this model. The other rules still ran; please report it with the model.' },
];

export const MODEL_CODE_INFO: ReadonlyMap<string, CodeInfo> = new Map(MODEL_CODES.map((c) => [c.code, c]));
