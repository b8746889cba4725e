// Category A (domain.md §3 A): untrusted or complex input handled in a privileged context.
// RS001–RS007. Every trigger reads the model's semantics (context kinds, component kinds, input
// sources, flows, deployments), never element names.
import type { Check } from './index';
import { lowerSeverity, type RuleContext } from '../analysis/engine';
import { ATTACKER_SOURCES, INTERPRETER_KINDS, trustRank } from '../analysis/semantics';
import type { Flow } from '../analysis/flow';
import type { Fact, FixDescriptor, FixStep } from '../analysis/types';
import type { ModelBlock, RelatedInfo } from '../model/types';
import { privilegedAdjective, privilegedPlace } from './wording';

// ─── Shared helpers (also used by content-deployment.ts) ─────────────────────────────────────

/** `bounds_checks` values that check every indexed access at run time (the RCA's missing check). */
export const RUNTIME_BOUNDS = new Set(['runtime', 'runtime_and_compile_time']);
/** Formats rich enough that a decoder for them is a long-standing source of memory-safety bugs. */
const COMPLEX_FORMATS = new Set(['archive', 'document', 'script', 'decompression', 'regex', 'full_protocol']);
/** Pattern languages whose evaluation cost and engine size are hard to bound in ring 0. */
const PATTERN_MATCHING = new Set(['regex', 'wildcard', 'glob']);
/** Component kinds that fetch or ship data over the network: no reason to be in ring 0. */
const FETCHING_KINDS = ['content_updater', 'telemetry_uploader'];
/** Work on content that belongs in a restartable user-mode process. */
const RISKY_OPERATIONS = ['network_fetch', 'decompress', 'decrypt', 'deobfuscate', 'signature_verify'];

/** User-mode context kinds a component can move into, most protected first, per platform. */
const USER_HOMES: Record<string, string[]> = {
  windows: ['protected_service', 'user_service'],
  macos: ['macos_system_extension', 'user_service'],
  linux: ['user_service'],
};
const ANY_USER_HOME = ['protected_service', 'macos_system_extension', 'user_service'];

/** The context a new user-mode home gets on a platform (PPL on Windows, system extension on macOS). */
export function newUserKind(platform: string | undefined): string {
  return platform === 'linux' ? 'user_service' : platform === 'macos' ? 'macos_system_extension' : 'protected_service';
}

/** A name `base`, `base_2`, … that no element of `type` uses yet. */
export function freeName(ctx: RuleContext, type: string, base: string): string {
  if (!ctx.model.elements.has(`${type}.${base}`)) return base;
  for (let i = 2; ; i++) if (!ctx.model.elements.has(`${type}.${base}_${i}`)) return `${base}_${i}`;
}

/** An existing user-mode context on the same platform as `el` that a component could run in. */
export function findUserHome(ctx: RuleContext, el: ModelBlock): ModelBlock | undefined {
  const own = el.type === 'context' ? el : ctx.sem.contextOf(el);
  const platform = ctx.sem.platformOf(own);
  const kinds = (platform && USER_HOMES[platform]) || ANY_USER_HOME;
  const fits = ctx.model.contexts.filter((c) => kinds.includes(ctx.sem.kindOf(c) ?? '')
    && (platform === undefined || ctx.sem.platformOf(c) === undefined || ctx.sem.platformOf(c) === platform));
  return fits.sort((a, b) => kinds.indexOf(ctx.sem.kindOf(a)!) - kinds.indexOf(ctx.sem.kindOf(b)!))[0];
}

/** Where a component goes when it leaves the kernel: an existing user context, or a new one. */
interface UserHome { key: string; kind: string; steps: FixStep[]; isNew: boolean }

/** Steps that guarantee a user-mode context exists for components leaving `from`'s context. */
export function userHome(ctx: RuleContext, from: ModelBlock, baseName: string): UserHome {
  const existing = findUserHome(ctx, from);
  if (existing) return { key: existing.key, kind: ctx.sem.kindOf(existing)!, steps: [], isNew: false };
  const own = ctx.sem.contextOf(from) ?? from;
  const kind = newUserKind(ctx.sem.platformOf(own));
  const name = freeName(ctx, 'context', baseName);
  return { key: `context.${name}`, kind, isNew: true, steps: [{ op: 'add-block', near: own.key, text: `context "${name}" {\n  kind = "${kind}"\n}` }] };
}

/** HCL text of an attribute block body, aligned like `terraform fmt` does. */
export function hclBody(attrs: [string, string][]): string {
  const w = Math.max(...attrs.map(([k]) => k.length));
  return attrs.map(([k, v]) => `  ${k.padEnd(w)} = ${v}`).join('\n');
}

