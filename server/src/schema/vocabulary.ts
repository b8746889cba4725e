// The closed vocabulary of the language: every enumerated value with its one-line summary and
// hover paragraph. Sources: domain.md §2; the wording is Ringside's own.
import type { EnumType, EnumValue } from './types';
import { CONTEXT_KINDS } from './context-kinds';

function enumType(name: string, doc: string, values: [string, string, string?][]): EnumType {
  return { name, doc, values: values.map(([value, summary, d]): EnumValue => ({ value, summary, doc: d })) };
}

export const PLATFORM = enumType('platform', 'Operating system the agent targets.', [
  ['windows', 'Microsoft Windows'], ['linux', 'Linux distributions'], ['macos', 'Apple macOS'],
]);

export const ROLE = enumType('role', 'What kind of security product the agent is.', [
  ['edr', 'endpoint detection and response', 'Behavioural sensor that collects telemetry and detects attacker activity; tamper resistance matters because attackers try to blind it.'],
  ['av', 'anti-virus / anti-malware', 'Scans files and memory against signatures and models and blocks known-bad content.'],
  ['epp', 'endpoint protection platform', 'AV plus EDR features in one agent.'],
  ['dlp', 'data loss prevention', 'Watches and blocks data leaving the host.'],
  ['device_control', 'device control', 'Controls removable media and peripherals.'],
  ['other', 'another endpoint agent'],
]);

export const MODE = enumType('mode', 'Whether the agent must stop operations or only report them.', [
  ['prevent', 'blocks operations before they complete', 'The design promises to stop bad operations. That needs a synchronous, pre-operation source (kernel pre-op callbacks, minifilters, ES AUTH, BPF-LSM, fanotify permission events).'],
  ['detect', 'reports after the fact', 'The design only reports; asynchronous sources such as ETW or ES NOTIFY are enough.'],
]);

export const CONTEXT_KIND = enumType('context kind', 'The execution context a set of components runs in.',
  CONTEXT_KINDS.map((c) => [c.kind, c.summary, c.doc]));

export const START = enumType('start', 'When the context is loaded. For Windows drivers this is the service start type.', [
  ['boot', 'loaded by the boot loader (start type 0)', 'Loaded before the kernel finishes initialising. A crash here repeats on every boot.'],
  ['system', 'loaded during kernel initialisation (start type 1)', 'Loaded while the kernel initialises, before logon. A crash here also repeats on every boot.'],
  ['auto', 'started by the service manager at startup (2)', 'Started after the kernel is up, by the service manager.'],
  ['demand', 'started on request (3)', 'Loaded only when something asks for it.'],
  ['login', 'started at user logon'],
  ['on_event', 'started by the OS when needed'],
]);

export const LANGUAGE = enumType('language', 'Implementation language of the code in this context.', [
  ['c', 'C (memory-unsafe)'], ['cpp', 'C++ (memory-unsafe)'], ['rust', 'Rust (memory-safe by default)'],
  ['csharp', 'C#'], ['go', 'Go'], ['swift', 'Swift'], ['objc', 'Objective-C (memory-unsafe)'],
  ['ebpf_c', 'restricted C compiled to eBPF'], ['other', 'another language'],
]);

export const SIGNER = enumType('signer', 'Who signs the code that runs in this context.', [
  ['whql', 'Microsoft HLK/WHQL dashboard signing', 'Hardware Lab Kit tested and signed by Microsoft; valid on every Windows version including Server.'],
  ['attestation', 'Microsoft attestation signing', 'Signed by Microsoft without HLK testing; accepted on Windows 10+ client only, not on Server, and not publishable to retail Windows Update.'],
  ['elam_eku', 'Microsoft signature with the Early Launch EKU', 'Required for ELAM drivers; granted to qualifying Microsoft Virus Initiative members.'],
  ['vendor', 'vendor code-signing certificate'],
  ['apple_notarized', 'Apple Developer ID, notarized'],
  ['distro', 'distribution or MOK module key'],
  ['platform', 'the platform vendor'],
  ['test', 'test signing', 'Only loads with test signing enabled: not a production signature.'],
  ['self', 'self-signed', 'Not trusted by the OS loader.'],
  ['none', 'unsigned'],
]);

export const TARGET_OS = enumType('target', 'Operating system releases the context must load on.', [
  ['windows_10_plus_client', 'Windows 10 and later, client editions'],
  ['windows_server', 'Windows Server'],
  ['windows_pre_10', 'Windows before 10'],
  ['linux_lts_kernels', 'long-term-support Linux kernels'],
  ['linux_distro_kernels', 'distribution vendor kernels'],
  ['macos_current', 'supported macOS releases'],
]);

