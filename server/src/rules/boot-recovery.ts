// Category C (domain.md §3 C): boot-start / ELAM blast radius and recovery, RS017–RS022.
// Every rule here asks the same question from a different side: when code that loads before
// logon fails, does the host come back by itself, and how many hands does it take if not?
import type { Check } from './index';
import { asSentence } from './wording';
import type { RuleContext } from '../analysis/engine';
import type { Fact, FixDescriptor, FixStep } from '../analysis/types';
import type { Flow } from '../analysis/flow';
import type { ModelBlock, RelatedInfo, SourceFile } from '../model/types';
import { INTERPRETER_KINDS } from '../analysis/semantics';

/** Component kinds an ELAM driver is for (domain.md RS019): classify boot drivers, anchor PPL. */
const ELAM_KINDS = new Set(['boot_driver_classifier', 'self_protection']);
/** `on_internal_error` values that turn the product's own defect into an outage. */
const FAIL_CLOSED = new Set(['fail_closed', 'bugcheck']);

const q = (s: string): string => `"${s}"`;

/** Why a context counts as boot-critical, in words, for messages. */
function bootReason(context: ModelBlock): string {
  const kind = context.str('kind');
  const start = context.str('start');
  if (kind === 'elam_driver' || kind === 'boot_start_driver') return `${kind}, which always loads during boot`;
  return `${kind} with start = ${start ?? 'unset'}`;
}

/** Facts that make a context boot-critical (kind, and start where it decides). */
function bootFacts(ctx: RuleContext, context: ModelBlock): Fact[] {
  const facts = [ctx.fact(context, 'kind', 'BOOT_CRITICAL')];
  const kind = context.str('kind');
  if (kind === 'kernel_driver' || kind === 'linux_kernel_module') facts.push(ctx.fact(context, 'start', 'loads before logon'));
  return facts;
}

/**
 * Content that reaches a component of the context and can change between code releases. Any flow
 * form counts: a compiled table read at boot is still fresh content. Inputs that ship only with
 * code releases (`update_channel = "code"` or `frequency = "per_release"`) are the frozen,
 * release-tested baseline the rule recommends, so they are left out.
 */
function freshContentFlows(ctx: RuleContext, context: ModelBlock): Flow[] {
  const out: Flow[] = [];
  for (const c of ctx.sem.componentsIn(context)) {
    for (const f of ctx.flows.into(c)) {
      if (!ctx.sem.isContent(f.input)) continue;
      if (f.input.str('update_channel') === 'code' || f.input.str('frequency') === 'per_release') continue;
      out.push(f);
    }
  }
  return out;
}

function flowText(f: Flow): string {
  return `component ${f.sink.name} receives input ${f.input.name} (${f.input.str('source')}${f.channels.length ? `, over ${f.channels.map((c) => `channel ${c.name}`).join(' and ')}` : ''})`;
}

function flowRelated(flows: Flow[]): RelatedInfo[] {
  return flows.map((f) => ({ loc: f.sink.headLoc, message: flowText(f) }));
}

/** A name `base`, or `base_2`, `base_3` … that no element of `type` uses yet. */
function freshName(ctx: RuleContext, type: string, base: string): string {
  let name = base;
  for (let i = 2; ctx.model.elements.has(`${type}.${name}`); i++) name = `${base}_${i}`;
  return name;
}

/** The source text of a block, re-indented so its first line starts at column 0. */
function blockText(ctx: RuleContext, block: ModelBlock): string | undefined {
  const file: SourceFile | undefined = ctx.model.files.find((f) => f.file === block.file);
  if (!file) return undefined;
  const text = file.text.slice(file.lines.offsetAt(block.range.start), file.lines.offsetAt(block.range.end));
  const col = block.range.start.character;
  return text.split(/\r?\n/).map((l, i) => (i === 0 ? l : l.replace(new RegExp(`^ {0,${col}}`), ''))).join('\n');
}

function indent(text: string, by: string): string {
  return text.split('\n').map((l) => (l.length ? by + l : l)).join('\n');
}

