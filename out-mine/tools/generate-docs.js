const __ringsideImportMetaUrl = require('url').pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// tools/generate-docs.ts
var fs = __toESM(require("node:fs"));
var path = __toESM(require("node:path"));

// server/src/schema/context-kinds.ts
var CONTEXT_KINDS = [
  {
    kind: "kernel_driver",
    platforms: ["windows"],
    privilege: "ring0",
    privileged: true,
    user: false,
    alwaysBootCritical: false,
    blastRadius: "host",
    recovery: "reboot; with start = boot or system a bad input can crash every boot, leaving Safe Mode, WinRE or Quick Machine Recovery",
    tamper: "high",
    tamperNote: "admin cannot simply stop it, but a vulnerable signed driver (BYOVD) can",
    summary: "Windows kernel-mode driver (ring 0)",
    doc: 'A Windows kernel-mode driver runs in ring 0 with the kernel. It sees and can block operations through documented callbacks, minifilters and WFP callouts, but any fault in it is a bugcheck of the whole host. With `start = "boot"` or `"system"` it loads before logon on every boot, so a crash on bad input repeats on every restart.'
  },
  {
    kind: "boot_start_driver",
    platforms: ["windows"],
    privilege: "ring0",
    privileged: true,
    user: false,
    alwaysBootCritical: true,
    blastRadius: "host_every_boot",
    recovery: "out-of-band only: Safe Mode, WinRE, Quick Machine Recovery or hands-on repair",
    tamper: "high",
    tamperNote: "loaded by winload before the kernel initialises",
    summary: "Windows boot-start driver, loaded by winload",
    doc: "A boot-start driver is loaded by the boot loader before the kernel finishes initialising. A crash in it happens on every boot, before any agent or remote fix can run, so recovery is out of band. 64-bit boot-start drivers must carry an embedded signature."
  },
  {
    kind: "elam_driver",
    platforms: ["windows"],
    privilege: "ring0",
    privileged: true,
    user: false,
    alwaysBootCritical: true,
    blastRadius: "host_every_boot",
    recovery: "WinRE restores the installer's backup copy; otherwise out-of-band repair",
    tamper: "high",
    tamperNote: "first boot-start driver; also anchors the PPL anti-malware service",
    summary: "Early Launch Anti-Malware driver (first boot-start driver)",
    doc: "An ELAM driver is the first boot-start driver to load. Its job is to classify the other boot drivers as good, bad or unknown before they initialise, and its certificate resource lets the vendor service run as a protected process (PPL). It runs before almost everything, so it has the worst blast radius and the hardest recovery of any component."
  },
  {
    kind: "protected_service",
    platforms: ["windows"],
    privilege: "user_protected",
    privileged: false,
    user: true,
    alwaysBootCritical: false,
    blastRadius: "service",
    recovery: "the service manager restarts it",
    tamper: "high",
    tamperNote: "admin processes cannot inject into or terminate a PPL anti-malware service",
    summary: "Windows PPL anti-malware service (protected user mode)",
    doc: "A user-mode service started as a Protected Process Light with the anti-malware signer. Only Windows- or vendor-signed code may load into it and administrators cannot inject into or kill it. A crash ends one restartable process. It requires an ELAM driver whose resource registers the vendor certificate."
  },
  {
    kind: "user_service",
    platforms: ["windows", "linux", "macos"],
    privilege: "user",
    privileged: false,
    user: true,
    alwaysBootCritical: false,
    blastRadius: "service",
    recovery: "the service manager restarts it",
    tamper: "low",
    tamperNote: "any administrator or root process can stop, kill or inject into it",
    summary: "ordinary service or daemon (SYSTEM or root)",
    doc: "An ordinary privileged service or daemon (SYSTEM on Windows, root on Linux and macOS). Faults end one restartable process, which makes it the right place for parsing and network code, but any administrator can stop or tamper with it unless it is protected by other means."
  },
  {
    kind: "user_process",
    platforms: ["windows", "linux", "macos"],
    privilege: "user",
    privileged: false,
    user: true,
    alwaysBootCritical: false,
    blastRadius: "process",
    recovery: "the user relaunches it",
    tamper: "low",
    tamperNote: "the logged-on user can end it",
    summary: "user-session process (UI, tray)",
    doc: "A process in the user's session such as a tray icon or UI. Cheap to crash and easy to kill."
  },
  {
    kind: "injected_module",
    platforms: ["windows", "linux", "macos"],
    privilege: "in_other_process",
    privileged: false,
    user: true,
    alwaysBootCritical: false,
    blastRadius: "process",
    recovery: "none of its own: it dies with its host process",
    tamper: "very_low",
    tamperNote: "the monitored process owns the memory and can unhook or patch it",
    summary: "code injected into other processes (hook DLL)",
    doc: "A module loaded into processes the agent watches, such as an ntdll hook DLL. It sees calls from the inside, but the watched process owns it and can remove or bypass it, and a bug in it crashes someone else's process."
  },
  {
    kind: "linux_kernel_module",
    platforms: ["linux"],
    privilege: "ring0",
    privileged: true,
    user: false,
    alwaysBootCritical: false,
    blastRadius: "host",
    recovery: 'reboot; with start = "boot" a bad input can panic every boot',
    tamper: "high",
    tamperNote: "root can unload it unless lockdown applies",
    summary: "Linux loadable kernel module",
    doc: "A loadable kernel module runs unconstrained in the Linux kernel. A fault is a kernel panic. It depends on kernel internals that change between builds and must be signed where Secure Boot and lockdown are enforced."
  },
  {
    kind: "ebpf_program",
    platforms: ["linux"],
    privilege: "kernel_verified",
    privileged: false,
    user: false,
    alwaysBootCritical: false,
    blastRadius: "host",
    recovery: "detach or unload from user space; reboot if the kernel panicked",
    tamper: "medium",
    tamperNote: "root can detach programs",
    summary: "eBPF program, checked by the kernel verifier",
    doc: "An eBPF program runs in the kernel after the verifier has checked that it terminates and only touches memory it may. That bounds the program, not the kernel: bugs in the eBPF runtime itself have panicked hosts (RHEL 9.4, 2024). Ringside keeps it out of the PRIVILEGED set and gives it its own rules."
  },
  {
    kind: "macos_kext",
    platforms: ["macos"],
    privilege: "ring0",
    privileged: true,
    user: false,
    alwaysBootCritical: false,
    blastRadius: "host",
    recovery: "reboot",
    tamper: "high",
    tamperNote: "needs user or MDM approval and, on Apple silicon, Reduced Security",
    summary: "macOS kernel extension (deprecated)",
    doc: "A macOS kernel extension. Apple deprecated kexts for security products in 2019 in favour of system extensions with Endpoint Security and NetworkExtension; on Apple silicon a third-party kext needs Reduced Security."
  },
  {
    kind: "macos_system_extension",
    platforms: ["macos"],
    privilege: "user_protected",
    privileged: false,
    user: true,
    alwaysBootCritical: false,
    blastRadius: "service",
    recovery: "launchd and sysextd restart it; the OS kills clients that miss AUTH deadlines",
    tamper: "high",
    tamperNote: "protected by the OS; needs an Apple-granted entitlement and user or MDM approval",
    summary: "macOS system extension (Endpoint Security, NetworkExtension)",
    doc: "A macOS system extension runs in user space under OS protection. Endpoint Security gives it AUTH events (allow or deny before the operation, with a deadline) and NOTIFY events (after the fact); NetworkExtension covers the network."
  },
  {
    kind: "hypervisor",
    platforms: ["windows", "linux", "macos", "any"],
    privilege: "above_kernel",
    privileged: true,
    user: false,
    alwaysBootCritical: false,
    blastRadius: "host",
    recovery: "reboot",
    tamper: "very_high",
    tamperNote: "isolated from the kernel itself",
    summary: "hypervisor component (above the kernel)",
    doc: "Code that runs in or beside a hypervisor, above the guest kernel. It is isolated from kernel-level attackers, and a fault takes down the whole host."
  },
  {
    kind: "secure_kernel",
    platforms: ["windows"],
    privilege: "above_kernel",
    privileged: true,
    user: false,
    alwaysBootCritical: false,
    blastRadius: "host",
    recovery: "reboot",
    tamper: "very_high",
    tamperNote: "VTL1 is isolated from the normal kernel",
    summary: "VBS secure kernel / VTL1 component",
    doc: "Code in the virtualisation-based secure kernel (VTL1) on Windows. It is isolated from the normal kernel and controlled by the platform vendor; a fault takes down the host."
  },
  {
    kind: "cloud_service",
    platforms: ["cloud"],
    privilege: "off_host",
    privileged: false,
    user: false,
    alwaysBootCritical: false,
    blastRadius: "fleet",
    recovery: "fixed at the source quickly, but hosts that already crashed cannot receive the fix",
    tamper: "not_applicable",
    tamperNote: "not on the endpoint",
    summary: "vendor back end (authoring, validation, release)",
    doc: "The vendor's back end: content authoring, validation and release orchestration. It does not run on the host, but whatever it ships reaches every host it is released to, so its mistakes have a fleet-wide blast radius."
  }
];
var CONTEXT_FACTS = new Map(CONTEXT_KINDS.map((c) => [c.kind, c]));

