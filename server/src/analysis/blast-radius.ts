// Blast radius: what fails when a component crashes, how the host comes back, how much of the
// fleet a bad release reaches before it can be halted, and who can tamper with the component.
import { CONTEXT_FACTS, type BlastRadius as Radius } from '../schema/context-kinds';
import type { ModelBlock } from '../model/types';
import type { Semantics } from './semantics';
import type { FlowIndex } from './flow';

export interface BlastRadius {
  element: string;
  context?: string;
  contextKind?: string;
  privileged: boolean;
  bootCritical: boolean | 'unknown';
  /** What a crash takes down. */
  crash: Radius | 'unknown';
  crashText: string;
  /** How the failure is recovered. */
  recovery: 'restart' | 'reboot' | 'safe_mode_or_winre' | 'hands_on_per_host' | 'fix_at_source' | 'unknown';
  recoveryText: string;
  /** How much of the fleet a bad release of what it consumes reaches before a halt. */
  fleetReach: 'all_hosts' | 'first_ring' | 'not_delivered' | 'unknown';
  fleetText: string;
  tamper: string;
}

const CRASH_TEXT: Record<Radius, string> = {
  process: 'the process it runs in',
  service: 'one restartable service',
  host: 'the whole host (bugcheck / kernel panic)',
  host_every_boot: 'the whole host, on every boot',
  fleet: 'every host a release reaches',
};

export function blastRadius(el: ModelBlock, sem: Semantics, flows: FlowIndex): BlastRadius {
  const context = el.type === 'context' ? el : sem.contextOf(el);
  const kind = sem.kindOf(context);
  const facts = CONTEXT_FACTS.get(kind ?? '');
  const bootCritical = sem.isBootCritical(context);
  let crash: BlastRadius['crash'] = facts ? facts.blastRadius : 'unknown';
  if (crash === 'host' && bootCritical) crash = 'host_every_boot';

  // Recovery: boot-critical failures need out-of-band repair unless a remote path is declared.
  const rec = context?.sub('recovery');
  let recovery: BlastRadius['recovery'] = 'unknown';
  let recoveryText = facts?.recovery ?? 'unknown: the context kind is not set';
  if (facts) {
    if (facts.privilege === 'off_host') recovery = 'fix_at_source';
    else if (crash === 'process' || crash === 'service') recovery = 'restart';
    else if (crash === 'host') recovery = 'reboot';
    else if (rec?.bool('requires_physical_access') === true) recovery = 'hands_on_per_host';
    else if (rec?.str('remote') && rec.str('remote') !== 'none') recovery = 'safe_mode_or_winre';
    else recovery = rec?.str('remote') === 'none' ? 'hands_on_per_host' : 'safe_mode_or_winre';
    if (recovery === 'hands_on_per_host') recoveryText = 'hands-on repair of each host (Safe Mode or WinRE, then remove the bad file)';
  }

  // Fleet reach: the worst deployment of anything that reaches this element.
  const sinks = el.type === 'context' ? sem.componentsIn(el) : [el];
  const deployments = new Set<ModelBlock>();
  for (const s of sinks) for (const f of flows.into(s)) for (const d of sem.deploymentsOf(f.input)) deployments.add(d);
  let fleetReach: BlastRadius['fleetReach'] = deployments.size === 0 ? 'not_delivered' : 'first_ring';
  const fleet = sem.agent?.num('fleet_size');
  const hosts = fleet !== undefined ? `all ${fleet.toLocaleString('en-US')} hosts` : 'every host';
  let fleetText = deployments.size === 0 ? 'no deployment delivers content to it' : 'the first ring, before health gates halt promotion';
  for (const d of deployments) {
    const rollout = d.str('rollout');
    if (rollout === 'global') { fleetReach = 'all_hosts'; fleetText = `${hosts}, at once (deployment \`${d.name}\` is global)`; break; }
    if (rollout === undefined) { fleetReach = 'unknown'; fleetText = `unknown: deployment \`${d.name}\` does not set rollout`; }
    else if (rollout === 'staged' && (d.strs('health_gate')?.length ?? 0) === 0 && fleetReach === 'first_ring') {
      fleetText = `every ring in turn: deployment \`${d.name}\` has no health gate to halt promotion`;
    }
  }

  return {
    element: el.key, context: context?.name, contextKind: kind,
    privileged: sem.isPrivileged(context), bootCritical: bootCritical === undefined ? 'unknown' : bootCritical,
    crash, crashText: crash === 'unknown' ? 'unknown: the context kind is not set' : CRASH_TEXT[crash],
    recovery, recoveryText, fleetReach, fleetText,
    tamper: facts ? `${facts.tamper.replace('_', ' ')}: ${facts.tamperNote}` : 'unknown',
  };
}

/** One line for code lenses and summaries. */
export function blastRadiusLine(b: BlastRadius): string {
  const crash = b.crash === 'unknown' ? 'crash: unknown' : `crash takes down ${CRASH_TEXT[b.crash]}`;
  return `${crash} · recovery: ${b.recovery.replace(/_/g, ' ')} · release reach: ${b.fleetReach.replace(/_/g, ' ')}`;
}