// ── RS017 ────────────────────────────────────────────────────────────────────────────────────

const RS017: Check = (ctx) => {
  for (const context of ctx.model.contexts) {
    const boot = ctx.sem.isBootCritical(context);
    if (boot === false) continue;
    const flows = freshContentFlows(ctx, context);
    if (flows.length === 0) continue;
    const activation = context.str('content_activation');
    // Deferred activation is the fix itself: boot runs on the baseline, new content comes later.
    if (activation !== undefined && activation !== 'at_boot') continue;
    if (boot === undefined) ctx.unspecified(context, 'start');
    if (activation === undefined) ctx.unspecified(context, 'content_activation');
    if (boot === undefined || activation === undefined) continue;

    const inputs = [...new Set(flows.map((f) => `${f.input.name}`))].join(', ');
    ctx.report({
      element: context,
      message: `Boot-critical context ${context.name} activates freshly delivered content during boot (content_activation = "at_boot"). ` +
        `It is boot-critical (${bootReason(context)}), and ${flows.map(flowText).join('; ')}. ` +
        `A faulty release of ${inputs} would crash the host on every restart, before any remote fix can arrive. Boot on a frozen, tested baseline and activate new content only after a successful boot.`,
      facts: [
        ...bootFacts(ctx, context),
        ctx.fact(context, 'content_activation', 'new content is read during boot'),
        ...flows.map((f) => ctx.note(f.input, `source = ${f.input.str('source')} (updatable content) reaches component ${f.sink.name}`)),
      ],
      path: flows[0].path,
      related: flowRelated(flows),
      fixes: [
        { title: 'Activate new content only after a successful boot', preferred: true,
          steps: [{ op: 'set', element: context.key, attribute: 'content_activation', value: q('after_boot_success') }] },
        { title: 'Let the user-mode service activate new content after it starts',
          steps: [{ op: 'set', element: context.key, attribute: 'content_activation', value: q('from_user_service') }] },
      ],
    });
  }
};

// ── RS018 ────────────────────────────────────────────────────────────────────────────────────

/** Sources whose bytes an attacker picks, and formats complex enough to crash a decoder. */
const ATTACKER_INPUT = new Set(['file_content', 'network_packets', 'process_memory', 'ipc_from_user']);
const CRASHY_FORMATS = new Set(['archive', 'document', 'script', 'decompression', 'regex', 'full_protocol']);

/** Whether a component of the context decodes attacker-chosen input in a complex format. */
function attackerDecoding(ctx: RuleContext, context: ModelBlock): boolean {
  return ctx.sem.componentsIn(context).some((c) => CRASHY_FORMATS.has(c.str('parser_complexity') ?? '')
    && ctx.flows.into(c).some((f) => ATTACKER_INPUT.has(ctx.sem.sourceOf(f.input) ?? '')));
}