// server/src/schema/vocabulary.ts
function enumType(name, doc, values) {
  return { name, doc, values: values.map(([value, summary, d]) => ({ value, summary, doc: d })) };
}
var PLATFORM = enumType("platform", "Operating system the agent targets.", [
  ["windows", "Microsoft Windows"],
  ["linux", "Linux distributions"],
  ["macos", "Apple macOS"]
]);
var ROLE = enumType("role", "What kind of security product the agent is.", [
  ["edr", "endpoint detection and response", "Behavioural sensor that collects telemetry and detects attacker activity; tamper resistance matters because attackers try to blind it."],
  ["av", "anti-virus / anti-malware", "Scans files and memory against signatures and models and blocks known-bad content."],
  ["epp", "endpoint protection platform", "AV plus EDR features in one agent."],
  ["dlp", "data loss prevention", "Watches and blocks data leaving the host."],
  ["device_control", "device control", "Controls removable media and peripherals."],
  ["other", "another endpoint agent"]
]);
var MODE = enumType("mode", "Whether the agent must stop operations or only report them.", [
  ["prevent", "blocks operations before they complete", "The design promises to stop bad operations. That needs a synchronous, pre-operation source (kernel pre-op callbacks, minifilters, ES AUTH, BPF-LSM, fanotify permission events)."],
  ["detect", "reports after the fact", "The design only reports; asynchronous sources such as ETW or ES NOTIFY are enough."]
]);
var CONTEXT_KIND = enumType(
  "context kind",
  "The execution context a set of components runs in.",
  CONTEXT_KINDS.map((c) => [c.kind, c.summary, c.doc])
);
var START = enumType("start", "When the context is loaded. For Windows drivers this is the service start type.", [
  ["boot", "loaded by the boot loader (start type 0)", "Loaded before the kernel finishes initialising. A crash here repeats on every boot."],
  ["system", "loaded during kernel initialisation (start type 1)", "Loaded while the kernel initialises, before logon. A crash here also repeats on every boot."],
  ["auto", "started by the service manager at startup (2)", "Started after the kernel is up, by the service manager."],
  ["demand", "started on request (3)", "Loaded only when something asks for it."],
  ["login", "started at user logon"],
  ["on_event", "started by the OS when needed"]
]);
var LANGUAGE = enumType("language", "Implementation language of the code in this context.", [
  ["c", "C (memory-unsafe)"],
  ["cpp", "C++ (memory-unsafe)"],
  ["rust", "Rust (memory-safe by default)"],
  ["csharp", "C#"],
  ["go", "Go"],
  ["swift", "Swift"],
  ["objc", "Objective-C (memory-unsafe)"],
  ["ebpf_c", "restricted C compiled to eBPF"],
  ["other", "another language"]
]);
var SIGNER = enumType("signer", "Who signs the code that runs in this context.", [
  ["whql", "Microsoft HLK/WHQL dashboard signing", "Hardware Lab Kit tested and signed by Microsoft; valid on every Windows version including Server."],
  ["attestation", "Microsoft attestation signing", "Signed by Microsoft without HLK testing; accepted on Windows 10+ client only, not on Server, and not publishable to retail Windows Update."],
  ["elam_eku", "Microsoft signature with the Early Launch EKU", "Required for ELAM drivers; granted to qualifying Microsoft Virus Initiative members."],
  ["vendor", "vendor code-signing certificate"],
  ["apple_notarized", "Apple Developer ID, notarized"],
  ["distro", "distribution or MOK module key"],
  ["platform", "the platform vendor"],
  ["test", "test signing", "Only loads with test signing enabled: not a production signature."],
  ["self", "self-signed", "Not trusted by the OS loader."],
  ["none", "unsigned"]
]);
var TARGET_OS = enumType("target", "Operating system releases the context must load on.", [
  ["windows_10_plus_client", "Windows 10 and later, client editions"],
  ["windows_server", "Windows Server"],
  ["windows_pre_10", "Windows before 10"],
  ["linux_lts_kernels", "long-term-support Linux kernels"],
  ["linux_distro_kernels", "distribution vendor kernels"],
  ["macos_current", "supported macOS releases"]
]);
var ON_INTERNAL_ERROR = enumType("on_internal_error", "What the component does when its own code hits an unexpected state (not a security verdict).", [
  ["fail_open", "log, skip the failing work, keep running"],
  ["disable_rule", "quarantine the rule or content that failed, keep running", "The failing rule or content item is disabled and reported; everything else keeps working. The safest choice for interpreters."],
  ["fail_closed", "deny operations until the fault clears", "Turns the product's own defect into a denial of service for the host."],
  ["bugcheck", "crash the host (unhandled fault in kernel)", "An unhandled exception in ring 0 stops the machine: what an out-of-bounds read in a kernel driver does."]
]);
var CRASH_LOOP_PROTECTION = enumType("crash_loop_protection", "What the component does after repeated crashes or unclean boots.", [
  ["none", "no detection: it will load the same way again"],
  ["disable_content", "skip updatable content after N failures"],
  ["reduced_functionality", "enter a reduced mode that keeps heartbeating"],
  ["skip_load", "do not load at all after N failures"],
  ["last_known_good", "revert to the last content or code that booted cleanly"]
]);
var SAFE_MODE = enumType("safe_mode_behavior", "Whether the context loads in Safe Mode.", [
  ["loads", "loads in Safe Mode"],
  ["not_loaded", "does not load in Safe Mode"],
  ["reduced", "loads without content-driven features"]
]);
var REMOTE_RECOVERY = enumType("recovery remote", "How a host that cannot boot normally is fixed without touching it.", [
  ["none", "no remote path: someone must act on each host"],
  ["qmr", "Windows Quick Machine Recovery pushes a fix into WinRE"],
  ["network_boot", "network boot or remote re-image"],
  ["oob_management", "out-of-band management (vPro, iLO, hypervisor console)"],
  ["agent_self_heal", "the agent repairs itself after a failed boot"]
]);
var CONTENT_ACTIVATION = enumType("content_activation", "When a boot-critical context starts using newly delivered content.", [
  ["at_boot", "new content is read during boot", "A faulty file is read on every boot, before any remote fix can arrive."],
  ["after_boot_success", "new content activates only after a successful boot", "Boot uses a frozen, tested baseline; fresh content activates once the boot-success marker is set."],
  ["from_user_service", "the user-mode service activates content after it starts"]
]);
var COMPONENT_KIND = enumType("component kind", "What a component does. A component may have several kinds.", [
  ["sensor.process_callback", "process creation callback", "PsSetCreateProcessNotifyRoutineEx and equivalents: sees every process start and can veto it."],
  ["sensor.thread_callback", "thread creation callback"],
  ["sensor.image_load_callback", "image load callback"],
  ["sensor.registry_callback", "registry callback (can block in pre-notification)"],
  ["sensor.object_callback", "handle (object) callback", "ObRegisterCallbacks: filters process and thread handle rights; used for self-protection."],
  ["fs_minifilter", "file-system minifilter", "Filter Manager pre/post operation callbacks ordered by altitude; can block file operations."],
  ["network_filter", "network filter (WFP callout, NDIS, NetworkExtension, XDP/tc)"],
  ["etw_consumer", "ETW consumer (asynchronous)", "Receives Event Tracing for Windows events after the fact. In-process providers can be patched by the process that emits them."],
  ["etw_ti_consumer", "ETW Threat-Intelligence consumer (PPL only)", "Events emitted from the kernel side; only PPL anti-malware services may consume them."],
  ["es_client", "macOS Endpoint Security client", "AUTH events can deny a pending operation before a deadline; NOTIFY events report completed ones."],
  ["ebpf_probe", "eBPF probe (tracepoint, kprobe, BPF-LSM)"],
  ["fanotify_monitor", "Linux fanotify listener (notify or permission events)"],
  ["user_hook", "in-process API hook", "Hooks in the watched process (ntdll, libc): visible to and removable by that process."],
  ["amsi_provider", "AMSI provider (script content scanning)"],
  ["boot_driver_classifier", "ELAM boot-driver classification callback"],
  ["content_parser", "decodes content (channel files, signature DBs, models)"],
  ["content_interpreter", "evaluates detection content / templates", "Gives content its meaning at run time. Falcon's Content Interpreter evaluated regex-based template instances."],
  ["rule_engine", "evaluates detection rules"],
  ["signature_scanner", "scans bytes against signatures"],
  ["ml_inference", "runs on-sensor models"],
  ["detection_logic", "turns telemetry into detections"],
  ["correlator", "correlates events into behaviours"],
  ["response_actuator", "kills, quarantines, deletes, isolates or blocks", "Acts on verdicts. What it may do is declared in `actions`."],
  ["telemetry_uploader", "sends telemetry and heartbeats to the cloud"],
  ["content_updater", "fetches, verifies, stages and activates content"],
  ["sensor_updater", "installs code and driver updates"],
  ["self_protection", "protects the agent (PPL, handle-right stripping, file guards)"],
  ["health_monitor", "crash-loop counter, heartbeat, health reporting"],
  ["watchdog", "restarts or reports stuck components"],
  ["ipc_channel", "endpoint of a cross-boundary channel (IOCTL device, filter port, XPC)"],
  ["policy_manager", "applies admin policy from the console"],
  ["ui_tray", "user interface"],
  ["content_authoring", "cloud: writes detection content"],
  ["content_validator", "cloud: validates content before release"],
  ["release_orchestrator", "cloud: ships content and code to the fleet"],
  ["telemetry_backend", "cloud: receives telemetry"]
]);
var MATCHING = enumType("matching", "How the component matches patterns against data.", [
  ["regex", "regular expressions evaluated at run time"],
  ["wildcard", "wildcard patterns"],
  ["glob", "glob patterns"],
  ["exact", "exact comparisons"],
  ["dfa_table", "precompiled size-capped automata"],
  ["bytecode", "a bytecode VM"],
  ["hash_lookup", "hash or set lookups"],
  ["none", "no pattern matching"]
]);
var BOUNDS_CHECKS = enumType("bounds_checks", "Whether indexed reads of structured input are checked.", [
  ["none", "no bounds checks", "Array and field accesses trust counts and lengths from the input or from upstream tooling."],
  ["compile_time", "field counts checked when content is built"],
  ["runtime", "every indexed access is checked at run time"],
  ["runtime_and_compile_time", "checked when built and at every access"]
]);
var PARSER_COMPLEXITY = enumType("parser_complexity", "How complex a format the component decodes.", [
  ["none", "no parsing"],
  ["fixed_records", "fixed-size records with checked counts"],
  ["tlv", "simple type-length-value records"],
  ["archive", "archives (ZIP, CAB, RAR)"],
  ["document", "documents (PDF, Office)"],
  ["script", "scripts or macros"],
  ["decompression", "compressed streams"],
  ["regex", "regular expressions from content"],
  ["full_protocol", "full network protocol decoding"]
]);
var OPERATION = enumType("performs", "Work the component does on content or at run time.", [
  ["network_fetch", "downloads content"],
  ["network_lookup", "queries a remote service while handling an event"],
  ["blocking_io", "waits on disk or other slow I/O while handling an event"],
  ["decompress", "decompresses content"],
  ["decrypt", "decrypts content"],
  ["deobfuscate", "de-obfuscates content"],
  ["signature_verify", "verifies signatures or certificates"],
  ["parse", "parses content"],
  ["compile", "compiles content into a simpler form"]
]);
var CALLBACK_MODE = enumType("callback mode", "Whether the OS waits for the callback.", [
  ["synchronous", "the OS waits: the operation is held until the callback returns"],
  ["asynchronous", "events are queued and handled later"]
]);
var CALLBACK_WORK = enumType("callback work", "What the callback does before it returns.", [
  ["enqueue", "copies a minimal record and queues it"],
  ["lookup", "consults an in-memory cache"],
  ["parse", "parses data"],
  ["scan", "scans content"],
  ["network", "talks to the network"],
  ["wait_user", "waits for a user-mode verdict"]
]);
var ACTION = enumType("action", "What a response actuator may do.", [
  ["alert", "raises an alert"],
  ["block", "blocks the pending operation"],
  ["kill", "kills a process"],
  ["suspend", "suspends a process"],
  ["quarantine", "moves a file to quarantine"],
  ["delete", "deletes a file"],
  ["isolate_host", "cuts the host off the network"]
]);
var EVENT_MODE = enumType("event_mode", "Whether the component authorizes operations or is notified after them.", [
  ["authorize", "decides before the operation completes (ES AUTH, BPF-LSM, fanotify permission)"],
  ["notify", "learns after the fact (ES NOTIFY, tracepoints, fanotify notify)"],
  ["both", "subscribes to both"]
]);
var VERDICT = enumType("verdict", "The answer given when no decision arrives in time.", [["allow", "let the operation proceed"], ["deny", "refuse the operation"]]);
var ATTACH = enumType("attach", "How the component hooks into the operating system.", [
  ["documented_callback", "documented kernel callback APIs"],
  ["minifilter", "Filter Manager"],
  ["wfp_callout", "WFP callout"],
  ["wfp_builtin", "built-in WFP filters managed from user mode"],
  ["ndis_lwf", "NDIS lightweight filter"],
  ["etw", "ETW session"],
  ["etw_ti", "ETW Threat-Intelligence"],
  ["amsi", "AMSI"],
  ["user_hook", "in-process API hook"],
  ["endpoint_security", "macOS Endpoint Security"],
  ["network_extension", "macOS NetworkExtension"],
  ["tracepoint", "Linux tracepoint (stable)"],
  ["btf_core", "BTF / CO-RE relocations"],
  ["fentry", "fentry/fexit"],
  ["kprobe", "kprobe on a kernel symbol (unstable)"],
  ["bpf_lsm", "BPF-LSM hook (can deny)"],
  ["xdp", "XDP"],
  ["tc", "traffic control"],
  ["cgroup", "cgroup hook"],
  ["fanotify", "fanotify"],
  ["hardcoded_offsets", "hard-coded kernel structure offsets"],
  ["ssdt_hook", "patched system-call table (undocumented)"],
  ["inline_kernel_patch", "patched kernel code (undocumented)"],
  ["idt_hook", "patched interrupt table (undocumented)"],
  ["callback_array_edit", "edited kernel callback arrays (undocumented)"]
]);
var CAPABILITY = enumType("capability", "A capability a component provides or requires.", [
  ["exec_events", "process execution events"],
  ["file_events", "file events"],
  ["network_events", "network events"],
  ["lsm_block", "deny operations through LSM hooks"],
  ["early_boot_visibility", "sees activity before user mode starts"],
  ["paging_io_visibility", "sees paging I/O writes"],
  ["synchronous_block", "blocks operations before they complete"],
  ["tamper_resistance", "resists an administrator who wants it gone"],
  ["memory_introspection", "reads other processes' memory"],
  ["raw_kernel_access", "needs kernel internals no API exposes"]
]);
var NETWORK_NEED = enumType("network need", "What a network filter must do.", [
  ["allow_block_by_app_or_5tuple", "allow or block by application or 5-tuple"],
  ["connection_logging", "log connections"],
  ["deep_inspection", "inspect payloads"],
  ["modification", "modify traffic"]
]);
var EVIDENCE = enumType("evidence", "Assurance work done on the code or content.", [
  ["fuzzing", "continuous fuzzing of parsers and interfaces"],
  ["static_analysis", "static analysis (CodeQL, SAL)"],
  ["driver_verifier", "Driver Verifier runs"],
  ["fault_injection", "fault injection on the content path"],
  ["hlk", "HLK certification tests"],
  ["kernel_matrix", "CI across the supported kernel/OS matrix"],
  ["stress", "stress tests"],
  ["formal_verification", "formal proofs"],
  ["code_review", "independent code review"]
]);
var MIGRATED_FROM = enumType(
  "migrated_from",
  "The execution context this component used to run in.",
  CONTEXT_KINDS.map((c) => [c.kind, c.summary])
);
var SOURCE = enumType("source", "Where an input comes from. The source sets a default trust level.", [
  ["cloud_rapid_content", "detection content pushed from the cloud several times a day", "Channel files, template instances, IOA rules: the July 2024 trigger. It changes behaviour like code but ships like data."],
  ["signature_db", "signature databases (AV DATs, YARA)", "Updated daily or faster. McAfee DAT 5958 (2010) is the user-mode example of what a bad one does."],
  ["ml_model", "on-sensor machine-learning models"],
  ["sensor_code", "driver and service binaries", "Code releases, normally staged and pinnable by customers."],
  ["policy_config", "admin policy from the console"],
  ["local_config", "registry or files on disk", "Trusted relative to a user, untrusted relative to the kernel: anyone with admin rights can write it."],
  ["os_event_data", "callback parameters: paths, command lines, pipe names", "Structured by the OS but the strings are chosen by whoever started the process."],
  ["file_content", "bytes of files being scanned", "Chosen by the attacker."],
  ["network_packets", "packet and stream data", "Chosen by the attacker."],
  ["ipc_from_user", "IOCTL buffers and port messages from user mode", "Attacker-controlled unless the peer is authenticated."],
  ["process_memory", "memory read from other processes", "Attacker-controlled and may change while read (TOCTOU)."],
  ["boot_driver_images", "driver images classified at boot"],
  ["cloud_commands", "remote response commands from the console", "High impact: they can kill, isolate or disable."]
]);
var TRUST = enumType("trust", "How far an input can be believed, from the trust ladder (highest first). A signature proves origin, not well-formedness.", [
  ["platform_trusted", "comes from the OS itself"],
  ["vendor_signed_code", "code signed by the vendor (and the platform)"],
  ["vendor_signed_content", "content signed by the vendor", "The origin is known; the content can still be malformed. Signed content needs bounds-checked consumption all the same."],
  ["authenticated_peer", "from a peer whose identity was checked"],
  ["admin_config", "written by an administrator"],
  ["attacker_influenced", "partly chosen by an attacker"],
  ["attacker_controlled", "fully chosen by an attacker"]
]);
var FREQUENCY = enumType("frequency", "How often the input changes or is released.", [
  ["per_release", "with each code release"],
  ["monthly", "monthly"],
  ["weekly", "weekly"],
  ["daily", "daily"],
  ["multiple_per_day", "several times a day"],
  ["continuous", "continuously (event data)"],
  ["on_change", "when an admin changes it"],
  ["each_boot", "at every boot"],
  ["ad_hoc", "on demand"]
]);
var UPDATE_CHANNEL = enumType("update_channel", "Whether the input ships as code or as content.", [
  ["code", "ships through the code release process"],
  ["content", "ships as data through a content pipeline"]
]);
var INTEGRITY_CHECK = enumType("integrity_check", "Where the input's signature or hash is verified.", [
  ["user", "verified in a user-mode component"],
  ["kernel", "verified in the kernel"],
  ["cloud", "verified only before release"],
  ["none", "not verified"]
]);
var ROLLOUT = enumType("rollout", "How a release reaches the fleet.", [
  ["global", "every host at once", "The whole fleet receives the release within minutes; nothing stops a bad one before it is everywhere."],
  ["staged", "in rings with pauses between them"]
]);
var ROLLBACK = enumType("rollback", "How a bad release is undone on hosts.", [
  ["none", "no rollback"],
  ["manual", "someone ships a fix or deletes files by hand"],
  ["automatic", "hosts revert on their own"]
]);
var CUSTOMER_CONTROL = enumType("customer_control", "What customers can do about when releases land.", [
  ["none", "nothing: every release lands everywhere"],
  ["pin", "pin a version"],
  ["delay", "delay releases"],
  ["rings", "assign device groups to rings"]
]);
var HEALTH_SIGNAL = enumType("health signal", "Signals a promotion gate watches.", [
  ["heartbeat_loss", "hosts that stop reporting"],
  ["crash_dumps", "crash reports"],
  ["boot_success", "boot-success markers"],
  ["cpu", "CPU regressions"],
  ["memory", "memory regressions"],
  ["error_rate", "agent error rate"]
]);
var RELEASE_PROCESS = enumType("release_process", "Which gates a release passes.", [
  ["code_equivalent", "the same rings and tests as a code release"],
  ["content_pipeline", "a lighter content pipeline"],
  ["none", "no formal process"]
]);
var VALIDATED_BY = enumType("validated_by", "What checks content before release.", [
  ["same_interpreter", "the shipping interpreter itself runs every release"],
  ["separate_validator", "a separate validator implementation"],
  ["none", "nothing"]
]);
var MECHANISM = enumType("mechanism", "How data crosses between the two ends of a channel.", [
  ["ioctl", "device I/O control"],
  ["filter_port", "Filter Manager communication port"],
  ["shared_memory", "shared memory section"],
  ["alpc", "ALPC"],
  ["named_pipe", "named pipe"],
  ["rpc", "RPC"],
  ["bpf_map", "BPF map"],
  ["bpf_ringbuf", "BPF ring buffer"],
  ["netlink", "netlink socket"],
  ["xpc", "XPC"],
  ["unix_socket", "Unix domain socket"],
  ["https", "HTTPS"],
  ["file_drop", "files on disk"],
  ["etw", "ETW"]
]);
var FORM = enumType("form", "What shape the content has when it crosses the channel.", [
  ["raw", "the original content format", "The receiver still parses the original, complex format."],
  ["compiled", "a flat, versioned, size-prefixed table", "Compiled in user mode into fixed-size records with checked counts, a version and a hash; the receiver validates the header and rejects mismatches."]
]);
var ACL = enumType("acl", "Who may open the channel endpoint.", [
  ["none", "anyone"],
  ["admin_only", "administrators"],
  ["system_only", "SYSTEM / root only"],
  ["protected_service_only", "only the vendor protected service"]
]);
var CALLER_VERIFICATION = enumType("caller_verification", "How the endpoint checks who is calling.", [
  ["none", "not checked"],
  ["pid", "a process id (spoofable)"],
  ["token", "a token or shared secret"],
  ["signer", "the caller's code signature"],
  ["ppl_signer", "the caller is the PPL service with the vendor signer"],
  ["code_requirement", "macOS code-signing requirement"]
]);
var VALIDATION = enumType("validation", "How the receiver validates messages.", [
  ["none", "not validated"],
  ["size", "sizes checked"],
  ["size_and_version", "sizes and version header checked"],
  ["full", "every field checked against a schema"]
]);
var TRANSFER = enumType("transfer", "How buffers move across the boundary.", [
  ["method_buffered", "the I/O manager copies the buffer"],
  ["method_direct", "locked MDL"],
  ["method_neither", "raw user pointers (double-fetch prone)"],
  ["copy_once", "copied once, then validated"],
  ["shared_memory_locked", "shared memory with a copy before use"],
  ["shared_memory_unlocked", "shared memory read in place"],
  ["message", "message-based"]
]);
var CONTROL_OPERATION = enumType("control operation", "State-changing operations a channel or command input exposes.", [
  ["unload", "unload the driver or agent"],
  ["disable_protection", "switch protection off"],
  ["add_exclusion", "add an exclusion"],
  ["kill_process", "kill a process"],
  ["isolate_host", "isolate the host"],
  ["update_policy", "change policy"],
  ["query_status", "read status (not state-changing)"]
]);
var OVERFLOW = enumType("overflow", "What a full queue does.", [
  ["drop_oldest", "drops the oldest entries and counts them"],
  ["drop_newest", "drops new entries and counts them"],
  ["block", "blocks the producer"],
  ["grow", "allocates more (unbounded)"]
]);
var ALLOCATION = enumType("per_event_allocation", "How much memory one event may allocate.", [
  ["bounded", "capped per event"],
  ["unbounded", "sized by the event data"]
]);
var SEVERITY = enumType("severity", "A finding severity, or off.", [
  ["error", "error"],
  ["warning", "warning"],
  ["information", "information"],
  ["hint", "hint"],
  ["off", "the rule does not run"]
]);
var FAIL_ON = enumType("fail_on", "Which severity fails a CI run.", [
  ["error", "fail on errors"],
  ["warning", "fail on warnings or errors"],
  ["never", "never fail on findings"]
]);
var ALL_ENUMS = [
  PLATFORM,
  ROLE,
  MODE,
  CONTEXT_KIND,
  START,
  LANGUAGE,
  SIGNER,
  TARGET_OS,
  ON_INTERNAL_ERROR,
  CRASH_LOOP_PROTECTION,
  SAFE_MODE,
  REMOTE_RECOVERY,
  CONTENT_ACTIVATION,
  COMPONENT_KIND,
  MATCHING,
  BOUNDS_CHECKS,
  PARSER_COMPLEXITY,
  OPERATION,
  CALLBACK_MODE,
  CALLBACK_WORK,
  ACTION,
  EVENT_MODE,
  VERDICT,
  ATTACH,
  CAPABILITY,
  NETWORK_NEED,
  EVIDENCE,
  MIGRATED_FROM,
  SOURCE,
  TRUST,
  FREQUENCY,
  UPDATE_CHANNEL,
  INTEGRITY_CHECK,
  ROLLOUT,
  ROLLBACK,
  CUSTOMER_CONTROL,
  HEALTH_SIGNAL,
  RELEASE_PROCESS,
  VALIDATED_BY,
  MECHANISM,
  FORM,
  ACL,
  CALLER_VERIFICATION,
  VALIDATION,
  TRANSFER,
  CONTROL_OPERATION,
  OVERFLOW,
  ALLOCATION,
  SEVERITY,
  FAIL_ON
];

