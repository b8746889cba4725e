// F. Tamper resistance and the opposite risk (RS034–RS039).
//
// These rules keep Ringside from being a "kernel bad" linter: a design that moves everything to
// user mode is challenged too, for the protection, visibility and enforcement it gives up.
import type { Check } from './index';
import type { RuleContext } from '../analysis/engine';
import type { Fact, FixDescriptor, FixStep } from '../analysis/types';
import { preOperationMechanisms } from './wording';
import type { ModelBlock } from '../model/types';
import type { Flow } from '../analysis/flow';
import { CONTEXT_FACTS, type ContextKindFacts } from '../schema/context-kinds';
import { CONTENT_SOURCES, SENSING_KINDS } from '../analysis/semantics';

const q = (s: string) => `"${s}"`;

// ── Shared helpers ────────────────────────────────────────────────────────────────────────────

function factsOf(ctx: RuleContext, context: ModelBlock | undefined): ContextKindFacts | undefined {
  return CONTEXT_FACTS.get(ctx.sem.kindOf(context) ?? '');
}

/** Components that run on the endpoint with a known context kind (cloud components are off host). */
function hostComponents(ctx: RuleContext): ModelBlock[] {
  return ctx.model.components.filter((c) => {
    const f = factsOf(ctx, ctx.sem.contextOf(c));
    return !!f && f.privilege !== 'off_host';
  });
}

/** Sensing or enforcement: sensors of every kind, response actuators and self-protection. */
function isSensingOrEnforcing(ctx: RuleContext, c: ModelBlock): boolean {
  return ctx.sem.isSensor(c) || ctx.sem.hasKind(c, 'response_actuator', 'self_protection');
}

/** A name `base`, `base_2`, ... that no element of `type` uses yet. */
function freshName(ctx: RuleContext, type: string, base: string): string {
  let name = base;
  for (let i = 2; ctx.model.elements.has(`${type}.${name}`); i++) name = `${base}_${i}`;
  return name;
}

function ctxKind(ctx: RuleContext, c: ModelBlock): string {
  return ctx.sem.kindOf(ctx.sem.contextOf(c)) ?? 'unknown';
}

function listNames(cs: ModelBlock[]): string {
  return cs.map((c) => `${c.name}`).join(', ');
}

/** Kinds whose OS mechanism holds the operation until the callback returns, so it can refuse it. */
const PRE_OPERATION_KINDS = ['sensor.process_callback', 'sensor.object_callback', 'sensor.registry_callback', 'fs_minifilter'];
/** eBPF attach points that can refuse an operation: LSM hooks, and packet drops for network. */
const EBPF_BLOCKING_ATTACH = ['bpf_lsm', 'xdp', 'tc'];

export type Blocking = { can: true; why: string } | { can: false; why: string } | { can: 'unknown'; property: string; why: string };

/**
 * Whether a component can refuse an operation before it completes. Kernel pre-operation callbacks,
 * minifilters and network filters can; ES and fanotify clients only when they subscribe to
 * authorization events; eBPF probes only through BPF-LSM (or XDP/tc for packets). In-process hooks
 * and AMSI providers do not count: the process they watch owns them and can bypass them.
 */