export const ON_INTERNAL_ERROR = enumType('on_internal_error', 'What the component does when its own code hits an unexpected state (not a security verdict).', [
  ['fail_open', 'log, skip the failing work, keep running'],
  ['disable_rule', 'quarantine the rule or content that failed, keep running', 'The failing rule or content item is disabled and reported; everything else keeps working. The safest choice for interpreters.'],
  ['fail_closed', 'deny operations until the fault clears', 'Turns the product\'s own defect into a denial of service for the host.'],
  ['bugcheck', 'crash the host (unhandled fault in kernel)', 'An unhandled exception in ring 0 stops the machine: what an out-of-bounds read in a kernel driver does.'],
]);

export const CRASH_LOOP_PROTECTION = enumType('crash_loop_protection', 'What the component does after repeated crashes or unclean boots.', [
  ['none', 'no detection: it will load the same way again'],
  ['disable_content', 'skip updatable content after N failures'],
  ['reduced_functionality', 'enter a reduced mode that keeps heartbeating'],
  ['skip_load', 'do not load at all after N failures'],
  ['last_known_good', 'revert to the last content or code that booted cleanly'],
]);

export const SAFE_MODE = enumType('safe_mode_behavior', 'Whether the context loads in Safe Mode.', [
  ['loads', 'loads in Safe Mode'], ['not_loaded', 'does not load in Safe Mode'], ['reduced', 'loads without content-driven features'],
]);

export const REMOTE_RECOVERY = enumType('recovery remote', 'How a host that cannot boot normally is fixed without touching it.', [
  ['none', 'no remote path: someone must act on each host'],
  ['qmr', 'Microsoft\'s Quick Machine Recovery pushes a fix into WinRE', 'Operated by Microsoft through Windows Update, best effort, and only on Windows 11 24H2 and later clients: a platform service, not a path the vendor controls. https://learn.microsoft.com/windows/configuration/quick-machine-recovery'],
  ['network_boot', 'network boot or remote re-image'],
  ['oob_management', 'out-of-band management (vPro, iLO, hypervisor console)'],
  ['agent_self_heal', 'the agent repairs itself after a failed boot'],
  ['known_bad_list', 'the vendor\'s cloud known-bad list makes hosts skip a bad artifact', 'Works for a host that reaches the cloud before the artifact crashes it again; in July 2024 well-connected hosts recovered this way after reboots. https://www.crowdstrike.com/en-us/blog/falcon-content-update-preliminary-post-incident-report/'],
]);

export const KERNEL_FEATURE = enumType('kernel_features', 'Linux kernel features available on every targeted kernel.', [
  ['bpf_lsm', 'BPF-LSM programs can attach (CONFIG_BPF_LSM and bpf in the lsm= list)', 'Without bpf in the active LSM list, BPF-LSM programs load but never run, so eBPF cannot block operations. https://docs.kernel.org/bpf/prog_lsm.html'],
  ['btf', 'kernel BTF is available, so CO-RE programs relocate'],
  ['fentry', 'fentry/fexit trampolines are available'],
]);

export const CONTENT_ACTIVATION = enumType('content_activation', 'When a boot-critical context starts using newly delivered content.', [
  ['at_boot', 'new content is read during boot', 'A faulty file is read on every boot, before any remote fix can arrive.'],
  ['after_boot_success', 'new content activates only after a successful boot', 'Boot uses a frozen, tested baseline; fresh content activates once the boot-success marker is set.'],
  ['from_user_service', 'the user-mode service activates content after it starts'],
]);

