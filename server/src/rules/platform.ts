// G. Platform-specific rules (RS040–RS045): macOS kexts and Endpoint Security deadlines, Linux
// modules versus eBPF, eBPF's own failure modes, kernel-version gates, and WFP callouts.
import type { Check } from './index';
import type { RuleContext } from '../analysis/engine';
import type { Fact, FixDescriptor, FixStep } from '../analysis/types';
import type { ModelBlock } from '../model/types';
import { asSentence } from './wording';

const q = (s: string) => `"${s}"`;
const list = (xs: string[]) => `[${xs.map(q).join(', ')}]`;
/** "a", "a and b", "a, b and c". */
const joinAnd = (xs: string[]) => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);

function contextsOfKind(ctx: RuleContext, kind: string): ModelBlock[] {
  return ctx.model.contexts.filter((c) => ctx.sem.kindOf(c) === kind);
}

// ── RS040 ─────────────────────────────────────────────────────────────────────────────────────

const RS040: Check = (ctx) => {
  for (const cx of contextsOfKind(ctx, 'macos_kext')) {
    if (ctx.sem.platformOf(cx) !== 'macos') continue;
    ctx.report({
      element: cx,
      message: `Context ${cx.name} is a macOS kernel extension. Apple deprecated kexts for security products in favour of system extensions with Endpoint Security and NetworkExtension; ` +
        'kexts using deprecated KPIs no longer load by default, and Apple silicon Macs need Reduced Security to load them.',
      facts: [ctx.fact(cx, 'kind', 'deprecated'), { text: `platform = ${ctx.sem.platformOf(cx)}`, loc: (cx.prop('platform') ?? ctx.model.agent?.prop('platform'))?.loc ?? cx.headLoc }],
      fixes: [{ title: 'Re-implement as an Endpoint Security system extension', preferred: true, steps: [{ op: 'set', element: cx.key, attribute: 'kind', value: q('macos_system_extension') }] }],
    });
  }
};

// ── RS041 ─────────────────────────────────────────────────────────────────────────────────────

/** Work that can outlast an AUTH deadline: the answer then depends on something outside the host or disk. */
const SLOW_WORK = ['network_lookup', 'blocking_io'];
/** A handler budget comfortably inside the OS deadline for AUTH messages. */
const DEFAULT_BUDGET_MS = '500';

const RS041: Check = (ctx) => {
  for (const c of ctx.model.components) {
    if (!ctx.sem.hasKind(c, 'es_client')) continue;
    const mode = c.str('event_mode');
    if (mode === undefined) { ctx.unspecified(c, 'event_mode'); continue; }
    if (mode !== 'authorize' && mode !== 'both') continue;
    const slow = (c.strs('performs') ?? []).filter((p) => SLOW_WORK.includes(p));
    // A fixed budget or one relative to each message's own deadline (as Santa computes it) both count.
    const budget = c.num('deadline_budget_ms') ?? c.num('deadline_budget_percent');
    const verdict = c.str('default_verdict');
    // For AUTH handlers a missing budget or default verdict is itself the gap the rule is about.
    const problems: string[] = [];
    const facts: Fact[] = [ctx.fact(c, 'event_mode', 'answers AUTH events before a deadline')];
    if (slow.length > 0) { problems.push(`the handler performs ${slow.map((s) => `${s}`).join(' and ')}`); facts.push(ctx.fact(c, 'performs', 'can outlast the deadline')); }
    if (budget === undefined) { problems.push('no deadline budget (`deadline_budget_ms` or `deadline_budget_percent`) is declared'); facts.push(ctx.fact(c, 'deadline_budget_ms')); }
    if (verdict === undefined) { problems.push('no `default_verdict` is declared'); facts.push(ctx.fact(c, 'default_verdict')); }
    if (problems.length === 0) continue;
    const steps: FixStep[] = slow.map((s) => ({ op: 'remove-from-list' as const, element: c.key, attribute: 'performs', value: q(s) }));
    if (budget === undefined) steps.push({ op: 'set', element: c.key, attribute: 'deadline_budget_ms', value: DEFAULT_BUDGET_MS });
    const fixes: FixDescriptor[] = verdict === undefined
      ? [
        { title: 'Answer from local state within a budget; allow when out of time', preferred: true, steps: [...steps, { op: 'set', element: c.key, attribute: 'default_verdict', value: q('allow') }] },
        { title: 'Answer from local state within a budget; deny when out of time', steps: [...steps, { op: 'set', element: c.key, attribute: 'default_verdict', value: q('deny') }] },
      ]
      : [{ title: slow.length > 0 ? 'Answer from a local cache and escalate remote lookups asynchronously' : 'Declare a deadline budget', preferred: true, steps }];
    ctx.report({
      element: c,
      message: `Endpoint Security client ${c.name} answers AUTH events without a safe deadline budget. ` +
        `${asSentence(joinAnd(problems))}. ` +
        'Every AUTH message must be answered before its deadline or macOS may kill the client and leave the user\'s operation hanging; decide from local state and escalate asynchronously.',
      facts, fixes,
    });
  }
};

