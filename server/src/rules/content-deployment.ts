// Category B (domain.md §3 B): content vs code updates and how they are deployed. RS008–RS016.
// Deployment and input properties are read from the model; where a rule needs one the model
// leaves out, it asks (ctx.unspecified) instead of assuming either way.
import type { Check } from './index';
import { asSentence } from './wording';
import type { RuleContext } from '../analysis/engine';
import { INTERPRETER_KINDS, VENDOR_DELIVERED } from '../analysis/semantics';
import type { Flow } from '../analysis/flow';
import type { Fact, FixStep } from '../analysis/types';
import type { ModelBlock } from '../model/types';
import { arrival, contextText, listText } from './untrusted-input';

/** Response actions that destroy or stop something on the host (McAfee DAT 5958 quarantined svchost.exe). */
const DESTRUCTIVE_ACTIONS = ['delete', 'quarantine', 'kill'];
/** Frequencies at which operators need a change feed to correlate incidents. */
const HIGH_FREQUENCY = new Set(['daily', 'multiple_per_day']);
/** Signals a promotion gate should watch; heartbeat loss first, since crashed hosts cannot report. */
const DEFAULT_HEALTH_GATE = '["heartbeat_loss", "crash_dumps", "boot_success"]';
const DEFAULT_RINGS = '["internal", "canary", "early_adopter", "broad"]';
const DEFAULT_BAKE = '"4h"';

/** Inputs a deployment ships (resolved references only). */
function delivered(d: ModelBlock): ModelBlock[] {
  return d.refs('delivers').map((r) => r.target).filter((t): t is ModelBlock => t !== undefined);
}

/** Content inputs a deployment ships. */
function deliveredContent(ctx: RuleContext, d: ModelBlock): ModelBlock[] {
  return delivered(d).filter((i) => ctx.sem.isContent(i));
}

/** Whether a duration value means "no wait" ("0", "0s", "0h" …). */
function isZeroDuration(v: string | undefined): boolean {
  return v !== undefined && /^0(\.0+)?(ms|s|m|h|d|w)?$/.test(v);
}

/** Facts naming each input of a deployment with its source. */
function inputFacts(ctx: RuleContext, inputs: ModelBlock[]): Fact[] {
  return inputs.map((i) => ctx.fact(i, 'source', ctx.sem.isContent(i) ? 'content' : undefined));
}

// ─── RS008 — behaviour-changing content bypasses code release gates ─────────────────────────

const RS008: Check = (ctx) => {
  for (const d of ctx.model.deployments) {
    // Compiled tables count too: they still decide which kernel code paths run.
    const flows = deliveredContent(ctx, d).flatMap((i) => ctx.flows.from(i)).filter((f) => ctx.sem.isPrivileged(ctx.sem.contextOf(f.sink)));
    if (flows.length === 0) continue;
    const process = d.str('release_process');
    if (process === undefined) { ctx.unspecified(d, 'release_process'); continue; }
    if (process === 'code_equivalent') continue;
    const sinks = [...new Set(flows.map((f) => f.sink))];
    const inputs = [...new Set(flows.map((f) => f.input))];
    // The form decides how far a release can steer the kernel (as in RS001): raw content is parsed
    // and interpreted there, a compiled, versioned table is only looked up. Compiled-only reach
    // still picks kernel code paths, so it stays a finding, two levels lower.
    const compiledOnly = flows.every((f) => f.form === 'compiled');
    const severity = compiledOnly ? 'hint' : ctx.rule.defaultSeverity;
    ctx.report({
      element: d,
      severity,
      message: `Deployment ${d.name} ships content ${listText(inputs.map((i) => i.name ?? i.key))} that steers privileged code without code release gates (release_process = ${process}). `
        + `It reaches ${listText(sinks.map((s) => `${s.name} in ${contextText(ctx, ctx.sem.contextOf(s))}`))}. Driver signing and certification cover the binary, not the data it reads later: content that changes kernel behaviour is code in effect and needs code-grade gates.`
        + (compiledOnly ? ' Reported as a hint because the content reaches the kernel only as a compiled table (form = "compiled"), which bounds what one release can change.' : ''),
      facts: [ctx.fact(d, 'release_process', 'not code_equivalent'), ...inputFacts(ctx, inputs),
        ...sinks.map((s) => ctx.fact(ctx.sem.contextOf(s)!, 'kind', 'PRIVILEGED')),
        ...[...new Set(flows.flatMap((f) => f.channels))].filter((ch) => ch.has('form')).map((ch) => ctx.fact(ch, 'form'))],
      path: flows[0].path,
      related: flows.slice(1).map((f) => ({ loc: f.sink.headLoc, message: `also reaches privileged ${f.sink.name} ${arrival(f)}` })),
      fixes: [{
        title: 'Release this content through the same rings and tests as driver code',
        preferred: true,
        steps: [{ op: 'set', element: d.key, attribute: 'release_process', value: '"code_equivalent"' }],
      }],
    });
  }
};