export const COMPONENT_KIND = enumType('component kind', 'What a component does. A component may have several kinds.', [
  ['sensor.process_callback', 'process creation callback', 'PsSetCreateProcessNotifyRoutineEx and equivalents: sees every process start and can veto it.'],
  ['sensor.thread_callback', 'thread creation callback'],
  ['sensor.image_load_callback', 'image load callback'],
  ['sensor.registry_callback', 'registry callback (can block in pre-notification)'],
  ['sensor.object_callback', 'handle (object) callback', 'ObRegisterCallbacks: filters process and thread handle rights; used for self-protection.'],
  ['fs_minifilter', 'file-system minifilter', 'Filter Manager pre/post operation callbacks ordered by altitude; can block file operations.'],
  ['network_filter', 'network filter (WFP callout, NDIS, NetworkExtension, XDP/tc)'],
  ['etw_consumer', 'ETW consumer (asynchronous)', 'Receives Event Tracing for Windows events after the fact. In-process providers can be patched by the process that emits them.'],
  ['etw_ti_consumer', 'ETW Threat-Intelligence consumer (PPL only)', 'Events emitted from the kernel side; only PPL anti-malware services may consume them.'],
  ['es_client', 'macOS Endpoint Security client', 'AUTH events can deny a pending operation before a deadline; NOTIFY events report completed ones.'],
  ['ebpf_probe', 'eBPF probe (tracepoint, kprobe, BPF-LSM)'],
  ['fanotify_monitor', 'Linux fanotify listener (notify or permission events)'],
  ['kernel_tracepoint_probe', 'tracepoint probe registered by a kernel module (Linux)', 'A loadable module\'s own handler on a static kernel tracepoint (tracepoint_probe_register), as Falco\'s kernel-module driver uses: it observes and cannot refuse the operation, and it runs with the module\'s full privilege rather than under the eBPF verifier.'],
  ['user_hook', 'in-process API hook', 'Hooks in the watched process (ntdll, libc): visible to and removable by that process.'],
  ['amsi_provider', 'AMSI provider (script content scanning)'],
  ['boot_driver_classifier', 'ELAM boot-driver classification callback'],
  ['content_parser', 'decodes content (channel files, signature DBs, models)'],
  ['content_interpreter', 'evaluates detection content / templates', 'Gives content its meaning at run time. Falcon\'s Content Interpreter evaluated regex-based template instances.'],
  ['rule_engine', 'evaluates detection rules'],
  ['signature_scanner', 'scans bytes against signatures'],
  ['ml_inference', 'runs on-sensor models'],
  ['detection_logic', 'turns telemetry into detections'],
  ['correlator', 'correlates events into behaviours'],
  ['response_actuator', 'kills, quarantines, deletes, isolates or blocks', 'Acts on verdicts. What it may do is declared in `actions`.'],
  ['telemetry_uploader', 'sends telemetry and heartbeats to the cloud'],
  ['content_updater', 'fetches, verifies, stages and activates content'],
  ['sensor_updater', 'installs code and driver updates'],
  ['self_protection', 'protects the agent (PPL, handle-right stripping, file guards)'],
  ['health_monitor', 'crash-loop counter, heartbeat, health reporting'],
  ['watchdog', 'restarts or reports stuck components'],
  ['ipc_channel', 'endpoint of a cross-boundary channel (IOCTL device, filter port, XPC)'],
  ['policy_manager', 'applies admin policy from the console'],
  ['ui_tray', 'user interface'],
  ['content_authoring', 'cloud: writes detection content'],
  ['content_validator', 'cloud: validates content before release'],
  ['release_orchestrator', 'cloud: ships content and code to the fleet'],
  ['telemetry_backend', 'cloud: receives telemetry'],
  // Issue 8 §3 (appended): a file hook that is not Windows' Filter Manager.
  ['vfs_hook', 'in-kernel file-operation hook (Linux LSM file hooks, ftrace on VFS functions; macOS KAuth vnode scope)', 'A kernel module or kext that intercepts file operations itself rather than through Filter Manager: Linux LSM file hooks or ftrace hooks on VFS functions, macOS KAuth vnode listeners. It runs in the caller\'s thread and can hold the operation.'],
]);

export const MATCHING = enumType('matching', 'How the component matches patterns against data.', [
  ['regex', 'regular expressions evaluated at run time'], ['wildcard', 'wildcard patterns'], ['glob', 'glob patterns'],
  ['exact', 'exact comparisons'], ['dfa_table', 'precompiled size-capped automata'], ['bytecode', 'a bytecode VM'],
  ['hash_lookup', 'hash or set lookups'], ['none', 'no pattern matching'],
]);

export const BOUNDS_CHECKS = enumType('bounds_checks', 'Whether indexed reads of structured input are checked.', [
  ['none', 'no bounds checks', 'Array and field accesses trust counts and lengths from the input or from upstream tooling.'],
  ['compile_time', 'field counts checked when content is built'],
  ['runtime', 'every indexed access is checked at run time'],
  ['runtime_and_compile_time', 'checked when built and at every access'],
]);

export const PARSER_COMPLEXITY = enumType('parser_complexity', 'How complex a format the component decodes.', [
  ['none', 'no parsing'], ['fixed_records', 'fixed-size records with checked counts'], ['tlv', 'simple type-length-value records'],
  ['archive', 'archives (ZIP, CAB, RAR)'], ['document', 'documents (PDF, Office)'], ['script', 'scripts or macros'],
  ['decompression', 'compressed streams'], ['regex', 'regular expressions from content'], ['full_protocol', 'full network protocol decoding'],
]);

