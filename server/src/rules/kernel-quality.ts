// Category D (domain.md §3 D): memory safety and quality of kernel code, RS023–RS028.
// These rules judge the privileged code itself: what it is written in and how it is checked,
// whether the platform will load it, how it attaches to the OS and how much work and memory
// it takes while the OS waits.
import type { Check } from './index';
import type { RuleContext } from '../analysis/engine';
import type { Fact, FixDescriptor, FixStep } from '../analysis/types';
import type { ModelBlock } from '../model/types';
import { asSentence, documentedHooks, kernelChecker, platformOfElement, privilegedPlace } from './wording';

const q = (s: string): string => `"${s}"`;

/** Languages without memory safety (domain.md RS023 lists c and cpp; Objective-C is the same class). */
const UNSAFE_LANGUAGES = new Set(['c', 'cpp', 'objc']);
/** Evidence that counts as assurance for memory-unsafe kernel code: any one of them. */
const ASSURANCE = ['fuzzing', 'static_analysis', 'driver_verifier'];
/** Windows driver context kinds that memory integrity (HVCI) applies to. */
const WINDOWS_DRIVER_KINDS = new Set(['kernel_driver', 'boot_start_driver', 'elam_driver']);
/** Signers no OS loader accepts for production kernel code. */
const BAD_SIGNERS = new Set(['test', 'self', 'none']);
/** Targets attestation signing does not cover. */
const NOT_ATTESTATION_TARGETS = ['windows_server', 'windows_pre_10'];
/** Undocumented patching that Kernel Patch Protection fights and OS updates break. */
const UNDOCUMENTED_ATTACH = new Set(['ssdt_hook', 'inline_kernel_patch', 'idt_hook', 'callback_array_edit']);
/** Work that does not belong in a callback the OS waits for. */
const HEAVY_WORK = new Set(['parse', 'scan', 'network', 'wait_user']);
const HEAVY_TEXT: Record<string, string> = { parse: 'parsing', scan: 'scanning content', network: 'network calls', wait_user: 'waiting for a user-mode verdict' };

const isPrivileged = (ctx: RuleContext, c: ModelBlock | undefined): boolean => !!c && ctx.sem.isPrivileged(ctx.sem.contextOf(c));

// ── RS023 ────────────────────────────────────────────────────────────────────────────────────

const hasAssurance = (ev: string[] | undefined): boolean => (ev ?? []).some((e) => ASSURANCE.includes(e));

const RS023: Check = (ctx) => {
  for (const context of ctx.model.contexts) {
    if (!ctx.sem.isPrivileged(context)) continue;
    if (hasAssurance(context.strs('evidence'))) continue;
    // Evidence may also be declared per component; the context is covered when every component is.
    const comps = ctx.sem.componentsIn(context);
    const lacking = comps.filter((c) => !hasAssurance(c.strs('evidence')));
    if (comps.length > 0 && lacking.length === 0) continue;
    const language = context.str('language');
    if (language === undefined) { ctx.unspecified(context, 'language'); continue; }
    if (!UNSAFE_LANGUAGES.has(language)) continue;
    const windows = ctx.sem.platformOf(context) === 'windows';
    const wanted = windows ? ASSURANCE : ASSURANCE.filter((e) => e !== 'driver_verifier');
    const fixes: FixDescriptor[] = [
      { title: `Record the assurance work (${wanted.join(', ').replace(/_/g, ' ')}) once it runs in CI`, preferred: true,
        steps: wanted.map((e): FixStep => ({ op: 'add-to-list', element: context.key, attribute: 'evidence', value: q(e) })) },
      { title: 'Write the kernel code in a memory-safe language (Rust)',
        steps: [{ op: 'set', element: context.key, attribute: 'language', value: q('rust') }] },
    ];
    const scope = comps.length === 0 ? '' : lacking.length === comps.length
      ? ` None of its components (${lacking.map((c) => `${c.name}`).join(', ')}) declares any either.`
      : ` ${lacking.length === 1 ? 'Component' : 'Components'} ${lacking.map((c) => `${c.name}`).join(', ')} ${lacking.length === 1 ? 'declares' : 'declare'} none either.`;
    ctx.report({
      element: context,
      message: `Privileged context ${context.name} is written in ${language} without declared assurance (none of ${wanted.join(', ')}).${scope} ` +
        `An out-of-bounds read in ${privilegedPlace(ctx, context)} is a host crash; fuzz every parser in a user-mode harness, run static analysis and ${kernelChecker(ctx.sem.platformOf(context))}, or use a memory-safe language.`,
      facts: [
        ctx.fact(context, 'kind', 'PRIVILEGED'),
        ctx.fact(context, 'language', 'memory-unsafe'),
        ctx.fact(context, 'evidence', `no fuzzing, static analysis or ${kernelChecker(ctx.sem.platformOf(context))}`),
        ...lacking.map((c) => ctx.fact(c, 'evidence')),
      ],
      related: lacking.map((c) => ({ loc: c.headLoc, message: `component ${c.name} declares no assurance evidence` })),
      fixes,
    });
  }
};