// ─── RS009 — global, simultaneous rollout to privileged or destructive consumers ────────────

/** Response actuators a component is or drives over channels (following `from` → `to`). */
function actuatorsDrivenBy(ctx: RuleContext, start: ModelBlock): ModelBlock[] {
  const seen = new Set<ModelBlock>([start]);
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    for (const ch of ctx.sem.channelsFrom(queue[i])) {
      const to = ch.ref('to')?.target;
      if (to && !seen.has(to)) { seen.add(to); queue.push(to); }
    }
  }
  return [...seen].filter((c) => ctx.sem.hasKind(c, 'response_actuator'));
}

/** What a release reaches: a component that reads an input, or a context whose binary it is. */
interface RiskyConsumer { input: ModelBlock; target: ModelBlock; path?: Flow['path']; reasons: string[] }

/** Why a context makes a release risky: privilege and boot-criticality. */
function contextReasons(ctx: RuleContext, context: ModelBlock | undefined): string[] {
  const reasons: string[] = [];
  if (ctx.sem.isPrivileged(context)) reasons.push(`runs in privileged context ${contextText(ctx, context)}`);
  if (ctx.sem.isBootCritical(context) === true) reasons.push('is boot-critical');
  return reasons;
}

/** Privileged contexts whose code a deployment ships (`binary_of` on the inputs it delivers). */
function shippedBinaries(ctx: RuleContext, d: ModelBlock): { input: ModelBlock; context: ModelBlock }[] {
  return delivered(d).flatMap((input) => ctx.sem.binaryOf(input).filter((c) => ctx.sem.isPrivileged(c)).map((context) => ({ input, context })));
}

/** "content `a`" / "the code of `ctx` (input `b`)" for messages of rules that cover both. */
function releaseText(ctx: RuleContext, d: ModelBlock): { content: ModelBlock[]; binaries: { input: ModelBlock; context: ModelBlock }[]; text: string } {
  const content = deliveredContent(ctx, d);
  const binaries = shippedBinaries(ctx, d);
  const parts: string[] = [];
  if (content.length) parts.push(`content ${listText(content.map((i) => `${i.name}`))}`);
  if (binaries.length) parts.push(`the code of ${listText([...new Set(binaries.map((b) => b.context))].map((c) => contextText(ctx, c)))}`);
  return { content, binaries, text: listText(parts) };
}

