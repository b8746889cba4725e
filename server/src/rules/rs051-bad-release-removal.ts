// RS051: content that reaches kernel-level code with no kill switch to stop a bad release spreading
// and nothing that removes it from hosts it already reached. Reads the `kill_switch` attribute.
import type { Check } from './index';
import type { Fact, FixStep } from '../analysis/types';
import type { ModelBlock } from '../model/types';
import { type RuleModule, primary, q, code, joinAnd, runsInKernel } from './extended-helpers';

const check: Check = (ctx) => {
  for (const d of ctx.model.deployments) {
    // Content whose consumers run in or above the kernel: a bad release there stops hosts.
    const risky: { input: ModelBlock; sink: ModelBlock }[] = [];
    for (const r of d.refs('delivers')) {
      const input = r.target;
      if (!input || !ctx.sem.isContent(input)) continue;
      const sink = ctx.flows.from(input).map((f) => f.sink).find((c) => runsInKernel(ctx, ctx.sem.contextOf(c)));
      if (sink) risky.push({ input, sink });
    }
    if (risky.length === 0) continue;
    const kill = d.bool('kill_switch');
    // A reader whose own recovery consults the known-bad list (issue 8 §2's `recovery.remote`) removes
    // the release itself, so the deployment need not say how.
    const selfRemoving = risky.every((x) => ctx.sem.contextOf(x.sink)?.sub('recovery')?.str('remote') === 'known_bad_list');
    const removal = d.str('host_removal') ?? (selfRemoving ? 'known_bad_list' : undefined);
    if (kill === undefined) ctx.unspecified(d, 'kill_switch');
    if (removal === undefined) ctx.unspecified(d, 'host_removal');
    const problems: string[] = [];
    const facts: Fact[] = [];
    const steps: FixStep[] = [];
    if (kill === false) {
      problems.push('no kill switch halts a release');
      facts.push(ctx.fact(d, 'kill_switch'));
      steps.push({ op: 'set', element: d.key, attribute: 'kill_switch', value: 'true' });
    }
    if (removal === 'none' || removal === 'manual') {
      problems.push(removal === 'none' ? 'nothing removes it from hosts' : 'only an administrator at each host can remove it');
      facts.push(ctx.fact(d, 'host_removal'));
      steps.push({ op: 'set', element: d.key, attribute: 'host_removal', value: q('known_bad_list') });
    }
    if (problems.length === 0) continue;
    ctx.report({
      element: d,
      message: `Deployment ${code(d.name)} ships content that kernel-level code reads, yet ${joinAnd(problems)}. ` +
        `A bad release (${joinAnd(risky.map((x) => `${code(x.input.name)} → ${code(x.sink.name)}`))}) then keeps reaching and stopping hosts after it is found.`,
      facts: [...facts, ...risky.map((x) => ctx.note(x.sink, `reads ${x.input.name} in a ${ctx.sem.kindOf(ctx.sem.contextOf(x.sink))} context`))],
      fixes: [{ title: 'Add a kill switch and a known-bad list that hosts check before loading content', preferred: true, steps }],
    });
  }
};

export const RS051: RuleModule = {
  meta: {
    id: 'RS051', slug: 'bad-release-cannot-be-stopped-or-removed',
    title: 'Content release to kernel-level code cannot be halted or removed from hosts',
    category: 'content-deployment', defaultSeverity: 'warning',
    severityNote: 'Warning because both controls act after the failure; staging (RS009) and testing prevent it, these bound how long it lasts.',
    rationale:
      'Two controls decide how long a bad content release keeps hurting once it is found: a kill switch that stops it reaching more hosts, and a way to take it off the hosts it already reached. ' +
      'On 19 July 2024 CrowdStrike reverted the faulty channel file about 78 minutes after release and added it to a cloud known-bad list; according to its preliminary review, hosts that could still reach the cloud during the boot loop could then recover without hands-on work. ' +
      'Inferred by Ringside: the list only helps a crashing host if it is consulted before the content is loaded, so removal belongs early in the host\'s start-up path. ' +
      'A design should say whether a release can be halted everywhere (`kill_switch`) and how it leaves hosts (`host_removal`).',
    trigger: 'A `deployment` delivers content (an input whose `source` is cloud_rapid_content, signature_db or ml_model) that flows to a component in a context running in or above the kernel, and has `kill_switch = false` or `host_removal` none or manual. Either property unset is reported as unspecified; `host_removal` is not needed when every reader\'s context declares `recovery { remote = "known_bad_list" }`.',
    series: [],
    primary: [
      primary('CrowdStrike — Falcon content update: preliminary post-incident review (PIR)', 'https://www.crowdstrike.com/en-us/blog/falcon-content-update-preliminary-post-incident-report/'),
      primary('CrowdStrike — Falcon update for Windows hosts: technical details', 'https://www.crowdstrike.com/en-us/blog/falcon-update-for-windows-hosts-technical-details/'),
      primary('CrowdStrike — Falcon content update remediation and guidance hub', 'https://www.crowdstrike.com/falcon-content-update-remediation-and-guidance-hub/'),
    ],
    related: ['RS009', 'RS011', 'RS018'],
    fixes: ['Add a kill switch and a known-bad list that hosts check before loading content'],
  },
  check,
};