export const OPERATION = enumType('performs', 'Work the component does on content or at run time.', [
  ['network_fetch', 'downloads content'], ['network_lookup', 'queries a remote service while handling an event'],
  ['blocking_io', 'waits on disk or other slow I/O while handling an event'],
  ['decompress', 'decompresses content'], ['decrypt', 'decrypts content'], ['deobfuscate', 'de-obfuscates content'],
  ['signature_verify', 'verifies signatures or certificates'], ['parse', 'parses content'], ['compile', 'compiles content into a simpler form'],
]);

export const CALLBACK_MODE = enumType('callback mode', 'Whether the OS waits for the callback.', [
  ['synchronous', 'the OS waits: the operation is held until the callback returns'], ['asynchronous', 'events are queued and handled later'],
]);

export const CALLBACK_WORK = enumType('callback work', 'What the callback does before it returns.', [
  ['enqueue', 'copies a minimal record and queues it'], ['lookup', 'consults an in-memory cache'], ['parse', 'parses data'],
  ['scan', 'scans content'], ['network', 'talks to the network'], ['wait_user', 'waits for a user-mode verdict'],
]);

export const IRQL = enumType('irql', 'Windows interrupt request level a callback runs at.', [
  ['passive_level', 'PASSIVE_LEVEL: may wait and touch paged memory'],
  ['apc_level', 'APC_LEVEL: APCs are masked; paged memory is still allowed'],
  ['dispatch_level', 'DISPATCH_LEVEL: no waiting, no paged memory', 'Waiting, or touching pageable code or data, at DISPATCH_LEVEL stops the host (IRQL_NOT_LESS_OR_EQUAL). https://learn.microsoft.com/en-us/windows-hardware/drivers/kernel/managing-hardware-priorities'],
]);

export const ACTION = enumType('action', 'What a response actuator may do.', [
  ['alert', 'raises an alert'], ['block', 'blocks the pending operation'], ['kill', 'kills a process'], ['suspend', 'suspends a process'],
  ['quarantine', 'moves a file to quarantine'], ['delete', 'deletes a file'], ['isolate_host', 'cuts the host off the network'],
]);

export const EVENT_MODE = enumType('event_mode', 'Whether the component authorizes operations or is notified after them.', [
  ['authorize', 'decides before the operation completes (ES AUTH, BPF-LSM, fanotify permission)'],
  ['notify', 'learns after the fact (ES NOTIFY, tracepoints, fanotify notify)'],
  ['both', 'subscribes to both'],
]);

export const VERDICT = enumType('verdict', 'The answer given when no decision arrives in time.', [['allow', 'let the operation proceed'], ['deny', 'refuse the operation']]);

export const ATTACH = enumType('attach', 'How the component hooks into the operating system.', [
  ['documented_callback', 'documented kernel callback APIs'], ['minifilter', 'Filter Manager'], ['wfp_callout', 'WFP callout'], ['wfp_builtin', 'built-in WFP filters managed from user mode'],
  ['ndis_lwf', 'NDIS lightweight filter'], ['etw', 'ETW session'], ['etw_ti', 'ETW Threat-Intelligence'], ['amsi', 'AMSI'],
  ['user_hook', 'in-process API hook'], ['endpoint_security', 'macOS Endpoint Security'], ['network_extension', 'macOS NetworkExtension'],
  ['tracepoint', 'Linux tracepoint (stable)'], ['btf_core', 'BTF / CO-RE relocations'], ['fentry', 'fentry/fexit'], ['kprobe', 'kprobe on a kernel symbol (unstable)'],
  ['bpf_lsm', 'BPF-LSM hook (can deny)'], ['xdp', 'XDP'], ['tc', 'traffic control'], ['cgroup', 'cgroup hook'],
  ['fanotify', 'fanotify'], ['hardcoded_offsets', 'hard-coded kernel structure offsets'],
  ['ssdt_hook', 'patched system-call table (undocumented)'], ['inline_kernel_patch', 'patched kernel code (undocumented)'],
  ['idt_hook', 'patched interrupt table (undocumented)'], ['callback_array_edit', 'edited kernel callback arrays (undocumented)'],
  // Issue 8 §3 (appended): Linux ftrace, macOS kext-era KPIs, hypervisor EPT.
  ['ftrace', 'Linux ftrace function hook (unstable: kernel symbol)'], ['kauth', 'macOS KAuth listener (kext KPI, deprecated)'],
  ['mac_policy', 'macOS MAC policy module (kext)'], ['socket_filter', 'macOS socket filter (kext KPI, deprecated)'],
  ['ept_monitoring', 'second-level page permissions (Intel EPT / AMD NPT) set by a hypervisor'],
]);