// server/src/schema/language.ts
var str = { kind: "string" };
var bool = { kind: "bool" };
var int = (min = 0, max) => ({ kind: "number", integer: true, min, max });
var date = { kind: "date" };
var duration = { kind: "duration" };
var en = (e) => ({ kind: "enum", enum: e });
var list = (of) => ({ kind: "list", of });
var ref = (...targets) => ({ kind: "reference", targets });
function attr(name, type, summary, doc, extra = {}) {
  return { name, type, summary, doc, ...extra };
}
var description = attr("description", str, "free text shown on hover", "A sentence or two for reviewers: what this element is and why it is shaped this way.");
var evidence = attr("evidence", list(en(EVIDENCE)), "assurance work done", "Assurance work that backs the code or content: fuzzing, static analysis, Driver Verifier, fault injection, kernel-matrix CI. Several rules drop a level when the right evidence is declared.");
var BLOCKS = [
  {
    type: "agent",
    summary: "the product being reviewed (one per model)",
    topLevel: true,
    referenceable: true,
    maxPerModel: 1,
    doc: "The endpoint agent as a whole: platform, role, whether it must prevent or only detect, and its fleet size. Exactly one per model.",
    labels: [{ name: "name", doc: "A name for the agent, used in references as `agent.NAME`." }],
    attributes: [
      attr("platform", en(PLATFORM), "target operating system", "The operating system the agent runs on. Platform-specific rules (HVCI, kexts, eBPF) key on it.", { required: true }),
      attr("role", en(ROLE), "kind of product", "What the product is. EDR and AV agents are tamper-sensitive: attackers try to switch them off first.", { required: true }),
      attr("mode", en(MODE), "prevent or detect", "Whether the design promises to block operations (`prevent`) or only to report them (`detect`). Prevention needs synchronous sources."),
      attr("fleet_size", int(0), "number of hosts", "How many hosts run the agent. It turns a per-host failure into a fleet figure in the blast-radius report."),
      description
    ],
    blocks: [{ type: "heartbeat", max: 1 }, { type: "accepted_gap" }],
    example: 'agent "falcon_windows" {\n  platform   = "windows"\n  role       = "edr"\n  mode       = "prevent"\n  fleet_size = 8500000\n}'
  },
  {
    type: "heartbeat",
    summary: "periodic health signal to the back end",
    topLevel: false,
    doc: "A periodic, authenticated signal that tells the back end the sensor is alive, what it runs and whether it is degraded. Silence is how a blinded or crashed sensor shows up, and rollouts halt on heartbeat loss.",
    labels: [],
    attributes: [
      attr("interval", duration, "time between heartbeats", 'How often the agent reports, as a duration such as "60s" or "5m".', { required: true }),
      attr("reports_content_version", bool, "carries the active content version", "Whether each heartbeat names the content version in use, so a bad release can be correlated with silence."),
      attr("authenticated", bool, "signed or sent over an authenticated channel", "Whether the back end can tell a real heartbeat from a forged one.")
    ],
    blocks: [],
    example: 'heartbeat {\n  interval                = "60s"\n  reports_content_version = true\n}'
  },
  {
    type: "accepted_gap",
    summary: "a capability knowingly given up",
    topLevel: false,
    doc: "Records a capability the design does without, usually after moving a component out of the kernel, with the reason and what compensates for it.",
    labels: [],
    attributes: [
      attr("capability", en(CAPABILITY), "the capability given up", "Which capability is missing.", { required: true }),
      attr("rationale", str, "why it is acceptable", "Why the design accepts the gap.", { required: true }),
      attr("compensating_control", str, "what covers for it", "What reduces the risk the gap leaves.")
    ],
    blocks: [],
    example: 'accepted_gap {\n  capability           = "paging_io_visibility"\n  rationale            = "Ransomware writes are caught by the minifilter on the cached path."\n  compensating_control = "canary files"\n}'
  },
  {
    type: "context",
    summary: "an execution context and the components in it",
    topLevel: true,
    referenceable: true,
    doc: "Where code runs: a kernel driver, a boot-start or ELAM driver, a protected or ordinary service, an eBPF program, a macOS system extension, a hypervisor or the cloud. Its kind decides privilege, what a crash costs and how it is recovered. Components are nested inside the context they run in.",
    labels: [{ name: "name", doc: "The context name, referenced as `context.NAME`." }],
    attributes: [
      attr("kind", en(CONTEXT_KIND), "execution context kind", "The kind of execution context. It sets privilege, blast radius, recovery and tamper resistance.", { required: true }),
      attr("start", en(START), "when it loads", "When the context loads. For Windows drivers `boot` and `system` make a kernel driver boot-critical; for a Linux module `boot` does the same."),
      attr("platform", en(PLATFORM), "platform, if not the agent's", "Overrides the agent platform for this context, for mixed designs."),
      attr("language", en(LANGUAGE), "implementation language", "The language the code is written in. Kernel code in C or C++ needs assurance evidence (RS023)."),
      attr("signer", en(SIGNER), "who signs the code", "Who signs the binary. 64-bit Windows refuses unsigned kernel code; attestation signing does not reach Windows Server."),
      attr("embedded_signature", bool, "signature embedded in the image", "Whether the signature is embedded in the binary, as 64-bit boot-start drivers require."),
      attr("targets", list(en(TARGET_OS)), "OS releases it must load on", "The OS releases the context must load on; attestation signing does not cover Server or pre-Windows 10."),
      attr("hvci_compatible", bool, "memory-integrity compatible", "Whether the driver works with memory integrity (HVCI): no writable-and-executable memory, no dynamic code, no data loaded as code."),
      attr("on_internal_error", en(ON_INTERNAL_ERROR), "behaviour on its own bugs", "What the code does when it meets its own unexpected state. Components may override it."),
      attr("crash_loop_protection", en(CRASH_LOOP_PROTECTION), "what happens after repeated crashes", "What the context does after repeated crashes or unclean boots. `none` means it will load the same way again, forever."),
      attr("crash_loop_threshold", int(1), "failures before the fallback", "How many consecutive failures trigger the crash-loop fallback."),
      attr("safe_mode_behavior", en(SAFE_MODE), "whether it loads in Safe Mode", "Whether the context loads in Safe Mode, which decides whether an administrator can get in to repair a host."),
      attr("content_activation", en(CONTENT_ACTIVATION), "when new content is used", "When a boot-critical context starts using newly delivered content: during boot, or only after a successful boot."),
      attr("reduced_functionality_mode", bool, "has a degraded safe mode", "Whether the context can drop to a reduced mode (no risky features, still heartbeating) on unknown kernels or after faults."),
      evidence,
      description
    ],
    blocks: [{ type: "component" }, { type: "recovery", max: 1 }, { type: "compat_gate", max: 1 }],
    example: 'context "sensor_driver" {\n  kind     = "kernel_driver"\n  start    = "system"\n  language = "cpp"\n  signer   = "whql"\n\n  component "process_sensor" {\n    kinds = ["sensor.process_callback"]\n  }\n}'
  },
  {
    type: "recovery",
    summary: "how a failed host is brought back",
    topLevel: false,
    doc: "How hosts recover when this context fails: a backup copy for WinRE, whether someone must touch each machine, and whether recovery keys are escrowed.",
    labels: [],
    attributes: [
      attr("backup_copy", bool, "installer keeps a backup copy", "Whether the installer keeps a backup copy that WinRE can restore, as Microsoft asks of ELAM drivers."),
      attr("winre", bool, "repairable from WinRE", "Whether the component can be disabled or repaired from the Windows Recovery Environment."),
      attr("remote", en(REMOTE_RECOVERY), "remote recovery path", "How a host that cannot boot normally is fixed without hands on it."),
      attr("requires_physical_access", bool, "someone must touch each host", "Whether recovery needs a person at each machine (or a console per VM)."),
      attr("bitlocker", bool, "disks are BitLocker-encrypted", "Whether hosts use full-disk encryption, which makes offline repair need a recovery key."),
      attr("bitlocker_key_escrow", bool, "recovery keys are escrowed", "Whether recovery keys are escrowed where responders can get them at scale."),
      attr("runbook", str, "where the recovery runbook lives", "A link or name for the recovery runbook.")
    ],
    blocks: [],
    example: 'recovery {\n  backup_copy              = true\n  remote                   = "qmr"\n  requires_physical_access = false\n}'
  },
  {
    type: "compat_gate",
    summary: "tested kernel / OS allowlist",
    topLevel: false,
    doc: "A gate that recognises kernels or OS builds the vendor has not tested and changes behaviour on them, instead of loading and hoping.",
    labels: [],
    attributes: [
      attr("tested", list(str), "tested builds", "Kernel or OS builds in the test matrix."),
      attr("on_unknown", { kind: "enum", enum: { name: "on_unknown", doc: "Behaviour on an untested build.", values: [
        { value: "reduced_functionality", summary: "load in reduced mode and keep heartbeating" },
        { value: "skip_load", summary: "do not load" },
        { value: "load_anyway", summary: "load normally (no real gate)" }
      ] } }, "behaviour on untested builds", "What happens on a build outside the tested list. `load_anyway` is no gate at all.", { required: true })
    ],
    blocks: [],
    example: 'compat_gate {\n  tested     = ["5.14.0-427.13.1.el9_4"]\n  on_unknown = "reduced_functionality"\n}'
  },
  {
    type: "component",
    summary: "a part of the agent, inside its context",
    topLevel: false,
    referenceable: true,
    doc: "A part of the agent: a sensor, a parser, an interpreter, an updater, a response actuator. It runs in the context it is nested in, and declares what it consumes and how it handles it.",
    labels: [{ name: "name", doc: "The component name, referenced as `component.NAME`; unique across the model." }],
    attributes: [
      attr("kinds", list(en(COMPONENT_KIND)), "what the component does", "One or more component kinds. Rules read them to tell a sensor from an interpreter or an updater.", { required: true }),
      attr("consumes", list(ref("input")), "inputs it reads", "The inputs the component reads directly. Inputs can also arrive over channels."),
      attr("matching", en(MATCHING), "how it matches patterns", "How the component matches patterns. Regular expressions evaluated in the kernel are hard to bound (RS003)."),
      attr("bounds_checks", en(BOUNDS_CHECKS), "bounds checks on structured input", "Whether indexed reads of structured input are checked at build time, run time, both or not at all."),
      attr("parser_complexity", en(PARSER_COMPLEXITY), "complexity of formats it decodes", "The most complex format the component decodes."),
      attr("performs", list(en(OPERATION)), "work it does on content", "Work the component does: fetching, decompressing, decrypting, verifying, network lookups, blocking I/O."),
      attr("on_internal_error", en(ON_INTERNAL_ERROR), "behaviour on its own bugs", "Overrides the context's `on_internal_error` for this component."),
      attr("actions", list(en(ACTION)), "what a response actuator may do", "Actions a response actuator may take on its own."),
      attr("os_critical_allowlist", bool, "never acts on OS-critical binaries", "Whether destructive actions exclude OS-vendor-signed critical binaries such as svchost.exe."),
      attr("event_mode", en(EVENT_MODE), "authorize or notify", "Whether the component decides before operations complete or is told afterwards."),
      attr("deadline_budget_ms", int(1), "time budget for an AUTH answer", "Milliseconds the handler allows itself to answer an authorization event, well inside the OS deadline."),
      attr("default_verdict", en(VERDICT), "answer when out of time", "The verdict given when no decision is reached in time."),
      attr("attach", list(en(ATTACH)), "how it hooks into the OS", "The OS mechanisms the component attaches to. Undocumented kernel patching is an error (RS026)."),
      attr("capabilities", list(en(CAPABILITY)), "capabilities it provides or needs", "The capabilities the component provides. Used to decide whether a kernel module could be eBPF and what a move out of the kernel gives up."),
      attr("needs", list(en(NETWORK_NEED)), "what a network filter must do", "For network filters: what the filter must be able to do."),
      attr("migrated_from", en(MIGRATED_FROM), "context it used to run in", "The execution context the component ran in before a redesign; capabilities lost on the way must be recorded."),
      attr("accepts_versions", list(int(0)), "content schema versions accepted", "The content schema versions the component accepts; it should refuse anything else."),
      attr("content_slot", str, "where content lands", "Optional free text naming the template type or table this component reads."),
      evidence,
      description
    ],
    blocks: [{ type: "callback", max: 1 }, { type: "queue", max: 1 }, { type: "accepted_gap" }],
    example: 'component "content_interpreter" {\n  kinds         = ["content_interpreter"]\n  consumes      = [input.channel_291]\n  bounds_checks = "runtime"\n}'
  },
  {
    type: "callback",
    summary: "how an OS callback is handled",
    topLevel: false,
    doc: "How the component handles the OS callback it registers: whether the OS waits for it and what it does before returning.",
    labels: [],
    attributes: [
      attr("mode", en(CALLBACK_MODE), "synchronous or asynchronous", "Whether the OS holds the operation until the callback returns.", { required: true }),
      attr("work", list(en(CALLBACK_WORK)), "work done before returning", "What the callback does before it returns.")
    ],
    blocks: [],
    example: 'callback {\n  mode = "synchronous"\n  work = ["enqueue"]\n}'
  },
  {
    type: "queue",
    summary: "buffering of events",
    topLevel: false,
    doc: "How events are buffered between producer and consumer: a fixed bound and a drop policy keep an event storm from exhausting kernel memory.",
    labels: [],
    attributes: [
      attr("bound", int(1), "maximum entries", "The fixed capacity of the queue."),
      attr("overflow", en(OVERFLOW), "what happens when full", "What a full queue does."),
      attr("per_event_allocation", en(ALLOCATION), "memory per event", "Whether one event's allocation is capped.")
    ],
    blocks: [],
    example: 'queue {\n  bound    = 65536\n  overflow = "drop_oldest"\n}'
  },
  {
    type: "input",
    summary: "content or data a component consumes",
    topLevel: true,
    referenceable: true,
    doc: "Content or data that components consume: cloud detection content, signature databases, models, code, policy, or event data chosen by attackers. Its source sets how far it can be trusted.",
    labels: [{ name: "name", doc: "The input name, referenced as `input.NAME`." }],
    attributes: [
      attr("source", en(SOURCE), "where it comes from", "Where the input comes from. Cloud content, signature DBs and models are content; file bytes, packets and IPC buffers are attacker-chosen.", { required: true }),
      attr("trust", en(TRUST), "how far it can be believed", "The trust level on the ladder. Defaults from the source; a signature proves origin, not well-formedness."),
      attr("frequency", en(FREQUENCY), "how often it changes", "How often new versions are released."),
      attr("update_channel", en(UPDATE_CHANNEL), "code or content", "Whether the input ships as code or as content. Content that steers privileged code is functionally code."),
      attr("signed", bool, "signed by the vendor", "Whether releases are signed."),
      attr("integrity_check", en(INTEGRITY_CHECK), "where integrity is verified", "Where the signature or hash is verified before use."),
      attr("operations", list(en(CONTROL_OPERATION)), "operations commands can trigger", "For remote commands: the state-changing operations they can trigger."),
      description
    ],
    blocks: [{ type: "schema", max: 1 }, { type: "tests", max: 1 }],
    example: 'input "channel_291" {\n  source    = "cloud_rapid_content"\n  trust     = "vendor_signed_content"\n  frequency = "multiple_per_day"\n}'
  },
  {
    type: "schema",
    summary: "declared structure of the content",
    topLevel: false,
    doc: "The declared structure of structured content: version, field count and size limits. It lets the consumer verify what it reads, and lets Ringside compare what content declares with what the consumer supplies.",
    labels: [],
    attributes: [
      attr("version", int(0), "schema version", "The schema version carried in each release manifest."),
      attr("fields", int(0), "fields the content declares", "How many fields (inputs) the content format declares."),
      attr("consumer_fields", int(0), "fields the consumer supplies", "How many fields the consuming code actually supplies. A mismatch with `fields` is the July 2024 defect (21 declared, 20 supplied)."),
      attr("bounded", bool, "sizes and counts are capped", "Whether every count and length in the format has a declared maximum."),
      attr("declared_by", str, "where the schema is defined", "Which artefact defines the schema, for example template type definitions.")
    ],
    blocks: [],
    example: "schema {\n  version = 3\n  fields  = 21\n  bounded = true\n}"
  },
  {
    type: "tests",
    summary: "how releases of this input are tested",
    topLevel: false,
    doc: "The testing each release of the input gets before it ships. Validator checks alone are not tests on a real sensor.",
    labels: [],
    attributes: [
      attr("integration_on_real_sensor", bool, "runs on real sensor builds", "Whether each release runs on real sensor builds and OS versions before it ships."),
      attr("per_field_non_wildcard", bool, "every field tested with concrete values", "Whether every declared field has a test with a concrete, non-wildcard value."),
      attr("field_coverage", int(0, 100), "percent of fields exercised", "Percentage of declared fields exercised by tests."),
      attr("local_dev", bool, "developer testing", "Whether developers ran the release locally before it shipped."),
      attr("fuzzing", bool, "fuzzed", "Whether the content format is fuzzed against the consumer."),
      attr("fault_injection", bool, "fault injection", "Whether malformed releases are injected on purpose."),
      attr("stability", bool, "stability runs", "Whether releases pass long-running stability tests."),
      attr("rollback", bool, "rollback path tested", "Whether the rollback path itself is tested."),
      attr("stress", bool, "stress tests", "Whether releases pass stress tests.")
    ],
    blocks: [],
    example: "tests {\n  integration_on_real_sensor = true\n  per_field_non_wildcard     = true\n}"
  },
  {
    type: "deployment",
    summary: "how inputs reach hosts",
    topLevel: true,
    referenceable: true,
    doc: "How releases of one or more inputs reach the fleet: at once or in rings, gated on health, reversible or not, and under whose control.",
    labels: [{ name: "name", doc: "The deployment name, referenced as `deployment.NAME`." }],
    attributes: [
      attr("delivers", list(ref("input")), "inputs it ships", "The inputs whose releases this deployment ships.", { required: true }),
      attr("rollout", en(ROLLOUT), "global or staged", "Whether a release goes to every host at once or through rings."),
      attr("rings", list(str), "ordered rings", 'The rings in promotion order, for example ["internal", "canary", "early_adopter", "broad"].'),
      attr("bake_time", duration, "wait before promotion", 'How long each ring runs before promotion, such as "4h". "0" means no wait.'),
      attr("health_gate", list(en(HEALTH_SIGNAL)), "signals that halt promotion", "The signals that pause promotion automatically. Crashed hosts cannot report, so heartbeat loss belongs here."),
      attr("rollback", en(ROLLBACK), "how a bad release is undone", "How hosts get back to a good state."),
      attr("last_known_good", bool, "hosts keep the previous version", "Whether hosts keep the previous version and can revert to it by themselves."),
      attr("customer_control", en(CUSTOMER_CONTROL), "what customers can control", "Whether customers can pin, delay or ring releases."),
      attr("release_notes", bool, "changes are published", "Whether each release is published to operators."),
      attr("kill_switch", bool, "release can be halted fleet-wide", "Whether a release can be halted everywhere at once."),
      attr("release_process", en(RELEASE_PROCESS), "gates a release passes", "Whether releases pass the same gates as code."),
      attr("validated_by", en(VALIDATED_BY), "what checks a release", "What validates a release before it ships: the shipping interpreter, or a separate validator."),
      description
    ],
    blocks: [],
    example: 'deployment "content_rings" {\n  delivers    = [input.channel_291]\n  rollout     = "staged"\n  rings       = ["internal", "canary", "broad"]\n  bake_time   = "4h"\n  health_gate = ["heartbeat_loss", "crash_dumps"]\n}'
  },
  {
    type: "channel",
    summary: "a data or control path between components",
    topLevel: true,
    referenceable: true,
    doc: "A path between two components, in particular every crossing between kernel and user mode: its mechanism, what it carries, who may open it and how messages are checked.",
    labels: [{ name: "name", doc: "The channel name, referenced as `channel.NAME`." }],
    attributes: [
      attr("from", ref("component"), "sending component", "The component that sends.", { required: true }),
      attr("to", ref("component"), "receiving component", "The component that receives.", { required: true }),
      attr("mechanism", en(MECHANISM), "transport", "How data crosses."),
      attr("carries", list(ref("input")), "inputs carried", "The inputs (or their derivatives) that travel over this channel."),
      attr("form", en(FORM), "raw or compiled", "Whether content crosses in its original format or compiled into a flat, bounded table."),
      attr("acl", en(ACL), "who may open it", "The access control on the endpoint."),
      attr("caller_verification", en(CALLER_VERIFICATION), "how the caller is checked", "How the endpoint verifies who connects."),
      attr("validation", en(VALIDATION), "how messages are validated", "How the receiver validates each message."),
      attr("transfer", en(TRANSFER), "how buffers cross", "How buffers move across the boundary."),
      attr("double_fetch_possible", bool, "user memory may be read twice", "Whether the receiver may read the same user memory twice."),
      attr("operations", list(en(CONTROL_OPERATION)), "control operations exposed", "State-changing operations callers can request over the channel."),
      attr("waits_for_verdict", bool, "kernel waits for a user verdict", "Whether the kernel side holds an operation until a user-mode component answers."),
      attr("timeout_ms", int(1), "verdict timeout", "How long the kernel waits for a verdict."),
      attr("default_verdict", en(VERDICT), "verdict on timeout", "The verdict applied when the timeout expires."),
      attr("max_connections", int(1), "connections allowed", "How many clients may connect at once."),
      description
    ],
    blocks: [{ type: "queue", max: 1 }],
    example: 'channel "updater_to_driver" {\n  from      = component.updater\n  to        = component.content_interpreter\n  mechanism = "filter_port"\n  carries   = [input.channel_291]\n  form      = "compiled"\n}'
  },
  {
    type: "waiver",
    summary: "an accepted risk for one rule and target",
    topLevel: true,
    doc: "Accepts the risk a rule reports for one element. The finding is kept but reported as suppressed. A waiver needs a reason, an owner and an expiry date; an expired waiver is an error and a waiver that matches nothing is a warning.",
    labels: [{ name: "rule", doc: 'The rule id, such as "RS003".' }],
    attributes: [
      attr("target", ref("agent", "context", "component", "input", "deployment", "channel"), "the element the waiver covers", "The element whose finding is accepted.", { required: true }),
      attr("reason", str, "why the risk is accepted", "Why the risk is accepted; shown as the justification in SARIF.", { required: true }),
      attr("owner", str, "who owns the decision", "The person or team accountable for the decision.", { required: true }),
      attr("expires", date, "when to look again", 'The date, "YYYY-MM-DD", after which the waiver stops suppressing and becomes an error.', { required: true })
    ],
    blocks: [],
    example: 'waiver "RS003" {\n  target  = component.content_interpreter\n  reason  = "Patterns are compiled offline into size-capped tables."\n  owner   = "sensor platform"\n  expires = "2026-06-30"\n}'
  },
  {
    type: "review",
    summary: "rule configuration for this model",
    topLevel: true,
    maxPerModel: 1,
    doc: "Per-model rule configuration so the editor and CI judge the model the same way: severity overrides, rules turned off, and the CI failure threshold.",
    labels: [],
    attributes: [
      attr("fail_on", en(FAIL_ON), "severity that fails CI", "The lowest severity that makes `ringside check` exit 1. The `--fail-on` flag overrides it.")
    ],
    blocks: [{ type: "rule" }],
    example: 'review {\n  fail_on = "error"\n\n  rule "RS045" {\n    severity = "off"\n  }\n}'
  },
  {
    type: "rule",
    summary: "severity override for one rule",
    topLevel: false,
    doc: "Overrides one rule's severity for this model, or turns it off.",
    labels: [{ name: "rule", doc: 'The rule id, such as "RS016".' }],
    attributes: [attr("severity", en(SEVERITY), "new severity or off", "The severity to report the rule at, or `off`.", { required: true })],
    blocks: [],
    example: 'rule "RS016" {\n  severity = "warning"\n}'
  }
];
var BLOCK_SCHEMAS = new Map(BLOCKS.map((b) => [b.type, b]));
var TOP_LEVEL_BLOCKS = BLOCKS.filter((b) => b.topLevel).map((b) => b.type);

