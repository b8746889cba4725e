// What each execution context kind means for privilege, failure and recovery (domain.md §2.1).
// The analysis reads these facts; the schema turns them into hover text.

export type Privilege = 'ring0' | 'kernel_verified' | 'above_kernel' | 'user_protected' | 'user' | 'in_other_process' | 'off_host';
export type BlastRadius = 'process' | 'service' | 'host' | 'host_every_boot' | 'fleet';
export type Tamper = 'very_low' | 'low' | 'medium' | 'high' | 'very_high' | 'not_applicable';

export interface ContextKindFacts {
  kind: string;
  platforms: ('windows' | 'linux' | 'macos' | 'any' | 'cloud')[];
  privilege: Privilege;
  /** In the PRIVILEGED set of domain.md: full kernel (or higher) privilege without a verifier. */
  privileged: boolean;
  /** In the USER set: user-mode contexts on the host. */
  user: boolean;
  /** Always boot-critical regardless of start type (ELAM and boot-start drivers). */
  alwaysBootCritical: boolean;
  /** What a crash takes down by default (before start type is considered). */
  blastRadius: BlastRadius;
  /** How the host recovers from a crash of this context. */
  recovery: string;
  /** Who can tamper with it, in words. */
  tamper: Tamper;
  tamperNote: string;
  summary: string;
  doc: string;
}