export const refList = (els: ModelBlock[]): string => `[${els.map((e) => e.key).join(', ')}]`;
export const strList = (xs: string[]): string => `[${xs.map((x) => `"${x}"`).join(', ')}]`;

/** The items without duplicates, in first-seen order. */
function unique<T>(xs: T[]): T[] { return [...new Set(xs)]; }

/** Human list: "a", "a and b", "a, b and c". */
export function listText(xs: string[]): string {
  return xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
}

/** "`name` (kind)" for a context, as used in messages. */
export function contextText(ctx: RuleContext, context: ModelBlock | undefined): string {
  return context ? `${context.name} (${ctx.sem.kindOf(context) ?? 'kind unset'})` : 'no context';
}

/** Components whose context is in the PRIVILEGED set (ring 0 or above, no verifier). */
function privilegedComponents(ctx: RuleContext): ModelBlock[] {
  return ctx.model.components.filter((c) => ctx.sem.isPrivileged(ctx.sem.contextOf(c)));
}

/** How a flow arrives, for messages: "directly (consumes)" or "over channel `a` → `b`". */
export function arrival(f: Flow): string {
  return f.channels.length === 0 ? 'through `consumes`' : `over channel ${f.channels.map((c) => c.name ?? c.key).join(' → ')}`;
}

/** Related locations for further flows beyond the one shown as the path. */
function otherFlows(flows: Flow[], shown: Flow): RelatedInfo[] {
  return flows.filter((f) => f !== shown).map((f) => ({ loc: f.input.headLoc, message: `also reaches ${f.sink.name}: input ${f.input.name} ${arrival(f)}` }));
}

/**
 * Steps that stop inputs reaching `sink` in their current form: drop them from its `consumes`
 * and from the `carries` of every channel into it that does not already deliver a compiled form.
 * (The flow index keeps one path per input, so every last hop is cut, not only the one shown.)
 */
function cutInputsInto(ctx: RuleContext, sink: ModelBlock, inputs: ModelBlock[]): FixStep[] {
  const steps: FixStep[] = [];
  const cut = (el: ModelBlock, attribute: string) => {
    const listed = el.refs(attribute).map((r) => r.target);
    const drop = inputs.filter((i) => listed.includes(i));
    if (drop.length === 0) return;
    // Leave no empty list behind: remove the attribute when nothing else is in it.
    if (listed.every((t) => t !== undefined && drop.includes(t))) steps.push({ op: 'remove', element: el.key, attribute });
    else for (const i of drop) steps.push({ op: 'remove-from-list', element: el.key, attribute, value: i.key });
  };
  cut(sink, 'consumes');
  for (const ch of ctx.sem.channelsTo(sink)) if (ch.str('form') !== 'compiled') cut(ch, 'carries');
  return steps;
}

/** Channel attributes for a new kernel-bound endpoint that keep RS029/RS030 satisfied. */
function hardenedEndpoint(platform: string | undefined, senderKind: string): [string, string][] {
  const attrs: [string, string][] = [];
  if (platform === 'windows') attrs.push(['mechanism', '"filter_port"']);
  else if (platform === 'linux') attrs.push(['mechanism', '"netlink"']);
  const ppl = senderKind === 'protected_service';
  attrs.push(
    ['acl', ppl ? '"protected_service_only"' : '"system_only"'],
    ['caller_verification', ppl ? '"ppl_signer"' : platform === 'macos' ? '"code_requirement"' : '"signer"'],
    ['validation', '"full"'],
    ['transfer', '"copy_once"'],
    ['double_fetch_possible', 'false'],
    ['max_connections', '1'],
  );
  return attrs;
}

// ─── RS001 — kernel-resident interpreter consumes cloud-delivered content ──────────────────

/** Why a raw flow qualifies for the downgrade, or undefined when some evidence is missing. */
function rs001Downgrade(ctx: RuleContext, c: ModelBlock, f: Flow): string | undefined {
  const schema = f.input.sub('schema');
  if (schema?.bool('bounded') !== true) return undefined;
  const bounds = c.str('bounds_checks');
  if (!RUNTIME_BOUNDS.has(bounds ?? '')) return undefined;
  if (!ctx.sem.evidence(c).has('fuzzing')) return undefined;
  const deps = ctx.sem.deploymentsOf(f.input);
  // "Every deployment is staged" must not hold vacuously: undelivered content proves nothing.
  if (deps.length === 0 || deps.some((d) => d.str('rollout') !== 'staged')) return undefined;
  return `input ${f.input.name} has schema.bounded = true, ${c.name} has bounds_checks = ${bounds} and fuzzing evidence, `
    + `and ${deps.length === 1 ? 'deployment' : 'deployments'} ${listText(deps.map((d) => d.name ?? d.key))} ${deps.length === 1 ? 'is' : 'are'} staged`;
}