// ── RS024 ────────────────────────────────────────────────────────────────────────────────────

const RS024: Check = (ctx) => {
  for (const context of ctx.model.contexts) {
    if (!WINDOWS_DRIVER_KINDS.has(context.str('kind') ?? '')) continue;
    if (ctx.sem.platformOf(context) !== 'windows') continue;
    const hvci = context.bool('hvci_compatible');
    if (hvci === true) continue;
    if (hvci === undefined) { ctx.unspecified(context, 'hvci_compatible'); continue; }
    ctx.report({
      element: context,
      message: `Windows driver ${context.name} is not memory-integrity (HVCI) compatible (hvci_compatible = false). ` +
        'With memory integrity on, executable kernel pages are never writable and data cannot be loaded as code, so the driver is blocked from loading there, or keeps memory integrity from being turned on.',
      facts: [ctx.fact(context, 'kind', 'Windows kernel code'), ctx.fact(context, 'hvci_compatible', 'blocked where memory integrity is on')],
      fixes: [{ title: 'Make the driver HVCI compatible (NX pool, no W+X sections, no dynamic code)', preferred: true,
        steps: [{ op: 'set', element: context.key, attribute: 'hvci_compatible', value: 'true' }] }],
    });
  }
};

// ── RS025 ────────────────────────────────────────────────────────────────────────────────────

/** A Windows driver loaded by the boot loader, which must carry an embedded signature. */
function bootStartDriver(context: ModelBlock): boolean | undefined {
  const kind = context.str('kind');
  if (kind === 'boot_start_driver' || kind === 'elam_driver') return true;
  if (kind !== 'kernel_driver') return false;
  // Only start type 0 (boot) is loaded by winload, before catalog signatures can be checked.
  const start = context.str('start');
  return start === undefined ? undefined : start === 'boot';
}

/** The production signer to suggest for a context kind on its platform. */
function productionSigner(ctx: RuleContext, context: ModelBlock): string {
  const kind = context.str('kind');
  if (kind === 'elam_driver') return 'elam_eku';
  if (kind === 'linux_kernel_module') return 'distro';
  if (kind === 'macos_kext') return 'apple_notarized';
  if (kind === 'hypervisor' || kind === 'secure_kernel') return ctx.sem.platformOf(context) === 'windows' ? 'whql' : 'platform';
  return 'whql';
}

