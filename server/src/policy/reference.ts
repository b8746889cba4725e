// What a policy condition can name: the variables, the derived fields every element view has
// beside its schema attributes, and the CEL functions worth knowing. Completion, hover and the
// generated docs/policies.md all read these tables, as the schema drives the rest of the language.

/** The fields every view has besides the element's own attributes, documented for completion and hover. */
export const DERIVED_FIELDS: { name: string; on: string[]; doc: string }[] = [
  { name: 'type', on: ['*'], doc: 'The block type: `context`, `component`, `input`, `deployment`, `channel` or `agent`.' },
  { name: 'name', on: ['*'], doc: 'The element\'s name (its label).' },
  { name: 'key', on: ['*'], doc: 'The element\'s reference key, such as `component.updater`; references in attributes read as these keys.' },
  { name: 'unset', on: ['*'], doc: 'The attributes of the element\'s schema that the model leaves out, as a list of names: `\'language\' in self.unset`.' },
  { name: 'platform', on: ['*'], doc: 'The platform of the element: its context\'s `platform`, else the agent\'s.' },
  { name: 'privileged', on: ['context', 'component'], doc: 'Whether the element runs in a privileged context (kernel, boot, hypervisor).' },
  { name: 'boot_critical', on: ['context', 'component'], doc: 'Whether the element\'s context loads during boot; `null` when it hinges on an unset `start`.' },
  { name: 'context', on: ['component'], doc: 'The context the component runs in (a view without nested lists).' },
  { name: 'components', on: ['context'], doc: 'The components of the context.' },
  { name: 'evidence_all', on: ['component'], doc: 'Evidence declared on the component and its context together.' },
  { name: 'flows', on: ['component', 'input'], doc: 'Flows into a component, or out of an input: each has `input`, `sink` (keys), `source`, `trust`, `form` (`raw`, `compiled`, `unspecified`), `channels` (keys) and `path` (one line per hop).' },
  { name: 'deployments', on: ['component', 'input'], doc: 'Deployments that deliver the input, or deliver anything that flows into the component.' },
  { name: 'blast_radius', on: ['context', 'component'], doc: 'What a crash costs: `crash` (process, service, host, host_every_boot, fleet, unknown), `recovery`, `fleet_reach` (all_hosts, first_ring, not_delivered, unknown) and `tamper`.' },
  { name: 'reaches', on: ['deployment'], doc: 'The components that what the deployment delivers flows into (directly or over channels); each has `privileged`, `boot_critical` and its attributes.' },
  { name: 'channels_in', on: ['component'], doc: 'Channels whose `to` is the component.' },
  { name: 'channels_out', on: ['component'], doc: 'Channels whose `from` is the component.' },
];

/** The variables a condition can use besides `self`. */
export const ROOT_VARIABLES: { name: string; doc: string }[] = [
  { name: 'self', doc: 'The element being checked: its attributes (unset ones are `null`, unset lists `[]`) and derived fields.' },
  { name: 'agent', doc: 'The agent block, or `null` when the model has none.' },
  { name: 'model', doc: 'Every element: `model.contexts`, `model.components`, `model.inputs`, `model.deployments`, `model.channels`.' },
];

/** CEL's standard functions and macros a policy is likely to need (https://github.com/google/cel-spec/blob/master/doc/langdef.md). */
export const CEL_FUNCTIONS: { name: string; signature: string; doc: string; method: boolean }[] = [
  { name: 'has', signature: 'has(x.field)', doc: 'Whether the field is set: `has(self.schema)` is false when the block is absent.', method: false },
  { name: 'size', signature: 'size(list | string)', doc: 'The number of items of a list, or characters of a string.', method: false },
  { name: 'exists', signature: 'list.exists(x, predicate)', doc: 'True when the predicate holds for at least one item.', method: true },
  { name: 'all', signature: 'list.all(x, predicate)', doc: 'True when the predicate holds for every item (true for an empty list).', method: true },
  { name: 'exists_one', signature: 'list.exists_one(x, predicate)', doc: 'True when the predicate holds for exactly one item.', method: true },
  { name: 'filter', signature: 'list.filter(x, predicate)', doc: 'The items for which the predicate holds.', method: true },
  { name: 'map', signature: 'list.map(x, expression)', doc: 'Each item transformed by the expression.', method: true },
  { name: 'startsWith', signature: 'string.startsWith(prefix)', doc: 'Whether the string starts with the prefix.', method: true },
  { name: 'endsWith', signature: 'string.endsWith(suffix)', doc: 'Whether the string ends with the suffix.', method: true },
  { name: 'contains', signature: 'string.contains(part)', doc: 'Whether the string contains the part.', method: true },
  { name: 'matches', signature: 'string.matches(re2)', doc: 'Whether the string matches the RE2 regular expression (linear time).', method: true },
  { name: 'lowerAscii', signature: 'string.lowerAscii()', doc: 'The string in lower case (ASCII letters).', method: true },
];

