// Derived facts about the model that rules share: which contexts are privileged or
// boot-critical, what an input's source and trust are, what a component is.
import { CONTEXT_FACTS } from '../schema/context-kinds';
import { TRUST } from '../schema/vocabulary';
import type { Model, ModelBlock } from '../model/types';

/** Sources whose releases are detection content: they change behaviour without a code release. */
export const CONTENT_SOURCES = new Set(['cloud_rapid_content', 'signature_db', 'ml_model']);
/** Sources an attacker chooses the bytes of. */
export const ATTACKER_SOURCES = new Set(['file_content', 'network_packets', 'process_memory', 'ipc_from_user']);
/** Sources delivered by the vendor through a release process. */
export const VENDOR_DELIVERED = new Set([...CONTENT_SOURCES, 'sensor_code']);

export const DEFAULT_TRUST: Record<string, string> = {
  cloud_rapid_content: 'vendor_signed_content', signature_db: 'vendor_signed_content', ml_model: 'vendor_signed_content',
  sensor_code: 'vendor_signed_code', policy_config: 'admin_config', local_config: 'admin_config', os_event_data: 'attacker_influenced',
  file_content: 'attacker_controlled', network_packets: 'attacker_controlled', ipc_from_user: 'attacker_controlled',
  process_memory: 'attacker_controlled', boot_driver_images: 'attacker_influenced', cloud_commands: 'authenticated_peer',
};

const TRUST_ORDER = TRUST.values.map((v) => v.value);
/** Higher is more trusted; -1 for unknown. */
export function trustRank(level: string | undefined): number {
  return level === undefined ? -1 : TRUST_ORDER.length - TRUST_ORDER.indexOf(level);
}

export const INTERPRETER_KINDS = ['content_interpreter', 'rule_engine', 'content_parser', 'signature_scanner', 'ml_inference'];
export const SENSING_KINDS = [
  'fs_minifilter', 'network_filter', 'etw_consumer', 'etw_ti_consumer', 'es_client', 'ebpf_probe', 'fanotify_monitor', 'user_hook', 'amsi_provider',
  'kernel_tracepoint_probe',
];

export class Semantics {
  private channelIndex?: { from: Map<ModelBlock, ModelBlock[]>; to: Map<ModelBlock, ModelBlock[]> };
  private deploymentIndex?: Map<ModelBlock, ModelBlock[]>;

  constructor(readonly model: Model) {}

  /** Channels by their resolved ends, built once: rules walk channel graphs a lot. */
  private channels() {
    if (!this.channelIndex) {
      const from = new Map<ModelBlock, ModelBlock[]>(), to = new Map<ModelBlock, ModelBlock[]>();
      for (const ch of this.model.channels) {
        const f = ch.ref('from')?.target, t = ch.ref('to')?.target;
        if (f) (from.get(f) ?? from.set(f, []).get(f)!).push(ch);
        if (t) (to.get(t) ?? to.set(t, []).get(t)!).push(ch);
      }
      this.channelIndex = { from, to };
    }
    return this.channelIndex;
  }

  /** Channels whose `from` is this component. */
  channelsFrom(component: ModelBlock): readonly ModelBlock[] { return this.channels().from.get(component) ?? []; }
  /** Channels whose `to` is this component. */
  channelsTo(component: ModelBlock): readonly ModelBlock[] { return this.channels().to.get(component) ?? []; }

  get agent(): ModelBlock | undefined { return this.model.agent; }

  /** The context a component is nested in. */
  contextOf(component: ModelBlock): ModelBlock | undefined {
    let p = component.parent;
    while (p && p.type !== 'context') p = p.parent;
    return p;
  }

  kindOf(context: ModelBlock | undefined): string | undefined { return context?.str('kind'); }

  platformOf(context: ModelBlock | undefined): string | undefined {
    return context?.str('platform') ?? this.model.agent?.str('platform');
  }

  isPrivileged(context: ModelBlock | undefined): boolean {
    return !!CONTEXT_FACTS.get(this.kindOf(context) ?? '')?.privileged;
  }

  isUser(context: ModelBlock | undefined): boolean {
    return !!CONTEXT_FACTS.get(this.kindOf(context) ?? '')?.user;
  }

  /**
   * BOOT_CRITICAL from domain.md: ELAM and boot-start drivers always; kernel drivers with start
   * boot or system; Linux modules loaded at boot. Undefined when it hinges on an unset `start`.
   */
  isBootCritical(context: ModelBlock | undefined): boolean | undefined {
    const kind = this.kindOf(context);
    const facts = CONTEXT_FACTS.get(kind ?? '');
    if (!facts) return false;
    if (facts.alwaysBootCritical) return true;
    if (kind === 'kernel_driver' || kind === 'linux_kernel_module') {
      const start = context!.str('start');
      if (start === undefined) return undefined;
      return kind === 'kernel_driver' ? start === 'boot' || start === 'system' : start === 'boot';
    }
    return false;
  }

  kinds(component: ModelBlock): string[] { return component.strs('kinds') ?? []; }
  hasKind(component: ModelBlock, ...kinds: string[]): boolean {
    const k = this.kinds(component);
    return kinds.some((x) => k.includes(x));
  }
  isSensor(component: ModelBlock): boolean {
    return this.kinds(component).some((k) => k.startsWith('sensor.') || SENSING_KINDS.includes(k));
  }

  sourceOf(input: ModelBlock): string | undefined { return input.str('source'); }
  isContent(input: ModelBlock): boolean { return CONTENT_SOURCES.has(this.sourceOf(input) ?? ''); }
  trustOf(input: ModelBlock): string | undefined { return input.str('trust') ?? DEFAULT_TRUST[this.sourceOf(input) ?? '']; }

  /** Deployments that deliver an input. */
  deploymentsOf(input: ModelBlock): ModelBlock[] {
    if (!this.deploymentIndex) {
      this.deploymentIndex = new Map();
      for (const d of this.model.deployments) {
        for (const r of d.refs('delivers')) {
          if (!r.target) continue;
          const list = this.deploymentIndex.get(r.target) ?? [];
          if (!list.includes(d)) list.push(d);
          this.deploymentIndex.set(r.target, list);
        }
      }
    }
    return this.deploymentIndex.get(input) ?? [];
  }

  /** Contexts whose binaries a code input is (`binary_of`), resolved references only. */
  binaryOf(input: ModelBlock): ModelBlock[] {
    return input.refs('binary_of').map((r) => r.target).filter((t): t is ModelBlock => t !== undefined && t.type === 'context');
  }

  /** Linux kernel features declared for a context (its own list, else the agent's); undefined when neither says. */
  kernelFeatures(context: ModelBlock | undefined): string[] | undefined {
    return context?.strs('kernel_features') ?? this.model.agent?.strs('kernel_features');
  }

  /** The effective `on_internal_error`: the component's own, else its context's. */
  onInternalError(component: ModelBlock): { value?: string; from: ModelBlock } {
    const own = component.str('on_internal_error');
    if (own !== undefined) return { value: own, from: component };
    const ctx = this.contextOf(component);
    return { value: ctx?.str('on_internal_error'), from: ctx ?? component };
  }

  /** Evidence declared on a component and its context together. */
  evidence(component: ModelBlock): Set<string> {
    return new Set([...(component.strs('evidence') ?? []), ...(this.contextOf(component)?.strs('evidence') ?? [])]);
  }

  componentsIn(context: ModelBlock): ModelBlock[] { return context.subs('component'); }
}
