// RS055: an authorization handler (macOS ES AUTH, Linux fanotify permission events) that does not
// exempt the agent's own processes, so its own file access waits on itself.
import type { Check } from './index';
import { type RuleModule, primary, code } from './extended-helpers';

const check: Check = (ctx) => {
  for (const c of ctx.model.components) {
    const es = ctx.sem.hasKind(c, 'es_client');
    const fan = ctx.sem.hasKind(c, 'fanotify_monitor');
    if (!es && !fan) continue;
    const mode = c.str('event_mode');
    if (mode !== 'authorize' && mode !== 'both') continue;
    const excludes = c.bool('excludes_own_events');
    if (excludes === undefined) { ctx.unspecified(c, 'excludes_own_events'); continue; }
    if (excludes) continue;
    const message = es
      ? `Endpoint Security client ${code(c.name)} answers AUTH events without muting the agent's own processes, so its own file opens wait on itself. ` +
        'The handler then stalls until the deadline passes and macOS kills the client; mute them with es_mute_process.'
      : `fanotify listener ${code(c.name)} answers permission events without exempting the agent's own I/O, so its own file opens wait on itself. ` +
        'The listener then blocks itself, and every process waiting on it hangs.';
    ctx.report({
      element: c,
      message,
      facts: [ctx.fact(c, 'event_mode', 'answers authorization events'), ctx.fact(c, 'excludes_own_events')],
      fixes: [{ title: es ? 'Mute the agent\'s own processes (es_mute_process) before subscribing' : 'Exempt the agent\'s own I/O from its fanotify marks', preferred: true,
        steps: [{ op: 'set', element: c.key, attribute: 'excludes_own_events', value: 'true' }] }],
    });
  }
};

export const RS055: RuleModule = {
  meta: {
    id: 'RS055', slug: 'auth-handler-waits-on-itself',
    title: 'Authorization handler does not exempt the agent\'s own processes',
    category: 'kernel-user-interface', defaultSeverity: 'warning',
    severityNote: 'Warning because the failure is a stall of the agent (and on Linux of the processes waiting on it), not a kernel crash.',
    rationale:
      'An authorization handler holds each operation until it answers. If the handler, or another process of the agent, performs an operation the handler is subscribed to, the operation waits for an answer the handler cannot give while it is waiting. ' +
      'Apple\'s Endpoint Security API provides muting for this: es_mute_process suppresses events from a given process, and a client that misses AUTH deadlines is terminated by the system. ' +
      'fanotify permission events likewise hold the accessing thread until the listener writes a response; a listener that opens files by path on a filesystem it has marked takes part in that wait (inferred by Ringside from fanotify(7); the kernel has also had to fix deadlocks between listeners and waiting tasks). ' +
      'The handler should exempt the agent\'s own processes before it subscribes.',
    trigger: 'A component whose `kinds` include es_client or fanotify_monitor, with `event_mode` authorize or both, and `excludes_own_events = false` (unset is reported as unspecified).',
    series: [],
    primary: [
      primary('Apple Developer — es_mute_process(_:_:)', 'https://developer.apple.com/documentation/endpointsecurity/es_mute_process(_:_:)'),
      primary('Apple Developer — es_message_t.deadline', 'https://developer.apple.com/documentation/endpointsecurity/es_message_t/deadline'),
      primary('Linux man-pages — fanotify(7)', 'https://man7.org/linux/man-pages/man7/fanotify.7.html'),
      primary('Linux kernel commit 2eebf582 — fanotify: flush outstanding perm requests on group destroy', 'https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/commit/?id=2eebf582c9b3106abb9c33f4fc0a347fb9391037'),
    ],
    related: ['RS041', 'RS031', 'RS056'],
    fixes: ['Exempt the agent\'s own processes from its authorization events'],
  },
  check,
};