const RS018: Check = (ctx) => {
  for (const context of ctx.model.contexts) {
    if (!ctx.sem.isPrivileged(context)) continue;
    const protection = context.str('crash_loop_protection');
    if (protection === undefined) { ctx.unspecified(context, 'crash_loop_protection'); continue; }
    if (protection !== 'none') continue;
    const boot = ctx.sem.isBootCritical(context);
    // The finding is certain; only its severity hinges on `start`. Report the lower one and ask.
    if (boot === undefined) ctx.unspecified(context, 'start');
    const contentDriven = freshContentFlows(ctx, context).length > 0;
    // Error only where a boot loop is likely: the context reads updatable content, or decodes
    // attacker-chosen bytes, so new input can crash it. A boot-critical context whose input only
    // changes with code releases (a classify-only ELAM driver) is a warning.
    const inputDriven = contentDriven || attackerDecoding(ctx, context);
    const severity = boot && inputDriven ? 'error' : 'warning';
    const kind = context.str('kind');
    const consequence = boot
      ? 'it loads during boot, so one bad input or defect crashes the host on every restart and the machine never gets far enough to fetch a fix'
      : 'one bad input or defect crashes the host again after every reboot until someone intervenes';
    const withThreshold = (steps: FixStep[]): FixStep[] => context.num('crash_loop_threshold') === undefined
      ? [...steps, { op: 'set', element: context.key, attribute: 'crash_loop_threshold', value: '3' }] : steps;
    const first = contentDriven ? 'last_known_good' : 'reduced_functionality';
    const second = contentDriven ? 'disable_content' : boot ? 'skip_load' : 'last_known_good';
    const fixes: FixDescriptor[] = [
      { title: contentDriven ? 'Revert to the last known good content after repeated crashes' : 'Drop to reduced functionality after repeated crashes (keep heartbeating)', preferred: true,
        steps: withThreshold([{ op: 'set', element: context.key, attribute: 'crash_loop_protection', value: q(first) }]) },
      { title: second === 'disable_content' ? 'Skip updatable content after repeated crashes' : second === 'skip_load' ? 'Do not load after repeated failed boots' : 'Revert to the last known good version after repeated crashes',
        steps: withThreshold([{ op: 'set', element: context.key, attribute: 'crash_loop_protection', value: q(second) }]) },
    ];
    ctx.report({
      element: context,
      severity,
      message: `${boot ? 'Boot-critical context' : 'Context'} ${context.name} (${kind}) has no crash-loop protection (crash_loop_protection = "none"). ` +
        (boot ? `It is boot-critical (${bootReason(context)}). ` : '') +
        `${asSentence(consequence)}. Count unclean boots or crashes persistently and fall back to ${contentDriven ? 'the last known good content' : 'a reduced mode'} after a few failures, reporting the degraded state in heartbeats.` +
        (boot === undefined ? ' Reported as a warning because `start` is unset.' : '') +
        (boot && !inputDriven ? ' Reported as a warning because nothing in it reads updatable content or decodes attacker-chosen input, so a new release of its code, not new input, is what could start a loop.' : ''),
      facts: [
        ctx.fact(context, 'kind', boot ? 'BOOT_CRITICAL' : 'PRIVILEGED'),
        ...(boot ? bootFacts(ctx, context).slice(1) : []),
        ctx.fact(context, 'crash_loop_protection', 'loads the same way after every crash'),
        ...(contentDriven ? [ctx.note(context, 'components in it consume updatable content')] : []),
      ],
      fixes,
    });
  }
};

// ── RS019 ────────────────────────────────────────────────────────────────────────────────────

/** A later-starting kernel driver to move non-ELAM work into: prefer one that is not boot-critical. */
function mainDriverFor(ctx: RuleContext, elam: ModelBlock): ModelBlock | undefined {
  const drivers = ctx.model.contexts.filter((c) => c !== elam && c.str('kind') === 'kernel_driver'
    && ctx.sem.platformOf(c) === ctx.sem.platformOf(elam));
  return drivers.find((c) => ctx.sem.isBootCritical(c) === false) ?? drivers[0];
}

/** Text of a new, later-starting kernel driver context for work split out of an ELAM driver. */
function newDriverText(elam: ModelBlock, name: string, body: string): string {
  const attrs: [string, string][] = [['kind', q('kernel_driver')], ['start', q('auto')]];
  const lang = elam.str('language');
  if (lang) attrs.push(['language', q(lang)]);
  attrs.push(['signer', q('whql')]);
  const hvci = elam.bool('hvci_compatible');
  if (hvci !== undefined) attrs.push(['hvci_compatible', String(hvci)]);
  const width = Math.max(...attrs.map(([k]) => k.length));
  return [`context ${q(name)} {`, ...attrs.map(([k, v]) => `  ${k.padEnd(width)} = ${v}`), '', indent(body, '  '), '}'].join('\n');
}