export const CAPABILITY = enumType('capability', 'A capability a component provides or requires.', [
  ['exec_events', 'process execution events'], ['file_events', 'file events'], ['network_events', 'network events'], ['lsm_block', 'deny operations through LSM hooks'],
  ['early_boot_visibility', 'sees activity before user mode starts'], ['paging_io_visibility', 'sees paging I/O writes'],
  ['synchronous_block', 'blocks operations before they complete'], ['tamper_resistance', 'resists an administrator who wants it gone'],
  ['memory_introspection', 'reads other processes\' memory'], ['raw_kernel_access', 'needs kernel internals no API exposes'],
]);

export const NETWORK_NEED = enumType('network need', 'What a network filter must do.', [
  ['allow_block_by_app_or_5tuple', 'allow or block by application or 5-tuple'], ['connection_logging', 'log connections'],
  ['deep_inspection', 'inspect payloads'], ['modification', 'modify traffic'],
]);

export const EVIDENCE = enumType('evidence', 'Assurance work done on the code or content.', [
  ['fuzzing', 'continuous fuzzing of parsers and interfaces'], ['static_analysis', 'static analysis (CodeQL, SAL)'],
  ['driver_verifier', 'Driver Verifier runs'], ['fault_injection', 'fault injection on the content path'], ['hlk', 'HLK certification tests'],
  ['kernel_matrix', 'CI across the supported kernel/OS matrix'], ['stress', 'stress tests'], ['formal_verification', 'formal proofs'], ['code_review', 'independent code review'],
]);

export const MIGRATED_FROM = enumType('migrated_from', 'The execution context this component used to run in.',
  CONTEXT_KINDS.map((c) => [c.kind, c.summary]));

export const SOURCE = enumType('source', 'Where an input comes from. The source sets a default trust level.', [
  ['cloud_rapid_content', 'detection content pushed from the cloud several times a day', 'Channel files, template instances, IOA rules: the July 2024 trigger. It changes behaviour like code but ships like data.'],
  ['signature_db', 'signature databases (AV DATs, YARA)', 'Updated daily or faster. McAfee DAT 5958 (2010) is the user-mode example of what a bad one does.'],
  ['ml_model', 'on-sensor machine-learning models'],
  ['sensor_code', 'driver and service binaries', 'Code releases, normally staged and pinnable by customers.'],
  ['policy_config', 'admin policy from the console'],
  ['local_config', 'registry or files on disk', 'Trusted relative to a user, untrusted relative to the kernel: anyone with admin rights can write it.'],
  ['os_event_data', 'callback parameters: paths, command lines, pipe names', 'Structured by the OS but the strings are chosen by whoever started the process.'],
  ['file_content', 'bytes of files being scanned', 'Chosen by the attacker.'],
  ['network_packets', 'packet and stream data', 'Chosen by the attacker.'],
  ['ipc_from_user', 'IOCTL buffers and port messages from user mode', 'Attacker-controlled unless the peer is authenticated.'],
  ['process_memory', 'memory read from other processes', 'Attacker-controlled and may change while read (TOCTOU).'],
  ['boot_driver_images', 'driver images classified at boot'],
  ['cloud_commands', 'remote response commands from the console', 'High impact: they can kill, isolate or disable.'],
]);

export const TRUST = enumType('trust', 'How far an input can be believed, from the trust ladder (highest first). A signature proves origin, not well-formedness.', [
  ['platform_trusted', 'comes from the OS itself'], ['vendor_signed_code', 'code signed by the vendor (and the platform)'],
  ['vendor_signed_content', 'content signed by the vendor', 'The origin is known; the content can still be malformed. Signed content needs bounds-checked consumption all the same.'],
  ['authenticated_peer', 'from a peer whose identity was checked'], ['admin_config', 'written by an administrator'],
  ['attacker_influenced', 'partly chosen by an attacker'], ['attacker_controlled', 'fully chosen by an attacker'],
]);

export const FREQUENCY = enumType('frequency', 'How often the input changes or is released.', [
  ['per_release', 'with each code release'], ['monthly', 'monthly'], ['weekly', 'weekly'], ['daily', 'daily'],
  ['multiple_per_day', 'several times a day'], ['continuous', 'continuously (event data)'], ['on_change', 'when an admin changes it'],
  ['each_boot', 'at every boot'], ['ad_hoc', 'on demand'],
]);