function rs001Fixes(ctx: RuleContext, c: ModelBlock, raw: Flow[]): FixDescriptor[] {
  const fixes: FixDescriptor[] = [];
  const context = ctx.sem.contextOf(c)!;
  const platform = ctx.sem.platformOf(context);
  const inputs = unique(raw.map((f) => f.input));

  // (1) Move the interpreter out of the kernel; the driver keeps sensing and applying verdicts.
  const home = userHome(ctx, c, `${c.name}_service`);
  fixes.push({
    title: home.isNew
      ? `Move ${c.name} into a new user-mode ${home.kind} context`
      : `Move ${c.name} into the user-mode context ${home.key.slice('context.'.length)}`,
    preferred: true,
    steps: [...home.steps, { op: 'move-block', element: c.key, toParent: home.key }],
  });

  // (2) Keep evaluation in the kernel, but only on a table compiled in user mode (RS033's safe form).
  const compilerName = freeName(ctx, 'component', `${c.name}_compiler`);
  const versions = unique(inputs.map((i) => i.sub('schema')?.num('version')).filter((v): v is number => v !== undefined));
  const compilerAttrs: [string, string][] = [
    ['kinds', '["content_parser"]'],
    ['consumes', refList(inputs)],
    ['performs', '["parse", "compile"]'],
    ['bounds_checks', '"runtime_and_compile_time"'],
  ];
  if (versions.length > 0) compilerAttrs.push(['accepts_versions', `[${versions.join(', ')}]`]);
  const compilerText = `component "${compilerName}" {\n${hclBody(compilerAttrs)}\n}`;
  const cHome = userHome(ctx, c, `${c.name}_compiler_service`);
  const place: FixStep[] = cHome.isNew
    ? [{ op: 'add-block', near: context.key, text: `context "${cHome.key.slice('context.'.length)}" {\n  kind = "${cHome.kind}"\n\n${indent(compilerText)}\n}` }]
    : [{ op: 'add-block', parent: cHome.key, text: compilerText }];
  const channelName = freeName(ctx, 'channel', `${c.name}_compiled_content`);
  const channelAttrs: [string, string][] = [
    ['from', `component.${compilerName}`], ['to', c.key], ['carries', refList(inputs)], ['form', '"compiled"'],
    ...hardenedEndpoint(platform, cHome.kind),
  ];
  fixes.push({
    title: `Compile ${listText(inputs.map((i) => i.name ?? i.key))} in user mode and give ${c.name} only the compiled table`,
    steps: [
      ...place,
      ...cutInputsInto(ctx, c, inputs),
      { op: 'add-block', near: c.key, text: `channel "${channelName}" {\n${hclBody(channelAttrs)}\n}` },
    ],
  });

  // Declaring the downgrade evidence only lowers the finding, and a quick fix must clear what it
  // fixes; the evidence route is documented in the rule instead (meta.downgrade).
  return fixes;
}

function indent(text: string): string {
  return text.split('\n').map((l) => (l ? `  ${l}` : l)).join('\n');
}