// server/src/model/codes.ts
var MODEL_CODES = [
  { code: "RS-SYNTAX", title: "Syntax error", severity: "error", description: "The file is not valid HCL at this point. One message is given per broken region, so fixing the first one often clears the rest." },
  { code: "RS-NESTING", title: "Blocks nested too deep", severity: "error", description: "Blocks nested more than 32 levels deep are ignored; no design needs that depth." },
  { code: "RS-UNKNOWN-BLOCK", title: "Unknown block type", severity: "error", description: "The block type is not part of the language, or not allowed where it stands. The message suggests the nearest known type." },
  { code: "RS-UNKNOWN-ATTRIBUTE", title: "Unknown attribute", severity: "error", description: "The block has no such attribute. The message suggests the nearest attribute of that block." },
  { code: "RS-TYPE", title: "Wrong value type", severity: "error", description: "The value does not have the attribute's type: a string, number, boolean, date, duration, list or reference." },
  { code: "RS-ENUM", title: "Unknown enumerated value", severity: "error", description: "The string is not one of the attribute's allowed values. The message lists them and suggests the nearest." },
  { code: "RS-REQUIRED", title: "Missing required attribute", severity: "error", description: "A required attribute of the block is not set." },
  { code: "RS-UNRESOLVED", title: "Unresolved reference", severity: "error", description: "A `TYPE.NAME` reference names no element of the model (across all its files). The message suggests the nearest name." },
  { code: "RS-WRONG-TARGET", title: "Reference to the wrong kind of element", severity: "error", description: "The reference resolves, but to an element of a type the attribute does not take." },
  { code: "RS-DUPLICATE", title: "Duplicate", severity: "error", description: "A name defined twice for one block type, an attribute set twice, a second single-use block, or a repeated list value. Related information points at the first one." },
  { code: "RS-PLACEMENT", title: "Misplaced block or attribute", severity: "error", description: "A block or attribute stands where it is not allowed, such as a component outside any context." },
  { code: "RS-AGENT-COUNT", title: "More than one agent", severity: "error", description: "A model describes one agent; a second `agent` block is an error." },
  { code: "RS-LABELS", title: "Wrong block labels", severity: "error", description: "The block has too few or too many labels, or a name that cannot be referenced." },
  { code: "RS-UNSUPPORTED", title: "Unsupported expression", severity: "error", description: "Valid HCL that the design language does not use, such as function calls or interpolation." },
  { code: "RS-FILE", title: "Unreadable file", severity: "error", description: "The file could not be read as UTF-8 text (binary, invalid UTF-8, too large or unreadable)." },
  { code: "RS-WAIVER-UNKNOWN-RULE", title: "Waiver for an unknown rule", severity: "error", description: "The waiver names a rule id that does not exist." },
  { code: "RS-WAIVER-EXPIRED", title: "Expired waiver", severity: "error", description: "The waiver's expiry date has passed; it no longer suppresses its finding." },
  { code: "RS-WAIVER-INCOMPLETE", title: "Waiver not filled in", severity: "warning", description: `The waiver's reason or owner is empty or still a placeholder (such as "TODO: \u2026"); it suppresses nothing until both are written.` },
  { code: "RS-WAIVER-UNUSED", title: "Waiver matches nothing", severity: "warning", description: "No finding matches the waiver's rule and target: it is stale or misspelled." },
  { code: "RS-REVIEW-UNKNOWN-RULE", title: "Review names an unknown rule", severity: "error", description: "A `rule` block in `review` names a rule id that does not exist." },
  { code: "RS-INTERNAL", title: "A rule failed", severity: "error", description: "A rule threw an exception on this model. The other rules still ran; please report it with the model." }
];
var MODEL_CODE_INFO = new Map(MODEL_CODES.map((c) => [c.code, c]));