export function blockingCapability(ctx: RuleContext, c: ModelBlock): Blocking {
  const kinds = ctx.sem.kinds(c);
  const kind = ctxKind(ctx, c);
  if (kind === 'injected_module') return { can: false, why: 'runs inside the watched process, which can bypass it' };
  let unknown: Blocking | undefined;
  for (const k of kinds) {
    if (PRE_OPERATION_KINDS.includes(k)) {
      if (c.sub('callback')?.str('mode') === 'asynchronous') continue; // an asynchronous callback has already let the operation go
      return { can: true, why: `${k} holds the operation until it returns` };
    }
    if (k === 'network_filter') {
      if (kind !== 'ebpf_program') return { can: true, why: 'a network filter can drop connections' };
      const attach = c.strs('attach');
      if (attach === undefined) { unknown ??= { can: 'unknown', property: 'attach', why: 'eBPF network filter without declared attach points' }; continue; }
      if (attach.some((a) => a === 'xdp' || a === 'tc')) return { can: true, why: 'XDP/tc programs can drop packets' };
    }
    if (k === 'es_client' || k === 'fanotify_monitor') {
      const mode = c.str('event_mode');
      if (mode === undefined) { unknown ??= { can: 'unknown', property: 'event_mode', why: `${k} without a declared event_mode` }; continue; }
      if (mode === 'authorize' || mode === 'both') return { can: true, why: `${k} answers authorization events` };
    }
    if (k === 'ebpf_probe') {
      const attach = c.strs('attach');
      if (attach === undefined) { unknown ??= { can: 'unknown', property: 'attach', why: 'eBPF probe without declared attach points' }; continue; }
      const hit = attach.find((a) => EBPF_BLOCKING_ATTACH.includes(a));
      if (hit) return { can: true, why: `attached through ${hit}, which can refuse the operation` };
    }
  }
  return unknown ?? { can: false, why: describeAsync(ctx, c) };
}

function describeAsync(ctx: RuleContext, c: ModelBlock): string {
  const k = ctx.sem.kinds(c);
  if (k.includes('user_hook') || k.includes('amsi_provider')) return 'in-process hook or AMSI provider: bypassable by the watched process';
  if (k.includes('etw_consumer') || k.includes('etw_ti_consumer')) return 'ETW events arrive after the fact';
  if (k.includes('es_client') || k.includes('fanotify_monitor')) return 'notification events arrive after the fact';
  if (k.includes('ebpf_probe')) return 'tracing probes observe; only BPF-LSM can refuse';
  return 'no pre-operation mechanism';
}

// ── RS034 ─────────────────────────────────────────────────────────────────────────────────────

/** Agent roles attackers try to switch off first. */
const TAMPER_SENSITIVE_ROLES = new Set(['edr', 'av', 'epp']);
/** User-mode contexts without OS protection against an administrator. */
const UNPROTECTED_USER = new Set(['user_service', 'user_process', 'injected_module']);
/** User-mode contexts the OS itself protects against administrators. */
const PROTECTED_USER = new Set(['protected_service', 'macos_system_extension']);

const RS034: Check = (ctx) => {
  const agent = ctx.model.agent;
  const role = agent?.str('role');
  if (!agent || !role || !TAMPER_SENSITIVE_ROLES.has(role)) return;
  const active = hostComponents(ctx).filter((c) => isSensingOrEnforcing(ctx, c));
  if (active.length === 0) return;
  // Any sensing or enforcing part outside plain user mode (kernel, eBPF, a protected context) takes it out of scope.
  if (!active.every((c) => UNPROTECTED_USER.has(ctxKind(ctx, c)))) return;
  // Absence is the finding: nothing on the host protects the agent.
  if (ctx.model.contexts.some((x) => PROTECTED_USER.has(ctx.sem.kindOf(x) ?? ''))) return;
  if (ctx.model.components.some((c) => ctx.sem.hasKind(c, 'self_protection') && ctx.sem.isPrivileged(ctx.sem.contextOf(c)))) return;

  const platform = ctx.sem.platformOf(undefined);
  const facts: Fact[] = [ctx.fact(agent, 'role', 'tamper-sensitive')];
  for (const c of active) {
    const cx = ctx.sem.contextOf(c)!;
    facts.push(ctx.fact(cx, 'kind', `hosts ${c.name} (${ctx.sem.kinds(c).join(', ')}); ${CONTEXT_FACTS.get(ctxKind(ctx, c))?.tamperNote ?? ''}`));
  }
  facts.push(ctx.note(agent, 'no protected_service or macos_system_extension context and no self_protection component in a PRIVILEGED context'));
  ctx.report({
    element: agent,
    message: `Agent ${agent.name} (role = ${role}) runs all its sensing and enforcement in ordinary user-mode contexts that nothing protects. ` +
      `The components are ${listNames(active)}, and any administrator-level process can kill, suspend or inject into them. Leaving the kernel must not mean giving up self-protection.`,
    facts, related: active.map((c) => ({ loc: c.headLoc, message: `${c.name} runs in a ${ctxKind(ctx, c)} context` })),
    fixes: rs034Fixes(ctx, platform, active),
  });
};