export const UPDATE_CHANNEL = enumType('update_channel', 'Whether the input ships as code or as content.', [
  ['code', 'ships through the code release process'], ['content', 'ships as data through a content pipeline'],
]);

export const INTEGRITY_CHECK = enumType('integrity_check', 'Where the input\'s signature or hash is verified.', [
  ['user', 'verified in a user-mode component'], ['kernel', 'verified in the kernel'], ['cloud', 'verified only before release'], ['none', 'not verified'],
]);

export const ROLLOUT = enumType('rollout', 'How a release reaches the fleet.', [
  ['global', 'every host at once', 'The whole fleet receives the release within minutes; nothing stops a bad one before it is everywhere.'],
  ['staged', 'in rings with pauses between them'],
]);

export const ROLLBACK = enumType('rollback', 'How a bad release is undone on hosts.', [
  ['none', 'no rollback'], ['manual', 'someone ships a fix or deletes files by hand'], ['automatic', 'hosts revert on their own'],
]);

export const CUSTOMER_CONTROL = enumType('customer_control', 'What customers can do about when releases land.', [
  ['none', 'nothing: every release lands everywhere'], ['pin', 'pin a version'], ['delay', 'delay releases'], ['rings', 'assign device groups to rings'],
]);

export const HEALTH_SIGNAL = enumType('health signal', 'Signals a promotion gate watches.', [
  ['heartbeat_loss', 'hosts that stop reporting'], ['crash_dumps', 'crash reports'], ['boot_success', 'boot-success markers'],
  ['cpu', 'CPU regressions'], ['memory', 'memory regressions'], ['error_rate', 'agent error rate'],
]);

export const RELEASE_PROCESS = enumType('release_process', 'Which gates a release passes.', [
  ['code_equivalent', 'the same rings and tests as a code release'], ['content_pipeline', 'a lighter content pipeline'], ['none', 'no formal process'],
]);

export const VALIDATED_BY = enumType('validated_by', 'What checks content before release.', [
  ['same_interpreter', 'the shipping interpreter itself runs every release'], ['separate_validator', 'a separate validator implementation'], ['none', 'nothing'],
]);

export const MECHANISM = enumType('mechanism', 'How data crosses between the two ends of a channel.', [
  ['ioctl', 'device I/O control'], ['filter_port', 'Filter Manager communication port'], ['shared_memory', 'shared memory section'],
  ['alpc', 'ALPC'], ['named_pipe', 'named pipe'], ['rpc', 'RPC'], ['bpf_map', 'BPF map'], ['bpf_ringbuf', 'BPF ring buffer'],
  ['netlink', 'netlink socket'], ['xpc', 'XPC'], ['unix_socket', 'Unix domain socket'], ['https', 'HTTPS'], ['file_drop', 'files on disk'], ['etw', 'ETW'],
  // Issue 8 §3 (appended): macOS kext channels and hypervisor calls.
  ['iokit_user_client', 'IOKit user client (macOS kext)'], ['kernel_control_socket', 'kernel control socket (macOS kext)'],
  ['hypercall', 'hypercall from a guest kernel into the hypervisor'],
]);

export const FORM = enumType('form', 'What shape the content has when it crosses the channel.', [
  ['raw', 'the original content format', 'The receiver still parses the original, complex format.'],
  ['compiled', 'a flat, versioned, size-prefixed table', 'Compiled in user mode into fixed-size records with checked counts, a version and a hash; the receiver validates the header and rejects mismatches.'],
]);

export const ACL = enumType('acl', 'Who may open the channel endpoint.', [
  ['none', 'anyone'], ['admin_only', 'administrators'], ['system_only', 'SYSTEM / root only'], ['protected_service_only', 'only the vendor protected service'],
]);

export const CALLER_VERIFICATION = enumType('caller_verification', 'How the endpoint checks who is calling.', [
  ['none', 'not checked'], ['pid', 'a process id (spoofable)'], ['token', 'a token or shared secret'],
  ['signer', 'the caller\'s code signature'], ['ppl_signer', 'the caller is the PPL service with the vendor signer'], ['code_requirement', 'macOS code-signing requirement'],
]);

export const VALIDATION = enumType('validation', 'How the receiver validates messages.', [
  ['none', 'not validated'], ['size', 'sizes checked'], ['size_and_version', 'sizes and version header checked'], ['full', 'every field checked against a schema'],
]);