const RS001: Check = (ctx) => {
  for (const c of privilegedComponents(ctx)) {
    if (!ctx.sem.hasKind(c, ...INTERPRETER_KINDS)) continue;
    const content = ctx.flows.into(c).filter((f) => ctx.sem.isContent(f.input));
    const raw = content.filter((f) => f.form === 'raw');
    if (raw.length === 0) {
      // A channel without `form` may or may not compile what it carries: ask, don't guess.
      for (const f of content) if (f.form === 'unspecified') for (const ch of f.channels) if (!ch.has('form')) ctx.unspecified(ch, 'form');
      continue;
    }
    const context = ctx.sem.contextOf(c)!;
    const judged = raw.map((f) => ({ f, why: rs001Downgrade(ctx, c, f) }));
    const worst = judged.find((j) => j.why === undefined) ?? judged[0];
    const severity = worst.why === undefined ? ctx.rule.defaultSeverity : lowerSeverity(ctx.rule.defaultSeverity);
    const inputs = unique(raw.map((f) => f.input));
    const facts: Fact[] = [
      ctx.fact(context, 'kind', 'PRIVILEGED'),
      ctx.fact(c, 'kinds', 'interpreter kind'),
      ...inputs.map((i) => ctx.fact(i, 'source', 'content')),
      ...raw.flatMap((f) => f.channels.map((ch) => ctx.fact(ch, 'form'))),
      ctx.fact(c, 'bounds_checks'),
    ];
    for (const i of inputs) {
      const schema = i.sub('schema');
      if (schema) facts.push(ctx.fact(schema, 'bounded'));
      for (const d of ctx.sem.deploymentsOf(i)) facts.push(ctx.fact(d, 'rollout'));
    }
    facts.push(ctx.note(c, `evidence = [${[...ctx.sem.evidence(c)].join(', ')}] (component and context)`));
    const mitigated = worst.why !== undefined
      ? ` Declared mitigations lower this to a warning: ${judged.map((j) => j.why).join('; ')}.`
      : '';
    ctx.report({
      element: c,
      severity,
      downgradedBy: worst.why === undefined ? undefined
        : `schema.bounded = true, bounds_checks = ${c.str('bounds_checks')}, fuzzing evidence and a staged rollout`,
      message: `Component ${c.name} in ${contextText(ctx, context)} interprets cloud-delivered content ${listText(inputs.map((i) => i.name ?? i.key))} in its original form. `
        + `It arrives ${listText(unique(raw.map(arrival)))}, from ${listText(unique(inputs.map((i) => `source = ${ctx.sem.sourceOf(i)}`)))}. Every content release then changes what ${privilegedAdjective(ctx, context)} code does without passing the gates privileged code passes, `
        + `and one malformed or unexpected record crashes the host instead of failing one detection.${mitigated}`,
      facts, path: worst.f.path, related: otherFlows(raw, worst.f),
      fixes: rs001Fixes(ctx, c, raw),
    });
  }
};

// ─── RS002 — kernel parses attacker-controlled bytes with a complex format ──────────────────

const ATTACKER_INFLUENCED_RANK = trustRank('attacker_influenced');

/** User-mode contexts that run with the host's highest user privilege (SYSTEM or root, PPL). */
const HIGH_PRIVILEGE_USER = new Set(['protected_service', 'user_service', 'macos_system_extension']);

/** "as SYSTEM (PPL)" / "as root" for the message, in the platform's terms. */
function userPrivilegeText(ctx: RuleContext, context: ModelBlock): string {
  const platform = ctx.sem.platformOf(context);
  if (platform === 'windows') return ctx.sem.kindOf(context) === 'protected_service' ? 'as a SYSTEM service protected as PPL (PPL guards the process against tampering; it is not a sandbox)' : 'as a SYSTEM service';
  return 'as root';
}

/**
 * The user-mode half of RS002: an engine that decodes attacker-chosen formats with the highest
 * user privilege and no sandbox. A decoder bug there gives the attacker SYSTEM or root rather
 * than the kernel, so it is a warning where the kernel case is an error.
 */
function rs002UserMode(ctx: RuleContext): void {
  for (const c of ctx.model.components) {
    const context = ctx.sem.contextOf(c);
    if (!context || !HIGH_PRIVILEGE_USER.has(ctx.sem.kindOf(context) ?? '')) continue;
    const flows = ctx.flows.into(c).filter((f) => ATTACKER_SOURCES.has(ctx.sem.sourceOf(f.input) ?? '')
      && f.form !== 'compiled' && trustRank(ctx.sem.trustOf(f.input)) <= ATTACKER_INFLUENCED_RANK);
    if (flows.length === 0) continue;
    const complexity = c.str('parser_complexity');
    if (complexity === undefined) { ctx.unspecified(c, 'parser_complexity'); continue; }
    if (!COMPLEX_FORMATS.has(complexity)) continue;
    const sandboxed = context.bool('sandboxed');
    if (sandboxed === undefined) { ctx.unspecified(context, 'sandboxed'); continue; }
    if (sandboxed) continue;
    const inputs = unique(flows.map((f) => f.input));
    ctx.report({
      element: c,
      severity: 'warning',
      message: `Component ${c.name} decodes ${complexity.replace('_', ' ')} formats from attacker-chosen input ${listText(inputs.map((i) => i.name ?? i.key))} without a sandbox (sandboxed = false). `
        + `It runs ${userPrivilegeText(ctx, context)}. `
        + 'A decoder bug then hands the attacker the host\'s most privileged user account; Microsoft moved Defender\'s engine into a sandbox in 2018 after remote code execution flaws in its parsers. '
        + 'Reported as a warning, below the kernel case, because the fault stays in one restartable process.',
      facts: [
        ctx.fact(context, 'kind', 'runs with the highest user privilege'),
        ctx.fact(context, 'sandboxed'),
        ctx.fact(c, 'parser_complexity', 'complex format'),
        ...inputs.map((i) => ctx.fact(i, 'source', 'attacker-chosen')),
      ],
      path: flows[0].path, related: otherFlows(flows, flows[0]),
      fixes: [{ title: 'Decode in a sandboxed, low-privilege process and pass only verdicts back', preferred: true,
        steps: [{ op: 'set', element: context.key, attribute: 'sandboxed', value: 'true' }] }],
    });
  }
}

