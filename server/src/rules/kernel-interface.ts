// E. Interface between kernel and user components (RS029–RS033).
//
// These rules judge the `channel` blocks that cross the kernel/user boundary: who may open the
// kernel end, how the kernel treats what it receives, whether it waits on user mode without a
// deadline, which control operations it exposes, and in what shape content reaches it.
import type { Check } from './index';
import type { RuleContext } from '../analysis/engine';
import type { Fact, FixDescriptor, FixStep } from '../analysis/types';
import { asSentence, privilegedPlace } from './wording';
import type { ModelBlock, RelatedInfo } from '../model/types';
import { trustRank } from '../analysis/semantics';

/** The two ends of a channel and the contexts they run in; undefined ends are unresolved references. */
interface Ends { from?: ModelBlock; to?: ModelBlock; fromCtx?: ModelBlock; toCtx?: ModelBlock }

function endsOf(ctx: RuleContext, ch: ModelBlock): Ends {
  const from = ch.ref('from')?.target;
  const to = ch.ref('to')?.target;
  return { from, to, fromCtx: from && ctx.sem.contextOf(from), toCtx: to && ctx.sem.contextOf(to) };
}

/**
 * A kernel IPC endpoint: a channel whose receiver runs in a PRIVILEGED context, or whose one end is
 * PRIVILEGED and the other a user-mode context on the same host (the kernel creates the device or
 * port the service connects to, and reads the service's replies). Two components in the same
 * context talk by function call, not through an endpoint another process could open, so such a
 * channel is not one.
 */
function isKernelIpc(ctx: RuleContext, e: Ends): boolean {
  if (!e.from || !e.to || !e.fromCtx || !e.toCtx || e.fromCtx === e.toCtx) return false;
  const { sem } = ctx;
  if (sem.isPrivileged(e.toCtx)) return true;
  return sem.isPrivileged(e.fromCtx) && sem.isUser(e.toCtx);
}

function kernelIpcChannels(ctx: RuleContext): { ch: ModelBlock; e: Ends; kernel: ModelBlock; user: ModelBlock }[] {
  const out: { ch: ModelBlock; e: Ends; kernel: ModelBlock; user: ModelBlock }[] = [];
  for (const ch of ctx.model.channels) {
    const e = endsOf(ctx, ch);
    if (!isKernelIpc(ctx, e)) continue;
    // The kernel end is the privileged receiver when there is one, else the privileged sender.
    const kernelIsTo = ctx.sem.isPrivileged(e.toCtx);
    out.push({ ch, e, kernel: kernelIsTo ? e.to! : e.from!, user: kernelIsTo ? e.from! : e.to! });
  }
  return out;
}

function endFacts(ctx: RuleContext, k: { kernel: ModelBlock; user: ModelBlock }): Fact[] {
  const kc = ctx.sem.contextOf(k.kernel);
  const uc = ctx.sem.contextOf(k.user);
  const facts: Fact[] = [];
  if (kc) facts.push(ctx.fact(kc, 'kind', `kernel end: component ${k.kernel.name} runs in a PRIVILEGED context`));
  if (uc) facts.push(ctx.fact(uc, 'kind', `other end: component ${k.user.name}`));
  return facts;
}

function endRelated(k: { kernel: ModelBlock; user: ModelBlock }): RelatedInfo[] {
  return [
    { loc: k.kernel.headLoc, message: `kernel end: component ${k.kernel.name}` },
    { loc: k.user.headLoc, message: `other end: component ${k.user.name}` },
  ];
}

const q = (s: string) => `"${s}"`;

// ── RS029 ─────────────────────────────────────────────────────────────────────────────────────

/** Caller checks that only name a process id prove nothing: ids are reused and spoofable. */
const WEAK_CALLER_VERIFICATION = new Set(['none', 'pid']);

const RS029: Check = (ctx) => {
  for (const k of kernelIpcChannels(ctx)) {
    const { ch } = k;
    const acl = ch.str('acl');
    const cv = ch.str('caller_verification');
    const openAcl = acl === 'none';
    const weakCv = cv !== undefined && WEAK_CALLER_VERIFICATION.has(cv);
    if (!openAcl && !weakCv) {
      // Nothing explicitly open; whatever is left out must be declared before the rule can clear it.
      if (acl === undefined) ctx.unspecified(ch, 'acl');
      if (cv === undefined) ctx.unspecified(ch, 'caller_verification');
      continue;
    }
    const problems: string[] = [];
    if (openAcl) problems.push('`acl = "none"` lets any process open it');
    if (weakCv) problems.push(cv === 'pid' ? '`caller_verification = "pid"` trusts a spoofable process id' : '`caller_verification = "none"` never checks the caller');
    const facts = [...endFacts(ctx, k), ctx.fact(ch, 'acl', openAcl ? 'anyone may open it' : undefined), ctx.fact(ch, 'caller_verification', weakCv ? 'does not authenticate the peer' : undefined)];
    ctx.report({
      element: ch,
      message: `Channel ${ch.name} is a privileged endpoint of ${k.kernel.name} that arbitrary callers can reach. ` +
        `${asSentence(problems.join(' and '))}. ` +
        `Any process could use it to feed ${privilegedPlace(ctx, ctx.sem.contextOf(k.kernel))} or to switch protection off; restrict it and verify that the peer is the vendor's own service.`,
      facts, related: endRelated(k), fixes: rs029Fixes(ctx, k, acl, cv),
    });
  }
};

