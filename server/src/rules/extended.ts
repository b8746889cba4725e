// The rules added for issue 8 §3 (RS046 onward): one file per rule holding its metadata, check and
// fixes. rules/meta.ts appends their metadata to the registry and rules/index.ts their checks, so
// adding a rule here is the whole registration.
import type { RuleModule } from './extended-helpers';
import { RS046 } from './rs046-windows-security-platform';
import { RS047 } from './rs047-code-release-fallback';
import { RS048 } from './rs048-superseded-driver-versions';
import { RS049 } from './rs049-driver-dangerous-primitive';
import { RS050 } from './rs050-kernel-cet-compat';
import { RS051 } from './rs051-bad-release-removal';
import { RS052 } from './rs052-content-compatibility-matrix';
import { RS053 } from './rs053-linux-daemon-unconfined';
import { RS054 } from './rs054-linux-lockdown';
import { RS055 } from './rs055-auth-handler-own-events';
import { RS056 } from './rs056-es-deadline-miss-mode';
import { RS057 } from './rs057-es-full-disk-access';
import { RS058 } from './rs058-hypercall-access-control';
import { RS059 } from './rs059-boot-attestation';
import { RS060 } from './rs060-hypervisor-vbs-coexistence';
import { RS061 } from './rs061-kext-kpi-replacement';

export const EXTENDED_RULES: readonly RuleModule[] = [
  RS046, RS047, RS048, RS049, RS050, RS051, RS052, RS053, RS054, RS055, RS056, RS057, RS058, RS059, RS060, RS061,
];