const RS025: Check = (ctx) => {
  for (const context of ctx.model.contexts) {
    if (!ctx.sem.isPrivileged(context)) continue;
    const windows = ctx.sem.platformOf(context) === 'windows';
    const problems: string[] = [];
    const facts: Fact[] = [ctx.fact(context, 'kind', 'PRIVILEGED')];
    const fixes: FixDescriptor[] = [];
    const signer = context.str('signer');
    if (signer === undefined) ctx.unspecified(context, 'signer');
    else if (BAD_SIGNERS.has(signer)) {
      const refused = context.str('kind') === 'linux_kernel_module' ? 'kernels with Secure Boot or lockdown refuse to load it' : 'the OS loader refuses it in production';
      problems.push(`${signer === 'none' ? 'it is unsigned' : 'its signature is not a production one'} (signer = "${signer}"), so ${refused}`);
      facts.push(ctx.fact(context, 'signer', 'not accepted by the OS loader in production'));
      const good = productionSigner(ctx, context);
      fixes.push({ title: `Sign with a production signer (${good})`, preferred: true, steps: [{ op: 'set', element: context.key, attribute: 'signer', value: q(good) }] });
    } else if (signer === 'attestation' && windows) {
      const targets = context.strs('targets');
      if (targets === undefined) ctx.unspecified(context, 'targets');
      else {
        const uncovered = targets.filter((t) => NOT_ATTESTATION_TARGETS.includes(t));
        if (uncovered.length) {
          problems.push(`it is attestation-signed but must load on ${uncovered.join(' and ')}, which attestation signing does not cover`);
          facts.push(ctx.fact(context, 'signer', 'Windows 10+ client only'), ctx.fact(context, 'targets'));
          fixes.push({ title: 'Use HLK (WHQL) dashboard signing, which covers every Windows version', preferred: true,
            steps: [{ op: 'set', element: context.key, attribute: 'signer', value: q('whql') }] });
          fixes.push({ title: `Drop ${uncovered.join(' and ')} from the targets`,
            steps: uncovered.map((t): FixStep => ({ op: 'remove-from-list', element: context.key, attribute: 'targets', value: q(t) })) });
        }
      }
    }
    if (windows && context.bool('embedded_signature') !== true) {
      const bootStart = bootStartDriver(context);
      const embedded = context.bool('embedded_signature');
      if (bootStart === true && embedded === undefined) ctx.unspecified(context, 'embedded_signature');
      else if (embedded === false && bootStart === undefined) ctx.unspecified(context, 'start');
      else if (embedded === false && bootStart) {
        problems.push('it is loaded by the boot loader but has no embedded signature (embedded_signature = false), which 64-bit boot-start drivers require');
        facts.push(ctx.fact(context, 'embedded_signature', 'boot-start drivers need an embedded signature'));
        const step: FixStep = { op: 'set', element: context.key, attribute: 'embedded_signature', value: 'true' };
        if (fixes.length) for (const f of fixes) f.steps.push(step);
        else fixes.push({ title: 'Embed the signature in the driver image', preferred: true, steps: [step] });
      }
    }
    if (problems.length === 0) continue;
    ctx.report({
      element: context,
      message: `Privileged context ${context.name} is not signed the way the platform requires. ` +
        `${asSentence(problems.join('; '))}. ` +
        'Remember that a valid signature certifies the binary, not the content it reads later.',
      facts,
      fixes,
    });
  }
};

// ── RS026 ────────────────────────────────────────────────────────────────────────────────────

/** The documented mechanism that replaces an undocumented hook for this kind of component. */
function documentedAttach(ctx: RuleContext, comp: ModelBlock): string {
  const platform = platformOfElement(ctx, comp);
  const files = ctx.sem.hasKind(comp, 'fs_minifilter', 'fanotify_monitor');
  const net = ctx.sem.hasKind(comp, 'network_filter');
  if (platform === 'linux') return files ? 'fanotify' : net ? 'cgroup' : 'tracepoint';
  if (platform === 'macos') return net ? 'network_extension' : 'endpoint_security';
  if (files) return 'minifilter';
  if (net) return 'wfp_callout';
  return 'documented_callback';
}

const RS026: Check = (ctx) => {
  for (const comp of ctx.model.components) {
    const attach = comp.strs('attach') ?? [];
    const bad = attach.filter((a) => UNDOCUMENTED_ATTACH.has(a));
    if (bad.length === 0) continue;
    const replacement = documentedAttach(ctx, comp);
    const steps: FixStep[] = bad.map((a) => ({ op: 'remove-from-list', element: comp.key, attribute: 'attach', value: q(a) }));
    if (!attach.includes(replacement)) steps.push({ op: 'add-to-list', element: comp.key, attribute: 'attach', value: q(replacement) });
    ctx.report({
      element: comp,
      message: `Component ${comp.name} patches the kernel in undocumented ways (attach includes ${bad.join(', ')}). ` +
        (platformOfElement(ctx, comp) === 'windows' ? 'Kernel Patch Protection on x64 treats this as tampering, and every OS update can break it' : 'The kernel offers no stable contract for it, and every OS update can break it') +
        `; use ${documentedHooks(platformOfElement(ctx, comp))} instead, and record any coverage gap as an accepted gap.`,
      facts: [ctx.fact(comp, 'attach', 'undocumented kernel patching')],
      fixes: [{ title: `Replace ${bad.join(', ')} with ${replacement.replace(/_/g, ' ')}`, preferred: true, steps }],
    });
  }
};

// ── RS027 ────────────────────────────────────────────────────────────────────────────────────