function rs034Fixes(ctx: RuleContext, platform: string | undefined, active: ModelBlock[]): FixDescriptor[] {
  // The service context hosting most of the sensing and enforcement is the one to protect.
  const counts = new Map<ModelBlock, number>();
  for (const c of active) {
    const cx = ctx.sem.contextOf(c)!;
    if (ctx.sem.kindOf(cx) === 'user_service') counts.set(cx, (counts.get(cx) ?? 0) + 1);
  }
  const service = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0]
    ?? ctx.model.contexts.find((x) => ctx.sem.kindOf(x) === 'user_service');
  const fixes: FixDescriptor[] = [];
  if (platform === 'windows' && service) {
    fixes.push({ title: `Run ${service.name} as a PPL anti-malware service (protected_service)`, preferred: true, steps: [{ op: 'set', element: service.key, attribute: 'kind', value: q('protected_service') }] });
  }
  if (platform === 'macos' && service) {
    fixes.push({ title: `Run ${service.name} as a system extension (OS-protected)`, preferred: true, steps: [{ op: 'set', element: service.key, attribute: 'kind', value: q('macos_system_extension') }] });
  }
  if (platform === 'linux') {
    // No protected user mode on Linux: a BPF-LSM program can refuse signals and ptrace aimed at the agent.
    const cx = freshName(ctx, 'context', 'agent_guard');
    const comp = freshName(ctx, 'component', 'agent_guard_lsm');
    fixes.push({
      title: 'Guard the agent with a BPF-LSM self-protection program', preferred: true,
      steps: [{ op: 'add-block', near: ctx.model.agent!.key, text: `context "${cx}" {\n  kind                       = "ebpf_program"\n  reduced_functionality_mode = true\n\n  component "${comp}" {\n    kinds  = ["self_protection"]\n    attach = ["bpf_lsm"]\n  }\n}` }],
    });
  }
  if (platform === 'windows') {
    const cx = freshName(ctx, 'context', 'agent_guard');
    const comp = freshName(ctx, 'component', 'agent_guard_callbacks');
    fixes.push({
      title: 'Add a minimal kernel self-protection driver that strips terminate and VM-write rights',
      preferred: fixes.length === 0,
      steps: [{ op: 'add-block', near: ctx.model.agent!.key, text: `context "${cx}" {\n  kind  = "kernel_driver"\n  start = "auto"\n\n  component "${comp}" {\n    kinds  = ["self_protection", "sensor.object_callback"]\n    attach = ["documented_callback"]\n  }\n}` }],
    });
  }
  return fixes;
}

// ── RS035 ─────────────────────────────────────────────────────────────────────────────────────

/** Sensors the watched process can see and undo: in-process hooks, AMSI, and plain ETW (its providers can be patched). */
const IN_PROCESS_SENSORS = new Set(['user_hook', 'amsi_provider', 'etw_consumer']);