const RS009: Check = (ctx) => {
  for (const d of ctx.model.deployments) {
    const risky: RiskyConsumer[] = [];
    const unknownActuators = new Set<ModelBlock>();
    for (const input of delivered(d)) {
      // Code releases are releases: a code input that is the binary of a context ships that context.
      for (const context of ctx.sem.binaryOf(input)) {
        const reasons = contextReasons(ctx, context).map((r) => r.replace(/^runs in/, 'is the code of'));
        if (reasons.length) risky.push({ input, target: context, reasons });
      }
      for (const f of ctx.flows.from(input)) {
        const reasons = contextReasons(ctx, ctx.sem.contextOf(f.sink));
        for (const a of actuatorsDrivenBy(ctx, f.sink)) {
          const actions = a.strs('actions');
          if (actions === undefined) { unknownActuators.add(a); continue; }
          const bad = actions.filter((x) => DESTRUCTIVE_ACTIONS.includes(x));
          if (bad.length) reasons.push(a === f.sink ? `may ${bad.join('/')} on its own` : `drives response actuator ${a.name} (${bad.join('/')})`);
        }
        if (reasons.length) risky.push({ input, target: f.sink, path: f.path, reasons });
      }
    }
    if (risky.length === 0 && unknownActuators.size === 0) continue;
    const rollout = d.str('rollout');
    if (rollout === undefined) { ctx.unspecified(d, 'rollout'); continue; }
    if (rollout !== 'global') continue;
    if (risky.length === 0) {
      // Whether the rollout is dangerous hinges on what the actuator may do.
      for (const a of unknownActuators) ctx.unspecified(a, 'actions');
      continue;
    }
    const first = risky[0];
    const fleet = ctx.sem.agent?.num('fleet_size');
    const steps: FixStep[] = [{ op: 'set', element: d.key, attribute: 'rollout', value: '"staged"' }];
    if (!(d.strs('rings')?.length)) steps.push({ op: 'set', element: d.key, attribute: 'rings', value: DEFAULT_RINGS });
    if (!d.has('bake_time') || isZeroDuration(d.str('bake_time'))) steps.push({ op: 'set', element: d.key, attribute: 'bake_time', value: DEFAULT_BAKE });
    if (!(d.strs('health_gate')?.length)) steps.push({ op: 'set', element: d.key, attribute: 'health_gate', value: DEFAULT_HEALTH_GATE });
    ctx.report({
      element: d,
      message: `Deployment ${d.name} releases to ${fleet !== undefined ? `all ${fleet.toLocaleString('en-US')} hosts` : 'every host'} at once (rollout = global), reaching privileged or destructive code. `
        + `What it ships reaches ${listText(risky.map((r) => `${r.target.name}, which ${listText(r.reasons)}`))}. `
        + `A faulty release is then everywhere before anyone can halt it; a canary ring would have failed within minutes and stopped promotion.`,
      facts: [ctx.fact(d, 'rollout', 'every host at once'), ...inputFacts(ctx, [...new Set(risky.map((r) => r.input))]),
        ...risky.map((r) => ctx.note(r.target, r.reasons.join('; ')))],
      path: first.path,
      related: risky.slice(1).map((r) => ({ loc: r.target.headLoc, message: `${r.target.name} ${listText(r.reasons)}` })),
      fixes: [{ title: 'Stage the rollout through rings with bake times and health gates', preferred: true, steps }],
    });
  }
};

// ─── RS010 — promotion is not gated on health signals ──────────────────────────────────────

const RS010: Check = (ctx) => {
  for (const d of ctx.model.deployments) {
    const rings = d.strs('rings');
    // Promotion exists once there are rings (or the deployment says it is staged).
    if (!(rings && rings.length > 0) && d.str('rollout') !== 'staged') continue;
    const gate = d.strs('health_gate');
    const bake = d.str('bake_time');
    const problems: string[] = [];
    const facts: Fact[] = [rings ? ctx.fact(d, 'rings') : ctx.fact(d, 'rollout')];
    const steps: FixStep[] = [];
    if (gate === undefined) ctx.unspecified(d, 'health_gate');
    else if (gate.length === 0) {
      problems.push('health_gate = [] halts promotion on nothing');
      facts.push(ctx.fact(d, 'health_gate', 'no signals'));
      steps.push({ op: 'set', element: d.key, attribute: 'health_gate', value: DEFAULT_HEALTH_GATE });
    }
    if (bake === undefined) ctx.unspecified(d, 'bake_time');
    else if (isZeroDuration(bake)) {
      problems.push(`bake_time = "${bake}" promotes before any signal can arrive`);
      facts.push(ctx.fact(d, 'bake_time', 'no wait'));
      steps.push({ op: 'set', element: d.key, attribute: 'bake_time', value: DEFAULT_BAKE });
    }
    if (problems.length === 0) continue;
    ctx.report({
      element: d,
      message: `Deployment ${d.name} promotes through ${rings?.length ? `rings ${rings.join(' → ')}` : 'stages'} without a working health gate. `
        + `${asSentence(listText(problems))}. `
        + `Rings that never halt on their own only slow an outage down; crashed hosts cannot report, so heartbeat loss must count as a failure signal.`,
      facts,
      fixes: [{ title: 'Gate each promotion on heartbeat loss, crash dumps and boot success, with a bake time per ring', preferred: true, steps }],
    });
  }
};

// ─── RS011 — no last-known-good or automatic rollback for content ───────────────────────────