const RS002: Check = (ctx) => {
  rs002UserMode(ctx);
  for (const c of privilegedComponents(ctx)) {
    // An explicitly authenticated peer (e.g. ipc_from_user from the vendor's PPL service) is not
    // attacker-chosen; everything at or below attacker_influenced is.
    const flows = ctx.flows.into(c).filter((f) => ATTACKER_SOURCES.has(ctx.sem.sourceOf(f.input) ?? '')
      && f.form !== 'compiled' && trustRank(ctx.sem.trustOf(f.input)) <= ATTACKER_INFLUENCED_RANK);
    if (flows.length === 0) continue;
    const complexity = c.str('parser_complexity');
    if (complexity === undefined) { ctx.unspecified(c, 'parser_complexity'); continue; }
    if (!COMPLEX_FORMATS.has(complexity)) continue;
    const context = ctx.sem.contextOf(c)!;
    const inputs = unique(flows.map((f) => f.input));
    ctx.report({
      element: c,
      message: `Component ${c.name} in ${contextText(ctx, context)} decodes ${complexity.replace('_', ' ')} formats from attacker-chosen input ${listText(inputs.map((i) => i.name ?? i.key))}. `
        + `The input comes from ${listText(unique(inputs.map((i) => `source = ${ctx.sem.sourceOf(i)}`)))}, and the adversary picks these bytes, so any decoder bug becomes a kernel crash or kernel code execution rather than a missed detection.`,
      facts: [
        ctx.fact(context, 'kind', 'PRIVILEGED'),
        ctx.fact(c, 'parser_complexity', 'complex format'),
        ...inputs.flatMap((i) => [ctx.fact(i, 'source', 'attacker-chosen'), ctx.note(i, `trust = ${ctx.sem.trustOf(i)}`)]),
      ],
      path: flows[0].path, related: otherFlows(flows, flows[0]),
      fixes: [rs002Fix(ctx, c, inputs, complexity)],
    });
  }
};

/** Capture metadata in the kernel, decode in a user-mode scanner fed over a hardened channel. */
function rs002Fix(ctx: RuleContext, c: ModelBlock, inputs: ModelBlock[], complexity: string): FixDescriptor {
  const context = ctx.sem.contextOf(c)!;
  const scannerName = freeName(ctx, 'component', `${c.name}_scanner`);
  const scanKinds = ctx.sem.kinds(c).filter((k) => INTERPRETER_KINDS.includes(k));
  const scannerText = `component "${scannerName}" {\n${hclBody([
    ['kinds', strList(scanKinds.length > 0 ? scanKinds : ['signature_scanner'])],
    ['consumes', refList(inputs)],
    ['parser_complexity', `"${complexity}"`],
  ])}\n}`;
  const home = userHome(ctx, c, `${c.name}_scan_service`);
  const place: FixStep[] = home.isNew
    ? [{ op: 'add-block', near: context.key, text: `context "${home.key.slice('context.'.length)}" {\n  kind = "${home.kind}"\n\n${indent(scannerText)}\n}` }]
    : [{ op: 'add-block', parent: home.key, text: scannerText }];
  const channelName = freeName(ctx, 'channel', `${c.name}_to_scanner`);
  const channelAttrs: [string, string][] = [['from', c.key], ['to', `component.${scannerName}`], ...hardenedEndpoint(ctx.sem.platformOf(context), home.kind)];
  return {
    title: `Capture metadata in ${c.name} and decode the content in a user-mode scanner`,
    preferred: true,
    steps: [
      ...place,
      ...cutInputsInto(ctx, c, inputs),
      { op: 'remove', element: c.key, attribute: 'parser_complexity' },
      // The decoding kinds go with the scanner when the driver keeps other work (a minifilter, say).
      ...(scanKinds.length < ctx.sem.kinds(c).length
        ? scanKinds.map((k): FixStep => ({ op: 'remove-from-list', element: c.key, attribute: 'kinds', value: `"${k}"` }))
        : []),
      { op: 'add-block', near: c.key, text: `channel "${channelName}" {\n${hclBody(channelAttrs)}\n}` },
    ],
  };
}

// ─── RS003 — pattern-matching engine executes in kernel ─────────────────────────────────────