// server/src/rules/meta.ts
var SERIES = {
  INTRO: "https://opfuchs.gay/Tech/Evasion/EDR-Evasion/EDR-Design-and-the-CrowdStrike-Incident/Introduction",
  P1: "https://opfuchs.gay/Tech/Evasion/EDR-Evasion/EDR-Design-and-the-CrowdStrike-Incident/Part-1---The-Why-and-How-of-EDR"
};
var SERIES_ANCHORS = {
  INTRO_CONTENT: { page: "INTRO", fragment: "#:~:text=faulty%20content%20update", title: 'Introduction \u2014 "faulty content update"' },
  INTRO_ELAM: { page: "INTRO", fragment: "#:~:text=early%2Dload%20anti%2Dmalware", title: 'Introduction \u2014 "early-load anti-malware"' },
  INTRO_QA: { page: "INTRO", fragment: "#:~:text=micro%20and%20macro%20questions", title: 'Introduction \u2014 "micro and macro questions"' },
  INTRO_OBFUSC: { page: "INTRO", fragment: "#:~:text=obfuscates%20their%20channel%20files", title: 'Introduction \u2014 "obfuscates their channel files"' },
  INTRO_KERNELQ: { page: "INTRO", fragment: "#:~:text=so%20much%20in%20kernel%20mode", title: 'Introduction \u2014 "so much in kernel mode"' },
  INTRO_P2: { page: "INTRO", fragment: "#:~:text=In%20part%202", title: "Introduction \u2014 plan for Part 2, Windows EDR internals (planned, not published)", plannedPart: 2 },
  INTRO_P3: { page: "INTRO", fragment: "#:~:text=In%20part%203", title: "Introduction \u2014 plan for Part 3, Linux and macOS EDR (planned, not published)", plannedPart: 3 },
  INTRO_P4: { page: "INTRO", fragment: "#:~:text=in%20part%204", title: "Introduction \u2014 plan for Part 4, whether the kernel-heavy approach is worth the risk (planned, not published)", plannedPart: 4 },
  P1_AV: { page: "P1", fragment: "#from-av-to-edr", title: "Part 1 \u2014 From AV to EDR" },
  P1_ARCH: { page: "P1", fragment: "#edr-architecture", title: "Part 1 \u2014 EDR Architecture" },
  P1_SENSOR: { page: "P1", fragment: "#:~:text=A%20sensor%20is%20simply", title: 'Part 1 \u2014 "A sensor is simply"' },
  P1_DETECT: { page: "P1", fragment: "#:~:text=secret%20sauce", title: 'Part 1 \u2014 "secret sauce"' },
  P1_VIS: { page: "P1", fragment: "#:~:text=Emphasis%20on%20visibility", title: 'Part 1 \u2014 "Emphasis on visibility"' },
  P1_ML: { page: "P1", fragment: "#:~:text=only%20alert%20a%20human%20analyst", title: 'Part 1 \u2014 "only alert a human analyst"' },
  P1_AGENTLESS: { page: "P1", fragment: "#:~:text=agent%2Dless%20approaches", title: 'Part 1 \u2014 "agent-less approaches"' }
};
function seriesLink(anchor2) {
  const a = SERIES_ANCHORS[anchor2];
  return { title: a.title, url: SERIES[a.page] + a.fragment };
}
function plannedPartOf(anchor2) {
  const a = SERIES_ANCHORS[anchor2];
  return a.plannedPart;
}
var SOURCE_TABLE = {
  // CrowdStrike
  "CS-PIR": { title: "CrowdStrike \u2014 Falcon content update: preliminary post-incident review (PIR)", url: "https://www.crowdstrike.com/en-us/blog/falcon-content-update-preliminary-post-incident-report/" },
  "CS-TECH": { title: "CrowdStrike \u2014 Falcon update for Windows hosts: technical details", url: "https://www.crowdstrike.com/en-us/blog/falcon-update-for-windows-hosts-technical-details/" },
  "CS-RCA": { title: "CrowdStrike \u2014 Channel File 291 incident: root cause analysis (PDF, 6 Aug 2024)", url: "https://www.crowdstrike.com/wp-content/uploads/2024/08/Channel-File-291-Incident-Root-Cause-Analysis-08.06.2024.pdf" },
  "CS-RCA-BLOG": { title: "CrowdStrike \u2014 Channel File 291 root cause analysis available (cited only)", url: "https://www.crowdstrike.com/en-us/blog/channel-file-291-rca-available/" },
  "CS-RCA-EXEC": { title: "CrowdStrike \u2014 RCA executive summary, Channel File 291 (PDF) (cited only)", url: "https://www.crowdstrike.com/wp-content/uploads/2024/08/Executive-Summary_Root-Cause-Analysis_Channel-File-291.pdf" },
  "CS-HUB": { title: "CrowdStrike \u2014 Falcon content update remediation and guidance hub (cited only)", url: "https://www.crowdstrike.com/falcon-content-update-remediation-and-guidance-hub/" },
  "CS-KERNEL": { title: "CrowdStrike \u2014 Tech analysis: kernel access and security architecture", url: "https://www.crowdstrike.com/en-us/blog/tech-analysis-kernel-access-security-architecture/" },
  // Microsoft: incident response and the Windows Resiliency Initiative
  "MS-JUL20": { title: "Microsoft \u2014 Helping our customers through the CrowdStrike outage, 20 Jul 2024 (cited only)", url: "https://blogs.microsoft.com/blog/2024/07/20/helping-our-customers-through-the-crowdstrike-outage/" },
  "MS-JUL27": { title: "Microsoft Security \u2014 Windows security best practices for integrating and managing security tools, 27 Jul 2024", url: "https://www.microsoft.com/en-us/security/blog/2024/07/27/windows-security-best-practices-for-integrating-and-managing-security-tools/" },
  "MS-MDE-SDP-BLOG": { title: "Microsoft Tech Community \u2014 Microsoft Defender for Endpoint's safe deployment practices", url: "https://techcommunity.microsoft.com/t5/microsoft-defender-for-endpoint/microsoft-defender-for-endpoint-s-safe-deployment-practices/ba-p/4220342" },
  "MS-MDE-SDP-DOC": { title: "Microsoft Learn \u2014 Defender for Endpoint safe deployment practices strategy", url: "https://learn.microsoft.com/en-us/defender-endpoint/mde-sdp-strategy" },
  "MS-SEP12": { title: "Windows Experience Blog \u2014 Taking steps that drive resiliency and security for Windows customers, 12 Sep 2024", url: "https://blogs.windows.com/windowsexperience/2024/09/12/taking-steps-that-drive-resiliency-and-security-for-windows-customers/" },
  "MS-NOV19": { title: "Windows Experience Blog \u2014 Windows security and resiliency: protecting your business, 19 Nov 2024 (cited only)", url: "https://blogs.windows.com/windowsexperience/2024/11/19/windows-security-and-resiliency-protecting-your-business/" },
  "MS-JUN26-2025": { title: "Windows Experience Blog \u2014 The Windows Resiliency Initiative: building resilience for a future-ready enterprise, 26 Jun 2025 (cited only)", url: "https://blogs.windows.com/windowsexperience/2025/06/26/the-windows-resiliency-initiative-building-resilience-for-a-future-ready-enterprise/" },
  "QMR": { title: "Microsoft Learn \u2014 Quick Machine Recovery (cited only)", url: "https://learn.microsoft.com/en-us/windows/configuration/quick-machine-recovery/" },
  // Microsoft: platform documentation
  "WIN-ELAM": { title: "Microsoft Learn \u2014 Early launch antimalware", url: "https://learn.microsoft.com/en-us/windows-hardware/drivers/install/early-launch-antimalware" },
  "WIN-ELAM-REQ": { title: "Microsoft Learn \u2014 ELAM driver requirements", url: "https://learn.microsoft.com/en-us/windows-hardware/drivers/install/elam-driver-requirements" },
  "WIN-ELAM-SAMPLE": { title: "Microsoft Learn \u2014 Early Launch Anti-Malware driver sample (Early Launch EKU)", url: "https://learn.microsoft.com/en-us/samples/microsoft/windows-driver-samples/early-launch-anti-malware-driver" },
  // en-us path inferred from the localized copies that were read.
  "WIN-PPL": { title: "Microsoft Learn \u2014 Protecting anti-malware services", url: "https://learn.microsoft.com/en-us/windows/win32/services/protecting-anti-malware-services-" },
  "WIN-PPL-CERT": { title: "Microsoft Learn \u2014 InstallELAMCertificateInfo function", url: "https://learn.microsoft.com/en-us/windows/win32/api/sysinfoapi/nf-sysinfoapi-installelamcertificateinfo" },
  "WIN-PROC-NOTIFY": { title: "Microsoft Learn \u2014 PsSetCreateProcessNotifyRoutineEx", url: "https://learn.microsoft.com/en-us/windows-hardware/drivers/ddi/ntddk/nf-ntddk-pssetcreateprocessnotifyroutineex" },
  "WIN-PROC-NOTIFY-CB": { title: "Microsoft Learn \u2014 PCREATE_PROCESS_NOTIFY_ROUTINE_EX callback", url: "https://learn.microsoft.com/en-us/windows-hardware/drivers/ddi/ntddk/nc-ntddk-pcreate_process_notify_routine_ex" },
  "WIN-OB-REG": { title: "Microsoft Learn \u2014 OB_OPERATION_REGISTRATION structure", url: "https://learn.microsoft.com/en-us/windows-hardware/drivers/ddi/wdm/ns-wdm-_ob_operation_registration" },
  "WIN-OB-PRECB": { title: "Microsoft Learn \u2014 POB_PRE_OPERATION_CALLBACK callback", url: "https://learn.microsoft.com/en-us/windows-hardware/drivers/ddi/wdm/nc-wdm-pob_pre_operation_callback" },
  "WIN-FLTMGR": { title: "Microsoft Learn \u2014 Filter Manager concepts", url: "https://learn.microsoft.com/en-us/windows-hardware/drivers/ifs/filter-manager-concepts" },
  "WIN-FLT-CALLBACKS": { title: "Microsoft Learn \u2014 Writing preoperation and postoperation callback routines", url: "https://learn.microsoft.com/en-us/windows-hardware/drivers/ifs/writing-preoperation-and-postoperation-callback-routines" },
  "WIN-FLT-REGISTER": { title: "Microsoft Learn \u2014 FltRegisterFilter function", url: "https://learn.microsoft.com/en-us/windows-hardware/drivers/ddi/fltkernel/nf-fltkernel-fltregisterfilter" },
  "WIN-WFP-INTRO": { title: "Microsoft Learn \u2014 Introduction to Windows Filtering Platform callout drivers", url: "https://learn.microsoft.com/en-us/windows-hardware/drivers/network/introduction-to-windows-filtering-platform-callout-drivers" },
  "WIN-WFP-CALLOUT": { title: "Microsoft Learn \u2014 Callout driver programming considerations", url: "https://learn.microsoft.com/en-us/windows-hardware/drivers/network/callout-driver-programming-considerations" },
  "WIN-WFP-ARCH": { title: "Microsoft Learn \u2014 Windows Filtering Platform architecture overview", url: "https://learn.microsoft.com/en-us/windows/win32/fwp/windows-filtering-platform-architecture-overview" },
  "WIN-SIGN-OFFERINGS": { title: "Microsoft Learn \u2014 Driver signing offerings", url: "https://learn.microsoft.com/en-us/windows-hardware/drivers/dashboard/driver-signing-offerings" },
  "WIN-SIGN-RELEASE": { title: "Microsoft Learn \u2014 Release certificates for driver signing", url: "https://learn.microsoft.com/en-us/windows-hardware/drivers/install/release-certificates" },
  "WIN-SIGN-PNP": { title: "Microsoft Learn \u2014 PnP device installation signing requirements", url: "https://learn.microsoft.com/en-us/windows-hardware/drivers/install/pnp-device-installation-signing-requirements--windows-vista-and-later-" },
  "WIN-HVCI": { title: "Microsoft Learn \u2014 Implement HVCI-compatible code", url: "https://learn.microsoft.com/en-us/windows-hardware/drivers/driversecurity/implement-hvci-compatible-code" },
  "WIN-CI-CHECK": { title: "Microsoft Learn \u2014 Driver Verifier code integrity checking", url: "https://learn.microsoft.com/en-us/windows-hardware/drivers/devtest/code-integrity-checking" },
  "ETW-TI": { title: "paragmali.com \u2014 ETW: how Windows 2000's performance hack became the EDR substrate (secondary)", url: "https://paragmali.com/blog/etw-how-windows-2000s-performance-hack-became-the-edr-substr/" },
  "EBPF-ETW": { title: "paragmali.com \u2014 eBPF vs ETW: two generations of kernel observability (secondary)", url: "https://paragmali.com/blog/ebpf-vs-etw-two-generations-of-kernel-observability/" },
  // Apple
  "APPLE-ES": { title: "Apple Developer \u2014 Endpoint Security", url: "https://developer.apple.com/documentation/endpointsecurity" },
  "APPLE-ES-ENTITLEMENT": { title: "Apple Developer \u2014 com.apple.developer.endpoint-security.client entitlement", url: "https://developer.apple.com/documentation/bundleresources/entitlements/com.apple.developer.endpoint-security.client" },
  "APPLE-ES-FORUM": { title: "Apple Developer Forums \u2014 Endpoint Security thread 651274", url: "https://developer.apple.com/forums/thread/651274" },
  "ENDPOINT-SEC-RS": { title: "docs.rs \u2014 endpoint-sec (Endpoint Security bindings; AUTH deadline behaviour)", url: "https://docs.rs/endpoint-sec" },
  "APPLE-KEXT": { title: "Apple Developer \u2014 Kernel extensions (cited only)", url: "https://developer.apple.com/support/kernel-extensions/" },
  "APPLE-KEXT-HT": { title: "Apple Support \u2014 HT210999, legacy system extensions (cited only)", url: "https://support.apple.com/en-us/HT210999" },
  "APPLE-GUIDE": { title: "MacRumors \u2014 Apple updates Platform Security Guide, 18 Feb 2021 (secondary)", url: "https://www.macrumors.com/2021/02/18/apple-updates-platform-security-guide/" },
  "APPLE-ES-9TO5": { title: "9to5Mac \u2014 Let's talk about Apple's Endpoint Security framework, 20 Jul 2024 (secondary)", url: "https://9to5mac.com/2024/07/20/lets-talk-about-apples-endpoint-security-framework/" },
  // Linux
  "EBPF": { title: "eBPF Docs \u2014 The eBPF verifier", url: "https://docs.ebpf.io/linux/concepts/verifier" },
  "RH-7068083": { title: "Red Hat \u2014 Solution 7068083: kernel panic with falcon-sensor on 5.14.0-427.13.1.el9_4 (cited only)", url: "https://access.redhat.com/solutions/7068083" },
  "REG-EBPF": { title: "The Register \u2014 Grafana Labs interview, 26 Sep 2024 (read via mirror)", url: "https://www.theregister.com/2024/09/26/grafana_labs_interview/" },
  "LINUX-2024-STACKDIARY": { title: "Stack Diary \u2014 CrowdStrike took down Debian and Rocky Linux a few months ago", url: "https://stackdiary.com/crowdstrike-took-down-debian-and-rocky-linux-a-few-months-ago-and-no-one-noticed" },
  "LINUX-2024-ITSFOSS": { title: "It's FOSS News \u2014 CrowdStrike on Windows and Linux", url: "https://news.itsfoss.com/crowdstrike-windows-linux/" },
  "HN-41005936": { title: "Hacker News \u2014 Debian stable crash report thread, item 41005936 (cited only)", url: "https://news.ycombinator.com/item?id=41005936" },
  "ROCKY-FORUM": { title: "Rocky Linux Forums \u2014 CrowdStrike freezing Rocky Linux after 9.4 upgrade (cited only)", url: "https://forums.rockylinux.org/t/crowdstrike-freezing-rockylinux-after-9-4-upgrade/14041" },
  "FALCON-LINUX-RFM": { title: "Falcon for Linux reduced functionality mode notes (unofficial)", url: "https://docs-4eq.pages.dev/crowdstrike/linux/rfm" },
  // Research and commentary
  "OUTFLANK": { title: "Outflank \u2014 EDR internals for macOS and Linux, 3 Jun 2024", url: "https://www.outflank.nl/blog/2024/06/03/edr-internals-macos-linux/" },
  "ANTIY": { title: "Antiy \u2014 analysis of the CrowdStrike outage (4hou.com, 22 Jul 2024)", url: "https://www.4hou.com/posts/VWmM" },
  "ERNW": { title: "ERNW Insinuator \u2014 CrowdStrike: what is the worldwide BSOD all about", url: "https://insinuator.net/2024/08/crowdstrike-what-is-the-worldwide-bsod-all-about" },
  "FIELD-EFFECT": { title: "Field Effect \u2014 The brass tacks of Windows kernel access (vendor opinion)", url: "https://fieldeffect.com/blog/the-brass-tacks-of-windows-kernel-access" },
  // McAfee DAT 5958, April 2010
  "MCAFEE-ZDNET": { title: "ZDNet \u2014 McAfee issues fix and apology for hosed XP SP3 PCs", url: "https://www.zdnet.com/article/mcafee-issues-fix-and-apology-for-hosed-xp-sp3-pcs/" },
  // The only plain-http source: the page is not served over https.
  "MCAFEE-TECHNIBBLE": { title: "Technibble \u2014 Buggy McAfee update is shutting down XP machines worldwide", url: "http://www.technibble.com/buggy-mcafee-update-is-shutting-down-xp-machines-worldwide/" },
  "MCAFEE-CISA": { title: "US-CERT/CISA \u2014 McAfee DAT 5958 issues, 21 Apr 2010 (cited only)", url: "https://www.cisa.gov/news-events/alerts/2010/04/21/mcafee-dat-5958-issues" }
};
function source(id) {
  const s = SOURCE_TABLE[id];
  return { title: s.title, url: s.url };
}
function rule(r) {
  const planned = r.series.map(plannedPartOf).find((p) => p !== void 0);
  const meta = {
    ...r,
    series: r.series.map(seriesLink),
    primary: r.primary.map(source)
  };
  if (planned !== void 0) meta.seriesPlannedPart = planned;
  return meta;
}
var PRIVILEGED = "a privileged context (`kind` kernel_driver, boot_start_driver, elam_driver, linux_kernel_module, macos_kext, hypervisor or secure_kernel; ebpf_program is deliberately not in this set)";
var BOOT_CRITICAL = 'a boot-critical context (`kind` boot_start_driver or elam_driver, a kernel_driver with `start` "boot" or "system", or a linux_kernel_module with `start` "boot")';
var CONTENT = "content (an input whose `source` is cloud_rapid_content, signature_db or ml_model)";
var READS_AN_INPUT = "reads an input, either directly through `consumes` or over a `channel` whose `carries` lists it";
var RULE_META = [
  // ── A. Untrusted or complex input in kernel context ─────────────────────────────────────
  rule({
    id: "RS001",
    slug: "kernel-interpreter-cloud-content",
    title: "Kernel-resident interpreter consumes cloud-delivered content",
    category: "untrusted-input-in-kernel",
    defaultSeverity: "error",
    severityNote: "Error because this is the exact shape of the July 2024 failure; the mitigations listed under downgrade lower it to a warning.",
    rationale: "Putting content interpretation in the kernel means every content release alters what ring-0 code does, yet the release bypasses the testing and signing path that kernel code itself goes through. A record that is malformed, or merely shaped in a way the code never anticipated, then takes down the whole host instead of failing one detection. In July 2024 Falcon's Content Interpreter, running inside the Windows sensor driver, read beyond an input array of 20 entries once a new template instance referenced a 21st field. Microsoft describes the reverse arrangement for Defender for Endpoint: kernel drivers limited to sensing, with content loaded and evaluated by user-mode components. The rule targets this specific combination, not kernel sensors in general.",
    trigger: `A component in ${PRIVILEGED} whose \`kinds\` include content_interpreter, rule_engine, content_parser, signature_scanner or ml_inference, and which ${READS_AN_INPUT}, where that input is ${CONTENT} and arrives in its original form (directly, or over channels none of which has \`form = "compiled"\`; a channel without \`form\` is reported as unspecified).`,
    downgrade: 'Drops to warning when all of these are declared: the input\'s `schema` has `bounded = true`, the component\'s `bounds_checks` is "runtime" or "runtime_and_compile_time", its `evidence` includes "fuzzing", and the `deployment` that delivers the input has `rollout = "staged"`.',
    series: ["INTRO_CONTENT", "INTRO_KERNELQ", "P1_DETECT"],
    primary: ["CS-PIR", "CS-RCA", "MS-MDE-SDP-BLOG"],
    related: ["RS003", "RS004", "RS008", "RS033"],
    fixes: [
      "Move the interpreter into a user-mode protected service",
      "Compile content in user mode into a fixed-size table for the kernel"
    ]
  }),
  rule({
    id: "RS002",
    slug: "kernel-parses-attacker-bytes",
    title: "Kernel parses attacker-controlled bytes with a complex format",
    category: "untrusted-input-in-kernel",
    defaultSeverity: "error",
    severityNote: "Error because the adversary chooses the input, so a parser bug becomes a kernel crash or kernel code execution rather than a missed detection.",
    rationale: "File contents, packets and the memory of other processes are all under the control of the party the product defends against. Decoders for rich formats have a long history of memory-safety flaws, and at ring 0 each such flaw is a bugcheck or an elevation of privilege. On Windows the usual arrangement is a minifilter that observes the file operation while a user-mode scanner inspects the content. Microsoft's WFP guidance points the same way, reserving kernel callout drivers for work the built-in filters cannot do.",
    trigger: `A component in ${PRIVILEGED} that reads an input whose \`source\` is file_content, network_packets, process_memory or ipc_from_user, and whose \`parser_complexity\` is archive, document, script, decompression, regex or full_protocol (unset is reported as unspecified). Inputs arriving compiled, or whose declared \`trust\` is authenticated_peer or higher, are not counted.`,
    series: ["P1_ARCH", "P1_SENSOR"],
    primary: ["WIN-FLTMGR", "WIN-WFP-CALLOUT"],
    related: ["RS007", "RS023", "RS045"],
    fixes: [
      "Capture metadata in the kernel and scan content in a sandboxed user-mode service",
      "Cap the bytes that cross the kernel boundary",
      "Run the scanner with least privilege"
    ]
  }),
  rule({
    id: "RS003",
    slug: "kernel-pattern-engine",
    title: "Pattern-matching engine executes in kernel",
    category: "untrusted-input-in-kernel",
    defaultSeverity: "warning",
    severityNote: "Warning because a pattern engine is not a defect in itself, but its cost and code-path complexity are hard to bound; it co-fires with RS001 in the July 2024 model.",
    rationale: "According to the RCA, Rapid Response Content consisted of regex-based matching criteria that the sensor evaluated against strings it had collected; for Channel File 291 those strings described named pipes. Such strings are shaped by attackers, regular-expression evaluation can take super-linear time, and a matching engine's state machine adds a large amount of ring-0 code. Most of that exposure disappears if patterns are compiled outside the kernel into size-capped automata, or if matching happens in user mode.",
    trigger: `A component in ${PRIVILEGED} whose \`kinds\` include rule_engine or content_interpreter and whose \`matching\` is "regex", "wildcard" or "glob".`,
    series: ["P1_DETECT"],
    primary: ["CS-RCA", "CS-TECH"],
    related: ["RS001", "RS022"],
    fixes: [
      "Evaluate patterns in user mode",
      "Ship patterns precompiled into size-capped DFA tables",
      "Add a per-event CPU budget and disable rules that fail"
    ]
  }),
  rule({
    id: "RS004",
    slug: "kernel-unbounded-schema",
    title: "Privileged consumer lacks a bounded schema and runtime bounds checks",
    category: "untrusted-input-in-kernel",
    defaultSeverity: "error",
    severityNote: "Error because the RCA names both a missing compile-time field-count check and a missing runtime array bounds check as root-cause findings.",
    rationale: "The Channel File 291 defect was a count mismatch: the IPC Template Type declared 21 input fields, the sensor-side code that fed the interpreter provided only 20, and neither the build nor the running driver compared the numbers. Kernel code should handle every count and length it receives as a claim to check where it is used, never as a guarantee made by tooling further upstream. The fixes CrowdStrike announced were precisely those two checks: validating the field count and bounds-checking the input array. Declaring the schema in the model also lets Ringside compare the declared and supplied field counts before anything ships.",
    trigger: `A component in ${PRIVILEGED} that reads structured input, where the input has no \`schema\` block, its \`schema\` leaves \`fields\` unset, or the component's \`bounds_checks\` is neither "runtime" nor "runtime_and_compile_time" (unset is reported as unspecified). A \`schema\` whose \`fields\` and \`consumer_fields\` are both set and differ is reported as the July 2024 mismatch.`,
    series: ["INTRO_QA"],
    primary: ["CS-RCA", "CS-RCA-BLOG"],
    related: ["RS001", "RS005", "RS006", "RS013", "RS015", "RS030"],
    fixes: [
      "Declare the content schema with field counts and size limits",
      "Bounds-check every indexed access at run time",
      "Assert at build time that producer and consumer field counts match"
    ]
  }),
  rule({
    id: "RS005",
    slug: "validator-separate-from-interpreter",
    title: "Content validator is a separate implementation from the interpreter",
    category: "untrusted-input-in-kernel",
    defaultSeverity: "warning",
    severityNote: "Warning because two implementations of one format drift apart over time, which is how the faulty instance passed validation.",
    rationale: "The PIR blames the faulty release on a Content Validator bug, which the RCA classes as a logic error: it expected 21 inputs where the production sensor provided 20. A contract implemented twice, independently, can diverge without any signal until production hosts expose it. If every release is instead executed by the very interpreter build that hosts run, inside a test harness, that divergence cannot arise. The RCA reached the same conclusion and recommended that validation move into the Content Interpreter.",
    trigger: 'An input that a cloud component of kind content_validator checks and an endpoint interpreter reads, where the `deployment` delivering it has `validated_by = "separate_validator"`. Reported at the validator when the cloud pipeline is modelled, else at `validated_by`.',
    series: ["INTRO_QA"],
    primary: ["CS-PIR", "CS-RCA"],
    related: ["RS004", "RS006", "RS014"],
    fixes: [
      "Validate each release by running the shipping interpreter",
      "Derive validator and interpreter from one schema",
      "Add differential tests between validator and interpreter"
    ],
    limitations: "The validator is only seen if the cloud pipeline is modelled, as a component of kind content_validator in a cloud_service context."
  }),
  rule({
    id: "RS006",
    slug: "fields-never-exercised",
    title: "Declared fields never exercised with concrete values",
    category: "untrusted-input-in-kernel",
    defaultSeverity: "warning",
    severityNote: "Warning because untested fields hide latent defects until the first release that uses them.",
    rationale: "The 21st field stayed dormant for months: every template instance shipped in March and April 2024 used a wildcard for it, and a wildcard never caused the interpreter to touch that position. Only on 19 July 2024 did an instance supply a concrete value there, and it went to every host at once. Coverage therefore has to be tracked for each declared field and each matching mode, not per release. A release that uses a field for the first time is a higher-risk release and merits an additional ring.",
    trigger: "An input whose `schema` declares `fields` while its `tests` block has `per_field_non_wildcard = false` or a `field_coverage` below 100.",
    series: ["INTRO_QA"],
    primary: ["CS-RCA"],
    related: ["RS004", "RS005", "RS014"],
    fixes: [
      "Require a non-wildcard test for every declared field",
      "Fuzz each declared field",
      "Send releases that first exercise a field through an extra ring"
    ]
  }),
  rule({
    id: "RS007",
    slug: "kernel-content-handling",
    title: "Kernel component fetches, unpacks, decrypts or verifies content",
    category: "untrusted-input-in-kernel",
    defaultSeverity: "warning",
    severityNote: "Warning because the work is risky at ring 0 yet can be moved to user mode at little cost.",
    rationale: "Network code, decompression, de-obfuscation and certificate parsing each bring a large attack and failure surface, and none of them needs ring-0 privilege. A fault in a user-mode updater ends one process that the service manager can restart. What the kernel receives should be a finished, verified artifact in a fixed format, delivered by a peer it has authenticated. Because the Introduction reports that channel files are obfuscated, the product must decode them somewhere, and this rule asks that the decoding happen outside the kernel.",
    trigger: `A component in ${PRIVILEGED} whose \`kinds\` include content_updater or telemetry_uploader, or whose \`performs\` includes network_fetch, decompress, decrypt, deobfuscate or signature_verify.`,
    series: ["P1_ARCH", "INTRO_OBFUSC"],
    primary: ["MS-MDE-SDP-BLOG"],
    related: ["RS002", "RS013", "RS033"],
    fixes: [
      "Move fetching, decoding and verification into the updater service",
      "Accept only a compiled, hashed blob over an authenticated channel"
    ]
  }),
  // ── B. Content vs code updates and their deployment ──────────────────────────────────────
  rule({
    id: "RS008",
    slug: "content-bypasses-code-gates",
    title: "Behaviour-changing content bypasses code release gates",
    category: "content-deployment",
    defaultSeverity: "warning",
    severityNote: "Warning on its own; together with RS009 and RS017 it forms part of the error chain of July 2024.",
    rationale: "The series stresses that July 2024 involved a content update rather than a new build of the agent. The PIR contrasts two paths: Sensor Content received full QA and a staged release from internal users to early adopters to general availability, with customers able to pin N, N-1 or N-2, while Rapid Response Content relied on a validator. Driver signing and certification apply to the binary that was signed, not to the data that binary reads afterwards. Content that decides which kernel code paths run is code in effect, so it needs the gates code gets, or its consumer needs to leave the kernel.",
    trigger: `An input that is ${CONTENT}, read by a component in ${PRIVILEGED}, where the \`deployment\` delivering it has \`release_process\` other than "code_equivalent".`,
    series: ["INTRO_CONTENT"],
    primary: ["CS-PIR", "WIN-SIGN-OFFERINGS"],
    related: ["RS001", "RS009", "RS017", "RS025"],
    fixes: [
      "Release kernel-consumed content through the driver release rings and tests",
      "Move the content consumer out of the kernel",
      "Document the content contract in the model"
    ]
  }),
  rule({
    id: "RS009",
    slug: "global-rollout-privileged-consumer",
    title: "Global, simultaneous rollout to privileged or destructive consumers",
    category: "content-deployment",
    defaultSeverity: "error",
    severityNote: "Error because a global rollout let one faulty file, live for only 78 minutes, affect about 8.5 million Windows hosts.",
    rationale: "Channel File 291 went to the whole fleet at once: it was released at 04:09 UTC on 19 July 2024 and reverted at 05:27 UTC, and Microsoft estimated that about 8.5 million Windows devices were affected. A staged rollout is itself a test, because a canary ring would have failed within minutes and stopped promotion. The RCA lists the missing staged deployment of template instances among its findings, the PIR commits to canary-first staggered releases, and Microsoft's follow-up with security vendors centres on safe deployment practices. The rule also covers destructive consumers in user mode, since McAfee DAT 5958 sent Windows XP SP3 machines into reboot loops in April 2010 without any kernel component.",
    trigger: `A \`deployment\` with \`rollout = "global"\` that delivers an input read by a component in ${PRIVILEGED}, by a component in ${BOOT_CRITICAL}, or by a component that drives a response_actuator with destructive \`actions\` (kill, quarantine or delete).`,
    series: ["INTRO_CONTENT", "INTRO_QA"],
    primary: ["CS-PIR", "CS-RCA", "MS-JUL20", "MS-SEP12", "MS-MDE-SDP-DOC"],
    related: ["RS008", "RS010", "RS012", "RS017", "RS039"],
    fixes: [
      "Stage the rollout through rings with bake times",
      "Ramp by percentage within each ring",
      "Halt automatically on crash or heartbeat-loss signals"
    ]
  }),
  rule({
    id: "RS010",
    slug: "promotion-without-health-gate",
    title: "Promotion is not gated on health signals",
    category: "content-deployment",
    defaultSeverity: "warning",
    severityNote: "Warning because rings without automatic halting delay an outage rather than contain it.",
    rationale: "Rings without an automatic stop merely stretch an outage over a longer period. The PIR commits to monitoring sensor and system performance while content is deployed in stages. A crashed host reports nothing, so missing heartbeats must be treated as failure evidence in their own right, together with crash dumps and regressions in CPU or memory. A bake time per ring is what gives those signals time to arrive before the next promotion.",
    trigger: 'A staged `deployment` (or one that declares `rings`) with `health_gate = []` or `bake_time = "0"`; a missing `health_gate` or `bake_time` is reported as unspecified.',
    series: ["INTRO_QA"],
    primary: ["CS-PIR", "MS-MDE-SDP-BLOG"],
    related: ["RS009", "RS036"],
    fixes: [
      "Gate promotion on heartbeat loss, crash telemetry and resource metrics",
      "Set an explicit bake time for each ring"
    ]
  }),
  rule({
    id: "RS011",
    slug: "no-last-known-good",
    title: "No last-known-good or automatic rollback for content",
    category: "content-deployment",
    defaultSeverity: "warning",
    severityNote: "Warning for any content consumer; RS018 adds an error where the consumer is boot-critical.",
    rationale: "Reverting the file centrally at 05:27 UTC could not reach machines already caught in a boot loop. Each of them needed a person to remove the `C-00000291*.sys` files manually. Had the agent retained the prior content and switched back to it after repeated faults, those hosts could have healed themselves. The PIR adds testing of content updates and rollbacks to its list of new test types.",
    trigger: `A \`deployment\` delivering ${CONTENT} whose \`rollback\` is "none" or "manual", or which has \`last_known_good = false\` (both unset is reported as unspecified).`,
    series: ["INTRO_ELAM"],
    primary: ["CS-TECH", "CS-PIR"],
    related: ["RS015", "RS017", "RS018"],
    fixes: [
      "Keep the previous content version on disk",
      "Revert automatically after repeated faults",
      "Test the rollback path itself"
    ]
  }),
  rule({
    id: "RS012",
    slug: "no-customer-content-control",
    title: "Customers cannot stage, delay or pin content",
    category: "content-deployment",
    defaultSeverity: "warning",
    severityNote: "Warning because trading slower protection for lower outage risk should be the customer's explicit choice.",
    rationale: "Falcon customers could pin sensor code to a version, but Rapid Response Content reached every online host whatever the customer had configured. The PIR promises finer customer control over the timing and placement of content updates, and Microsoft's Defender for Endpoint documentation describes gradual rollout rings that customers manage themselves. Putting critical systems on a later ring is a legitimate choice, provided the console shows the exposure window it creates. Slower protection is a real cost, which is why the rule asks that the customer, rather than the pipeline, makes that call.",
    trigger: `A \`deployment\` delivering ${CONTENT} with \`customer_control = "none"\`.`,
    series: ["INTRO_QA"],
    primary: ["CS-PIR", "MS-MDE-SDP-DOC"],
    related: ["RS009", "RS016"],
    fixes: [
      "Let customers pin or ring content per device group",
      "Keep an emergency-override path for urgent content",
      "Show the exposure window in the console"
    ]
  }),
  rule({
    id: "RS013",
    slug: "content-integrity-unverified",
    title: "Content unsigned or integrity not verified before use",
    category: "content-deployment",
    defaultSeverity: "error",
    severityNote: "Error because unverified content lets anyone who can write it steer privileged code.",
    rationale: "If content is not signed and checked, an attacker with write access to its directory, or a foothold on the delivery path, can steer privileged code, and a crafted malformed file turns into a way to crash hosts at will. A signature check would not have stopped the July 2024 release, since the faulty file was the vendor's own, and CrowdStrike stated that null bytes in the channel file were not the cause. This rule therefore complements RS004 rather than replacing it. Verification belongs in user mode, and obfuscation is not a substitute for integrity.",
    trigger: 'A vendor-delivered input (content or sensor_code) with `signed = false`, or `integrity_check` "none" or "cloud" (verified only before release); unset values are reported as unspecified.',
    series: ["INTRO_OBFUSC"],
    primary: ["CS-TECH", "ERNW"],
    related: ["RS004", "RS007"],
    fixes: [
      "Sign content releases",
      "Verify signature and hash in the user-mode updater",
      "Restrict write access to the content directory"
    ]
  }),
  rule({
    id: "RS014",
    slug: "content-untested-on-real-sensor",
    title: "Content released without running on real sensor builds",
    category: "content-deployment",
    defaultSeverity: "warning",
    severityNote: "Warning because validator-only testing misses what a real sensor does with the content.",
    rationale: "According to the RCA, confidence in the July instances came from tests of the template type done earlier, from validator checks and from the track record of previous instances, not from running that content on an actual host. The new test list in the PIR, covering local developer testing, update and rollback testing, stress, fuzzing and fault injection, stability and content-interface testing, closes exactly that gap. Any internal ring running genuine sensor builds on genuine OS builds would have failed at once.",
    trigger: "A vendor-delivered input (content or sensor_code) whose `tests` set `integration_on_real_sensor = false` (testing rests on the validator alone); unset is reported as unspecified.",
    series: ["INTRO_QA"],
    primary: ["CS-PIR", "CS-RCA"],
    related: ["RS005", "RS006"],
    fixes: [
      "Run every release on real sensor builds (N, N-1, N-2) before shipping",
      "Inject faults on the content path"
    ]
  }),
  rule({
    id: "RS015",
    slug: "no-content-version-handshake",
    title: "No schema/version handshake between content and consumer",
    category: "content-deployment",
    defaultSeverity: "warning",
    severityNote: "Warning because without a handshake a shape mismatch surfaces as a crash instead of a rejected update.",
    rationale: "A single content release is read by several sensor versions at the same time. The fatal disagreement was between the template type definitions the content tools worked from and the code built into the sensor that supplies the values. When every release carries a manifest with its schema version and field counts, and the consumer refuses shapes it does not know, a mismatch becomes a rejected update instead of a crash.",
    trigger: "Content whose `schema` has no `version`, or a component that reads it raw without `accepts_versions`; content without any `schema` is reported as unspecified.",
    series: ["INTRO_QA"],
    primary: ["CS-RCA", "CS-PIR"],
    related: ["RS004", "RS011"],
    fixes: [
      "Ship a versioned manifest with every release",
      "Reject unknown schema versions and keep the last known good content",
      "Test content against every supported sensor version"
    ],
    limitations: "The catalog also flags several supported sensor versions without a compatibility matrix; the language has no attribute for that matrix, so that clause is not checked."
  }),
  rule({
    id: "RS016",
    slug: "no-content-release-notes",
    title: "High-frequency content changes are invisible to operators",
    category: "content-deployment",
    defaultSeverity: "hint",
    severityNote: "Hint because release notes are cheap to add and speed up triage, but their absence does not cause failures.",
    rationale: "People correlating an incident need to know what changed on their hosts and when. The PIR commits to content release notes that customers can subscribe to. A change feed costs little to produce and shortens triage whenever a release is suspected.",
    trigger: 'An input whose `frequency` is "daily" or "multiple_per_day", delivered by a `deployment` with `release_notes = false` (unset stays silent: a request for it would be louder than this hint).',
    series: ["INTRO_OBFUSC"],
    primary: ["CS-PIR"],
    related: ["RS012"],
    fixes: [
      "Publish a content change feed",
      "Show the active content version in the console"
    ]
  }),
  // ── C. Boot-start / ELAM blast radius and recovery ────────────────────────────────────────
  rule({
    id: "RS017",
    slug: "boot-critical-loads-fresh-content",
    title: "Boot-critical component loads updatable content during boot",
    category: "boot-and-recovery",
    defaultSeverity: "error",
    severityNote: "Error because a faulty file read during boot crashes the host on every restart, before any remote fix can arrive.",
    rationale: "A file that crashes the machine while being read during boot will crash it again on every restart, long before any remote fix can be delivered; the Introduction ties the July 2024 boot loops to exactly this early-loading behaviour. Protection during boot should rest on a frozen, tested baseline, with newly delivered content switched on only once the system has booted successfully and the user-mode service is up. For precision, independent analysis places Falcon's ELAM role in CSBoot.sys while the crash occurred in CSAgent.sys, a separate driver that also starts early. Both load before logon, which is why the rule keys on boot-critical contexts rather than on ELAM alone.",
    trigger: `${BOOT_CRITICAL.replace(/^a /, "A ")} containing a component that reads ${CONTENT}, where the context has \`content_activation = "at_boot"\`.`,
    series: ["INTRO_ELAM"],
    primary: ["CS-TECH", "ANTIY", "MS-JUL27"],
    related: ["RS008", "RS009", "RS011", "RS018", "RS019"],
    fixes: [
      "Activate new content only after a successful boot",
      "Load the last known good content at boot",
      "Let the user-mode service activate new content"
    ]
  }),
  rule({
    id: "RS018",
    slug: "no-crash-loop-protection",
    title: "No crash-loop / boot-loop protection",
    category: "boot-and-recovery",
    defaultSeverity: "error",
    severityNote: "Error for boot-critical contexts, where a crash repeats on every boot, and warning for other privileged contexts, where a reboot clears it.",
    rationale: "If nothing on the host remembers across reboots that the last boots failed, one bad input turns into an outage that never ends. In July 2024 some hosts recovered only after many reboots, when one of them happened to fetch the corrected file before the crash. Falling back on purpose, by skipping content or running in a reduced mode that still reports heartbeats, gives up some coverage to keep the host available. Better resilience and recoverability are among the commitments in the PIR.",
    trigger: `${PRIVILEGED.replace(/^a /, "A ")} whose \`crash_loop_protection\` is missing or "none"; reported as an error when the context is also ${BOOT_CRITICAL}.`,
    series: ["INTRO_ELAM"],
    primary: ["CS-PIR", "CS-TECH"],
    related: ["RS011", "RS017", "RS020", "RS036"],
    fixes: [
      "Count unclean boots persistently",
      "Disable content or features after repeated failures",
      "Report the degraded state in heartbeats"
    ]
  }),
  rule({
    id: "RS019",
    slug: "elam-beyond-classification",
    title: "ELAM driver carries logic beyond boot-driver classification",
    category: "boot-and-recovery",
    defaultSeverity: "warning",
    severityNote: "Warning because every extra feature in the ELAM driver inherits the worst blast radius on the system.",
    rationale: "The ELAM mechanism has two purposes: letting an anti-malware driver judge the other boot-start drivers before they start, and allowing the vendor's user-mode service to run as a protected process. Because it loads ahead of almost everything else, anything added to it inherits the largest blast radius and the hardest recovery on the machine. Keeping it small and unchanged between code releases, with the main sensor in a driver that starts later, limits what can go wrong at that stage.",
    trigger: 'A context with `kind = "elam_driver"` containing a component whose `kinds` include anything other than boot_driver_classifier and self_protection.',
    series: ["INTRO_ELAM"],
    primary: ["WIN-ELAM", "WIN-ELAM-REQ"],
    related: ["RS017", "RS025", "RS034"],
    fixes: [
      "Split ELAM classification from the main sensor driver",
      "Keep the ELAM signature set static per code release"
    ]
  }),
  rule({
    id: "RS020",
    slug: "boot-critical-no-recovery-path",
    title: "Boot-critical component without a declared recovery path",
    category: "boot-and-recovery",
    defaultSeverity: "warning",
    severityNote: "Warning because an undeclared recovery path is usually discovered during the outage.",
    rationale: "Microsoft requires ELAM installers to store a spare copy of the driver, so that the recovery environment can put back a damaged one. Safe Mode only helps an administrator if the failing component stays out of it. For machines that cannot boot at all, Microsoft's Quick Machine Recovery is meant to deliver fixes into WinRE. Declaring these properties in the model makes recovery something a reviewer can check rather than assume.",
    trigger: `${BOOT_CRITICAL.replace(/^a /, "A ")} whose \`recovery\` block has \`backup_copy = false\` or \`remote = "none"\`, or which leaves \`safe_mode_behavior\` unspecified.`,
    series: ["INTRO_ELAM"],
    primary: ["WIN-ELAM-REQ", "MS-NOV19", "QMR"],
    related: ["RS017", "RS018", "RS021"],
    fixes: [
      "Register a backup copy for WinRE",
      "Keep content-driven parts out of Safe Mode",
      "Support remote remediation such as Quick Machine Recovery"
    ]
  }),
  rule({
    id: "RS021",
    slug: "recovery-needs-hands-on",
    title: "Recovery requires per-host hands-on action",
    category: "boot-and-recovery",
    defaultSeverity: "information",
    severityNote: "Information because this is a fleet-readiness concern, not a defect in the design's code.",
    rationale: "In July 2024 each affected machine had to be started in Safe Mode or WinRE so that a file could be removed, frequently after someone located its BitLocker recovery key, and cloud VMs had their disks attached to another machine for the same edit. That per-machine effort, repeated across millions of hosts, is what prompted Microsoft's Quick Machine Recovery work. Knowing the per-host cost in advance lets a team escrow keys and rehearse recovery before it is needed.",
    trigger: "A `recovery` block with `requires_physical_access = true`, or with `bitlocker = true` and `bitlocker_key_escrow = false`.",
    series: ["INTRO_ELAM"],
    primary: ["CS-TECH", "MS-JUL20", "MS-NOV19", "ANTIY"],
    related: ["RS018", "RS020"],
    fixes: [
      "Escrow BitLocker recovery keys",
      "Enable remote remediation such as Quick Machine Recovery",
      "Rehearse a fleet recovery drill"
    ]
  }),
  rule({
    id: "RS022",
    slug: "kernel-fails-closed-on-own-errors",
    title: "Kernel component fails closed on its own internal errors",
    category: "boot-and-recovery",
    defaultSeverity: "warning",
    severityNote: "Warning because narrowly scoped fail-closed enforcement can be justified, but it must be argued rather than assumed.",
    rationale: "Fail-closed semantics make sense for security verdicts, but applied to the product's own faults, whether an unhandled exception or a blanket denial, they turn a bug into an outage. When an interpreter hits content it cannot handle, the safer response is to switch off that one rule, log the fault and continue; the PIR commits to better error handling in the Content Interpreter. Part 1 observes that behavioural detection is uncertain enough for EDR to favour visibility over automatic action. Narrow, well-tested enforcement can still justify failing closed, provided the justification is written down.",
    trigger: `${PRIVILEGED.replace(/^a /, "A ")}, or a component in one, whose \`on_internal_error\` is "fail_closed" or "bugcheck". A scoped justification is recorded with a \`waiver\` for this rule.`,
    series: ["P1_AV", "P1_VIS"],
    primary: ["CS-PIR"],
    related: ["RS001", "RS003", "RS037"],
    fixes: [
      "Disable the failing rule and keep running",
      "Fail open and raise a health alert",
      "Justify any remaining fail-closed scope in a waiver"
    ]
  }),
  // ── D. Memory safety and quality of kernel code ──────────────────────────────────────────
  rule({
    id: "RS023",
    slug: "unsafe-kernel-code-no-assurance",
    title: "Kernel code in a memory-unsafe language without assurance evidence",
    category: "kernel-code-quality",
    defaultSeverity: "warning",
    severityNote: "Warning because memory-unsafe kernel code is common and acceptable with assurance work, but not without it.",
    rationale: "Microsoft's review of the crash dumps found an out-of-bounds read in the sensor driver, in other words a memory-safety bug. A memory-safe language removes that class of bug outright; code that stays in C or C++ needs recorded assurance instead, at a minimum parsers fuzzed continuously as user-mode targets, static analysis, and Driver Verifier. CrowdStrike's PIR likewise adds fuzzing and fault injection to its own testing.",
    trigger: `${PRIVILEGED.replace(/^a /, "A ")} with \`language\` "c", "cpp" or "objc" whose \`evidence\` (on the context, or on every component) lists none of fuzzing, static_analysis or driver_verifier.`,
    series: ["INTRO_QA"],
    primary: ["MS-JUL27", "CS-PIR"],
    related: ["RS002", "RS004"],
    fixes: [
      "Write new kernel components in a memory-safe language",
      "Build parsers as user-mode fuzz targets",
      "Run static analysis and Driver Verifier in CI"
    ]
  }),
  rule({
    id: "RS024",
    slug: "driver-not-hvci-compatible",
    title: "Kernel component not memory-integrity (HVCI) compatible",
    category: "kernel-code-quality",
    defaultSeverity: "error",
    severityNote: "Error because HVCI compatibility is a documented platform requirement and incompatible drivers break on systems with memory integrity enabled.",
    rationale: "With memory integrity enabled, kernel pages become executable only after code-integrity checks, and executable pages can never be written. Native code therefore cannot be delivered disguised as data, which is why vendors who need kernel behaviour to change between releases turn to interpreters, and why the robustness of those interpreters matters so much (RS001, RS004). A driver that is not compatible breaks on systems where memory integrity is turned on. CrowdStrike states that its own driver is compatible.",
    trigger: 'A Windows context with `kind = "kernel_driver"` whose `hvci_compatible` is not `true` (writable-and-executable sections, dynamic code, or data loaded as code).',
    series: ["INTRO_KERNELQ"],
    primary: ["WIN-HVCI", "WIN-CI-CHECK", "CS-KERNEL"],
    related: ["RS001", "RS004"],
    fixes: [
      "Use non-executable pool allocations",
      "Remove writable-and-executable sections",
      "Run the Driver Verifier code-integrity checks and HLK HVCI test"
    ]
  }),
  rule({
    id: "RS025",
    slug: "inadequate-driver-signing",
    title: "Inadequate kernel signing / certification",
    category: "kernel-code-quality",
    defaultSeverity: "error",
    severityNote: "Error because the platform refuses to load, or to distribute, kernel code signed this way.",
    rationale: "On 64-bit Windows, unsigned kernel code does not load. Microsoft recommends HLK-tested dashboard signing, which covers every Windows version including Server, whereas attestation signing only covers client editions from Windows 10 onward and cannot be published to retail Windows Update. Boot-start drivers additionally need an embedded signature. A valid signature certifies the driver binary only, not the content that binary reads later (see RS008).",
    trigger: `A context whose \`signer\` is "test", "self" or "none"; or whose \`signer\` is "attestation" while its \`targets\` include windows_server or windows_pre_10; or a Windows driver the boot loader loads (boot_start_driver, elam_driver, or kernel_driver with \`start = "boot"\`) with \`embedded_signature = false\`.`,
    limitations: 'Whether an ELAM driver carries the Early Launch EKU is not modelled. Drivers with `start = "system"` are not required to embed their signature, since a catalog signature is accepted for them.',
    series: ["INTRO_CONTENT"],
    primary: ["WIN-SIGN-OFFERINGS", "WIN-SIGN-RELEASE", "WIN-ELAM-SAMPLE"],
    related: ["RS008", "RS019"],
    fixes: [
      "Use HLK (WHQL) dashboard signing",
      "Embed the signature in boot-start drivers",
      "Obtain ELAM signing through MVI"
    ]
  }),
  rule({
    id: "RS026",
    slug: "undocumented-kernel-hooking",
    title: "Undocumented kernel patching or hooking",
    category: "kernel-code-quality",
    defaultSeverity: "error",
    severityNote: "Error because undocumented patching conflicts with Kernel Patch Protection on x64 and breaks across OS updates.",
    rationale: "Until Windows Vista there were no documented interfaces for much of what security products needed, so they rewrote system-call tables and patched kernel code directly. CrowdStrike's architecture write-up recounts that history and states that it now relies on documented interfaces. Today the supported equivalents are the documented callbacks for processes, threads, image loads, the registry and object handles, together with minifilters and the Windows Filtering Platform. The series plans to cover Windows EDR internals in Part 2, which has not been published.",
    trigger: "A component whose `attach` includes ssdt_hook, inline_kernel_patch, idt_hook or callback_array_edit.",
    series: ["INTRO_P2"],
    primary: ["CS-KERNEL", "WIN-PROC-NOTIFY", "WIN-OB-REG"],
    related: ["RS038"],
    fixes: [
      "Replace each hook with its documented callback",
      "Record any coverage gap as an accepted gap"
    ]
  }),
  rule({
    id: "RS027",
    slug: "heavy-work-in-sync-callback",
    title: "Heavy or blocking work inside synchronous kernel callbacks",
    category: "kernel-code-quality",
    defaultSeverity: "warning",
    severityNote: "Warning because slow synchronous callbacks degrade performance for the whole host and risk hangs.",
    rationale: "Windows invokes process-notify callbacks inside a critical region where normal kernel APCs are disabled, and object pre-operation callbacks in whatever thread happens to be running. Anything slow in those routines delays each process creation or handle request on the host and creates room for deadlocks. Vendors give performance as one reason to be in the kernel, an argument that only holds while the kernel part stays thin.",
    trigger: 'A component with a sensor.* kind whose `callback` block has `mode = "synchronous"` and whose `work` includes parse, scan, network or wait_user.',
    series: ["P1_SENSOR"],
    primary: ["WIN-PROC-NOTIFY-CB", "WIN-OB-PRECB", "MS-MDE-SDP-BLOG"],
    related: ["RS028", "RS031"],
    fixes: [
      "Enqueue a minimal record and return",
      "Evaluate events asynchronously in user mode",
      "Put a timeout on any synchronous enforcement path"
    ]
  }),
  rule({
    id: "RS028",
    slug: "unbounded-kernel-buffering",
    title: "Unbounded kernel buffering of telemetry",
    category: "kernel-code-quality",
    defaultSeverity: "warning",
    severityNote: "Warning because an event storm can exhaust kernel memory, though bounding the queue is straightforward.",
    rationale: "A flood of events, from a busy build server or from an attacker deliberately creating processes, can use up kernel memory until the host crashes or stops seeing anything. A fixed-size ring buffer that counts what it drops keeps the failure local and makes it visible. ETW and eBPF ring buffers follow the same design.",
    trigger: `A sensing component (sensor.*, fs_minifilter, network_filter and the like) in ${PRIVILEGED}, or a kernel-side \`channel\`, whose \`queue\` has \`overflow = "grow"\` or \`per_event_allocation = "unbounded"\`; a missing \`queue\` or \`bound\` is reported as unspecified.`,
    series: ["P1_ARCH"],
    primary: ["EBPF-ETW"],
    related: ["RS027"],
    fixes: [
      "Use a fixed-size ring buffer with drop counters",
      "Rate-limit events per process",
      "Signal backpressure to user mode"
    ]
  }),
  // ── E. Interface between kernel and user components ──────────────────────────────────────
  rule({
    id: "RS029",
    slug: "open-kernel-ipc-endpoint",
    title: "Kernel IPC endpoint reachable by arbitrary callers",
    category: "kernel-user-interface",
    defaultSeverity: "error",
    severityNote: "Error because an open endpoint is both an attack surface into ring 0 and a way to switch protection off.",
    rationale: "A device object or filter communication port open to every process gives attackers a path into ring 0 and a lever for tampering, such as a request to disable protection. Protecting it means a restrictive security descriptor, a cap on connections and a check that whoever connects is the vendor's own protected service. Part 1's separation of sensors from the agent implies a channel of exactly this kind.",
    trigger: 'A `channel` whose receiver runs in a privileged context, or whose privileged sender talks to user mode, with `acl = "none"` or `caller_verification` "none" or "pid". Channels inside one context are not endpoints and are skipped; unset values are reported as unspecified.',
    series: ["P1_ARCH"],
    primary: ["WIN-PPL", "WIN-FLTMGR"],
    related: ["RS030", "RS032", "RS034"],
    fixes: [
      "Restrict the endpoint to administrators",
      "Verify the caller is the PPL service with the vendor signer",
      "Allow a single connection to the communication port"
    ]
  }),
  rule({
    id: "RS030",
    slug: "kernel-trusts-user-buffers",
    title: "Kernel IPC handler trusts user-supplied buffers",
    category: "kernel-user-interface",
    defaultSeverity: "error",
    severityNote: "Error because length confusion and double fetches are the classic exploitable driver bugs.",
    rationale: "Confusion over lengths and types, and double-fetch races on user memory, are the classic bug classes in drivers. The vendor's own service may itself be compromised, so its messages count as untrusted until the kernel has validated them. Copying a message once, checking its size and version, and never reading user memory a second time closes these classes; it is the same bounds-checking lesson the RCA draws for content.",
    trigger: 'A `channel` with a kernel-side end (either direction) whose `validation` is "none" (unset is reported as unspecified), whose `transfer` is "method_neither" or "shared_memory_unlocked", or which has `double_fetch_possible = true`.',
    series: ["P1_ARCH"],
    primary: ["CS-RCA"],
    related: ["RS004", "RS029"],
    fixes: [
      "Use buffered or copy-once transfer",
      "Validate a size and version header on every message",
      "Fuzz the IOCTL interface"
    ]
  }),
  rule({
    id: "RS031",
    slug: "kernel-waits-without-timeout",
    title: "Kernel waits on a user-mode verdict without a timeout",
    category: "kernel-user-interface",
    defaultSeverity: "warning",
    severityNote: "Warning because a hung decision maker stalls the operating system, but a timeout with a declared default fixes it.",
    rationale: "A kernel thread that waits without a deadline for a user-mode verdict stalls the operating system as soon as that user-mode component hangs or dies. Apple's Endpoint Security enforces such a limit itself: each AUTH message comes with a deadline, and the system may kill a client that lets it pass. Designs on Windows have to impose their own timeout and state which verdict applies when it expires.",
    trigger: "A `channel` with `waits_for_verdict = true` that lacks `timeout_ms` or `default_verdict`.",
    series: ["P1_ARCH"],
    primary: ["APPLE-ES", "ENDPOINT-SEC-RS"],
    related: ["RS027", "RS041"],
    fixes: [
      "Set a timeout with a declared default verdict",
      "Cache recent verdicts",
      "Log timeouts as health events"
    ]
  }),
  rule({
    id: "RS032",
    slug: "unauthorized-control-operations",
    title: "Privileged control operations exposed without authorization",
    category: "kernel-user-interface",
    defaultSeverity: "error",
    severityNote: "Error because an unauthenticated control plane lets an attacker switch the agent off.",
    rationale: "Attackers go after an agent's own control plane so they can switch it off. Every state-changing operation therefore needs an authenticated, authorized and audited caller, which on the host means the protected service and from outside means a command signed by the console. The same tamper concern runs through RS029 and RS034.",
    trigger: 'A `channel`, or an input with `source = "cloud_commands"`, whose `operations` include unload, disable_protection, add_exclusion, kill_process or isolate_host, where the caller is trusted below authenticated_peer (a channel without strong `caller_verification` \u2014 token, signer, ppl_signer or code_requirement \u2014 and without `acl = "protected_service_only"`, or a command input whose `trust` is lower than authenticated_peer or that has `signed = false`).',
    series: ["P1_AV"],
    primary: ["WIN-PPL"],
    related: ["RS029", "RS034"],
    fixes: [
      "Authorize every control operation",
      "Require a maintenance token to disable or uninstall",
      "Sign cloud commands and keep an audit trail"
    ]
  }),
  rule({
    id: "RS033",
    slug: "raw-content-to-kernel",
    title: "Raw content forwarded to the kernel",
    category: "kernel-user-interface",
    defaultSeverity: "warning",
    severityNote: "Warning because the kernel still parses the hard format even though the parser appears to have moved to user mode.",
    rationale: "Relocating the parser to user mode pays off only when the kernel then receives something trivial to check: fixed-size records, validated counts, a version and a hash. If the kernel still receives the original format, it still has to parse the difficult part. A compiled form is the safe version of RS001's second fix.",
    trigger: `A \`channel\` from a user-mode component to a component in ${PRIVILEGED} that \`carries\` ${CONTENT} with \`form = "raw"\`.`,
    series: ["INTRO_KERNELQ"],
    primary: ["MS-MDE-SDP-BLOG", "CS-RCA"],
    related: ["RS001", "RS004", "RS007"],
    fixes: [
      "Compile content into a flat, versioned, size-prefixed table",
      "Validate header, size and hash in the kernel"
    ]
  }),
  // ── F. Tamper resistance and the opposite risk ───────────────────────────────────────────
  rule({
    id: "RS034",
    slug: "unprotected-user-mode-agent",
    title: "Tamper-sensitive agent runs as an ordinary user-mode service",
    category: "tamper-and-opposite-risk",
    defaultSeverity: "warning",
    severityNote: "Warning because leaving the kernel without platform self-protection trades one risk for another.",
    rationale: "According to Microsoft, the user-mode anti-malware service is a single point of failure and a favourite target of malware, and an ordinary service can be killed or injected into by any administrator-level process. Moving out of the kernel should not cost the agent its self-protection: Windows offers PPL through an ELAM driver, and macOS protects system extensions. CrowdStrike argues that its kernel presence keeps the sensor working when the user-mode service is attacked, while Field Effect argues that pushing vendors out of the kernel mainly benefits Microsoft; Ringside takes neither side but expects tamper resistance to be designed in. The series plans to weigh this tradeoff in Part 4, which has not been published.",
    trigger: 'An agent with `role` "edr", "av" or "epp" whose sensing and enforcement components all run in contexts of `kind` user_service, user_process or injected_module, with no protected_service or macos_system_extension context and no kernel component of kind self_protection.',
    series: ["INTRO_P4", "P1_AV"],
    primary: ["WIN-PPL", "WIN-PPL-CERT", "CS-KERNEL", "FIELD-EFFECT"],
    related: ["RS029", "RS032", "RS035", "RS036", "RS038"],
    fixes: [
      "Run the service as a PPL anti-malware service",
      "Add a minimal kernel self-protection callback",
      "Add an authenticated heartbeat"
    ]
  }),
  rule({
    id: "RS035",
    slug: "hooks-only-telemetry",
    title: "Telemetry depends only on in-process user-mode hooks",
    category: "tamper-and-opposite-risk",
    defaultSeverity: "warning",
    severityNote: "Warning because the monitored process can remove or bypass its own hooks.",
    rationale: "Part 1 names hooking DLLs as an example of a vendor-supplied sensor, and such hooks run inside the process they observe. Code in that process can strip the hooks, make system calls without going through them, or tamper with the ETW events it emits itself. Kernel-side sources, such as callbacks, minifilters or the ETW Threat-Intelligence provider read by a PPL service, are out of that code's reach. Hook data is still useful, but as low-confidence corroboration.",
    trigger: "An EDR, AV or EPP agent whose behaviour sensors are all components of kind user_hook, amsi_provider or etw_consumer (an ETW consumer attached to `etw_ti` counts as kernel-sourced).",
    series: ["P1_SENSOR"],
    primary: ["ETW-TI", "WIN-PROC-NOTIFY", "OUTFLANK"],
    related: ["RS034", "RS037"],
    fixes: [
      "Add kernel-sourced sensors or ETW Threat-Intelligence via a PPL consumer",
      "Use Endpoint Security on macOS or eBPF on Linux"
    ],
    limitations: "The catalog scopes the rule to techniques such as injection or credential access; the language does not model techniques, so all behaviour sensors are considered."
  }),
  rule({
    id: "RS036",
    slug: "no-heartbeat",
    title: "No heartbeat / tamper-health signal",
    category: "tamper-and-opposite-risk",
    defaultSeverity: "warning",
    severityNote: "Warning because without heartbeats neither tampering nor a bad rollout can be noticed from the back end.",
    rationale: "A sensor that has been blinded and one that has crashed both present as silence. Heartbeats let the back end notice tampering and let a rollout stop when hosts go quiet (RS010). According to unofficial documentation, Falcon for Linux keeps sending heartbeats in reduced-functionality mode while detection is off, a pattern worth copying.",
    trigger: "An agent without a `heartbeat` block and without a component of kind health_monitor or watchdog. Here absence is the finding: a heartbeat is a part of the design, not a property of one.",
    series: ["P1_ARCH"],
    primary: ["CS-PIR", "FALCON-LINUX-RFM"],
    related: ["RS010", "RS018", "RS034"],
    fixes: [
      "Add an authenticated heartbeat carrying sensor state and content version",
      "Alert on heartbeat gaps"
    ]
  }),
  rule({
    id: "RS037",
    slug: "prevention-on-async-sources",
    title: "Prevention requirement placed on an asynchronous-only source",
    category: "tamper-and-opposite-risk",
    defaultSeverity: "warning",
    severityNote: "Warning because the design cannot meet its own prevention requirement.",
    rationale: "ETW events and Endpoint Security NOTIFY events arrive after the operation has already happened, and only pre-operation mechanisms can refuse it: Windows callbacks and minifilters, ES AUTH, BPF-LSM or fanotify permission events. A design that drops its kernel components must either adopt the platform's authorization hooks or state plainly that it only detects. The rule makes Part 1's tradeoff between visibility and enforcement explicit in the model.",
    trigger: 'An agent with `mode = "prevent"` none of whose sensors can refuse an operation before it completes. Blocking sources are pre-operation kernel callbacks (process, object, registry), minifilters, network filters, ES clients and fanotify monitors with `event_mode` authorize, and eBPF probes attached to bpf_lsm (or xdp/tc for network). In-process hooks and AMSI do not count, nor do callbacks declared asynchronous; response actuators are not sources.',
    series: ["P1_AV", "P1_VIS"],
    primary: ["APPLE-ES", "WIN-PROC-NOTIFY", "EBPF"],
    related: ["RS022", "RS035", "RS041"],
    fixes: [
      "Use a pre-operation source such as ES AUTH, pre-operation callbacks or BPF-LSM",
      "Set the agent mode to detect"
    ]
  }),
  rule({
    id: "RS038",
    slug: "kernel-exit-unrecorded-gap",
    title: "Kernel exit drops a capability without recording the gap",
    category: "tamper-and-opposite-risk",
    defaultSeverity: "information",
    severityNote: "Information because leaving the kernel is a legitimate tradeoff that only needs to be recorded.",
    rationale: "The series aims to weigh the costs of each placement rather than declare a winner. Vendors defend kernel presence with arguments about visibility, performance, tamper resistance and loading early, while Microsoft, through its Windows Resiliency Initiative, is developing with MVI partners an endpoint security platform that runs in user mode, and how far it can match kernel capabilities is not yet settled. Recording each accepted gap, with its reason and compensating control, lets reviewers accept the loss knowingly. The series plans to ask whether the kernel-heavy approach is worth its risk in Part 4, which has not been published.",
    trigger: "A component with `migrated_from` a kernel context (or moved into a user-mode context) whose lost `capabilities` include early_boot_visibility, paging_io_visibility, synchronous_block or tamper_resistance, without a matching `accepted_gap` block.",
    series: ["INTRO_P4", "INTRO_KERNELQ"],
    primary: ["CS-KERNEL", "MS-JUN26-2025", "FIELD-EFFECT"],
    related: ["RS026", "RS034", "RS037"],
    fixes: [
      "Record an accepted gap with rationale and compensating control",
      "Keep a minimal kernel sensor for the capability"
    ]
  }),
  rule({
    id: "RS039",
    slug: "destructive-response-os-critical",
    title: "Destructive automated response on OS-critical objects",
    category: "tamper-and-opposite-risk",
    defaultSeverity: "warning",
    severityNote: "Warning because automated destruction of OS-critical files can disable hosts even from user mode.",
    rationale: "On 21 April 2010 a McAfee signature update, DAT 5958, flagged the Windows system process svchost.exe as malicious on XP SP3 machines and quarantined it; the machines lost networking and fell into reboot loops, with no kernel code involved. How much damage a component can do depends on what it is allowed to do, not only on where it runs. Part 1 points out that behavioural verdicts carry uncertainty, one reason EDR products prefer alerting a person to acting alone.",
    trigger: "A component of kind response_actuator whose `actions` include delete, quarantine or kill and whose verdicts come from content (it receives content, directly or over channels, or a scanner or engine in its context does), with `os_critical_allowlist = false` (unset is reported as unspecified).",
    series: ["P1_VIS", "P1_ML"],
    primary: ["MCAFEE-ZDNET", "MCAFEE-CISA"],
    related: ["RS009"],
    fixes: [
      "Exclude OS-critical binaries from automatic remediation",
      "Require human approval for destructive actions on OS-critical objects",
      "Stage signature releases"
    ]
  }),
  // ── G. Platform-specific rules ───────────────────────────────────────────────────────────
  rule({
    id: "RS040",
    slug: "macos-kext",
    title: "macOS kernel extension used for EDR",
    category: "platform",
    defaultSeverity: "error",
    severityNote: "Error because kernel extensions are a deprecated platform mechanism with supported replacements.",
    rationale: "Apple announced the deprecation of kernel extensions at WWDC 2019 and, with macOS Catalina, provided system extensions and the Endpoint Security API as replacements. Starting with Big Sur, kexts relying on deprecated KPIs are not loaded by default (KAuth gives way to Endpoint Security, network KPIs to NetworkExtension), and on Apple silicon a third-party kext requires lowering the boot policy to Reduced Security. No Macs were affected in July 2024, and CrowdStrike states that its macOS sensor is built on Endpoint Security. The series plans to cover Linux and macOS in Part 3, which has not been published.",
    trigger: 'A context with `kind = "macos_kext"` on `platform = "macos"`.',
    series: ["INTRO_P3"],
    primary: ["APPLE-KEXT", "APPLE-KEXT-HT", "APPLE-ES", "APPLE-GUIDE", "APPLE-ES-9TO5"],
    related: ["RS041"],
    fixes: [
      "Reimplement as an Endpoint Security system extension",
      "Use NetworkExtension for network filtering",
      "Approve the extension through MDM"
    ]
  }),
  rule({
    id: "RS041",
    slug: "es-auth-without-deadline-budget",
    title: "macOS ES AUTH handler without a deadline budget",
    category: "platform",
    defaultSeverity: "warning",
    severityNote: "Warning because a missed AUTH deadline can get the client killed and leave the user's operation hanging.",
    rationale: "macOS gives each AUTH event a deadline and may kill an Endpoint Security client that fails to respond in time, to protect system responsiveness. Network lookups inside the handler make that outcome likely, and while an event waits for an answer, the user's operation waits with it. Deciding from local state and escalating asynchronously keeps the handler inside its budget. The series plans to cover macOS in Part 3, which has not been published.",
    trigger: 'A component of kind es_client with `event_mode` "authorize" or "both" whose `performs` includes network_lookup or blocking_io, or which lacks `deadline_budget_ms` or `default_verdict`.',
    series: ["INTRO_P3"],
    primary: ["APPLE-ES", "ENDPOINT-SEC-RS", "APPLE-ES-FORUM"],
    related: ["RS031", "RS037", "RS040"],
    fixes: [
      "Answer from a local policy cache",
      "Escalate to remote lookups asynchronously",
      "Declare a deadline budget and a default verdict"
    ]
  }),
  rule({
    id: "RS042",
    slug: "linux-kmod-where-ebpf-suffices",
    title: "Linux loadable kernel module where eBPF would do",
    category: "platform",
    defaultSeverity: "warning",
    severityNote: "Warning because a module adds unconstrained kernel code where a verified alternative covers the same needs.",
    rationale: "A loadable module runs without constraints, tends to break when the kernel is updated, and must be signed to load under Secure Boot. By contrast, eBPF programs pass the kernel verifier before they load, and CO-RE lets a single build work on many kernel versions. CrowdStrike reports that its Linux sensor now uses BPF, and several other Linux sensors default to eBPF as well. A module remains justified for kernels that lack the eBPF features the design needs; the series plans to cover Linux in Part 3, which has not been published.",
    trigger: 'A context with `kind = "linux_kernel_module"` on `platform = "linux"` whose components\' `capabilities` are all among exec_events, file_events, network_events and lsm_block.',
    series: ["INTRO_P3"],
    primary: ["EBPF", "CS-KERNEL", "OUTFLANK"],
    related: ["RS043", "RS044"],
    fixes: [
      "Implement the sensor in eBPF with tracepoints and BPF-LSM",
      "Keep the module only as a fallback for old kernels"
    ],
    limitations: "Whether the target kernels offer the needed eBPF features is not modelled; the rule assumes they do."
  }),
  rule({
    id: "RS043",
    slug: "ebpf-assumed-crash-proof",
    title: "eBPF sensor treated as crash-proof",
    category: "platform",
    defaultSeverity: "information",
    severityNote: "Information because eBPF is the better-bounded choice, but it still needs staged rollout and kernel testing.",
    rationale: "The verifier constrains what an eBPF program can do, but it is no proof against bugs in the kernel itself. In mid-2024, machines running RHEL 9.4 with kernel 5.14.0-427.13.1.el9_4 kernel-panicked while Falcon's sensor was active; in an interview with The Register, Grafana's CTO blamed an eBPF runtime flaw that the sensor happened to trigger. Staged rollouts and test matrices covering each distribution's kernels remain necessary for eBPF sensors. The series plans to cover Linux in Part 3, which has not been published.",
    trigger: 'A context with `kind = "ebpf_program"` whose code or content ships with `rollout = "global"`, whose `evidence` lacks kernel_matrix, or which does not declare `reduced_functionality_mode`.',
    series: ["INTRO_P3"],
    primary: ["RH-7068083", "REG-EBPF", "EBPF"],
    related: ["RS009", "RS042", "RS044"],
    fixes: [
      "Run CI across a per-distribution kernel matrix",
      "Stage the rollout",
      "Disable programs automatically after a panic on boot"
    ]
  }),
  rule({
    id: "RS044",
    slug: "no-kernel-compat-gate",
    title: "No OS/kernel-version compatibility gate",
    category: "platform",
    defaultSeverity: "warning",
    severityNote: "Warning because code that depends on kernel internals will eventually meet a kernel it was never tested on.",
    rationale: "Two Linux incidents in 2024 preceded July: in April, Debian stable servers set up in a way the vendor had not tested crashed after a Falcon update, and in May, hosts running Rocky Linux 9.4 froze. Checking the running kernel against a tested list, and entering reduced functionality when it is unknown, sacrifices some visibility rather than the host. Stable attachment points such as tracepoints and BTF make the gate trip less often. The series plans to cover Linux in Part 3, which has not been published.",
    trigger: 'A context of `kind` linux_kernel_module, or a component whose `attach` includes kprobe or hardcoded_offsets, with no `compat_gate` block (or a `compat_gate` with `on_unknown = "load_anyway"`, which gates nothing). Reported on each dependent component.',
    series: ["INTRO_P3"],
    primary: ["HN-41005936", "ROCKY-FORUM", "LINUX-2024-STACKDIARY"],
    related: ["RS042", "RS043"],
    fixes: [
      "Allowlist tested kernel builds",
      "Fall back to reduced functionality on unknown kernels",
      "Prefer tracepoints and BTF over kprobes and hard-coded offsets"
    ]
  }),
  rule({
    id: "RS045",
    slug: "wfp-callout-where-builtin-suffices",
    title: "WFP kernel callout where built-in filtering suffices",
    category: "platform",
    defaultSeverity: "hint",
    severityNote: "Hint because the callout works, but the same needs can be met with less kernel code.",
    rationale: "Microsoft's guidance for callout drivers prefers built-in WFP filters configured by a user-mode management application whenever they suffice, and keeps kernel callouts for traffic that must be inspected deeply or modified, filtered at the highest layer possible. Allowing or blocking by application or 5-tuple and logging connections do not need a callout. Less kernel code means a smaller blast radius when something goes wrong. The series plans to cover Windows EDR internals in Part 2, which has not been published.",
    trigger: 'A Windows component of kind network_filter in a `kind = "kernel_driver"` context whose `needs` are limited to allow_block_by_app_or_5tuple and connection_logging.',
    series: ["INTRO_P2"],
    primary: ["WIN-WFP-CALLOUT", "WIN-WFP-INTRO"],
    related: ["RS002"],
    fixes: [
      "Manage built-in WFP filters from user mode",
      "Move the callout to the highest workable layer"
    ]
  })
];
var RULE_META_BY_ID = new Map(RULE_META.map((m) => [m.id, m]));
var META_UNSPECIFIED = rule({
  id: "RS-META-UNSPECIFIED",
  slug: "unspecified-property",
  title: "A rule needs a property the model leaves unspecified",
  category: "meta",
  defaultSeverity: "information",
  severityNote: "Information because the model is incomplete rather than unsafe, and the finding goes away once the property is declared.",
  rationale: "A rule needed a property that this model does not declare, so Ringside reports the gap instead of guessing. Treating a missing property as safe would hide exactly the risk the rule exists to find, and treating it as unsafe would flood the review with findings the design may not deserve. Declaring the property, with whatever value is true, lets the rule run and turns this notice into either a real finding or silence. Where a vendor has only promised an improvement without detail, leaving the property unspecified is the honest model until the detail is known.",
  trigger: "A rule whose trigger depends on a property that the element does not declare. The finding names the element, the missing property and the rules that needed it.",
  series: ["INTRO_QA"],
  primary: [],
  related: [],
  fixes: ["Declare the property"]
});
var RULE_INTERNAL_ERROR = rule({
  id: "RS-INTERNAL",
  slug: "internal-error",
  title: "A rule failed while analysing this model",
  category: "meta",
  defaultSeverity: "error",
  severityNote: "Error because the model was not fully checked, and a silent gap in a review is worse than a visible one.",
  rationale: "A Ringside rule raised an exception while analysing this model. The other rules still ran and their findings stand, but this rule's result is unknown, so the model may contain problems it would have reported. This is a defect in Ringside, not in the design, and should be reported together with the model (or a reduced copy of it) and the Ringside version.",
  trigger: "A rule's check threw an exception on this model.",
  series: [],
  primary: [],
  related: [],
  fixes: []
});

