// RS061: a macOS kext component hooked through a kext-era interface (KAuth, a MAC policy, a socket
// filter) that a system extension can replace: the route from RS040's finding to Endpoint Security
// or NetworkExtension, one component at a time.
import type { Check } from './index';
import type { FixStep } from '../analysis/types';
import { type RuleModule, primary, q, code, joinAnd, contextsOfKind, freshName } from './extended-helpers';

/** Kext-era attach points and what a system extension uses instead. */
const REPLACEMENT: Record<string, { attach: string; kind: string; words: string }> = {
  kauth: { attach: 'endpoint_security', kind: 'es_client', words: 'Endpoint Security AUTH events' },
  mac_policy: { attach: 'endpoint_security', kind: 'es_client', words: 'Endpoint Security AUTH events' },
  socket_filter: { attach: 'network_extension', kind: 'network_filter', words: 'a NetworkExtension content filter' },
};

const check: Check = (ctx) => {
  const sysext = contextsOfKind(ctx, 'macos_system_extension')[0];
  for (const cx of contextsOfKind(ctx, 'macos_kext')) {
    if (ctx.sem.platformOf(cx) !== 'macos') continue;
    for (const c of ctx.sem.componentsIn(cx)) {
      const attach = c.strs('attach') ?? [];
      const old = attach.filter((a) => REPLACEMENT[a]);
      if (old.length === 0) continue;
      const targets = [...new Set(old.map((a) => REPLACEMENT[a]))];
      const name = sysext?.name ?? freshName(ctx, 'context', 'system_extension');
      const steps: FixStep[] = sysext ? [] : [{ op: 'add-block', near: cx.key, text: `context ${q(name)} {\n  kind = "macos_system_extension"\n}\n` }];
      steps.push({ op: 'move-block', element: c.key, toParent: `context.${name}` });
      const keep = attach.filter((a) => !REPLACEMENT[a]);
      const attachValue = [...new Set([...keep, ...targets.map((t) => t.attach)])].map(q).join(', ');
      steps.push({ op: 'set', element: c.key, attribute: 'attach', value: `[${attachValue}]` });
      for (const t of targets) if (!ctx.sem.hasKind(c, t.kind)) steps.push({ op: 'add-to-list', element: c.key, attribute: 'kinds', value: q(t.kind) });
      if (ctx.sem.hasKind(c, 'vfs_hook')) steps.push({ op: 'remove-from-list', element: c.key, attribute: 'kinds', value: q('vfs_hook') });
      ctx.report({
        element: c,
        message: `Component ${code(c.name)} in kext ${code(cx.name)} hooks the kernel through ${joinAnd(old)}; ${joinAnd(targets.map((t) => t.words))} can do this from a system extension. ` +
          'There a fault ends one process instead of panicking the Mac, and the kext can shrink hook by hook.',
        facts: [ctx.fact(c, 'attach', 'kext-era interface'), ctx.fact(cx, 'kind', 'kernel extension')],
        fixes: [{ title: `Move ${code(c.name)} to a system extension using ${joinAnd(targets.map((t) => t.words))}`, preferred: true, steps }],
      });
    }
  }
};

export const RS061: RuleModule = {
  meta: {
    id: 'RS061', slug: 'kext-kpi-has-system-extension-replacement',
    title: 'macOS kext component uses a kext-era interface a system extension can replace',
    category: 'platform', defaultSeverity: 'information',
    severityNote: 'Information because RS040 already reports the kext; this finding names the replacement for each hook.',
    rationale:
      'Kernel extensions hooked file, process and network activity through interfaces such as Kernel Authorization (KAuth) listeners, MAC policy modules and socket filters, and talked to user space over IOKit user clients or kernel control sockets. ' +
      'Apple lists the KAuth listener and socket-filter KPIs as deprecated since macOS 10.15, warns users about software that uses them since 10.15.4, and names the replacements: Endpoint Security for KAuth, NetworkExtension for socket and IP filters. ' +
      'MAC policy modules are not on that list; inferred by Ringside: Endpoint Security\'s AUTH events are the supported way to make the same decisions. ' +
      'Moving hook by hook turns RS040\'s "rewrite the kext" into a plan: each component lands in a system extension whose faults end a process rather than panic the Mac.',
    trigger: 'A component in a macOS `macos_kext` context whose `attach` includes kauth, mac_policy or socket_filter.',
    series: [],
    primary: [
      primary('Apple Developer — Deprecated kernel extensions and system extension alternatives', 'https://developer.apple.com/support/kernel-extensions/'),
      primary('Apple Developer — Technical Note TN2127: Kernel Authorization', 'https://developer.apple.com/library/archive/technotes/tn2127/_index.html'),
      primary('Apple Developer — Endpoint Security', 'https://developer.apple.com/documentation/endpointsecurity'),
    ],
    related: ['RS040', 'RS041'],
    fixes: ['Move the component to a system extension using Endpoint Security or NetworkExtension'],
  },
  check,
};