export const CONTEXT_KINDS: ContextKindFacts[] = [
  {
    kind: 'kernel_driver', platforms: ['windows'], privilege: 'ring0', privileged: true, user: false, alwaysBootCritical: false,
    blastRadius: 'host', recovery: 'reboot; with start = boot or system a bad input can crash every boot, leaving Safe Mode, WinRE or Quick Machine Recovery',
    tamper: 'high', tamperNote: 'admin cannot simply stop it, but a vulnerable signed driver (BYOVD) can', summary: 'Windows kernel-mode driver (ring 0)',
    doc: 'A Windows kernel-mode driver runs in ring 0 with the kernel. It sees and can block operations through documented callbacks, minifilters and WFP callouts, but any fault in it is a bugcheck of the whole host. With `start = "boot"` or `"system"` it loads before logon on every boot, so a crash on bad input repeats on every restart.',
  },
  {
    kind: 'boot_start_driver', platforms: ['windows'], privilege: 'ring0', privileged: true, user: false, alwaysBootCritical: true,
    blastRadius: 'host_every_boot', recovery: 'out-of-band only: Safe Mode, WinRE, Quick Machine Recovery or hands-on repair',
    tamper: 'high', tamperNote: 'loaded by winload before the kernel initialises', summary: 'Windows boot-start driver, loaded by winload',
    doc: 'A boot-start driver is loaded by the boot loader before the kernel finishes initialising. A crash in it happens on every boot, before any agent or remote fix can run, so recovery is out of band. 64-bit boot-start drivers must carry an embedded signature.',
  },
  {
    kind: 'elam_driver', platforms: ['windows'], privilege: 'ring0', privileged: true, user: false, alwaysBootCritical: true,
    blastRadius: 'host_every_boot', recovery: 'WinRE restores the installer\'s backup copy; otherwise out-of-band repair',
    tamper: 'high', tamperNote: 'first boot-start driver; also anchors the PPL anti-malware service', summary: 'Early Launch Anti-Malware driver (first boot-start driver)',
    doc: 'An ELAM driver is the first boot-start driver to load. Its job is to classify the other boot drivers as good, bad or unknown before they initialise, and its certificate resource lets the vendor service run as a protected process (PPL). It runs before almost everything, so it has the worst blast radius and the hardest recovery of any component.',
  },
  {
    kind: 'protected_service', platforms: ['windows'], privilege: 'user_protected', privileged: false, user: true, alwaysBootCritical: false,
    blastRadius: 'service', recovery: 'the service manager restarts it', tamper: 'high', tamperNote: 'admin processes cannot inject into or terminate a PPL anti-malware service',
    summary: 'Windows PPL anti-malware service (protected user mode)',
    doc: 'A user-mode service started as a Protected Process Light with the anti-malware signer. Only Windows- or vendor-signed code may load into it and administrators cannot inject into or kill it. A crash ends one restartable process. It requires an ELAM driver whose resource registers the vendor certificate.',
  },
  {
    kind: 'user_service', platforms: ['windows', 'linux', 'macos'], privilege: 'user', privileged: false, user: true, alwaysBootCritical: false,
    blastRadius: 'service', recovery: 'the service manager restarts it', tamper: 'low', tamperNote: 'any administrator or root process can stop, kill or inject into it',
    summary: 'ordinary service or daemon (SYSTEM or root)',
    doc: 'An ordinary privileged service or daemon (SYSTEM on Windows, root on Linux and macOS). Faults end one restartable process, which makes it the right place for parsing and network code, but any administrator can stop or tamper with it unless it is protected by other means.',
  },
  {
    kind: 'user_process', platforms: ['windows', 'linux', 'macos'], privilege: 'user', privileged: false, user: true, alwaysBootCritical: false,
    blastRadius: 'process', recovery: 'the user relaunches it', tamper: 'low', tamperNote: 'the logged-on user can end it',
    summary: 'user-session process (UI, tray)', doc: 'A process in the user\'s session such as a tray icon or UI. Cheap to crash and easy to kill.',
  },
  {
    kind: 'injected_module', platforms: ['windows', 'linux', 'macos'], privilege: 'in_other_process', privileged: false, user: true, alwaysBootCritical: false,
    blastRadius: 'process', recovery: 'none of its own: it dies with its host process', tamper: 'very_low', tamperNote: 'the monitored process owns the memory and can unhook or patch it',
    summary: 'code injected into other processes (hook DLL)',
    doc: 'A module loaded into processes the agent watches, such as an ntdll hook DLL. It sees calls from the inside, but the watched process owns it and can remove or bypass it, and a bug in it crashes someone else\'s process.',
  },
  {
    kind: 'linux_kernel_module', platforms: ['linux'], privilege: 'ring0', privileged: true, user: false, alwaysBootCritical: false,
    blastRadius: 'host', recovery: 'reboot; with start = "boot" a bad input can panic every boot', tamper: 'high', tamperNote: 'root can unload it unless lockdown applies',
    summary: 'Linux loadable kernel module', doc: 'A loadable kernel module runs unconstrained in the Linux kernel. A fault is a kernel panic. It depends on kernel internals that change between builds and must be signed where Secure Boot and lockdown are enforced.',
  },
  {
    kind: 'ebpf_program', platforms: ['linux'], privilege: 'kernel_verified', privileged: false, user: false, alwaysBootCritical: false,
    blastRadius: 'host', recovery: 'detach or unload from user space; reboot if the kernel panicked', tamper: 'medium', tamperNote: 'root can detach programs',
    summary: 'eBPF program, checked by the kernel verifier',
    doc: 'An eBPF program runs in the kernel after the verifier has checked that it terminates and only touches memory it may. That bounds the program, not the kernel: bugs in the eBPF runtime itself have panicked hosts (RHEL 9.4, 2024). Ringside keeps it out of the PRIVILEGED set and gives it its own rules.',
  },
  {
    kind: 'macos_kext', platforms: ['macos'], privilege: 'ring0', privileged: true, user: false, alwaysBootCritical: false,
    blastRadius: 'host', recovery: 'reboot', tamper: 'high', tamperNote: 'needs user or MDM approval and, on Apple silicon, Reduced Security',
    summary: 'macOS kernel extension (deprecated)', doc: 'A macOS kernel extension. Apple deprecated kexts for security products in 2019 in favour of system extensions with Endpoint Security and NetworkExtension; on Apple silicon a third-party kext needs Reduced Security.',
  },
  {
    kind: 'macos_system_extension', platforms: ['macos'], privilege: 'user_protected', privileged: false, user: true, alwaysBootCritical: false,
    blastRadius: 'service', recovery: 'launchd and sysextd restart it; the OS kills clients that miss AUTH deadlines', tamper: 'high', tamperNote: 'protected by the OS; needs an Apple-granted entitlement and user or MDM approval',
    summary: 'macOS system extension (Endpoint Security, NetworkExtension)',
    doc: 'A macOS system extension runs in user space under OS protection. Endpoint Security gives it AUTH events (allow or deny before the operation, with a deadline) and NOTIFY events (after the fact); NetworkExtension covers the network.',
  },
  {
    kind: 'hypervisor', platforms: ['windows', 'linux', 'macos', 'any'], privilege: 'above_kernel', privileged: true, user: false, alwaysBootCritical: false,
    blastRadius: 'host', recovery: 'reboot', tamper: 'very_high', tamperNote: 'isolated from the kernel itself', summary: 'hypervisor component (above the kernel)',
    doc: 'Code that runs in or beside a hypervisor, above the guest kernel. It is isolated from kernel-level attackers, and a fault takes down the whole host.',
  },
  {
    kind: 'secure_kernel', platforms: ['windows'], privilege: 'above_kernel', privileged: true, user: false, alwaysBootCritical: false,
    blastRadius: 'host', recovery: 'reboot', tamper: 'very_high', tamperNote: 'VTL1 is isolated from the normal kernel', summary: 'VBS secure kernel / VTL1 component',
    doc: 'Code in the virtualisation-based secure kernel (VTL1) on Windows. It is isolated from the normal kernel and controlled by the platform vendor; a fault takes down the host.',
  },
  {
    kind: 'cloud_service', platforms: ['cloud'], privilege: 'off_host', privileged: false, user: false, alwaysBootCritical: false,
    blastRadius: 'fleet', recovery: 'fixed at the source quickly, but hosts that already crashed cannot receive the fix', tamper: 'not_applicable', tamperNote: 'not on the endpoint',
    summary: 'vendor back end (authoring, validation, release)',
    doc: 'The vendor\'s back end: content authoring, validation and release orchestration. It does not run on the host, but whatever it ships reaches every host it is released to, so its mistakes have a fleet-wide blast radius.',
  },
  // Issue 8 §3 (appended). Sources: Windows Experience Blog, 26 Jun 2025 (private preview for MVI partners
  // from July 2025). What protection the OS gives these processes is not public yet: tamper is inferred.
  {
    kind: 'windows_security_platform', platforms: ['windows'], privilege: 'user_protected', privileged: false, user: true, alwaysBootCritical: false,
    blastRadius: 'service', recovery: 'the process restarts; the kernel keeps running', tamper: 'medium',
    tamperNote: 'inferred: Microsoft has not published how the platform protects these processes',
    summary: 'Windows endpoint security platform (security product in user mode)',
    doc: 'Microsoft\'s Windows endpoint security platform lets anti-virus and EDR products run in user mode instead of in kernel drivers; Microsoft announced a private preview for Microsoft Virus Initiative partners from July 2025. A fault in code here ends a process rather than the host. Which events and enforcement points it exposes is still being defined with vendors, so record what the design expects from it.',
  },
];

export const CONTEXT_FACTS: ReadonlyMap<string, ContextKindFacts> = new Map(CONTEXT_KINDS.map((c) => [c.kind, c]));