const RS035: Check = (ctx) => {
  const agent = ctx.model.agent;
  // Behaviour telemetry against attackers (injection, credential access) is what EDR/AV agents sell;
  // a DLP or device-control agent watching ETW is not trying to outlast a hostile process.
  const role = agent?.str('role');
  if (!agent || !role || !TAMPER_SENSITIVE_ROLES.has(role)) return;
  const sensors = hostComponents(ctx).filter((c) => ctx.sem.isSensor(c));
  if (sensors.length === 0) return;
  const sensing = (c: ModelBlock) => ctx.sem.kinds(c).filter((k) => k.startsWith('sensor.') || SENSING_KINDS.includes(k));
  for (const c of sensors) {
    // An ETW session on the Threat-Intelligence provider is kernel-sourced even when modelled as etw_consumer.
    if ((c.strs('attach') ?? []).includes('etw_ti')) return;
    if (sensing(c).some((k) => !IN_PROCESS_SENSORS.has(k))) return;
  }
  const platform = ctx.sem.platformOf(undefined);
  ctx.report({
    element: agent,
    message: `Every behaviour sensor of agent ${agent.name} is one the watched process can tamper with (${listNames(sensors)}). ` +
      'They are in-process hooks, AMSI providers or plain ETW consumers. ' +
      'The watched process can unhook them, call the kernel directly or patch its own event writes, so an attacker blinds the agent first. ' +
      `Add a kernel-sourced signal (${platform === 'windows' ? 'callbacks, minifilters or ETW-TI in a PPL service' : platform === 'macos' ? 'Endpoint Security' : platform === 'linux' ? 'eBPF or fanotify' : 'kernel callbacks, Endpoint Security or eBPF'}).`,
    facts: sensors.map((c) => ctx.fact(c, 'kinds', `in ${ctxKind(ctx, c)}`)),
    related: sensors.map((c) => ({ loc: c.headLoc, message: `${c.name}: ${sensing(c).join(', ')}` })),
    fixes: rs035Fixes(ctx, platform),
  });
};

function rs035Fixes(ctx: RuleContext, platform: string | undefined): FixDescriptor[] {
  const agent = ctx.model.agent!;
  if (platform === 'windows') {
    const ppl = ctx.model.contexts.find((x) => ctx.sem.kindOf(x) === 'protected_service');
    const svc = ppl ?? ctx.model.contexts.find((x) => ctx.sem.kindOf(x) === 'user_service');
    if (!svc) return [];
    const comp = freshName(ctx, 'component', 'etw_ti_sensor');
    const steps: FixStep[] = [];
    // ETW-TI is reserved for PPL anti-malware consumers, so the service must become protected.
    if (!ppl) steps.push({ op: 'set', element: svc.key, attribute: 'kind', value: q('protected_service') });
    steps.push({ op: 'add-block', parent: svc.key, text: `component "${comp}" {\n  kinds  = ["etw_ti_consumer"]\n  attach = ["etw_ti"]\n}` });
    return [{ title: `Consume ETW Threat-Intelligence in ${ppl ? `PPL service ${svc.name}` : `${svc.name}, run as a PPL service`}`, preferred: true, steps }];
  }
  if (platform === 'macos') {
    const cx = freshName(ctx, 'context', 'es_extension');
    const comp = freshName(ctx, 'component', 'es_sensor');
    return [{ title: 'Add an Endpoint Security client in a system extension', preferred: true,
      steps: [{ op: 'add-block', near: agent.key, text: `context "${cx}" {\n  kind = "macos_system_extension"\n\n  component "${comp}" {\n    kinds      = ["es_client"]\n    attach     = ["endpoint_security"]\n    event_mode = "notify"\n  }\n}` }] }];
  }
  if (platform === 'linux') {
    const cx = freshName(ctx, 'context', 'ebpf_sensor');
    const comp = freshName(ctx, 'component', 'ebpf_tracepoints');
    return [{ title: 'Add an eBPF sensor on stable tracepoints', preferred: true,
      steps: [{ op: 'add-block', near: agent.key, text: `context "${cx}" {\n  kind                       = "ebpf_program"\n  reduced_functionality_mode = true\n\n  component "${comp}" {\n    kinds  = ["ebpf_probe"]\n    attach = ["tracepoint", "btf_core"]\n  }\n}` }] }];
  }
  return [];
}

// ── RS036 ─────────────────────────────────────────────────────────────────────────────────────