/**
 * Whether the OS holds an operation until this component answers: a declared synchronous
 * callback, or a kind whose hook is synchronous by nature (a minifilter pre-operation callback, a
 * WFP classify function, an ES AUTH handler, a fanotify permission event, a BPF-LSM program).
 * Undefined when it depends on an unset `callback.mode`.
 */
function synchronousPath(ctx: RuleContext, comp: ModelBlock): { sync: boolean | undefined; why: string } {
  const mode = comp.sub('callback')?.str('mode');
  const kinds = ctx.sem.kinds(comp);
  const attach = comp.strs('attach') ?? [];
  const authorize = ['authorize', 'both'].includes(comp.str('event_mode') ?? '');
  const inherent = kinds.includes('fs_minifilter') ? 'minifilter pre-operation callback'
    : kinds.includes('network_filter') && attach.includes('wfp_callout') ? 'WFP classify callout'
    : kinds.includes('es_client') && authorize ? 'Endpoint Security AUTH handler'
    : kinds.includes('fanotify_monitor') && authorize ? 'fanotify permission event handler'
    : attach.includes('bpf_lsm') ? 'BPF-LSM program' : undefined;
  if (mode !== undefined) return { sync: mode === 'synchronous', why: inherent ?? 'synchronous callback' };
  if (inherent) return { sync: true, why: inherent };
  return { sync: kinds.some((k) => k.startsWith('sensor.')) ? undefined : false, why: 'callback' };
}

/** Whether every verdict this component waits for has a timeout and a default verdict (RS031). */
function boundedWait(ctx: RuleContext, comp: ModelBlock): boolean {
  const waits = ctx.sem.channelsFrom(comp).filter((ch) => ch.bool('waits_for_verdict') === true);
  return waits.length > 0 && waits.every((ch) => ch.num('timeout_ms') !== undefined && ch.str('default_verdict') !== undefined);
}

/** Why slow work in this path hurts, in the platform's own terms. */
function syncConsequence(ctx: RuleContext, comp: ModelBlock, why: string): string {
  const platform = ctx.sem.platformOf(ctx.sem.contextOf(comp));
  const kind = ctx.sem.kindOf(ctx.sem.contextOf(comp));
  if (kind === 'hypervisor') return 'The guest virtual CPU that caused the exit stays stopped until the handler returns.';
  if (platform === 'windows') {
    if (ctx.sem.hasKind(comp, 'sensor.process_callback')) return 'Process-notify callbacks run with normal kernel APCs disabled, so slow work here stalls every process creation and invites deadlocks.';
    if (ctx.sem.hasKind(comp, 'sensor.object_callback')) return 'Object pre-operation callbacks run in whatever thread requested the handle, so slow work here stalls unrelated processes and invites deadlocks.';
    return `The ${why} holds the I/O or connection of whatever process triggered it, so slow work here stalls the machine and invites deadlocks.`;
  }
  if (platform === 'macos') {
    return why.startsWith('Endpoint Security')
      ? 'The AUTH event holds the operation of whatever process triggered it, and Endpoint Security kills a client that misses the deadline.'
      : `The ${why} holds the operation of whatever process triggered it (a KAuth listener, for example, answers before the operation proceeds), so slow work here hangs the caller.`;
  }
  if (platform === 'linux') return `The ${why} holds the system call of whatever process triggered it; a handler whose own work touches the watched files (a fanotify permission handler opening the file it scans, say) triggers further events and risks deadlocking itself.`;
  return `The ${why} holds the operation until it returns, so slow work here stalls the machine.`;
}

