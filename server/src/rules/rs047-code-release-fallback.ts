// RS047: a code release for kernel-level code that hosts cannot fall back from and customers cannot
// hold back (N-1 rollback, customer pinning). Content rollout is RS009–RS012's subject; this rule
// is about the sensor and driver binaries themselves.
import type { Check } from './index';
import type { Fact, FixStep } from '../analysis/types';
import { type RuleModule, primary, q, code, joinAnd, runsInKernel } from './extended-helpers';

const check: Check = (ctx) => {
  const kernelContexts = ctx.model.contexts.filter((cx) => runsInKernel(ctx, cx));
  if (kernelContexts.length === 0) return;
  for (const d of ctx.model.deployments) {
    const code_ = d.refs('delivers').map((r) => r.target).filter((i) => i && ctx.sem.sourceOf(i) === 'sensor_code');
    if (code_.length === 0) continue;
    const kept = d.num('previous_versions_kept');
    const policy = d.str('version_policy');
    if (kept === undefined) ctx.unspecified(d, 'previous_versions_kept');
    if (policy === undefined) ctx.unspecified(d, 'version_policy');
    const problems: string[] = [];
    const facts: Fact[] = [];
    const steps: FixStep[] = [];
    if (kept === 0) {
      problems.push('hosts keep no earlier build');
      facts.push(ctx.fact(d, 'previous_versions_kept', 'no N-1 on the host'));
      steps.push({ op: 'set', element: d.key, attribute: 'previous_versions_kept', value: '1' });
    }
    if (policy === 'latest_only') {
      problems.push('customers cannot stay on N-1');
      facts.push(ctx.fact(d, 'version_policy', 'no customer pinning'));
      steps.push({ op: 'set', element: d.key, attribute: 'version_policy', value: q('n_minus_1') });
    }
    if (problems.length === 0) continue;
    // With `binary_of` (issue 8 §2) the code input names the contexts it is the binary of; only a
    // release of kernel-level code is in scope then. Without it, any kernel-level context counts.
    const named = code_.flatMap((i) => i!.refs('binary_of').map((r) => r.target)).filter((t): t is NonNullable<typeof t> => !!t);
    if (named.length > 0 && !named.some((t) => runsInKernel(ctx, t))) continue;
    const target = named.find((t) => runsInKernel(ctx, t)) ?? kernelContexts[0];
    const inputs = joinAnd(code_.map((i) => code(i!.name)));
    ctx.report({
      element: d,
      message: `Deployment ${code(d.name)} ships sensor code for ${code(target.name)} with no way back: ${problems.join(', and ')}. ` +
        `A bad build of ${inputs} then stays on every host it reached until a fixed one is written, signed and shipped.`,
      facts: [...facts, ...code_.map((i) => ctx.fact(i!, 'source', 'code release')), ctx.fact(target, 'kind', 'runs in the kernel')],
      fixes: [{ title: 'Keep the previous release on hosts and let customers stay on N-1', preferred: true, steps }],
    });
  }
};

export const RS047: RuleModule = {
  meta: {
    id: 'RS047', slug: 'code-release-without-fallback',
    title: 'Kernel-level code release cannot fall back to N-1 and cannot be held back by customers',
    category: 'content-deployment', defaultSeverity: 'warning',
    severityNote: 'Warning because the fallback matters only once a bad build ships, and then it decides how long the outage lasts.',
    rationale:
      'Driver and sensor releases change ring-0 code directly, so they need at least the safety nets content needs. ' +
      'Microsoft ships Defender for Endpoint\'s monthly software and driver updates, which can update kernel-mode components, through safe deployment practices with update channels that customers choose. ' +
      'CrowdStrike\'s preliminary review distinguishes Sensor Content, shipped with sensor releases, from Rapid Response Content, and commits to giving customers control over when and where updates are deployed. ' +
      'Two properties keep a bad code release short: hosts that still hold the previous build can return to it without a download (N-1 rollback), and customers can hold their fleet on N-1 or N-2 while a release proves itself elsewhere. ' +
      'Since November 2024 Microsoft also requires MVI partners to follow safe deployment practices for their updates.',
    trigger: 'The model has a context that runs in or above the kernel (ring 0, eBPF, hypervisor), and a `deployment` delivers an input whose `source` is sensor_code, with `previous_versions_kept = 0` or `version_policy = "latest_only"`. Either property unset is reported as unspecified.',
    series: [],
    primary: [
      primary('Microsoft Learn — Defender for Endpoint safe deployment practices', 'https://learn.microsoft.com/en-us/defender-endpoint/mde-sdp-strategy'),
      primary('CrowdStrike — Falcon content update: preliminary post-incident review (PIR)', 'https://www.crowdstrike.com/en-us/blog/falcon-content-update-preliminary-post-incident-report/'),
      primary('Windows Experience Blog — Windows security and resiliency: protecting your business, 19 Nov 2024', 'https://blogs.windows.com/windowsexperience/2024/11/19/windows-security-and-resiliency-protecting-your-business/'),
    ],
    related: ['RS009', 'RS011', 'RS012', 'RS048'],
    fixes: ['Keep the previous release on hosts and let customers stay on N-1'],
    limitations: 'Ringside does not check that the kept build is the last one that booted cleanly; declare `last_known_good` for that.',
  },
  check,
};