function rs029Fixes(ctx: RuleContext, k: { ch: ModelBlock; user: ModelBlock }, acl: string | undefined, cv: string | undefined): FixDescriptor[] {
  const el = k.ch.key;
  const userCtx = ctx.sem.contextOf(k.user);
  const platform = ctx.sem.platformOf(userCtx);
  const needAcl = acl === undefined || acl === 'none';
  const needCv = cv === undefined || WEAK_CALLER_VERIFICATION.has(cv);
  const steps = (aclValue: string, cvValue: string): FixStep[] => [
    ...(needAcl ? [{ op: 'set' as const, element: el, attribute: 'acl', value: q(aclValue) }] : []),
    ...(needCv ? [{ op: 'set' as const, element: el, attribute: 'caller_verification', value: q(cvValue) }] : []),
  ];
  const fixes: FixDescriptor[] = [];
  if (ctx.sem.kindOf(userCtx) === 'protected_service') {
    // The peer is a PPL service: the OS can vouch for its signer, the strongest check available.
    fixes.push({ title: 'Only the PPL service with the vendor signer may connect', preferred: true, steps: steps('protected_service_only', 'ppl_signer') });
  }
  const signerCheck = platform === 'macos' ? 'code_requirement' : 'signer';
  fixes.push({
    title: `Restrict the endpoint to SYSTEM/root and verify the caller's ${platform === 'macos' ? 'code-signing requirement' : 'code signature'}`,
    preferred: fixes.length === 0, steps: steps('system_only', signerCheck),
  });
  return fixes;
}

// ── RS030 ─────────────────────────────────────────────────────────────────────────────────────

/** Transfers where the kernel reads user memory in place, so the sender can change it mid-read. */
const UNSAFE_TRANSFER = new Set(['method_neither', 'shared_memory_unlocked']);

const RS030: Check = (ctx) => {
  for (const k of kernelIpcChannels(ctx)) {
    const { ch } = k;
    const validation = ch.str('validation');
    const transfer = ch.str('transfer');
    const doubleFetch = ch.bool('double_fetch_possible');
    const problems: string[] = [];
    const facts: Fact[] = [...endFacts(ctx, k)];
    if (validation === 'none') { problems.push('messages are not validated (`validation = "none"`)'); facts.push(ctx.fact(ch, 'validation')); }
    if (transfer !== undefined && UNSAFE_TRANSFER.has(transfer)) {
      problems.push(`\`transfer = "${transfer}"\` lets the kernel read user memory in place`);
      facts.push(ctx.fact(ch, 'transfer', 'user memory read in place'));
    }
    if (doubleFetch === true) { problems.push('the handler may read the same user memory twice (`double_fetch_possible = true`)'); facts.push(ctx.fact(ch, 'double_fetch_possible')); }
    if (problems.length === 0) {
      if (validation === undefined) ctx.unspecified(ch, 'validation');
      continue;
    }
    const steps: FixStep[] = [];
    if (validation === undefined || validation === 'none') steps.push({ op: 'set', element: ch.key, attribute: 'validation', value: q('size_and_version') });
    if (transfer !== undefined && UNSAFE_TRANSFER.has(transfer)) {
      // IOCTLs have a buffered method the I/O manager copies for the driver; other mechanisms copy once.
      steps.push({ op: 'set', element: ch.key, attribute: 'transfer', value: q(ch.str('mechanism') === 'ioctl' ? 'method_buffered' : 'copy_once') });
    }
    if (doubleFetch === true) steps.push({ op: 'set', element: ch.key, attribute: 'double_fetch_possible', value: 'false' });
    ctx.report({
      element: ch,
      message: `Privileged component ${k.kernel.name} trusts what arrives over channel ${ch.name}. ` +
        `${asSentence(problems.join('; '))}. ` +
        'Length confusion and double-fetch races are the classic exploitable driver bugs, and even the vendor\'s own service may be compromised. Copy each message once and check its size and version before use.',
      facts, related: endRelated(k),
      fixes: [{ title: 'Copy each message once and validate its size and version header', preferred: true, steps }],
    });
  }
};

// ── RS031 ─────────────────────────────────────────────────────────────────────────────────────

