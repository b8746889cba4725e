// RS057: a macOS Endpoint Security client without a fleet-wide Full Disk Access grant cannot connect.
import type { Check } from './index';
import { type RuleModule, primary, q, code } from './extended-helpers';

const check: Check = (ctx) => {
  for (const cx of ctx.model.contexts) {
    if (ctx.sem.platformOf(cx) !== 'macos') continue;
    const clients = ctx.sem.componentsIn(cx).filter((c) => ctx.sem.hasKind(c, 'es_client'));
    if (clients.length === 0) continue;
    const fda = cx.str('full_disk_access');
    if (fda === undefined) { ctx.unspecified(cx, 'full_disk_access'); continue; }
    if (fda === 'mdm_profile') continue;
    const none = fda === 'none';
    ctx.report({
      element: cx,
      severity: none ? 'error' : 'warning',
      message: none
        ? `Endpoint Security client ${code(clients[0].name)} in ${code(cx.name)} has no Full Disk Access, so es_new_client refuses it and the agent sees nothing. ` +
          'The call fails with ES_NEW_CLIENT_RESULT_ERR_NOT_PERMITTED on every Mac.'
        : `Endpoint Security client ${code(clients[0].name)} in ${code(cx.name)} waits for each user to grant Full Disk Access. ` +
          'Until someone does, es_new_client refuses it and that Mac is unprotected.',
      facts: [ctx.fact(cx, 'full_disk_access'), ...clients.map((c) => ctx.fact(c, 'kinds', 'needs TCC approval'))],
      fixes: [{ title: 'Grant Full Disk Access through an MDM privacy preferences (PPPC) profile', preferred: true, steps: [{ op: 'set', element: cx.key, attribute: 'full_disk_access', value: q('mdm_profile') }] }],
    });
  }
};

export const RS057: RuleModule = {
  meta: {
    id: 'RS057', slug: 'es-client-without-full-disk-access',
    title: 'macOS Endpoint Security client has no fleet-wide Full Disk Access grant',
    category: 'platform', defaultSeverity: 'warning',
    severityNote: 'Error when Full Disk Access is not granted at all (the client cannot start); warning when each user has to grant it.',
    rationale:
      'Endpoint Security clients need Transparency, Consent and Control (TCC) approval: without it es_new_client fails with ES_NEW_CLIENT_RESULT_ERR_NOT_PERMITTED and the client never receives an event. ' +
      'In practice the approval is Full Disk Access, which a user grants in System Settings or an MDM server grants fleet-wide with a privacy preferences policy control (PPPC) profile. ' +
      'Relying on each user leaves every Mac where nobody clicked unprotected, silently, so a managed fleet should ship the profile with the agent.',
    trigger: 'A macOS context holding a component whose `kinds` include es_client, with `full_disk_access` none (error) or user_approval (warning). Unset is reported as unspecified.',
    series: [],
    primary: [
      primary('Apple Developer — ES_NEW_CLIENT_RESULT_ERR_NOT_PERMITTED', 'https://developer.apple.com/documentation/endpointsecurity/es_new_client_result_err_not_permitted'),
      primary('Apple Developer — Device Management: PrivacyPreferencesPolicyControl', 'https://developer.apple.com/documentation/devicemanagement/privacypreferencespolicycontrol'),
    ],
    related: ['RS040', 'RS041', 'RS036'],
    fixes: ['Grant Full Disk Access through an MDM privacy preferences (PPPC) profile'],
  },
  check,
};