// server/src/docs/generate.ts
var HEADER = "<!-- Generated by `npm run docs` from the schema and rule registry. Do not edit by hand. -->\n";
function typeText(t) {
  switch (t.kind) {
    case "string":
      return "string";
    case "number":
      return t.integer ? "whole number" + (t.min !== void 0 ? ` \u2265 ${t.min}` : "") + (t.max !== void 0 ? ` \u2264 ${t.max}` : "") : "number";
    case "bool":
      return "bool";
    case "date":
      return 'date "YYYY-MM-DD"';
    case "duration":
      return 'duration ("30m", "4h", "0")';
    case "enum":
      return `[${t.enum.name}](#enum-${anchor(t.enum.name)})`;
    case "list":
      return `list of ${typeText(t.of)}`;
    case "reference":
      return t.targets.map((x) => `\`${x}.NAME\``).join(" or ");
    case "map":
      return `object of ${typeText(t.of)}`;
  }
}
function anchor(s) {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}
function cell(s) {
  return s.replace(/\|/g, "\\|").replace(/\n/g, " ");
}
function languageDoc() {
  const out = [
    HEADER,
    "# The Ringside design language",
    "",
    "Ringside designs are HCL files with the extension `.ringside`. All `.ringside` files directly inside one folder form one model.",
    "References are written `TYPE.NAME` and resolve across the files of a model. Enumerated values are strings.",
    "This page is generated from the schema in `server/src/schema/`, the same one that drives validation, completion and hover.",
    "",
    "## Block types",
    ""
  ];
  for (const b of BLOCKS) out.push(`- [\`${b.type}\`](#block-${b.type}) \u2014 ${b.summary}`);
  for (const b of BLOCKS) {
    out.push("", `## Block \`${b.type}\` {#block-${b.type}}`, "", b.doc, "");
    const where = b.topLevel ? "top level" : `inside ${BLOCKS.filter((p) => p.blocks.some((c) => c.type === b.type)).map((p) => `\`${p.type}\``).join(", ")}`;
    out.push(`- Appears: ${where}${b.maxPerModel ? ` (at most ${b.maxPerModel} per model)` : ""}`);
    out.push(`- Labels: ${b.labels.length ? b.labels.map((l) => `${l.name} \u2014 ${l.doc}`).join("; ") : "none"}`);
    if (b.referenceable) out.push(`- Referenced as \`${b.type}.NAME\``);
    if (b.blocks.length) out.push(`- Nested blocks: ${b.blocks.map((c) => `[\`${c.type}\`](#block-${c.type})${c.max === 1 ? " (one)" : ""}`).join(", ")}`);
    out.push("", "| attribute | type | required | meaning |", "|---|---|---|---|");
    for (const a of b.attributes) out.push(attributeRow(a));
    out.push("", "```hcl", b.example, "```");
  }
  out.push("", "## Enumerated values", "");
  for (const e of ALL_ENUMS) {
    out.push(`### Enum \`${e.name}\` {#enum-${anchor(e.name)}}`, "", e.doc, "", "| value | meaning |", "|---|---|");
    for (const v of e.values) out.push(`| \`"${v.value}"\` | ${cell(v.summary)}${v.doc ? `. ${cell(v.doc)}` : ""} |`);
    out.push("");
  }
  out.push("## Execution contexts at a glance", "", "| kind | privileged | crash takes down | recovery | tamper resistance |", "|---|---|---|---|---|");
  for (const c of CONTEXT_KINDS) out.push(`| \`${c.kind}\` | ${c.privileged ? "yes" : "no"} | ${c.blastRadius.replace(/_/g, " ")} | ${cell(c.recovery)} | ${c.tamper.replace("_", " ")}: ${cell(c.tamperNote)} |`);
  out.push(
    "",
    "## Diagnostics about the model",
    "",
    "Problems with the model itself have stable codes. Rule findings (RS001\u2013RS045) are documented in [rules/](rules/README.md).",
    "",
    "| code | severity | meaning |",
    "|---|---|---|"
  );
  for (const c of MODEL_CODES) out.push(`| \`${c.code}\` | ${c.severity} | **${c.title}.** ${cell(c.description)} |`);
  out.push(`| \`${META_UNSPECIFIED.id}\` | information | **${META_UNSPECIFIED.title}.** ${cell(META_UNSPECIFIED.rationale)} |`);
  return out.join("\n") + "\n";
}
function attributeRow(a) {
  return `| \`${a.name}\` | ${typeText(a.type)} | ${a.required ? "yes" : ""} | ${cell(a.doc)} |`;
}
function ruleDoc(m) {
  const out = [
    HEADER,
    `# ${m.id} \u2014 ${m.title}`,
    "",
    `- Slug: \`${m.slug}\``,
    `- Category: ${m.category.replace(/-/g, " ")}`,
    `- Default severity: **${m.defaultSeverity}** \u2014 ${m.severityNote}`,
    "",
    "## Why",
    "",
    m.rationale,
    "",
    "## When it fires",
    "",
    m.trigger,
    ""
  ];
  if (m.downgrade) out.push("## What lowers it", "", m.downgrade, "");
  out.push("## Quick fixes", "", ...m.fixes.map((f) => `- ${f}`), "");
  if (m.limitations) out.push("## Limitations", "", m.limitations, "");
  out.push("## Sources", "");
  if (m.seriesPlannedPart) out.push(`The series "EDR Design and the CrowdStrike Incident" announced Part ${m.seriesPlannedPart} for this topic; it has not been published, so the link points at the announcement.`, "");
  for (const l of m.series) out.push(`- Series: [${l.title}](${l.url})`);
  for (const l of m.primary) out.push(`- [${l.title}](${l.url})`);
  if (m.related.length) out.push("", `Related: ${m.related.map((r) => `[${r}](${r}.md)`).join(", ")}`);
  return out.join("\n") + "\n";
}
function rulesIndex() {
  const out = [
    HEADER,
    "# Ringside rules",
    "",
    "Each rule has a page with its rationale, trigger, quick fixes and sources.",
    "",
    "| id | title | default severity | category |",
    "|---|---|---|---|"
  ];
  for (const m of RULE_META) out.push(`| [${m.id}](${m.id}.md) | ${cell(m.title)} | ${m.defaultSeverity} | ${m.category.replace(/-/g, " ")} |`);
  out.push(`| [${META_UNSPECIFIED.id}](${META_UNSPECIFIED.id}.md) | ${cell(META_UNSPECIFIED.title)} | information | meta |`);
  return out.join("\n") + "\n";
}
function generatedDocs() {
  const files = /* @__PURE__ */ new Map();
  files.set("docs/language.md", languageDoc());
  files.set("docs/rules/README.md", rulesIndex());
  for (const m of [...RULE_META, META_UNSPECIFIED]) files.set(`docs/rules/${m.id}.md`, ruleDoc(m));
  return files;
}

// tools/generate-docs.ts
var root = process.cwd();
for (const [rel, text] of generatedDocs()) {
  const p = path.join(root, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, text);
}
console.log(`wrote ${generatedDocs().size} files under docs/`);
//# sourceMappingURL=generate-docs.js.map