function rs019Fixes(ctx: RuleContext, elam: ModelBlock, comp: ModelBlock, extra: string[]): FixDescriptor[] {
  const target = mainDriverFor(ctx, elam);
  const kinds = ctx.sem.kinds(comp);
  const mixed = kinds.some((k) => ELAM_KINDS.has(k));
  const text = blockText(ctx, comp);
  if (!mixed) {
    if (target) {
      return [{ title: `Move component ${comp.name} into the main driver ${target.name}`, preferred: true,
        steps: [{ op: 'move-block', element: comp.key, toParent: target.key }] }];
    }
    if (!text) return [];
    const name = freshName(ctx, 'context', `${elam.name}_main`);
    return [{ title: `Move component ${comp.name} into a new, later-starting driver ${name}`, preferred: true,
      steps: [{ op: 'add-block', near: elam.key, text: newDriverText(elam, name, text) }, { op: 'remove-block', loc: comp.loc }] }];
  }
  // One component does both jobs: keep the classifier in ELAM, give the rest its own component.
  if (!text) return [];
  const file = ctx.model.files.find((f) => f.file === comp.file);
  const kindsProp = comp.prop('kinds');
  if (!file || !kindsProp) return [];
  const name = freshName(ctx, 'component', `${comp.name}_main`);
  const base = file.lines.offsetAt(comp.range.start);
  const raw = file.text.slice(base, file.lines.offsetAt(comp.range.end));
  const kStart = file.lines.offsetAt(kindsProp.loc.range.start) - base;
  const kEnd = file.lines.offsetAt(kindsProp.loc.range.end) - base;
  // Keep the attribute's own alignment; only the list changes.
  const kindsText = raw.slice(kStart, kEnd).replace(/=[\s\S]*$/, `= [${extra.map(q).join(', ')}]`);
  let split = raw.slice(0, kStart) + kindsText + raw.slice(kEnd);
  split = split.replace(/^(component\s+)"[^"]*"/, `$1${q(name)}`);
  const col = comp.range.start.character;
  split = split.split(/\r?\n/).map((l, i) => (i === 0 ? l : l.replace(new RegExp(`^ {0,${col}}`), ''))).join('\n');
  const removeKinds: FixStep[] = extra.map((k) => ({ op: 'remove-from-list', element: comp.key, attribute: 'kinds', value: q(k) }));
  if (target) {
    return [{ title: `Split ${extra.join(', ')} out of ${comp.name} into a new component ${name} in ${target.name}`, preferred: true,
      steps: [...removeKinds, { op: 'add-block', parent: target.key, text: split }] }];
  }
  const ctxName = freshName(ctx, 'context', `${elam.name}_main`);
  return [{ title: `Split ${extra.join(', ')} out of ${comp.name} into a new, later-starting driver ${ctxName}`, preferred: true,
    steps: [...removeKinds, { op: 'add-block', near: elam.key, text: newDriverText(elam, ctxName, split) }] }];
}

const RS019: Check = (ctx) => {
  for (const elam of ctx.model.contexts) {
    if (elam.str('kind') !== 'elam_driver') continue;
    for (const comp of ctx.sem.componentsIn(elam)) {
      const extra = ctx.sem.kinds(comp).filter((k) => !ELAM_KINDS.has(k));
      if (extra.length === 0) continue;
      ctx.report({
        element: comp,
        message: `Component ${comp.name} in the ELAM driver ${elam.name} does more than classify boot drivers or protect the agent (${extra.join(', ')}). ` +
          'Everything in the ELAM driver loads before almost anything else, so this logic inherits the worst blast radius and the hardest recovery; keep ELAM minimal and put the rest in a later-starting driver.',
        facts: [ctx.fact(elam, 'kind', 'first boot-start driver'), ctx.fact(comp, 'kinds', `beyond ${[...ELAM_KINDS].join(' and ')}`)],
        related: [{ loc: elam.headLoc, message: `ELAM context ${elam.name}` }],
        fixes: rs019Fixes(ctx, elam, comp, extra),
      });
    }
  }
};

// ── RS020 ────────────────────────────────────────────────────────────────────────────────────