const RS036: Check = (ctx) => {
  const agent = ctx.model.agent;
  if (!agent) return;
  // Structural: the absence of any health signal is the finding.
  if (agent.sub('heartbeat')) return;
  if (ctx.model.components.some((c) => ctx.sem.hasKind(c, 'health_monitor', 'watchdog'))) return;
  ctx.report({
    element: agent,
    message: `Agent ${agent.name} has no heartbeat block and no health_monitor or watchdog component. ` +
      'A blinded sensor and a crashed one both look like silence; without heartbeats the back end can notice neither tampering nor a bad rollout.',
    facts: [ctx.note(agent, 'no heartbeat block'), ctx.note(agent, 'no component of kind health_monitor or watchdog')],
    fixes: [{
      title: 'Add an authenticated heartbeat that reports the content version', preferred: true,
      steps: [{ op: 'add-block', parent: agent.key, text: 'heartbeat {\n  interval                = "60s"\n  reports_content_version = true\n  authenticated           = true\n}' }],
    }],
  });
};

// ── RS037 ─────────────────────────────────────────────────────────────────────────────────────

const RS037: Check = (ctx) => {
  const agent = ctx.model.agent;
  if (!agent) return;
  // The trigger is about sources: actuators act on verdicts and are not sources themselves.
  const sensors = hostComponents(ctx).filter((c) => ctx.sem.isSensor(c));
  if (sensors.length === 0) return; // no sources at all: nothing to judge
  const verdicts = sensors.map((c) => ({ c, b: blockingCapability(ctx, c) }));
  if (verdicts.some((v) => v.b.can === true)) return;
  const mode = agent.str('mode');
  if (mode === undefined) { ctx.unspecified(agent, 'mode'); return; }
  if (mode !== 'prevent') return;
  const unknown = verdicts.filter((v) => v.b.can === 'unknown');
  if (unknown.length > 0) {
    for (const v of unknown) if (v.b.can === 'unknown') ctx.unspecified(v.c, v.b.property);
    return;
  }
  const fixes: FixDescriptor[] = [];
  // Prefer switching an existing asynchronous source to its authorization form.
  const notifyClient = sensors.find((c) => ctx.sem.hasKind(c, 'es_client', 'fanotify_monitor') && c.str('event_mode') === 'notify');
  const tracer = sensors.find((c) => ctx.sem.hasKind(c, 'ebpf_probe'));
  if (notifyClient) {
    const steps: FixStep[] = [{ op: 'set', element: notifyClient.key, attribute: 'event_mode', value: q('both') }];
    if (ctx.sem.hasKind(notifyClient, 'es_client')) {
      // AUTH handlers need a budget and a default verdict (RS041).
      if (notifyClient.num('deadline_budget_ms') === undefined) steps.push({ op: 'set', element: notifyClient.key, attribute: 'deadline_budget_ms', value: '500' });
      if (notifyClient.str('default_verdict') === undefined) steps.push({ op: 'set', element: notifyClient.key, attribute: 'default_verdict', value: q('allow') });
    }
    fixes.push({ title: `Subscribe ${notifyClient.name} to authorization events`, preferred: true, steps });
  } else if (tracer) {
    fixes.push({ title: `Attach ${tracer.name} through BPF-LSM so it can refuse operations`, preferred: true, steps: [{ op: 'add-to-list', element: tracer.key, attribute: 'attach', value: q('bpf_lsm') }] });
  }
  fixes.push({ title: 'Promise detection only (mode = "detect")', preferred: fixes.length === 0, steps: [{ op: 'set', element: agent.key, attribute: 'mode', value: q('detect') }] });
  ctx.report({
    element: agent,
    message: `Agent ${agent.name} promises prevention (mode = "prevent"), but none of its sources can refuse an operation before it completes. ` +
      `Sources: ${verdicts.map((v) => `${v.c.name}: ${v.b.why}`).join('; ')}. ` +
      `Use a pre-operation mechanism (${preOperationMechanisms(agent.str('platform'))}) or state that the design only detects.`,
    facts: [ctx.fact(agent, 'mode'), ...verdicts.map((v) => ctx.fact(v.c, 'kinds', v.b.why))],
    related: verdicts.map((v) => ({ loc: v.c.headLoc, message: `${v.c.name}: ${v.b.why}` })),
    fixes,
  });
};