const RS011: Check = (ctx) => {
  for (const d of ctx.model.deployments) {
    const { content, binaries, text } = releaseText(ctx, d);
    if (content.length === 0 && binaries.length === 0) continue;
    const rollback = d.str('rollback');
    const lkg = d.bool('last_known_good');
    const problems: string[] = [];
    if (rollback === 'none' || rollback === 'manual') problems.push(`rollback = ${rollback}`);
    if (lkg === false) problems.push('last_known_good = false');
    if (problems.length === 0) {
      if (rollback === undefined && lkg === undefined) ctx.unspecified(d, 'rollback');
      continue;
    }
    const facts: Fact[] = [];
    if (rollback !== undefined) facts.push(ctx.fact(d, 'rollback'));
    if (lkg !== undefined) facts.push(ctx.fact(d, 'last_known_good'));
    const steps: FixStep[] = [];
    if (rollback !== 'automatic') steps.push({ op: 'set', element: d.key, attribute: 'rollback', value: '"automatic"' });
    if (lkg !== true) steps.push({ op: 'set', element: d.key, attribute: 'last_known_good', value: 'true' });
    ctx.report({
      element: d,
      message: `Deployment ${d.name} gives hosts no way back to the previous version on their own (${listText(problems)}). `
        + `It ships ${text}. `
        + `A bad release stays until someone ships a fix, and hosts already crashing may never receive it.`,
      facts: [...facts, ...inputFacts(ctx, [...content, ...new Set(binaries.map((b) => b.input))])],
      fixes: [{ title: 'Keep the previous version on hosts and revert automatically after repeated faults', preferred: true, steps }],
    });
  }
};

// ─── RS012 — customers cannot stage, delay or pin content ──────────────────────────────────

const RS012: Check = (ctx) => {
  for (const d of ctx.model.deployments) {
    const { content, binaries, text } = releaseText(ctx, d);
    if (content.length === 0 && binaries.length === 0) continue;
    const control = d.str('customer_control');
    if (control === undefined) { ctx.unspecified(d, 'customer_control'); continue; }
    if (control !== 'none') continue;
    ctx.report({
      element: d,
      message: `Deployment ${d.name} lets customers neither stage, delay nor pin its releases (customer_control = none). `
        + `It ships ${text}. `
        + `Holding critical systems on a later ring, and trading protection latency for outage risk, is then not their choice.`,
      facts: [ctx.fact(d, 'customer_control', 'no customer control'), ...inputFacts(ctx, [...content, ...new Set(binaries.map((b) => b.input))])],
      fixes: [{ title: binaries.length && !content.length ? 'Let customers assign device groups to release rings' : 'Let customers assign device groups to content rings', preferred: true, steps: [{ op: 'set', element: d.key, attribute: 'customer_control', value: '"rings"' }] }],
    });
  }
};

// ─── RS013 — content unsigned or integrity not verified before use ─────────────────────────

const RS013: Check = (ctx) => {
  for (const input of ctx.model.inputs) {
    // Vendor-delivered inputs (content and code) are the ones a signature can vouch for.
    if (!VENDOR_DELIVERED.has(ctx.sem.sourceOf(input) ?? '')) continue;
    const signed = input.bool('signed');
    const check = input.str('integrity_check');
    const problems: string[] = [];
    const facts: Fact[] = [];
    if (signed === false) { problems.push('releases are not signed'); facts.push(ctx.fact(input, 'signed')); }
    if (check === 'none') { problems.push('nothing verifies integrity on the host'); facts.push(ctx.fact(input, 'integrity_check')); }
    if (check === 'cloud') { problems.push('integrity is verified only before release, never on the host before use'); facts.push(ctx.fact(input, 'integrity_check')); }
    if (problems.length === 0) {
      if (signed === undefined) ctx.unspecified(input, 'signed');
      if (check === undefined) ctx.unspecified(input, 'integrity_check');
      continue;
    }
    const steps: FixStep[] = [];
    if (signed !== true) steps.push({ op: 'set', element: input.key, attribute: 'signed', value: 'true' });
    if (check !== 'user' && check !== 'kernel') steps.push({ op: 'set', element: input.key, attribute: 'integrity_check', value: '"user"' });
    ctx.report({
      element: input,
      message: `Input ${input.name} is not verified before use: ${listText(problems)}. `
        + `Anyone who can write the content directory or tamper with delivery can then steer the code that reads it. Verify signature and hash in user mode before use; obfuscation is not integrity.`,
      facts,
      related: ctx.flows.from(input).map((f) => ({ loc: f.sink.headLoc, message: `consumed by ${f.sink.name}` })),
      fixes: [{ title: 'Sign releases and verify them in the user-mode updater before use', preferred: true, steps }],
    });
  }
};

// ─── RS014 — content released without running on real sensor builds ───────────────────────