/** A verdict wait well under the point where users notice a stalled file open or process start. */
const DEFAULT_TIMEOUT_MS = '1000';

const RS031: Check = (ctx) => {
  for (const ch of ctx.model.channels) {
    // The trigger is the absence itself: a wait on user mode with no declared deadline or fallback.
    if (ch.bool('waits_for_verdict') !== true) continue;
    const timeout = ch.num('timeout_ms');
    const verdict = ch.str('default_verdict');
    if (timeout !== undefined && verdict !== undefined) continue;
    const e = endsOf(ctx, ch);
    const missing = [timeout === undefined ? '`timeout_ms`' : '', verdict === undefined ? '`default_verdict`' : ''].filter(Boolean);
    const timeoutStep: FixStep[] = timeout === undefined ? [{ op: 'set', element: ch.key, attribute: 'timeout_ms', value: DEFAULT_TIMEOUT_MS }] : [];
    const fixes: FixDescriptor[] = verdict === undefined
      ? [
        { title: `Time out${timeout === undefined ? ` after ${DEFAULT_TIMEOUT_MS} ms` : ''} and allow the operation`, preferred: true, steps: [...timeoutStep, { op: 'set', element: ch.key, attribute: 'default_verdict', value: q('allow') }] },
        { title: `Time out${timeout === undefined ? ` after ${DEFAULT_TIMEOUT_MS} ms` : ''} and deny the operation`, steps: [...timeoutStep, { op: 'set', element: ch.key, attribute: 'default_verdict', value: q('deny') }] },
      ]
      : [{ title: `Time out after ${DEFAULT_TIMEOUT_MS} ms with the declared default verdict`, preferred: true, steps: timeoutStep }];
    const related: RelatedInfo[] = [];
    if (e.to) related.push({ loc: e.to.headLoc, message: `waiting side: component ${e.to.name}` });
    if (e.from) related.push({ loc: e.from.headLoc, message: `verdict comes from component ${e.from.name}` });
    ctx.report({
      element: ch,
      message: `Channel ${ch.name} holds operations until a user-mode verdict arrives but declares no ${missing.join(' or ').replace(/`/g, '')}. ` +
        'If the decision maker hangs or is killed, the wait stalls every operation it gates; declare a timeout and the verdict that applies when it expires.',
      facts: [ctx.fact(ch, 'waits_for_verdict'), ctx.fact(ch, 'timeout_ms'), ctx.fact(ch, 'default_verdict')],
      related, fixes,
    });
  }
};

// ── RS032 ─────────────────────────────────────────────────────────────────────────────────────

/** Operations that change the agent's protection state (update_policy and query_status do not switch it off). */
const STATE_CHANGING = ['unload', 'disable_protection', 'add_exclusion', 'kill_process', 'isolate_host'];
/** Caller checks that authenticate the peer (authenticated_peer on the trust ladder). */
const STRONG_CALLER_VERIFICATION = new Set(['token', 'signer', 'ppl_signer', 'code_requirement']);

const RS032: Check = (ctx) => {
  for (const ch of ctx.model.channels) {
    const ops = (ch.strs('operations') ?? []).filter((o) => STATE_CHANGING.includes(o));
    if (ops.length === 0) continue;
    const cv = ch.str('caller_verification');
    // An ACL that admits only the PPL service is enforced by the OS against the caller's signer.
    if ((cv !== undefined && STRONG_CALLER_VERIFICATION.has(cv)) || ch.str('acl') === 'protected_service_only') continue;
    // With state-changing operations declared, an unstated caller check is itself the gap:
    // the operations are only as safe as the least-checked caller.
    const e = endsOf(ctx, ch);
    const how = cv === undefined ? 'does not declare `caller_verification`' : cv === 'pid' ? 'identifies callers by a spoofable process id' : 'does not verify its callers';
    const toCtx = e.toCtx;
    const cvValue = ctx.sem.kindOf(e.fromCtx) === 'protected_service' ? 'ppl_signer' : ctx.sem.platformOf(toCtx) === 'macos' ? 'code_requirement' : 'signer';
    ctx.report({
      element: ch,
      message: `Channel ${ch.name} exposes state-changing operations (${ops.join(', ')}) to callers it does not authenticate. ` +
        `It ${how.replace(/`/g, '')}, so the caller is trusted below authenticated_peer. ` +
        'An attacker who can reach it can switch the agent off; every state-changing operation needs an authenticated, authorized and audited caller.',
      facts: [ctx.fact(ch, 'operations', `state-changing: ${ops.join(', ')}`), ctx.fact(ch, 'caller_verification'), ctx.fact(ch, 'acl')],
      related: e.to ? [{ loc: e.to.headLoc, message: `operations are carried out by component ${e.to.name}` }] : undefined,
      fixes: [{ title: `Verify every caller (${cvValue}) before carrying out control operations`, preferred: true, steps: [{ op: 'set', element: ch.key, attribute: 'caller_verification', value: q(cvValue) }] }],
    });
  }
  for (const input of ctx.model.inputs) {
    if (ctx.sem.sourceOf(input) !== 'cloud_commands') continue;
    const ops = (input.strs('operations') ?? []).filter((o) => STATE_CHANGING.includes(o));
    if (ops.length === 0) continue;
    const explicitTrust = input.str('trust');
    const trust = ctx.sem.trustOf(input);
    const signed = input.bool('signed');
    const lowTrust = trustRank(trust) < trustRank('authenticated_peer');
    if (!lowTrust && signed !== false) {
      // The source's default trust (authenticated_peer) assumes signed commands; say so or sign them.
      if (explicitTrust === undefined && signed === undefined) ctx.unspecified(input, 'signed');
      continue;
    }
    const why = [lowTrust ? `its trust is ${trust}` : '', signed === false ? 'commands are not signed (`signed = false`)' : ''].filter(Boolean).join(' and ');
    const steps: FixStep[] = [{ op: 'set', element: input.key, attribute: 'signed', value: 'true' }];
    if (lowTrust && explicitTrust !== undefined) steps.push({ op: 'set', element: input.key, attribute: 'trust', value: q('authenticated_peer') });
    ctx.report({
      element: input,
      message: `Remote commands ${input.name} can trigger state-changing operations (${ops.join(', ')}) without authentication. ` +
        `${asSentence(why)}, below authenticated_peer. ` +
        'Whoever can forge a console command can switch the agent off or act on the host; sign commands and verify them on the endpoint.',
      facts: [ctx.fact(input, 'operations', `state-changing: ${ops.join(', ')}`), ctx.fact(input, 'trust', explicitTrust === undefined ? `default for cloud_commands: ${trust}` : undefined), ctx.fact(input, 'signed')],
      fixes: [{ title: 'Sign remote commands and verify them on the endpoint', preferred: true, steps }],
    });
  }
};