export const TRANSFER = enumType('transfer', 'How buffers move across the boundary.', [
  ['method_buffered', 'the I/O manager copies the buffer'], ['method_direct', 'locked MDL'], ['method_neither', 'raw user pointers (double-fetch prone)'],
  ['copy_once', 'copied once, then validated'], ['shared_memory_locked', 'shared memory with a copy before use'], ['shared_memory_unlocked', 'shared memory read in place'], ['message', 'message-based'],
]);

export const CONTROL_OPERATION = enumType('control operation', 'Control operations a channel or command input exposes; every one except query_status changes the agent\'s state.', [
  ['unload', 'unload the driver or agent'], ['disable_protection', 'switch protection off'], ['add_exclusion', 'add an exclusion'],
  ['kill_process', 'kill a process'], ['isolate_host', 'isolate the host'], ['update_policy', 'change policy'], ['query_status', 'read status (not state-changing)'],
  // Issue 8 §3 (appended): primitives that make a signed driver a BYOVD gadget.
  ['read_memory', 'read kernel or another process\'s memory at a caller-chosen address'], ['write_memory', 'write kernel or another process\'s memory at a caller-chosen address'],
]);

export const OVERFLOW = enumType('overflow', 'What a full queue does.', [
  ['drop_oldest', 'drops the oldest entries and counts them'], ['drop_newest', 'drops new entries and counts them'], ['block', 'blocks the producer'], ['grow', 'allocates more (unbounded)'],
]);

export const ALLOCATION = enumType('per_event_allocation', 'How much memory one event may allocate.', [
  ['bounded', 'capped per event'], ['unbounded', 'sized by the event data'],
]);

export const SEVERITY = enumType('severity', 'A finding severity, or off.', [
  ['error', 'error'], ['warning', 'warning'], ['information', 'information'], ['hint', 'hint'], ['off', 'the rule does not run'],
]);

export const FAIL_ON = enumType('fail_on', 'Which severity fails a CI run.', [
  ['error', 'fail on errors'], ['warning', 'fail on warnings or errors'], ['never', 'never fail on findings'],
]);

export const POLICY_SEVERITY = enumType('policy severity', 'The severity a policy reports at.', [
  ['error', 'error'], ['warning', 'warning'], ['information', 'information'], ['hint', 'hint'],
]);

export const POLICY_TARGET = enumType('policy target', 'The element type a policy is evaluated on; the element is `self` in the condition.', [
  ['agent', 'the agent block'], ['context', 'each execution context'], ['component', 'each component'], ['input', 'each input'],
  ['deployment', 'each deployment'], ['channel', 'each channel'],
]);

export const FIX_OP = enumType('fix operation', 'What one step of a policy fix does to the element the finding is about.', [
  ['set', 'set the attribute to the value (replacing any value)'], ['add_to_list', 'append the value to a list attribute'],
  ['remove', 'remove the attribute'],
]);

// ── Issue 8 §3 additions (appended) ─────────────────────────────────────────────────────────────

export const VERSION_POLICY = enumType('version_policy', 'The oldest code version customers may keep running while newer releases ship.', [
  ['latest_only', 'every host must run the newest release', 'Customers cannot hold back a release that misbehaves on their estate.'],
  ['n_minus_1', 'customers may stay one release behind (N-1)'],
  ['n_minus_2', 'customers may stay two releases behind (N-2)'],
]);

export const SUPERSEDED_VERSIONS = enumType('superseded_versions', 'What happens to older signed builds of this driver once a fix ships.', [
  ['loadable', 'older signed builds still load', 'An attacker with administrator rights can install an older, vulnerable build that the OS still accepts (bring your own vulnerable driver).'],
  ['blocklisted', 'vulnerable older builds are blocked', 'Vulnerable builds are submitted to the platform\'s driver blocklist (on Windows, Microsoft\'s vulnerable driver blocklist) or their signing key is revoked.'],
  ['none_released', 'no older build has been released yet'],
]);

export const HOST_REMOVAL = enumType('host_removal', 'How a bad release that already reached hosts is removed from them.', [
  ['none', 'nothing removes it'], ['manual', 'administrators delete it by hand'],
  ['known_bad_list', 'hosts fetch a list of revoked releases and refuse or remove them', 'The release id is put on a cloud known-bad list; hosts that can still reach the back end skip or delete it, even during boot.'],
]);