const RS003: Check = (ctx) => {
  for (const c of privilegedComponents(ctx)) {
    if (!ctx.sem.hasKind(c, 'rule_engine', 'content_interpreter')) continue;
    const matching = c.str('matching');
    if (matching === undefined) { ctx.unspecified(c, 'matching'); continue; }
    if (!PATTERN_MATCHING.has(matching)) continue;
    const context = ctx.sem.contextOf(c)!;
    const home = userHome(ctx, c, `${c.name}_service`);
    ctx.report({
      element: c,
      message: `Component ${c.name} evaluates ${matching} patterns in ${contextText(ctx, context)}. `
        + `The strings it matches are attacker-influenced, ${matching} evaluation cost is hard to bound, and the matching engine is a large body of code to trust in ${privilegedPlace(ctx, context)}.`,
      facts: [ctx.fact(context, 'kind', 'PRIVILEGED'), ctx.fact(c, 'kinds'), ctx.fact(c, 'matching', 'run-time pattern language')],
      fixes: [
        {
          title: `Evaluate the patterns in user mode: move ${c.name} to ${home.isNew ? `a new ${home.kind} context` : `${home.key.slice('context.'.length)}`}`,
          preferred: true,
          steps: [...home.steps, { op: 'move-block', element: c.key, toParent: home.key }],
        },
        { title: 'Ship patterns precompiled into size-capped DFA tables', steps: [{ op: 'set', element: c.key, attribute: 'matching', value: '"dfa_table"' }] },
      ],
    });
  }
};

// ─── RS004 — privileged consumer lacks a bounded schema and runtime bounds checks ───────────

/** Structured input: content formats, and anything that declares a schema. */
function isStructured(ctx: RuleContext, input: ModelBlock): boolean {
  return ctx.sem.isContent(input) || input.sub('schema') !== undefined;
}

const RS004: Check = (ctx) => {
  // (a) Declared vs supplied field counts differ: the July 2024 defect itself, wherever consumed.
  for (const input of ctx.model.inputs) {
    const schema = input.sub('schema');
    const fields = schema?.num('fields');
    const supplied = schema?.num('consumer_fields');
    if (!schema || fields === undefined || supplied === undefined || fields === supplied) continue;
    ctx.report({
      element: input, loc: schema.headLoc,
      message: `Input ${input.name} declares ${fields} fields but its consumer supplies ${supplied}. `
        + `Nothing reconciles the two counts, so the first release that uses field ${Math.max(fields, supplied)} reads past the end of the consumer's array — the Channel File 291 defect.`,
      facts: [ctx.fact(schema, 'fields', 'declared by the content'), ctx.fact(schema, 'consumer_fields', 'supplied by the consumer')],
      related: ctx.flows.from(input).map((f) => ({ loc: f.sink.headLoc, message: `consumed by ${f.sink.name}` })),
      fixes: [{
        title: `Make the consumer supply all ${fields} declared fields and assert the count at build time`,
        preferred: true,
        steps: [{ op: 'set', element: `${input.key}.schema`, attribute: 'consumer_fields', value: String(fields) }],
      }],
    });
  }

  // (b) and (c): privileged consumers of structured input.
  const schemaless = new Map<ModelBlock, Flow[]>();
  for (const c of privilegedComponents(ctx)) {
    const flows = ctx.flows.into(c).filter((f) => isStructured(ctx, f.input));
    if (flows.length === 0) continue;
    for (const f of flows) if (f.input.sub('schema')?.num('fields') === undefined) schemaless.set(f.input, [...(schemaless.get(f.input) ?? []), f]);
    const bounds = c.str('bounds_checks');
    if (bounds === undefined) { ctx.unspecified(c, 'bounds_checks'); continue; }
    if (RUNTIME_BOUNDS.has(bounds)) continue;
    const context = ctx.sem.contextOf(c)!;
    const inputs = unique(flows.map((f) => f.input));
    ctx.report({
      element: c,
      message: `Component ${c.name} in ${contextText(ctx, context)} reads structured input ${listText(inputs.map((i) => i.name ?? i.key))} without run-time bounds checks (bounds_checks = ${bounds}). `
        + `Its indexed reads trust counts and lengths from the input or from upstream tooling, so a count mismatch becomes an out-of-bounds read in ${privilegedPlace(ctx, context)}.`,
      facts: [ctx.fact(context, 'kind', 'PRIVILEGED'), ctx.fact(c, 'bounds_checks', 'no run-time check'), ...inputs.map((i) => ctx.fact(i, 'source'))],
      path: flows[0].path, related: otherFlows(flows, flows[0]),
      fixes: [{
        title: 'Bounds-check every indexed access at run time (and keep the build-time count check)',
        preferred: true,
        steps: [{ op: 'set', element: c.key, attribute: 'bounds_checks', value: '"runtime_and_compile_time"' }],
      }],
    });
  }
  for (const [input, flows] of schemaless) {
    const schema = input.sub('schema');
    const supplied = schema?.num('consumer_fields');
    const sinks = unique(flows.map((f) => f.sink));
    // A bounded format read with run-time checks everywhere is the sound case: a field count only
    // means something for some formats, so its absence is a gap in the model, not an error.
    if (schema?.bool('bounded') === true && sinks.every((c) => RUNTIME_BOUNDS.has(c.str('bounds_checks') ?? ''))) {
      ctx.unspecified(input, 'schema.fields');
      continue;
    }
    ctx.report({
      element: input,
      message: `Input ${input.name} reaches privileged ${sinks.length === 1 ? 'component' : 'components'} ${listText(sinks.map((s) => s.name ?? s.key))} without a declared field count. `
        + `${schema ? 'Its schema leaves fields unset and is not both bounded and bounds-checked at run time.' : 'It has no schema block.'} `
        + `Nothing states how many fields the format has, so neither the build nor the privileged code can check the count it relies on.`,
      facts: [schema ? ctx.fact(schema, 'fields') : ctx.note(input, 'no schema block'), ctx.fact(input, 'source'),
        ...sinks.map((s) => ctx.fact(ctx.sem.contextOf(s)!, 'kind', 'PRIVILEGED'))],
      path: flows[0].path, related: otherFlows(flows, flows[0]),
      // The field count is a fact about the format; it can only be filled in when the model states it elsewhere.
      fixes: supplied !== undefined
        ? [{ title: `Declare schema.fields = ${supplied} (the count the consumer supplies)`, preferred: true, steps: [{ op: 'set', element: `${input.key}.schema`, attribute: 'fields', value: String(supplied) }] }]
        : undefined,
    });
  }
};