// ── RS033 ─────────────────────────────────────────────────────────────────────────────────────

const RS033: Check = (ctx) => {
  const { sem, flows } = ctx;
  for (const ch of ctx.model.channels) {
    const e = endsOf(ctx, ch);
    // Only a user-mode sender handing content to a PRIVILEGED receiver: the crossing RS001's fix creates.
    if (!e.from || !e.to || !sem.isUser(e.fromCtx) || !sem.isPrivileged(e.toCtx)) continue;
    const contents = ch.refs('carries').map((r) => r.target).filter((i): i is ModelBlock => !!i && sem.isContent(i));
    for (const input of contents) {
      // The flow through this crossing tells whether an earlier hop already compiled the content.
      const flow = flows.into(e.to).find((f) => f.input === input && f.channels[f.channels.length - 1] === ch);
      const chForm = ch.str('form');
      const form = flow ? flow.form : chForm === undefined ? 'unspecified' : chForm;
      if (form === 'compiled') continue;
      if (form === 'unspecified') {
        // Ask for `form` on the crossing, or on the upstream hops that leave it open.
        const open = chForm === undefined ? [ch] : (flow?.channels ?? []).filter((c) => c.str('form') === undefined);
        for (const c of open) ctx.unspecified(c, 'form');
        continue;
      }
      const src = sem.sourceOf(input);
      ctx.report({
        element: ch,
        message: `Channel ${ch.name} forwards content ${input.name} raw (form = "raw") from user-mode ${e.from.name} to privileged ${e.to.name}. ` +
          `The content is ${src}. ` +
          'The parser has moved to user mode in name only: the kernel still decodes the hard format. Compile the content in user mode into a flat, versioned, size-prefixed table and let the kernel check its header, size and hash.',
        facts: [ctx.fact(input, 'source', 'content'), ctx.fact(ch, 'form'), ...(e.fromCtx ? [ctx.fact(e.fromCtx, 'kind', 'user-mode sender')] : []), ...(e.toCtx ? [ctx.fact(e.toCtx, 'kind', 'PRIVILEGED receiver')] : [])],
        path: flow?.path,
        related: [{ loc: e.from.headLoc, message: `user-mode sender ${e.from.name}` }, { loc: e.to.headLoc, message: `kernel receiver ${e.to.name}` }],
        fixes: [{
          title: `Compile ${input.name} in ${e.from.name} and send the compiled table`, preferred: true,
          steps: [
            ...((e.from.strs('performs') ?? []).includes('compile') ? [] : [{ op: 'add-to-list' as const, element: e.from.key, attribute: 'performs', value: q('compile') }]),
            { op: 'set', element: ch.key, attribute: 'form', value: q('compiled') },
          ],
        }],
      });
    }
  }
};

export const checks: Record<string, Check> = { RS029, RS030, RS031, RS032, RS033 };