// ── RS038 ─────────────────────────────────────────────────────────────────────────────────────

const GAP_CAPABILITIES = ['early_boot_visibility', 'paging_io_visibility', 'synchronous_block', 'tamper_resistance'] as const;
type GapCapability = typeof GAP_CAPABILITIES[number];

/**
 * What an execution context kind gives its components by nature, derived from CONTEXT_FACTS:
 * - early_boot_visibility: ring-0 and above-kernel code can be loaded by the boot loader or during
 *   kernel initialisation, before any user-mode process exists. eBPF programs are loaded by a
 *   user-space daemon, and services start with the service manager, so they cannot.
 * - paging_io_visibility: only code inside the kernel's I/O path (ring 0, or verified eBPF on
 *   kernel hooks) sees paging writes; user mode sees only what the kernel forwards.
 * - synchronous_block: ring-0 and above-kernel callbacks hold operations by their nature. Other
 *   contexts block only through specific mechanisms (ES AUTH, fanotify permission events,
 *   BPF-LSM), which `blockingCapability` decides per component.
 * - tamper_resistance: the context kind's tamper rating is high or very high.
 */
function contextProvides(f: ContextKindFacts): Set<GapCapability> {
  const s = new Set<GapCapability>();
  const kernelOrAbove = f.privilege === 'ring0' || f.privilege === 'above_kernel';
  if (kernelOrAbove) { s.add('early_boot_visibility'); s.add('synchronous_block'); }
  if (f.privilege === 'ring0' || f.privilege === 'kernel_verified') s.add('paging_io_visibility');
  if (f.tamper === 'high' || f.tamper === 'very_high') s.add('tamper_resistance');
  return s;
}

const RS038: Check = (ctx) => {
  const agentGaps = new Set((ctx.model.agent?.subs('accepted_gap') ?? []).map((g) => g.str('capability')));
  for (const c of ctx.model.components) {
    const old = c.str('migrated_from');
    const oldFacts = old === undefined ? undefined : CONTEXT_FACTS.get(old);
    if (!oldFacts?.privileged) continue;
    const cx = ctx.sem.contextOf(c);
    const nowFacts = factsOf(ctx, cx);
    if (!nowFacts) continue;
    const had = contextProvides(oldFacts);
    const has = contextProvides(nowFacts);
    // A kernel context that no longer loads at boot has given up early visibility too.
    if ((nowFacts.kind === 'kernel_driver' || nowFacts.kind === 'linux_kernel_module') && ctx.sem.isBootCritical(cx) === false) has.delete('early_boot_visibility');
    if (blockingCapability(ctx, c).can === true) has.add('synchronous_block');
    // Visibility and blocking only matter for parts that sense or enforce; any part can lose tamper resistance.
    const relevant: readonly GapCapability[] = isSensingOrEnforcing(ctx, c) ? GAP_CAPABILITIES : ['tamper_resistance'];
    const ownGaps = new Set(c.subs('accepted_gap').map((g) => g.str('capability')));
    const lost = relevant.filter((cap) => had.has(cap) && !has.has(cap) && !ownGaps.has(cap) && !agentGaps.has(cap));
    if (lost.length === 0) continue;
    ctx.report({
      element: c,
      message: `Component ${c.name} left a ${old} context and lost ${lost.join(', ')} without an accepted_gap recording it. ` +
        `It now runs in a ${nowFacts.kind} context. Leaving the kernel is a legitimate tradeoff; record what was given up, why, and what compensates, so reviewers accept it knowingly.`,
      facts: [ctx.fact(c, 'migrated_from', `${oldFacts.privilege} context`), ...(cx ? [ctx.fact(cx, 'kind', `${nowFacts.privilege}, tamper ${nowFacts.tamper}`)] : []),
        ...lost.map((cap) => ctx.note(c, `${cap} lost and not recorded in an accepted_gap`))],
      fixes: [{
        title: `Record the accepted gap${lost.length > 1 ? 's' : ''} on ${c.name}`, preferred: true,
        steps: lost.map((cap) => ({ op: 'add-block' as const, parent: c.key, text: `accepted_gap {\n  capability = "${cap}"\n  rationale  = "Explain why the design can do without ${cap}."\n}` })),
      }],
    });
  }
};