// ─── RS005 — content validator is a separate implementation from the interpreter ────────────

const RS005: Check = (ctx) => {
  for (const input of ctx.model.inputs) {
    const flows = ctx.flows.from(input);
    const interpreters = flows.filter((f) => ctx.sem.hasKind(f.sink, ...INTERPRETER_KINDS) && ctx.sem.kindOf(ctx.sem.contextOf(f.sink)) !== 'cloud_service');
    if (interpreters.length === 0) continue;
    const validators = unique(flows.map((f) => f.sink)
      .filter((s) => ctx.sem.hasKind(s, 'content_validator') && ctx.sem.kindOf(ctx.sem.contextOf(s)) === 'cloud_service'));
    const deps = ctx.sem.deploymentsOf(input);
    const separate = deps.filter((d) => d.str('validated_by') === 'separate_validator');
    if (separate.length === 0) {
      // A modelled validator with no statement of how it relates to the shipping interpreter.
      if (validators.length > 0) for (const d of deps) if (!d.has('validated_by')) ctx.unspecified(d, 'validated_by');
      continue;
    }
    const where = validators[0] ?? separate[0];
    const interp = interpreters[0];
    ctx.report({
      element: where,
      loc: validators[0] ? undefined : separate[0].prop('validated_by')?.loc,
      message: `Releases of ${input.name} are checked by a separate validator${validators.length ? `, ${listText(validators.map((v) => v.name ?? v.key))},` : ','} not by the interpreter hosts run. `
        + `Hosts run ${listText(unique(interpreters.map((f) => f.sink.name ?? f.sink.key)))}, and two implementations of one format drift apart silently, `
        + `which is how a release the validator accepted crashed the interpreter in July 2024.`,
      facts: [
        ...separate.map((d) => ctx.fact(d, 'validated_by', 'separate implementation')),
        ...validators.map((v) => ctx.fact(v, 'kinds')),
        ctx.fact(interp.sink, 'kinds', 'endpoint interpreter'),
      ],
      path: interp.path,
      related: [...validators.map((v) => ({ loc: v.headLoc, message: `validator ${v.name}` })), ...otherFlows(interpreters, interp)],
      fixes: [{
        title: 'Validate each release by running the shipping interpreter over it',
        preferred: true,
        steps: separate.map((d): FixStep => ({ op: 'set', element: d.key, attribute: 'validated_by', value: '"same_interpreter"' })),
      }],
    });
  }
};

// ─── RS006 — declared fields never exercised with concrete values ──────────────────────────