const RS020: Check = (ctx) => {
  for (const context of ctx.model.contexts) {
    const boot = ctx.sem.isBootCritical(context);
    if (boot === false) continue;
    // Backup copies, WinRE and Safe Mode are Windows recovery mechanisms; a remote path is universal.
    const windows = ctx.sem.platformOf(context) === 'windows';
    const rec = context.sub('recovery');
    const recKey = `${context.key}.recovery`;
    const problems: { text: string; fact: Fact; fix: FixStep }[] = [];
    const missing: string[] = [];
    if (windows) {
      const backup = rec?.bool('backup_copy');
      if (backup === false) {
        problems.push({ text: 'the installer keeps no backup copy for WinRE to restore (recovery.backup_copy = false)',
          fact: ctx.fact(rec!, 'backup_copy', 'WinRE has nothing to restore'), fix: { op: 'set', element: recKey, attribute: 'backup_copy', value: 'true' } });
      } else if (backup === undefined) missing.push('recovery.backup_copy');
      if (context.str('safe_mode_behavior') === undefined) missing.push('safe_mode_behavior');
    }
    const remote = rec?.str('remote');
    // A documented runbook is a recovery path a vendor can provide even when it is hands-on; QMR
    // is Microsoft's service, so the fix offers the vendor's own path (self-heal) instead.
    if (remote === 'none' && rec?.str('runbook') === undefined) {
      problems.push({ text: 'a host that no longer boots has no remote recovery path and no runbook (recovery.remote = "none")',
        fact: ctx.fact(rec!, 'remote', 'someone must act on each host'), fix: { op: 'set', element: recKey, attribute: 'remote', value: q('agent_self_heal') } });
    } else if (remote === undefined) missing.push('recovery.remote');

    if (boot === undefined) {
      // Whether any of this matters depends on when the context loads.
      if (problems.length || missing.length) ctx.unspecified(context, 'start');
      continue;
    }
    for (const m of missing) ctx.unspecified(context, m);
    if (problems.length === 0) continue;
    ctx.report({
      element: context,
      message: `Boot-critical context ${context.name} has no declared way back when it fails. ` +
        `${asSentence(problems.map((p) => p.text).join('; '))}. ` +
        'A crash in it repeats on every boot, so recovery has to work without the agent running.',
      facts: [...bootFacts(ctx, context), ...problems.map((p) => p.fact)],
      fixes: [
        { title: problems.length > 1 ? 'Declare a backup copy and a remote recovery path' : problems[0].text.includes('backup_copy') ? 'Keep a backup copy for WinRE to restore' : 'Let the agent heal itself after a failed boot',
          preferred: true, steps: problems.map((p) => p.fix) },
      ],
    });
  }
};

// ── RS021 ────────────────────────────────────────────────────────────────────────────────────

const RS021: Check = (ctx) => {
  for (const context of ctx.model.contexts) {
    const rec = context.sub('recovery');
    if (!rec) continue;
    const recKey = `${context.key}.recovery`;
    const reasons: string[] = [];
    const facts: Fact[] = [];
    const steps: FixStep[] = [];
    if (rec.bool('requires_physical_access') === true) {
      reasons.push('someone has to be at each machine (requires_physical_access = true)');
      facts.push(ctx.fact(rec, 'requires_physical_access'));
      const remote = rec.str('remote');
      if (remote === undefined || remote === 'none') {
        steps.push({ op: 'set', element: recKey, attribute: 'remote', value: q('agent_self_heal') });
      }
      steps.push({ op: 'set', element: recKey, attribute: 'requires_physical_access', value: 'false' });
    }
    if (rec.bool('bitlocker') === true) {
      const escrow = rec.bool('bitlocker_key_escrow');
      if (escrow === false) {
        reasons.push('disks are BitLocker-encrypted and recovery keys are not escrowed, so each repair starts with finding a key');
        facts.push(ctx.fact(rec, 'bitlocker'), ctx.fact(rec, 'bitlocker_key_escrow'));
        steps.push({ op: 'set', element: recKey, attribute: 'bitlocker_key_escrow', value: 'true' });
      } else if (escrow === undefined) ctx.unspecified(context, 'recovery.bitlocker_key_escrow');
    }
    if (reasons.length === 0) continue;
    const fleet = ctx.sem.agent?.num('fleet_size');
    ctx.report({
      element: context,
      message: `Recovering a host from a failure of ${context.name} needs hands-on work on each host. ` +
        `${asSentence(reasons.join('; '))}. ` +
        `${fleet !== undefined ? `Across ${fleet.toLocaleString('en-US')} hosts` : 'Across a fleet'} that manual effort is the outage; escrow keys, let the agent heal itself and rehearse a recovery drill from a runbook.`,
      facts,
      fixes: [{ title: 'Make recovery remote: escrow keys and declare a remote remediation path', preferred: true, steps }],
    });
  }
};

