// RS052: content read by kernel-level code without a compatibility matrix: each release checked
// against the sensor versions still in the field and the OS builds (or kernels) it will meet.
import type { Check } from './index';
import type { ModelBlock } from '../model/types';
import { type RuleModule, primary, q, code, joinAnd, runsInKernel, platformOfElement } from './extended-helpers';

const check: Check = (ctx) => {
  for (const input of ctx.model.inputs) {
    if (!ctx.sem.isContent(input)) continue;
    const sinks = ctx.flows.from(input).map((f) => f.sink).filter((c) => runsInKernel(ctx, ctx.sem.contextOf(c)));
    if (sinks.length === 0) continue;
    const declared = input.strs('compatibility_checks');
    if (declared === undefined) { ctx.unspecified(input, 'compatibility_checks'); continue; }
    const linux = sinks.some((c: ModelBlock) => platformOfElement(ctx, c) === 'linux');
    const needed = ['sensor_versions', linux ? 'kernel_versions' : 'os_builds'];
    const missing = needed.filter((n) => !declared.includes(n));
    if (missing.length === 0) continue;
    const words: Record<string, string> = { sensor_versions: 'the sensor versions still in the field', os_builds: 'the OS builds it will meet', kernel_versions: 'the kernels it will meet' };
    ctx.report({
      element: input,
      message: `Content ${code(input.name)} reaches kernel-level code (${joinAnd(sinks.map((c) => code(c.name)))}) but releases are not checked against ${joinAnd(missing.map((m) => words[m]))}. ` +
        'A release that only one sensor version or build mishandles then reaches that part of the fleet unchecked.',
      facts: [ctx.fact(input, 'compatibility_checks', `missing ${missing.join(', ')}`), ...sinks.map((c) => ctx.note(c, 'reads this content in the kernel'))],
      fixes: [{ title: `Check each release against ${joinAnd(missing.map((m) => words[m]))} before hosts use it`, preferred: true, steps: missing.map((m) => ({ op: 'add-to-list' as const, element: input.key, attribute: 'compatibility_checks', value: q(m) })) }],
    });
  }
};

export const RS052: RuleModule = {
  meta: {
    id: 'RS052', slug: 'content-without-compatibility-matrix',
    title: 'Content for kernel-level code is not checked against sensor versions and OS builds',
    category: 'content-deployment', defaultSeverity: 'warning',
    severityNote: 'Warning because the gap shows only when content and code disagree, but then every host of that combination fails at once.',
    rationale:
      'Content and the code that reads it are released separately, so each content release meets every sensor version still deployed and every OS build or kernel in the fleet. ' +
      'The Channel File 291 root cause analysis describes exactly such a disagreement: the template type defined 21 input fields while the sensor code that supplied the values passed 20, and the new template instance was the first to use the 21st. ' +
      'Inferred by Ringside from that case: a release should be checked against the matrix it will meet (content version × sensor version × OS build, or kernel on Linux) before hosts activate it, and a sensor should refuse content built for a schema it does not know (`accepts_versions`).',
    trigger: 'An input whose `source` is content (cloud_rapid_content, signature_db or ml_model) flows to a component in a context running in or above the kernel, and its `compatibility_checks` lacks sensor_versions, or lacks os_builds (kernel_versions when a reader runs on Linux). Unset is reported as unspecified.',
    series: [],
    primary: [
      primary('CrowdStrike — Channel File 291 incident: root cause analysis (PDF, 6 Aug 2024)', 'https://www.crowdstrike.com/wp-content/uploads/2024/08/Channel-File-291-Incident-Root-Cause-Analysis-08.06.2024.pdf'),
    ],
    related: ['RS004', 'RS013', 'RS044'],
    fixes: ['Check each release against the missing matrix dimensions before hosts use it'],
  },
  check,
};