// ── RS042 ─────────────────────────────────────────────────────────────────────────────────────

/** What eBPF (tracepoints, socket and cgroup hooks) provides on current kernels without BPF-LSM. */
const EBPF_COVERABLE = new Set(['exec_events', 'file_events', 'network_events']);
/** Blocking before an operation completes: on Linux that is an LSM hook, so eBPF needs BPF-LSM. */
const BLOCKING = new Set(['lsm_block', 'synchronous_block']);

const RS042: Check = (ctx) => {
  for (const cx of contextsOfKind(ctx, 'linux_kernel_module')) {
    if (ctx.sem.platformOf(cx) !== 'linux') continue;
    const comps = ctx.sem.componentsIn(cx);
    if (comps.length === 0) continue;
    // Judge on the components that declare capabilities; ask the others, but do not wait for them.
    const declaring = comps.filter((c) => c.strs('capabilities') !== undefined);
    for (const c of comps) if (!declaring.includes(c)) ctx.unspecified(c, 'capabilities');
    if (declaring.length === 0) continue;
    const caps = new Set(declaring.flatMap((c) => c.strs('capabilities') ?? []));
    if ([...caps].some((cap) => !EBPF_COVERABLE.has(cap) && !BLOCKING.has(cap))) continue;
    const blocking = [...caps].filter((cap) => BLOCKING.has(cap));
    const features = ctx.sem.kernelFeatures(cx);
    if (blocking.length > 0) {
      // Blocking from eBPF needs BPF-LSM on every target kernel (bpf in the lsm= list).
      if (features === undefined) { ctx.unspecified(ctx.model.agent ?? cx, 'kernel_features'); continue; }
      if (!features.includes('bpf_lsm')) continue;
    }
    // The kernels the agent says it supports, named in the message when declared.
    const targets = ctx.model.agent?.strs('target_kernels');
    const featureFact: Fact[] = blocking.length
      ? [{ text: 'kernel_features includes bpf_lsm', loc: (cx.prop('kernel_features') ?? ctx.model.agent?.prop('kernel_features'))?.loc ?? cx.headLoc }] : [];
    const undeclared = comps.filter((c) => !declaring.includes(c));
    ctx.report({
      element: cx,
      message: `Linux kernel module ${cx.name} needs only what eBPF covers on the target kernels (${joinAnd([...caps])}). ` +
        `Tracepoints, socket and cgroup hooks${blocking.length ? ', and BPF-LSM for blocking,' : ''} provide it${targets?.length ? ` on ${joinAnd(targets)}` : ''}. ` +
        'A module runs unconstrained, breaks on kernel updates and must be signed under Secure Boot; a verified, CO-RE eBPF sensor does the same job with a smaller blast radius.' +
        (undeclared.length ? ` Judged on the components that declare capabilities; ${joinAnd(undeclared.map((c) => c.name ?? c.key))} declare none.` : ''),
      facts: [ctx.fact(cx, 'kind'), ...declaring.map((c) => ctx.fact(c, 'capabilities', 'all available through eBPF')), ...featureFact],
      fixes: [{ title: `Implement the sensor as eBPF programs (tracepoints${blocking.length ? ' and BPF-LSM' : ''})`, preferred: true, steps: [{ op: 'set', element: cx.key, attribute: 'kind', value: q('ebpf_program') }] }],
    });
  }
};

// ── RS043 ─────────────────────────────────────────────────────────────────────────────────────