const RS014: Check = (ctx) => {
  for (const input of ctx.model.inputs) {
    if (!VENDOR_DELIVERED.has(ctx.sem.sourceOf(input) ?? '')) continue;
    const tests = input.sub('tests');
    const real = tests?.bool('integration_on_real_sensor');
    if (real === undefined) { ctx.unspecified(input, 'tests.integration_on_real_sensor'); continue; }
    if (real) continue;
    ctx.report({
      element: input,
      message: `Releases of ${input.name} do not run on real sensor builds before they ship (integration_on_real_sensor = false). `
        + `Validator checks and earlier successful releases are not a test of this release on a real host; an internal ring on real sensor and OS builds would have failed at once.`,
      facts: [ctx.fact(tests!, 'integration_on_real_sensor')],
      related: ctx.flows.from(input).map((f) => ({ loc: f.sink.headLoc, message: `consumed by ${f.sink.name}` })),
      fixes: [{
        title: 'Run every release on real sensor builds (N, N-1, N-2) before it ships',
        preferred: true,
        steps: [{ op: 'set', element: `${input.key}.tests`, attribute: 'integration_on_real_sensor', value: 'true' }],
      }],
    });
  }
};

// ─── RS015 — no schema/version handshake between content and consumer ──────────────────────

const RS015: Check = (ctx) => {
  const askedConsumers = new Set<ModelBlock>();
  for (const input of ctx.model.inputs) {
    if (!ctx.sem.isContent(input)) continue;
    const schema = input.sub('schema');
    if (!schema) { ctx.unspecified(input, 'schema.version'); continue; }
    const version = schema.num('version');
    if (version === undefined) {
      ctx.report({
        element: input,
        message: `Input ${input.name} declares a schema without a version. `
          + `Consumers cannot tell one shape of the content from another, so a release built for a newer template definition is read as if it were the old one instead of being rejected.`,
        facts: [ctx.fact(schema, 'version'), ctx.fact(input, 'source', 'content')],
        related: ctx.flows.from(input).map((f) => ({ loc: f.sink.headLoc, message: `consumed by ${f.sink.name}` })),
        fixes: [{ title: 'Carry a schema version in every release manifest', preferred: true, steps: [{ op: 'set', element: `${input.key}.schema`, attribute: 'version', value: '1' }] }],
      });
    }
    // Endpoint components that read the content's own shape must refuse versions they do not know.
    // A compiled table has been checked by its compiler, so its kernel reader is not asked.
    for (const f of ctx.flows.from(input)) {
      const c = f.sink;
      if (f.form === 'compiled' || !ctx.sem.hasKind(c, ...INTERPRETER_KINDS)) continue;
      if (ctx.sem.kindOf(ctx.sem.contextOf(c)) === 'cloud_service' || c.has('accepts_versions') || askedConsumers.has(c)) continue;
      askedConsumers.add(c);
      ctx.report({
        element: c,
        message: `Component ${c.name} reads content ${input.name} without declaring accepts_versions. `
          + `It has no way to refuse a release whose shape it was not built for, `
          + `so a mismatch between content and sensor shows up as a fault instead of a rejected update.`,
        facts: [ctx.fact(c, 'accepts_versions'), ...(version !== undefined ? [ctx.fact(schema, 'version')] : [])],
        path: f.path,
        fixes: [{
          title: `Accept only schema version ${version ?? 1} and keep the last known good content otherwise`,
          preferred: true,
          steps: [{ op: 'set', element: c.key, attribute: 'accepts_versions', value: `[${version ?? 1}]` }],
        }],
      });
    }
  }
};

// ─── RS016 — high-frequency content changes are invisible to operators ─────────────────────

const RS016: Check = (ctx) => {
  for (const d of ctx.model.deployments) {
    // Only an explicit `release_notes = false` is reported: this is a hint-level rule, and an
    // information-level "unspecified" finding would be louder than the rule itself.
    if (d.bool('release_notes') !== false) continue;
    const frequent = delivered(d).filter((i) => HIGH_FREQUENCY.has(i.str('frequency') ?? ''));
    if (frequent.length === 0) continue;
    ctx.report({
      element: d,
      message: `Deployment ${d.name} ships ${listText(frequent.map((i) => `${i.name} (${i.str('frequency')!.replace(/_/g, ' ')})`))} without release notes. `
        + `Operators correlating an incident cannot see what changed on their hosts, or when.`,
      facts: [ctx.fact(d, 'release_notes'), ...frequent.map((i) => ctx.fact(i, 'frequency'))],
      fixes: [{ title: 'Publish a content change feed', preferred: true, steps: [{ op: 'set', element: d.key, attribute: 'release_notes', value: 'true' }] }],
    });
  }
};

export const checks: Record<string, Check> = { RS008, RS009, RS010, RS011, RS012, RS013, RS014, RS015, RS016 };
