// RS056: an Endpoint Security client that promises to deny when out of time, while macOS's deadline
// miss mode kills it instead and AUTH messages dropped on a full queue are allowed.
import type { Check } from './index';
import { type RuleModule, primary, secondary, q, code } from './extended-helpers';

const check: Check = (ctx) => {
  for (const c of ctx.model.components) {
    if (!ctx.sem.hasKind(c, 'es_client')) continue;
    const mode = c.str('event_mode');
    if (mode !== 'authorize' && mode !== 'both') continue;
    if (c.str('default_verdict') !== 'deny') continue;
    const miss = c.str('deadline_miss_mode');
    if (miss === undefined) { ctx.unspecified(c, 'deadline_miss_mode'); continue; }
    if (miss === 'fail_closed') continue;
    const what = miss === 'kill'
      ? 'macOS kills the client when it misses a deadline, and AUTH messages dropped because its queue was full are allowed'
      : 'macOS allows the operation when the client misses a deadline';
    ctx.report({
      element: c,
      message: `Endpoint Security client ${code(c.name)} declares default_verdict = deny, but macOS does not deny for it (deadline_miss_mode = ${miss}). ` +
        `In this mode ${what}: under load the design fails open where it promised to fail closed.`,
      facts: [ctx.fact(c, 'default_verdict', 'promised'), ctx.fact(c, 'deadline_miss_mode', 'what macOS does')],
      fixes: [
        { title: 'Set the deadline miss mode to fail closed (es_set_deadline_miss_mode)', preferred: true, steps: [{ op: 'set', element: c.key, attribute: 'deadline_miss_mode', value: q('fail_closed') }] },
        { title: 'Declare the fail-open behaviour macOS gives (default_verdict = allow)', steps: [{ op: 'set', element: c.key, attribute: 'default_verdict', value: q('allow') }] },
      ],
    });
  }
};

export const RS056: RuleModule = {
  meta: {
    id: 'RS056', slug: 'es-deny-verdict-not-enforced',
    title: 'Endpoint Security client promises deny-on-timeout that macOS does not enforce',
    category: 'platform', defaultSeverity: 'warning',
    severityNote: 'Warning because the gap opens only under load or after a stall, which is when an attacker would create it.',
    rationale:
      'An Endpoint Security client answers AUTH messages before a deadline. By default (ES_DEADLINE_MISS_MODE_KILL) the system terminates a client that misses one, and Apple documents that AUTH messages dropped because a client\'s message queue was full are allowed. ' +
      'A design that declares `default_verdict = "deny"` therefore fails open exactly when the client is slow or flooded. ' +
      'es_set_deadline_miss_mode lets the client choose ES_DEADLINE_MISS_MODE_FAIL_CLOSED instead: missed AUTH messages are denied without killing the client, and messages dropped on a full queue are denied too. ' +
      'The design should either set that mode or declare the fail-open verdict it really has.',
    trigger: 'A component whose `kinds` include es_client, with `event_mode` authorize or both and `default_verdict = "deny"`, whose `deadline_miss_mode` is kill or allow (unset is reported as unspecified).',
    series: [],
    primary: [
      primary('Apple Developer — es_set_deadline_miss_mode(_:_:)', 'https://developer.apple.com/documentation/endpointsecurity/es_set_deadline_miss_mode(_:_:)'),
      primary('Apple Developer — ES_DEADLINE_MISS_MODE_FAIL_CLOSED', 'https://developer.apple.com/documentation/endpointsecurity/es_deadline_miss_mode_fail_closed'),
      primary('Apple Developer — es_message_t.deadline', 'https://developer.apple.com/documentation/endpointsecurity/es_message_t/deadline'),
      secondary('Apple Developer Forums — New EndpointSecurity helper functions (thread 833793)', 'https://developer.apple.com/forums/thread/833793'),
    ],
    related: ['RS041', 'RS055', 'RS037'],
    fixes: ['Set the deadline miss mode to fail closed', 'Declare the fail-open verdict macOS gives'],
    limitations: 'es_set_deadline_miss_mode is available from macOS 27; on earlier releases only the second fix is honest.',
  },
  check,
};