const RS027: Check = (ctx) => {
  for (const comp of ctx.model.components) {
    const { sync, why } = synchronousPath(ctx, comp);
    if (sync === undefined) { ctx.unspecified(comp, 'callback.mode'); continue; }
    if (!sync) continue;
    const cb = comp.sub('callback');
    const context = ctx.sem.contextOf(comp);
    const windows = ctx.sem.platformOf(context) === 'windows';
    // An ES AUTH handler's `performs` is RS041's to judge (deadline budget and network lookups);
    // RS027 counts it only when a callback block says what it does before answering.
    if (!cb && ctx.sem.hasKind(comp, 'es_client')) continue;
    // What the handler does before returning: the callback block, else the component's `performs`.
    const performs = comp.strs('performs') ?? [];
    const work = cb?.strs('work') ?? (performs.some((p) => p === 'network_lookup' || p === 'blocking_io') ? ['network'] : undefined);
    if (work === undefined) { ctx.unspecified(comp, 'callback.work'); continue; }
    // A wait for a user-mode verdict with a timeout and a default (on-access scanning) is bounded.
    const bounded = boundedWait(ctx, comp);
    const heavy = work.filter((w) => HEAVY_WORK.has(w) && !(w === 'wait_user' && bounded));
    // The IRQL dimension (Windows): at DISPATCH_LEVEL nothing may wait or fault on paged memory.
    const irql = cb?.str('irql');
    const paged = cb?.bool('paged_memory');
    const irqlProblems: string[] = [];
    if (windows && isPrivileged(ctx, comp) && irql === 'dispatch_level') {
      if (paged === true) irqlProblems.push('touches pageable memory at DISPATCH_LEVEL (paged_memory = true)');
      const waits = work.filter((w) => w === 'wait_user' || w === 'network');
      if (waits.length) irqlProblems.push(`waits (${waits.map((w) => HEAVY_TEXT[w]).join(', ')}) at DISPATCH_LEVEL`);
    } else if (windows && isPrivileged(ctx, comp) && cb && irql === undefined && why === 'WFP classify callout') {
      ctx.unspecified(comp, 'callback.irql');
    }
    if (heavy.length === 0 && irqlProblems.length === 0) continue;
    const light = [...new Set([...work.filter((w) => !HEAVY_WORK.has(w) || (w === 'wait_user' && bounded && irqlProblems.length === 0)), 'enqueue'])];
    const cbKey = `${comp.key}.callback`;
    const fixes: FixDescriptor[] = [];
    if (irqlProblems.length && paged === true) {
      fixes.push({ title: 'Keep everything the callback touches in non-paged memory', preferred: true,
        steps: [{ op: 'set', element: cbKey, attribute: 'paged_memory', value: 'false' }, ...(light.length !== work.length ? [{ op: 'set', element: cbKey, attribute: 'work', value: `[${light.map(q).join(', ')}]` } as FixStep] : [])] });
    } else {
      fixes.push({ title: 'Enqueue a minimal record and return; do the heavy work asynchronously', preferred: true,
        steps: cb ? [{ op: 'set', element: cbKey, attribute: 'work', value: `[${light.map(q).join(', ')}]` }]
          : [{ op: 'add-block', parent: comp.key, text: `callback {\n  mode = "synchronous"\n  work = [${light.map(q).join(', ')}]\n}` }] });
    }
    if (cb && cb.str('mode') === 'synchronous' && why === 'synchronous callback') {
      fixes.push({ title: 'Handle the events asynchronously (gives up blocking in this callback)',
        steps: [{ op: 'set', element: cbKey, attribute: 'mode', value: q('asynchronous') }] });
    }
    const what = [
      ...(heavy.length ? [`does heavy work (${heavy.map((w) => HEAVY_TEXT[w]).join(', ')})`] : []),
      ...irqlProblems,
    ];
    ctx.report({
      element: comp,
      severity: irqlProblems.length ? 'error' : undefined,
      message: `Component ${comp.name} ${what.join(' and ')} inside ${/^[AEIOU]/i.test(why) ? 'an' : 'a'} ${why} that the OS waits for. ` +
        syncConsequence(ctx, comp, why) +
        (irqlProblems.length ? ' At DISPATCH_LEVEL a wait or a page fault is not merely slow: the host stops with IRQL_NOT_LESS_OR_EQUAL, so this is an error.' : ' Capture a minimal record, enqueue it and evaluate asynchronously.'),
      facts: [
        cb ? ctx.fact(cb, 'mode', 'the OS waits') : ctx.fact(comp, 'kinds', `${why}: the OS waits`),
        ...(cb?.has('work') ? [ctx.fact(cb, 'work', heavy.length ? `heavy: ${heavy.join(', ')}` : undefined)] : performs.length ? [ctx.fact(comp, 'performs')] : []),
        ...(irql !== undefined ? [ctx.fact(cb!, 'irql')] : []),
        ...(paged !== undefined ? [ctx.fact(cb!, 'paged_memory')] : []),
      ],
      fixes,
    });
  }
};

// ── RS028 ────────────────────────────────────────────────────────────────────────────────────