const RS006: Check = (ctx) => {
  for (const input of ctx.model.inputs) {
    const fields = input.sub('schema')?.num('fields');
    if (fields === undefined) continue;
    const tests = input.sub('tests');
    const perField = tests?.bool('per_field_non_wildcard');
    const coverage = tests?.num('field_coverage');
    const untested = perField === false || (coverage !== undefined && coverage < 100);
    if (!untested) {
      if (perField === undefined && coverage === undefined) ctx.unspecified(input, 'tests.per_field_non_wildcard');
      continue;
    }
    const facts: Fact[] = [ctx.fact(input.sub('schema')!, 'fields')];
    if (perField !== undefined) facts.push(ctx.fact(tests!, 'per_field_non_wildcard'));
    if (coverage !== undefined) facts.push(ctx.fact(tests!, 'field_coverage'));
    const steps: FixStep[] = [{ op: 'set', element: `${input.key}.tests`, attribute: 'per_field_non_wildcard', value: 'true' }];
    if (coverage !== undefined && coverage < 100) steps.push({ op: 'set', element: `${input.key}.tests`, attribute: 'field_coverage', value: '100' });
    ctx.report({
      element: input,
      message: `Input ${input.name} declares ${fields} fields, but ${perField === false ? 'not every field is tested with a concrete (non-wildcard) value' : `tests cover only ${coverage}% of them`}. `
        + `A field that only ever held wildcards is never read, so a defect behind it stays latent until the first release that uses it reaches the fleet.`,
      facts,
      related: ctx.flows.from(input).map((f) => ({ loc: f.sink.headLoc, message: `consumed by ${f.sink.name}` })),
      fixes: [{ title: 'Require a non-wildcard test for every declared field', preferred: true, steps }],
    });
  }
};

// ─── RS007 — kernel component fetches, unpacks, decrypts or verifies content ────────────────

const RS007: Check = (ctx) => {
  for (const c of privilegedComponents(ctx)) {
    const kinds = ctx.sem.kinds(c).filter((k) => FETCHING_KINDS.includes(k));
    const ops = (c.strs('performs') ?? []).filter((o) => RISKY_OPERATIONS.includes(o));
    if (kinds.length === 0 && ops.length === 0) continue;
    const context = ctx.sem.contextOf(c)!;
    const what = [...kinds.map((k) => `is a ${k.replace('_', ' ')}`), ...(ops.length ? [`performs ${ops.join(', ')}`] : [])];
    const facts: Fact[] = [ctx.fact(context, 'kind', 'PRIVILEGED')];
    if (kinds.length) facts.push(ctx.fact(c, 'kinds'));
    if (ops.length) facts.push(ctx.fact(c, 'performs'));
    ctx.report({
      element: c,
      message: `Component ${c.name} in ${contextText(ctx, context)} ${listText(what)}. `
        + `Networking, decompression, de-obfuscation and certificate parsing are large failure and attack surfaces that need no ${privilegedAdjective(ctx, context)} privilege; in a user-mode service a fault ends one restartable process.`,
      facts,
      fixes: [rs007Fix(ctx, c, kinds, ops)],
    });
  }
};

/** Move the whole component if that is all it does, otherwise split the work into a user-mode updater. */
function rs007Fix(ctx: RuleContext, c: ModelBlock, kinds: string[], ops: string[]): FixDescriptor {
  const home = userHome(ctx, c, `${c.name}_service`);
  const homeName = home.key.slice('context.'.length);
  const remaining = ctx.sem.kinds(c).filter((k) => !kinds.includes(k));
  if (remaining.length === 0) {
    return { title: `Move ${c.name} to ${home.isNew ? `a new user-mode ${home.kind} context` : `the user-mode context ${homeName}`}`, preferred: true,
      steps: [...home.steps, { op: 'move-block', element: c.key, toParent: home.key }] };
  }
  const updaterName = freeName(ctx, 'component', `${c.name}_updater`);
  const attrs: [string, string][] = [['kinds', strList(kinds.length ? kinds : ['content_updater'])]];
  if (ops.length) attrs.push(['performs', strList(ops)]);
  const text = `component "${updaterName}" {\n${hclBody(attrs)}\n}`;
  const place: FixStep[] = home.isNew
    ? [{ op: 'add-block', near: ctx.sem.contextOf(c)!.key, text: `context "${homeName}" {\n  kind = "${home.kind}"\n\n${indent(text)}\n}` }]
    : [{ op: 'add-block', parent: home.key, text }];
  return {
    title: `Move ${listText([...kinds, ...ops].map((x) => x))} out of ${c.name} into a user-mode updater`,
    preferred: true,
    steps: [
      ...place,
      ...kinds.map((k): FixStep => ({ op: 'remove-from-list', element: c.key, attribute: 'kinds', value: `"${k}"` })),
      ...ops.map((o): FixStep => ({ op: 'remove-from-list', element: c.key, attribute: 'performs', value: `"${o}"` })),
    ],
  };
}

export const checks: Record<string, Check> = { RS001, RS002, RS003, RS004, RS005, RS006, RS007 };