// ── RS022 ────────────────────────────────────────────────────────────────────────────────────

function rs022Fixes(el: ModelBlock, interpreters: boolean): FixDescriptor[] {
  const disable: FixDescriptor = { title: 'Disable the failing rule or content item and keep running', preferred: interpreters,
    steps: [{ op: 'set', element: el.key, attribute: 'on_internal_error', value: q('disable_rule') }] };
  const open: FixDescriptor = { title: 'Fail open: skip the failing work, log it and raise a health alert', preferred: !interpreters,
    steps: [{ op: 'set', element: el.key, attribute: 'on_internal_error', value: q('fail_open') }] };
  return interpreters ? [disable, open] : [open, disable];
}

const waiverHint = (el: ModelBlock): string =>
  ` If failing closed here is a deliberate, narrowly scoped and tested choice, record that justification as a \`waiver "RS022"\` with target = ${el.key}, a reason, an owner and an expiry date; the finding is then kept as accepted.`;

const RS022: Check = (ctx) => {
  for (const context of ctx.model.contexts) {
    if (!ctx.sem.isPrivileged(context)) continue;
    const comps = ctx.sem.componentsIn(context);
    const inheriting = comps.filter((c) => c.str('on_internal_error') === undefined);
    const value = context.str('on_internal_error');
    if (value === undefined) {
      // Components that set their own value are judged below; the context's default matters only if used.
      if (comps.length === 0 || inheriting.length > 0) ctx.unspecified(context, 'on_internal_error');
    } else if (FAIL_CLOSED.has(value)) {
      const what = value === 'bugcheck' ? 'crashes the host' : 'denies operations until the fault clears';
      ctx.report({
        element: context,
        message: `Privileged context ${context.name} ${what} when its own code hits an unexpected state (on_internal_error = "${value}"). ` +
          `${inheriting.length ? `Components that inherit it: ${inheriting.map((c) => c.name ?? c.key).join(', ')}. ` : ''}` +
          'Failing closed on the product\'s own defects turns a bug into an outage; an interpreter that meets unexpected content should disable that rule, log and continue.' + waiverHint(context),
        facts: [ctx.fact(context, 'kind', 'PRIVILEGED'), ctx.fact(context, 'on_internal_error', 'own defects stop the host')],
        related: inheriting.map((c) => ({ loc: c.headLoc, message: `component ${c.name} inherits on_internal_error = "${value}"` })),
        fixes: rs022Fixes(context, inheriting.some((c) => ctx.sem.hasKind(c, ...INTERPRETER_KINDS))),
      });
    }
    for (const comp of comps) {
      const own = comp.str('on_internal_error');
      if (own === undefined || !FAIL_CLOSED.has(own)) continue;
      ctx.report({
        element: comp,
        message: `Component ${comp.name} in ${context.name} (${context.str('kind')}) ${own === 'bugcheck' ? 'crashes the host' : 'fails closed'} on its own internal errors (on_internal_error = "${own}"). ` +
          'Failing closed on the product\'s own defects turns a bug into an outage.' + waiverHint(comp),
        facts: [ctx.fact(context, 'kind', 'PRIVILEGED'), ctx.fact(comp, 'on_internal_error', 'own defects stop the host')],
        fixes: rs022Fixes(comp, ctx.sem.hasKind(comp, ...INTERPRETER_KINDS)),
      });
    }
  }
};

export const checks: Record<string, Check> = { RS017, RS018, RS019, RS020, RS021, RS022 };