/**
 * Checks one declared kernel-side queue: growth or uncapped per-event allocation is a finding, a
 * missing bound is unspecified (a queue without a bound could be anything).
 */
function checkQueue(ctx: RuleContext, el: ModelBlock, where: string): void {
  const queue = el.sub('queue')!;
  const qKey = `${el.key}.queue`;
  const problems: string[] = [];
  const facts: Fact[] = [];
  const steps: FixStep[] = [];
  if (queue.str('overflow') === 'grow') {
    problems.push('a full queue allocates more (overflow = "grow")');
    facts.push(ctx.fact(queue, 'overflow', 'unbounded growth'));
    steps.push({ op: 'set', element: qKey, attribute: 'overflow', value: q('drop_oldest') });
  }
  if (queue.str('per_event_allocation') === 'unbounded') {
    problems.push('each event allocates as much as its data needs (per_event_allocation = "unbounded")');
    facts.push(ctx.fact(queue, 'per_event_allocation', 'sized by attacker-influenced data'));
    steps.push({ op: 'set', element: qKey, attribute: 'per_event_allocation', value: q('bounded') });
  }
  const bound = queue.num('bound');
  if (problems.length === 0) {
    if (bound === undefined) ctx.unspecified(el, 'queue.bound');
    return;
  }
  if (bound === undefined) steps.push({ op: 'set', element: qKey, attribute: 'bound', value: '65536' });
  ctx.report({
    element: el,
    message: `${where} buffers events in kernel memory without a limit. ` +
      `${asSentence(problems.join('; '))}. ` +
      'An event storm from a build server, or an attacker spawning processes on purpose, can then exhaust kernel memory and crash or blind the host. Use a fixed-size ring buffer that drops with counters.',
    facts,
    fixes: [{ title: 'Use a fixed-size ring buffer that drops the oldest events and counts them', preferred: true, steps }],
  });
}

const RS028: Check = (ctx) => {
  const { sem, model } = ctx;
  const describeComp = (c: ModelBlock) => `Component ${c.name} in privileged context ${sem.contextOf(c)?.name}`;
  const ends = (ch: ModelBlock) => ({ from: ch.ref('from')?.target, to: ch.ref('to')?.target });

  // 1. Every queue declared on the kernel side is judged on its own values.
  for (const comp of model.components) if (isPrivileged(ctx, comp) && comp.sub('queue')) checkQueue(ctx, comp, describeComp(comp));
  for (const ch of model.channels) {
    const { from, to } = ends(ch);
    if ((isPrivileged(ctx, from) || isPrivileged(ctx, to)) && ch.sub('queue')) checkQueue(ctx, ch, `Kernel-side channel ${ch.name}`);
  }

  // 2. A kernel → user channel is where telemetry waits for user mode to read it; it needs a
  //    buffer, declared on the channel or on the sending component.
  const kernelToUser = (ch: ModelBlock) => {
    const { from, to } = ends(ch);
    return !!from && !!to && isPrivileged(ctx, from) && !isPrivileged(ctx, to);
  };
  for (const ch of model.channels) {
    if (!kernelToUser(ch) || ch.sub('queue') || ends(ch).from!.sub('queue')) continue;
    ctx.unspecified(ch, 'queue.bound');
  }

  // 3. A privileged sensor needs a buffer too: its own, one on a channel it sends over, or the
  //    context's shared outbound buffer (a queue on a channel leaving the context or on its IPC
  //    endpoint component). Sensors that send straight to user mode are judged by step 2.
  for (const comp of model.components) {
    if (!isPrivileged(ctx, comp) || !sem.isSensor(comp) || comp.sub('queue')) continue;
    const context = sem.contextOf(comp)!;
    const outgoing = sem.channelsFrom(comp);
    if (outgoing.some((ch) => ch.sub('queue') || kernelToUser(ch))) continue;
    const siblings = sem.componentsIn(context);
    const shared = siblings.some((from) => sem.channelsFrom(from).some((ch) => {
      const to = ends(ch).to;
      return !!to && !siblings.includes(to) && (!!ch.sub('queue') || !!from.sub('queue'));
    })) || siblings.some((c) => sem.hasKind(c, 'ipc_channel') && !!c.sub('queue'));
    if (shared) continue;
    ctx.unspecified(comp, 'queue.bound');
  }
};

export const checks: Record<string, Check> = { RS023, RS024, RS025, RS026, RS027, RS028 };