const RS043: Check = (ctx) => {
  for (const cx of contextsOfKind(ctx, 'ebpf_program')) {
    const comps = ctx.sem.componentsIn(cx);
    const reasons: string[] = [];
    const facts: Fact[] = [ctx.fact(cx, 'kind', 'verifier-checked, but kernel bugs can still panic the host')];
    const steps: FixStep[] = [];
    // Global rollout of anything the programs receive reaches every kernel at once.
    const global = new Set<ModelBlock>();
    // What reaches the programs (content, maps) and what ships their own code (binary_of).
    const shipped = [...comps.flatMap((c) => ctx.flows.into(c).map((f) => f.input)),
      ...ctx.model.inputs.filter((i) => ctx.sem.binaryOf(i).includes(cx))];
    for (const input of new Set(shipped)) {
      for (const d of ctx.sem.deploymentsOf(input)) {
        const rollout = d.str('rollout');
        if (rollout === 'global') global.add(d);
        else if (rollout === undefined) ctx.unspecified(d, 'rollout');
      }
    }
    for (const d of global) {
      reasons.push(`deployment ${d.name} ships what it receives to every host at once (\`rollout = "global"\`)`);
      facts.push(ctx.fact(d, 'rollout'));
      steps.push({ op: 'set', element: d.key, attribute: 'rollout', value: q('staged') });
    }
    const evidence = new Set([...(cx.strs('evidence') ?? []), ...comps.flatMap((c) => c.strs('evidence') ?? [])]);
    if (!evidence.has('kernel_matrix')) {
      reasons.push('no kernel-matrix CI is declared (`evidence` lacks kernel_matrix)');
      facts.push(ctx.fact(cx, 'evidence', 'no kernel_matrix'));
      steps.push({ op: 'add-to-list', element: cx.key, attribute: 'evidence', value: q('kernel_matrix') });
    }
    if (cx.bool('reduced_functionality_mode') !== true) {
      reasons.push(cx.bool('reduced_functionality_mode') === false ? 'it has no reduced-functionality mode (`reduced_functionality_mode = false`)' : 'it does not declare a reduced-functionality mode');
      facts.push(ctx.fact(cx, 'reduced_functionality_mode'));
      steps.push({ op: 'set', element: cx.key, attribute: 'reduced_functionality_mode', value: 'true' });
    }
    if (reasons.length === 0) continue;
    ctx.report({
      element: cx,
      // A global rollout puts an untested kernel interaction on every host at once: warning.
      severity: global.size > 0 ? 'warning' : undefined,
      message: `eBPF context ${cx.name} is treated as crash-proof. ` +
        `${asSentence(reasons.join('; '))}. ` +
        'The verifier bounds the program, not the kernel: RHEL 9.4 hosts panicked in 2024 when a user-land eBPF sensor hit a bug in that kernel\'s eBPF implementation. Stage releases, test across the supported kernels, and fall back to reduced functionality after a fault.' +
        (global.size > 0 ? ' Reported as a warning because the rollout is global.' : ''),
      facts,
      fixes: [{ title: 'Stage releases, test on a kernel matrix and add a reduced-functionality mode', preferred: true, steps }],
    });
  }
};

// ── RS044 ─────────────────────────────────────────────────────────────────────────────────────

/** Attach points that depend on unstable kernel internals: function names, signatures and structure layouts change between builds. */
const INTERNAL_ATTACH = ['kprobe', 'fentry', 'hardcoded_offsets'];

const RS044: Check = (ctx) => {
  for (const cx of ctx.model.contexts) {
    const gate = cx.sub('compat_gate');
    const onUnknown = gate?.str('on_unknown');
    if (gate && onUnknown === undefined) continue; // the model already reports the missing required attribute
    if (gate && onUnknown !== 'load_anyway') continue;
    // A loadable module is built against kernel internals as a whole; other code only through its attach points.
    const isModule = ctx.sem.kindOf(cx) === 'linux_kernel_module';
    const comps = ctx.sem.componentsIn(cx);
    const dependents = comps.filter((c) => (c.strs('attach') ?? []).some((a) => INTERNAL_ATTACH.includes(a)));
    if (!isModule && dependents.length === 0) continue;
    // One finding per missing gate: the context is what lacks it; dependents are listed.
    const gateText = gate ? 'loads anyway on untested kernels (compat_gate.on_unknown = "load_anyway")' : 'has no compat_gate';
    const internalsOf = (c: ModelBlock) => (c.strs('attach') ?? []).filter((a) => INTERNAL_ATTACH.includes(a));
    const facts: Fact[] = [];
    if (isModule) facts.push(ctx.fact(cx, 'kind', 'built against kernel internals'));
    for (const c of dependents) facts.push(ctx.fact(c, 'attach', 'unstable kernel internals'));
    facts.push(gate ? ctx.fact(gate, 'on_unknown', 'gates nothing') : ctx.note(cx, 'no compat_gate block'));
    const fixes: FixDescriptor[] = [{
      title: `Give ${cx.name} a gate that drops to reduced functionality on untested kernels`, preferred: true,
      steps: [{ op: 'set', element: `${cx.key}.compat_gate`, attribute: 'on_unknown', value: q('reduced_functionality') }],
    }];
    // Outside a module and without hard-coded offsets, stable attach points remove the dependency itself.
    if (!isModule && dependents.every((c) => !internalsOf(c).includes('hardcoded_offsets'))) {
      fixes.push({
        title: 'Attach through tracepoints and BTF/CO-RE instead of kprobes or fentry',
        steps: dependents.flatMap((c): FixStep[] => {
          const attach = c.strs('attach') ?? [];
          return [
            ...internalsOf(c).map((a): FixStep => ({ op: 'remove-from-list', element: c.key, attribute: 'attach', value: q(a) })),
            ...(attach.includes('tracepoint') ? [] : [{ op: 'add-to-list' as const, element: c.key, attribute: 'attach', value: q('tracepoint') }]),
            ...(attach.includes('btf_core') ? [] : [{ op: 'add-to-list' as const, element: c.key, attribute: 'attach', value: q('btf_core') }]),
          ];
        }),
      });
    }
    const what = isModule
      ? `Loadable kernel module ${cx.name} is built against kernel internals`
      : `${joinAnd(dependents.map((c) => `${c.name} (${internalsOf(c).join(', ')})`))} in ${cx.name} depend${dependents.length === 1 ? 's' : ''} on kernel internals`;
    ctx.report({
      element: cx,
      message: `${what}, but ${isModule ? 'it' : 'the context'} ${gateText}. ` +
        'Sooner or later it meets a kernel outside the test matrix, as a Falcon Linux update did on Debian stable in April 2024; recognise untested kernels and drop to reduced functionality instead of crashing the host.',
      facts,
      related: dependents.map((c) => ({ loc: c.headLoc, message: `${c.name} attaches through ${internalsOf(c).join(' and ')}` })),
      fixes,
    });
  }
};