export const COMPAT_DIMENSION = enumType('compatibility check', 'A dimension of the compatibility matrix a content release is checked against before hosts use it.', [
  ['sensor_versions', 'every sensor version still in the field'], ['os_builds', 'every supported OS build'], ['kernel_versions', 'every supported kernel (Linux)'],
]);

export const CONFINEMENT = enumType('confinement', 'What protects a Linux daemon against other root processes and limits it if compromised.', [
  ['selinux', 'an SELinux policy module with its own domain'], ['apparmor', 'an AppArmor profile'],
  ['systemd_hardening', 'systemd sandboxing directives (ProtectSystem=, NoNewPrivileges=, CapabilityBoundingSet=)', 'Limits what the daemon can do if it is compromised; it does not stop root from stopping or killing it.'],
  ['bpf_lsm', 'a BPF-LSM program that refuses signals, ptrace and writes aimed at the agent'], ['none', 'nothing'],
]);

export const LOCKDOWN = enumType('lockdown', 'The Linux kernel lockdown mode the target hosts run in (Secure Boot often turns it on).', [
  ['none', 'lockdown off'], ['integrity', 'integrity mode: unsigned modules, /dev/mem and similar are refused'],
  ['confidentiality', 'confidentiality mode: also kprobes, perf, tracefs and eBPF reads of kernel memory'],
]);

export const DEADLINE_MISS_MODE = enumType('deadline_miss_mode', 'What macOS does when an Endpoint Security client misses an AUTH deadline (es_set_deadline_miss_mode).', [
  ['kill', 'the client is killed (ES_DEADLINE_MISS_MODE_KILL, the default)'],
  ['fail_closed', 'the operation is denied and the client kept (ES_DEADLINE_MISS_MODE_FAIL_CLOSED)', 'AUTH messages dropped because the client\'s queue was full are denied too, instead of allowed.'],
  ['allow', 'the operation is allowed and the client kept'],
]);

export const FULL_DISK_ACCESS = enumType('full_disk_access', 'How a macOS Endpoint Security client gets the Full Disk Access (TCC) approval it needs.', [
  ['mdm_profile', 'granted by an MDM privacy-preferences profile'], ['user_approval', 'each user grants it in System Settings'], ['none', 'not granted'],
]);

export const VBS_COEXISTENCE = enumType('vbs_coexistence', 'How a Windows hypervisor component lives with Microsoft\'s virtualization-based security.', [
  ['disables_vbs', 'it needs VBS (and with it memory integrity and Credential Guard) turned off'],
  ['runs_nested', 'it runs under Hyper-V as a nested hypervisor'],
  ['uses_vbs', 'it uses the interfaces VBS provides instead of a hypervisor of its own'],
]);

export const BOOT_ATTESTATION = enumType('boot_attestation', 'Whether the back end can verify how a host booted.', [
  ['none', 'the back end takes the host\'s word'],
  ['measured_boot', 'the TPM boot log (Secure Boot state, boot drivers, ELAM) is verified remotely'],
]);

export const ALL_ENUMS: EnumType[] = [
  PLATFORM, ROLE, MODE, CONTEXT_KIND, START, LANGUAGE, SIGNER, TARGET_OS, ON_INTERNAL_ERROR, CRASH_LOOP_PROTECTION, SAFE_MODE,
  REMOTE_RECOVERY, KERNEL_FEATURE, CONTENT_ACTIVATION, COMPONENT_KIND, MATCHING, BOUNDS_CHECKS, PARSER_COMPLEXITY, OPERATION, CALLBACK_MODE,
  CALLBACK_WORK, IRQL, ACTION, EVENT_MODE, VERDICT, ATTACH, CAPABILITY, NETWORK_NEED, EVIDENCE, MIGRATED_FROM, SOURCE, TRUST, FREQUENCY,
  UPDATE_CHANNEL, INTEGRITY_CHECK, ROLLOUT, ROLLBACK, CUSTOMER_CONTROL, HEALTH_SIGNAL, RELEASE_PROCESS, VALIDATED_BY, MECHANISM,
  FORM, ACL, CALLER_VERIFICATION, VALIDATION, TRANSFER, CONTROL_OPERATION, OVERFLOW, ALLOCATION, SEVERITY, FAIL_ON,
  POLICY_SEVERITY, POLICY_TARGET, FIX_OP,
  VERSION_POLICY, SUPERSEDED_VERSIONS, HOST_REMOVAL, COMPAT_DIMENSION, CONFINEMENT, LOCKDOWN, DEADLINE_MISS_MODE, FULL_DISK_ACCESS,
  VBS_COEXISTENCE, BOOT_ATTESTATION,
];