// ── RS039 ─────────────────────────────────────────────────────────────────────────────────────

const DESTRUCTIVE = ['delete', 'quarantine', 'kill'];
/** Kinds that turn content into verdicts. */
const VERDICT_KINDS = ['content_interpreter', 'rule_engine', 'content_parser', 'signature_scanner', 'ml_inference', 'detection_logic', 'correlator'];

/**
 * The first content flow that drives `actuator`: content it receives itself, content received by a
 * component that sends to it over channels (any number of hops), or content received by a
 * verdict-producing component in the same context (which hands over verdicts in-process).
 */
function contentDriver(ctx: RuleContext, actuator: ModelBlock): { flow: Flow; via?: ModelBlock } | undefined {
  const contentFlow = (c: ModelBlock) => ctx.flows.into(c).find((f) => CONTENT_SOURCES.has(ctx.sem.sourceOf(f.input) ?? ''));
  const own = contentFlow(actuator);
  if (own) return { flow: own };
  const seen = new Set<ModelBlock>([actuator]);
  const queue: ModelBlock[] = [actuator];
  while (queue.length > 0) {
    const sink = queue.shift()!;
    for (const ch of ctx.sem.channelsTo(sink)) {
      const up = ch.ref('from')?.target;
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
  return undefined;
}

const RS039: Check = (ctx) => {
  for (const c of ctx.model.components) {
    if (!ctx.sem.hasKind(c, 'response_actuator')) continue;
    const destructive = (c.strs('actions') ?? []).filter((a) => DESTRUCTIVE.includes(a));
    if (destructive.length === 0) continue;
    const allow = c.bool('os_critical_allowlist');
    if (allow === true) continue;
    const driver = contentDriver(ctx, c);
    if (!driver) continue;
    if (allow === undefined) { ctx.unspecified(c, 'os_critical_allowlist'); continue; }
    const input = driver.flow.input;
    const src = `content ${input.name} (${ctx.sem.sourceOf(input)})`;
    const by = driver.via ? `verdicts from ${driver.via.name}, which reads ${src}` : `${src}, which it reads itself`;
    const verbs = destructive.length === 1 ? destructive[0] : `${destructive.slice(0, -1).join(', ')} or ${destructive[destructive.length - 1]}`;
    const others = (c.strs('actions') ?? []).filter((a) => !DESTRUCTIVE.includes(a));
    ctx.report({
      element: c,
      message: `Response actuator ${c.name} may ${verbs} OS-critical binaries automatically (os_critical_allowlist = false). ` +
        `Its decisions follow ${by}. ` +
        'One bad release can then remove or kill OS-critical binaries, as McAfee DAT 5958 quarantined svchost.exe in 2010, all from user mode. Exclude OS-vendor-signed critical binaries from automatic action.',
      facts: [ctx.fact(c, 'actions', 'destructive'), ctx.fact(c, 'os_critical_allowlist'), ctx.fact(input, 'source', 'content drives the verdicts')],
      path: driver.flow.path,
      related: driver.via ? [{ loc: driver.via.headLoc, message: `verdicts come from ${driver.via.name}` }] : undefined,
      fixes: [
        { title: 'Never act automatically on OS-critical binaries', preferred: true, steps: [{ op: 'set', element: c.key, attribute: 'os_critical_allowlist', value: 'true' }] },
        { title: 'Alert instead of acting destructively', steps: [{ op: 'set', element: c.key, attribute: 'actions', value: `[${[...new Set(['alert', ...others])].map(q).join(', ')}]` }] },
      ],
    });
  }
};

export const checks: Record<string, Check> = { RS034, RS035, RS036, RS037, RS038, RS039 };