// ── RS045 ─────────────────────────────────────────────────────────────────────────────────────

/** What WFP's built-in filters, managed from user mode, already do without a callout. */
const BUILTIN_WFP = new Set(['allow_block_by_app_or_5tuple', 'connection_logging']);

const RS045: Check = (ctx) => {
  for (const c of ctx.model.components) {
    if (!ctx.sem.hasKind(c, 'network_filter')) continue;
    const cx = ctx.sem.contextOf(c);
    if (ctx.sem.kindOf(cx) !== 'kernel_driver' || ctx.sem.platformOf(cx) !== 'windows') continue;
    const needs = c.strs('needs');
    if (needs === undefined) { ctx.unspecified(c, 'needs'); continue; }
    if (needs.some((n) => !BUILTIN_WFP.has(n))) continue;
    ctx.report({
      element: c,
      message: `Network filter ${c.name} is a kernel WFP callout that only needs what built-in WFP filters do (${needs.length ? needs.join(', ') : 'no needs declared'}). ` +
        `It runs in ${cx!.name}. ` +
        'Built-in WFP filters managed from a user-mode service do that without kernel code; keep callouts for deep inspection or modification.',
      facts: [ctx.fact(c, 'needs', 'met by built-in WFP filters'), ctx.fact(cx!, 'kind')],
      fixes: rs045Fixes(ctx, c, cx!, needs),
    });
  }
};

function rs045Fixes(ctx: RuleContext, c: ModelBlock, cx: ModelBlock, needs: string[]): FixDescriptor[] {
  const service = ctx.model.contexts.find((x) => ctx.sem.kindOf(x) === 'protected_service')
    ?? ctx.model.contexts.find((x) => ctx.sem.kindOf(x) === 'user_service');
  const onlyFilter = ctx.sem.kinds(c).every((k) => k === 'network_filter');
  const title = 'Manage built-in WFP filters from a user-mode service';
  if (onlyFilter && service) {
    return [{ title: `${title} (${service.name})`, preferred: true, steps: [
      { op: 'move-block', element: c.key, toParent: service.key },
      { op: 'set', element: c.key, attribute: 'attach', value: list(['wfp_builtin']) },
    ] }];
  }
  if (onlyFilter && ctx.sem.componentsIn(cx).length === 1) {
    return [{ title, preferred: true, steps: [
      { op: 'set', element: cx.key, attribute: 'kind', value: q('user_service') },
      { op: 'set', element: c.key, attribute: 'attach', value: list(['wfp_builtin']) },
    ] }];
  }
  if (!onlyFilter && service) {
    // The component does other kernel work too: split the network part out into the service.
    const name = freshComponentName(ctx, `${c.name}_wfp`);
    return [{ title: `${title}: split the network filtering into ${service.name}`, preferred: true, steps: [
      { op: 'remove-from-list', element: c.key, attribute: 'kinds', value: q('network_filter') },
      { op: 'add-block', parent: service.key, text: `component "${name}" {\n  kinds  = ["network_filter"]\n  attach = ["wfp_builtin"]\n  needs  = ${list(needs)}\n}` },
    ] }];
  }
  return [];
}

function freshComponentName(ctx: RuleContext, base: string): string {
  let name = base;
  for (let i = 2; ctx.model.elements.has(`component.${name}`); i++) name = `${base}_${i}`;
  return name;
}

export const checks: Record<string, Check> = { RS040, RS041, RS042, RS043, RS044, RS045 };
