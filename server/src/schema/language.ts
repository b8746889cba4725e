// The Ringside language schema: every block type and attribute, with documentation.
// Validation (model/validate.ts), completion, hover, semantic tokens and docs/language.md all
// read this one table, so adding an attribute here is the whole change for the language side.
import type { AttributeSchema, BlockSchema, ValueType, EnumType, ReferenceTarget } from './types';
import * as V from './vocabulary';

const str: ValueType = { kind: 'string' };
const bool: ValueType = { kind: 'bool' };
const int = (min = 0, max?: number): ValueType => ({ kind: 'number', integer: true, min, max });
const date: ValueType = { kind: 'date' };
const duration: ValueType = { kind: 'duration' };
const en = (e: EnumType): ValueType => ({ kind: 'enum', enum: e });
const list = (of: ValueType): ValueType => ({ kind: 'list', of });
const ref = (...targets: ReferenceTarget[]): ValueType => ({ kind: 'reference', targets });

function attr(name: string, type: ValueType, summary: string, doc: string, extra: Partial<AttributeSchema> = {}): AttributeSchema {
  return { name, type, summary, doc, ...extra };
}

const description = attr('description', str, 'free text shown on hover', 'A sentence or two for reviewers: what this element is and why it is shaped this way.');
const evidence = attr('evidence', list(en(V.EVIDENCE)), 'assurance work done', 'Assurance work that backs the code or content: fuzzing, static analysis, Driver Verifier, fault injection, kernel-matrix CI. Several rules drop a level when the right evidence is declared.');

export const BLOCKS: BlockSchema[] = [
  {
    type: 'agent', summary: 'the product being reviewed (one per model)', topLevel: true, referenceable: true, maxPerModel: 1,
    doc: 'The endpoint agent as a whole: platform, role, whether it must prevent or only detect, and its fleet size. Exactly one per model.',
    labels: [{ name: 'name', doc: 'A name for the agent, used in references as `agent.NAME`.' }],
    attributes: [
      attr('platform', en(V.PLATFORM), 'target operating system', 'The operating system the agent runs on. Platform-specific rules (HVCI, kexts, eBPF) key on it.', { required: true }),
      attr('lockdown', en(V.LOCKDOWN), 'Linux lockdown mode on target hosts', 'Linux only: the kernel lockdown mode the target hosts run in. Secure Boot often enables `integrity`, which refuses unsigned modules; `confidentiality` also refuses kprobes and eBPF reads of kernel memory (RS054).'),
      attr('boot_attestation', en(V.BOOT_ATTESTATION), 'how the back end verifies boot', 'Whether the back end verifies the TPM\'s measured-boot log (Secure Boot state, boot drivers, the anti-malware boot driver) or takes the host\'s word for it (RS059).'),
      attr('role', en(V.ROLE), 'kind of product', 'What the product is. EDR and AV agents are tamper-sensitive: attackers try to switch them off first.', { required: true }),
      attr('mode', en(V.MODE), 'prevent or detect', 'Whether the design promises to block operations (`prevent`) or only to report them (`detect`). Prevention needs synchronous sources.'),
      attr('fleet_size', int(0), 'number of hosts', 'How many hosts run the agent. It turns a per-host failure into a fleet figure in the blast-radius report.'),
      attr('target_kernels', list(str), 'kernel builds targeted', 'Linux: the kernel builds or distribution releases the agent supports, for example ["5.14.0-427.13.1.el9_4"].'),
      attr('kernel_features', list(en(V.KERNEL_FEATURE)), 'kernel features on every target', 'Linux: kernel features available on every targeted kernel. BPF-LSM needs bpf in the kernel\'s lsm= list, so a module that blocks operations can only be replaced by eBPF where bpf_lsm is declared.'),
      description,
    ],
    blocks: [{ type: 'heartbeat', max: 1 }, { type: 'accepted_gap' }],
    example: 'agent "falcon_windows" {\n  platform   = "windows"\n  role       = "edr"\n  mode       = "prevent"\n  fleet_size = 8500000\n}',
  },
  {
    type: 'heartbeat', summary: 'periodic health signal to the back end', topLevel: false,
    doc: 'A periodic, authenticated signal that tells the back end the sensor is alive, what it runs and whether it is degraded. Silence is how a blinded or crashed sensor shows up, and rollouts halt on heartbeat loss.',
    labels: [],
    attributes: [
      attr('interval', duration, 'time between heartbeats', 'How often the agent reports, as a duration such as "60s" or "5m".', { required: true }),
      attr('reports_content_version', bool, 'carries the active content version', 'Whether each heartbeat names the content version in use, so a bad release can be correlated with silence.'),
      attr('authenticated', bool, 'signed or sent over an authenticated channel', 'Whether the back end can tell a real heartbeat from a forged one.'),
    ],
    blocks: [], example: 'heartbeat {\n  interval                = "60s"\n  reports_content_version = true\n}',
  },
  {
    type: 'accepted_gap', summary: 'a capability knowingly given up', topLevel: false,
    doc: 'Records a capability the design does without, usually after moving a component out of the kernel, with the reason and what compensates for it.',
    labels: [],
    attributes: [
      attr('capability', en(V.CAPABILITY), 'the capability given up', 'Which capability is missing.', { required: true }),
      attr('rationale', str, 'why it is acceptable', 'Why the design accepts the gap.', { required: true }),
      attr('compensating_control', str, 'what covers for it', 'What reduces the risk the gap leaves.'),
    ],
    blocks: [], example: 'accepted_gap {\n  capability           = "paging_io_visibility"\n  rationale            = "Ransomware writes are caught by the minifilter on the cached path."\n  compensating_control = "canary files"\n}',
  },
  {
    type: 'context', summary: 'an execution context and the components in it', topLevel: true, referenceable: true,
    doc: 'Where code runs: a kernel driver, a boot-start or ELAM driver, a protected or ordinary service, an eBPF program, a macOS system extension, a hypervisor or the cloud. Its kind decides privilege, what a crash costs and how it is recovered. Components are nested inside the context they run in.',
    labels: [{ name: 'name', doc: 'The context name, referenced as `context.NAME`.' }],
    attributes: [
      attr('kind', en(V.CONTEXT_KIND), 'execution context kind', 'The kind of execution context. It sets privilege, blast radius, recovery and tamper resistance.', { required: true }),
      attr('start', en(V.START), 'when it loads', 'When the context loads. For Windows drivers `boot` and `system` make a kernel driver boot-critical; for a Linux module `boot` does the same.'),
      attr('platform', en(V.PLATFORM), 'platform, if not the agent\'s', 'Overrides the agent platform for this context, for mixed designs.'),
      attr('language', en(V.LANGUAGE), 'implementation language', 'The language the code is written in. Kernel code in C or C++ needs assurance evidence (RS023).'),
      attr('signer', en(V.SIGNER), 'who signs the code', 'Who signs the binary. 64-bit Windows refuses unsigned kernel code; attestation signing does not reach Windows Server.'),
      attr('embedded_signature', bool, 'signature embedded in the image', 'Whether the signature is embedded in the binary, as 64-bit boot-start drivers require.'),
      attr('targets', list(en(V.TARGET_OS)), 'OS releases it must load on', 'The OS releases the context must load on; attestation signing does not cover Server or pre-Windows 10.'),
      attr('hvci_compatible', bool, 'memory-integrity compatible', 'Whether the driver works with memory integrity (HVCI): no writable-and-executable memory, no dynamic code, no data loaded as code.'),
      attr('superseded_versions', en(V.SUPERSEDED_VERSIONS), 'fate of older signed builds', 'Whether older signed builds of this driver still load once a fixed build ships. Loadable vulnerable builds are what bring-your-own-vulnerable-driver attacks install (RS048).'),
      attr('cet_compatible', bool, 'kernel CET shadow-stack compatible', 'Windows: whether the driver is linked with `/CETCOMPAT` and works with kernel-mode hardware-enforced stack protection, the next requirement after memory integrity (RS050).'),
      attr('confinement', list(en(V.CONFINEMENT)), 'what confines a Linux daemon', 'Linux daemons: the mandatory access control and sandboxing that protect the daemon from other root processes and limit it if compromised (RS053).'),
      attr('full_disk_access', en(V.FULL_DISK_ACCESS), 'how Full Disk Access is granted', 'macOS: how the Endpoint Security client gets Full Disk Access, without which it cannot connect (RS057).'),
      attr('vbs_coexistence', en(V.VBS_COEXISTENCE), 'how a hypervisor lives with VBS', 'Windows hypervisor contexts: whether the design turns virtualization-based security off, runs nested under Hyper-V or uses VBS (RS060).'),
      attr('on_internal_error', en(V.ON_INTERNAL_ERROR), 'behaviour on its own bugs', 'What the code does when it meets its own unexpected state. Components may override it.'),
      attr('crash_loop_protection', en(V.CRASH_LOOP_PROTECTION), 'what happens after repeated crashes', 'What the context does after repeated crashes or unclean boots. `none` means it will load the same way again, forever.'),
      attr('crash_loop_threshold', int(1), 'failures before the fallback', 'How many consecutive failures trigger the crash-loop fallback.'),
      attr('safe_mode_behavior', en(V.SAFE_MODE), 'whether it loads in Safe Mode', 'Whether the context loads in Safe Mode, which decides whether an administrator can get in to repair a host.'),
      attr('content_activation', en(V.CONTENT_ACTIVATION), 'when new content is used', 'When a boot-critical context starts using newly delivered content: during boot, or only after a successful boot.'),
      attr('reduced_functionality_mode', bool, 'has a degraded safe mode', 'Whether the context can drop to a reduced mode (no risky features, still heartbeating) on unknown kernels or after faults.'),
      attr('sandboxed', bool, 'decoders run in a sandbox', 'For user-mode contexts: whether code that decodes attacker-chosen formats runs sandboxed (a restricted, low-privilege process), as Defender\'s engine has since 2018. PPL protects a process from tampering; it is not a sandbox.'),
      attr('kernel_features', list(en(V.KERNEL_FEATURE)), 'kernel features on every target', 'Linux: kernel features available on every kernel the context targets, such as BPF-LSM (bpf in the lsm= list) or BTF. Overrides the agent\'s.'),
      evidence,
      description,
    ],
    blocks: [{ type: 'component' }, { type: 'recovery', max: 1 }, { type: 'compat_gate', max: 1 }],
    example: 'context "sensor_driver" {\n  kind     = "kernel_driver"\n  start    = "system"\n  language = "cpp"\n  signer   = "whql"\n\n  component "process_sensor" {\n    kinds = ["sensor.process_callback"]\n  }\n}',
  },
  {
    type: 'recovery', summary: 'how a failed host is brought back', topLevel: false,
    doc: 'How hosts recover when this context fails: a backup copy for WinRE, whether someone must touch each machine, and whether recovery keys are escrowed.',
    labels: [],
    attributes: [
      attr('backup_copy', bool, 'installer keeps a backup copy', 'Whether the installer keeps a backup copy that WinRE can restore, as Microsoft asks of ELAM drivers.'),
      attr('winre', bool, 'repairable from WinRE', 'Whether the component can be disabled or repaired from the Windows Recovery Environment.'),
      attr('remote', en(V.REMOTE_RECOVERY), 'remote recovery path', 'How a host that cannot boot normally is fixed without hands on it.'),
      attr('requires_physical_access', bool, 'someone must touch each host', 'Whether recovery needs a person at each machine (or a console per VM).'),
      attr('bitlocker', bool, 'disks are BitLocker-encrypted', 'Whether hosts use full-disk encryption, which makes offline repair need a recovery key.'),
      attr('bitlocker_key_escrow', bool, 'recovery keys are escrowed', 'Whether recovery keys are escrowed where responders can get them at scale.'),
      attr('runbook', str, 'where the recovery runbook lives', 'A link or name for the recovery runbook.'),
    ],
    blocks: [], example: 'recovery {\n  backup_copy              = true\n  remote                   = "qmr"\n  requires_physical_access = false\n}',
  },
  {
    type: 'compat_gate', summary: 'tested kernel / OS allowlist', topLevel: false,
    doc: 'A gate that recognises kernels or OS builds the vendor has not tested and changes behaviour on them, instead of loading and hoping.',
    labels: [],
    attributes: [
      attr('tested', list(str), 'tested builds', 'Kernel or OS builds in the test matrix.'),
      attr('on_unknown', { kind: 'enum', enum: { name: 'on_unknown', doc: 'Behaviour on an untested build.', values: [
        { value: 'reduced_functionality', summary: 'load in reduced mode and keep heartbeating' },
        { value: 'skip_load', summary: 'do not load' },
        { value: 'load_anyway', summary: 'load normally (no real gate)' },
      ] } }, 'behaviour on untested builds', 'What happens on a build outside the tested list. `load_anyway` is no gate at all.', { required: true }),
    ],
    blocks: [], example: 'compat_gate {\n  tested     = ["5.14.0-427.13.1.el9_4"]\n  on_unknown = "reduced_functionality"\n}',
  },
  {
    type: 'component', summary: 'a part of the agent, inside its context', topLevel: false, referenceable: true,
    doc: 'A part of the agent: a sensor, a parser, an interpreter, an updater, a response actuator. It runs in the context it is nested in, and declares what it consumes and how it handles it.',
    labels: [{ name: 'name', doc: 'The component name, referenced as `component.NAME`; unique across the model.' }],
    attributes: [
      attr('kinds', list(en(V.COMPONENT_KIND)), 'what the component does', 'One or more component kinds. Rules read them to tell a sensor from an interpreter or an updater.', { required: true }),
      attr('consumes', list(ref('input')), 'inputs it reads', 'The inputs the component reads directly. Inputs can also arrive over channels.'),
      attr('relays', list(ref('input')), 'inputs it forwards undecoded', 'Inputs the component only passes on (over a channel that carries them) without decoding them. It is not counted as parsing or interpreting what it relays; the components it forwards to are.'),
      attr('matching', en(V.MATCHING), 'how it matches patterns', 'How the component matches patterns. Regular expressions evaluated in the kernel are hard to bound (RS003).'),
      attr('bounds_checks', en(V.BOUNDS_CHECKS), 'bounds checks on structured input', 'Whether indexed reads of structured input are checked at build time, run time, both or not at all.'),
      attr('parser_complexity', en(V.PARSER_COMPLEXITY), 'complexity of formats it decodes', 'The most complex format the component decodes.'),
      attr('performs', list(en(V.OPERATION)), 'work it does on content', 'Work the component does: fetching, decompressing, decrypting, verifying, network lookups, blocking I/O.'),
      attr('on_internal_error', en(V.ON_INTERNAL_ERROR), 'behaviour on its own bugs', 'Overrides the context\'s `on_internal_error` for this component.'),
      attr('actions', list(en(V.ACTION)), 'what a response actuator may do', 'Actions a response actuator may take on its own.'),
      attr('os_critical_allowlist', bool, 'never acts on OS-critical binaries', 'Whether destructive actions exclude OS-vendor-signed critical binaries such as svchost.exe.'),
      attr('event_mode', en(V.EVENT_MODE), 'authorize or notify', 'Whether the component decides before operations complete or is told afterwards.'),
      attr('deadline_budget_ms', int(1), 'time budget for an AUTH answer', 'Milliseconds the handler allows itself to answer an authorization event, well inside the OS deadline.'),
      attr('deadline_budget_percent', int(1, 99), 'AUTH budget as a share of the deadline', 'For handlers that budget against the deadline the OS sets on each AUTH message rather than a fixed time: the percentage of that deadline the handler allows itself before it gives `default_verdict`. Either this or `deadline_budget_ms` declares a budget.'),
      attr('default_verdict', en(V.VERDICT), 'answer when out of time', 'The verdict given when no decision is reached in time.'),
      attr('attach', list(en(V.ATTACH)), 'how it hooks into the OS', 'The OS mechanisms the component attaches to. Undocumented kernel patching is an error (RS026).'),
      attr('capabilities', list(en(V.CAPABILITY)), 'capabilities it provides or needs', 'The capabilities the component provides. Used to decide whether a kernel module could be eBPF and what a move out of the kernel gives up.'),
      attr('needs', list(en(V.NETWORK_NEED)), 'what a network filter must do', 'For network filters: what the filter must be able to do.'),
      attr('migrated_from', en(V.MIGRATED_FROM), 'context it used to run in', 'The execution context the component ran in before a redesign; capabilities lost on the way must be recorded.'),
      attr('accepts_versions', list(int(0)), 'content schema versions accepted', 'The content schema versions the component accepts; it should refuse anything else.'),
      attr('content_slot', str, 'where content lands', 'Optional free text naming the template type or table this component reads.'),
      attr('excludes_own_events', bool, 'ignores events caused by the agent', 'Whether an authorization handler mutes events the agent\'s own processes cause (`es_mute_process` on macOS, an ignore mark or exempt identity for fanotify on Linux), so it never waits on itself (RS055).'),
      attr('deadline_miss_mode', en(V.DEADLINE_MISS_MODE), 'what macOS does on a missed AUTH deadline', 'macOS Endpoint Security clients: the mode set with `es_set_deadline_miss_mode` (RS056).'),
      evidence,
      description,
    ],
    blocks: [{ type: 'callback', max: 1 }, { type: 'queue', max: 1 }, { type: 'accepted_gap' }],
    example: 'component "content_interpreter" {\n  kinds         = ["content_interpreter"]\n  consumes      = [input.channel_291]\n  bounds_checks = "runtime"\n}',
  },
  {
    type: 'callback', summary: 'how an OS callback is handled', topLevel: false,
    doc: 'How the component handles the OS callback it registers: whether the OS waits for it and what it does before returning.',
    labels: [],
    attributes: [
      attr('mode', en(V.CALLBACK_MODE), 'synchronous or asynchronous', 'Whether the OS holds the operation until the callback returns.', { required: true }),
      attr('work', list(en(V.CALLBACK_WORK)), 'work done before returning', 'What the callback does before it returns.'),
      attr('irql', en(V.IRQL), 'highest IRQL it runs at (Windows)', 'Windows: the highest IRQL the callback can be called at. WFP classify functions run at up to DISPATCH_LEVEL, where nothing may wait and paged memory must not be touched.'),
      attr('paged_memory', bool, 'touches pageable code or data', 'Whether the callback touches pageable code or data. At DISPATCH_LEVEL or above a page fault cannot be served and the host stops.'),
    ],
    blocks: [], example: 'callback {\n  mode = "synchronous"\n  work = ["enqueue"]\n}',
  },
  {
    type: 'queue', summary: 'buffering of events', topLevel: false,
    doc: 'How events are buffered between producer and consumer: a fixed bound and a drop policy keep an event storm from exhausting kernel memory.',
    labels: [],
    attributes: [
      attr('bound', int(1), 'maximum entries', 'The fixed capacity of the queue.'),
      attr('overflow', en(V.OVERFLOW), 'what happens when full', 'What a full queue does.'),
      attr('per_event_allocation', en(V.ALLOCATION), 'memory per event', 'Whether one event\'s allocation is capped.'),
    ],
    blocks: [], example: 'queue {\n  bound    = 65536\n  overflow = "drop_oldest"\n}',
  },
  {
    type: 'input', summary: 'content or data a component consumes', topLevel: true, referenceable: true,
    doc: 'Content or data that components consume: cloud detection content, signature databases, models, code, policy, or event data chosen by attackers. Its source sets how far it can be trusted.',
    labels: [{ name: 'name', doc: 'The input name, referenced as `input.NAME`.' }],
    attributes: [
      attr('source', en(V.SOURCE), 'where it comes from', 'Where the input comes from. Cloud content, signature DBs and models are content; file bytes, packets and IPC buffers are attacker-chosen.', { required: true }),
      attr('trust', en(V.TRUST), 'how far it can be believed', 'The trust level on the ladder. Defaults from the source; a signature proves origin, not well-formedness.'),
      attr('compatibility_checks', list(en(V.COMPAT_DIMENSION)), 'compatibility matrix checked per release', 'The dimensions each content release is checked against before hosts use it: the sensor versions still in the field, OS builds, kernels (RS052).'),
      attr('frequency', en(V.FREQUENCY), 'how often it changes', 'How often new versions are released.'),
      attr('update_channel', en(V.UPDATE_CHANNEL), 'code or content', 'Whether the input ships as code or as content. Content that steers privileged code is functionally code.'),
      attr('binary_of', list(ref('context')), 'contexts whose code this is', 'For code (source = sensor_code): the contexts whose binaries this input is. A deployment that delivers it is then a release of those contexts, and the rollout, rollback and customer-control rules (RS009, RS011, RS012) judge it as one.'),
      attr('signed', bool, 'signed by the vendor', 'Whether releases are signed.'),
      attr('integrity_check', en(V.INTEGRITY_CHECK), 'where integrity is verified', 'Where the signature or hash is verified before use.'),
      attr('operations', list(en(V.CONTROL_OPERATION)), 'operations commands can trigger', 'For remote commands: the control operations they can trigger (query_status only reads).'),
      description,
    ],
    blocks: [{ type: 'schema', max: 1 }, { type: 'tests', max: 1 }],
    example: 'input "channel_291" {\n  source    = "cloud_rapid_content"\n  trust     = "vendor_signed_content"\n  frequency = "multiple_per_day"\n}',
  },
  {
    type: 'schema', summary: 'declared structure of the content', topLevel: false,
    doc: 'The declared structure of structured content: version, field count and size limits. It lets the consumer verify what it reads, and lets Ringside compare what content declares with what the consumer supplies.',
    labels: [],
    attributes: [
      attr('version', int(0), 'schema version', 'The schema version carried in each release manifest.'),
      attr('fields', int(0), 'fields the content declares', 'How many fields (inputs) the content format declares.'),
      attr('consumer_fields', int(0), 'fields the consumer supplies', 'How many fields the consuming code actually supplies. A mismatch with `fields` is the July 2024 defect (21 declared, 20 supplied).'),
      attr('bounded', bool, 'sizes and counts are capped', 'Whether every count and length in the format has a declared maximum.'),
      attr('declared_by', str, 'where the schema is defined', 'Which artefact defines the schema, for example template type definitions.'),
    ],
    blocks: [], example: 'schema {\n  version = 3\n  fields  = 21\n  bounded = true\n}',
  },
  {
    type: 'tests', summary: 'how releases of this input are tested', topLevel: false,
    doc: 'The testing each release of the input gets before it ships. Validator checks alone are not tests on a real sensor.',
    labels: [],
    attributes: [
      attr('integration_on_real_sensor', bool, 'runs on real sensor builds', 'Whether each release runs on real sensor builds and OS versions before it ships.'),
      attr('per_field_non_wildcard', bool, 'every field tested with concrete values', 'Whether every declared field has a test with a concrete, non-wildcard value.'),
      attr('field_coverage', int(0, 100), 'percent of fields exercised', 'Percentage of declared fields exercised by tests.'),
      attr('local_dev', bool, 'developer testing', 'Whether developers ran the release locally before it shipped.'),
      attr('fuzzing', bool, 'fuzzed', 'Whether the content format is fuzzed against the consumer.'),
      attr('fault_injection', bool, 'fault injection', 'Whether malformed releases are injected on purpose.'),
      attr('stability', bool, 'stability runs', 'Whether releases pass long-running stability tests.'), attr('rollback', bool, 'rollback path tested', 'Whether the rollback path itself is tested.'),
      attr('stress', bool, 'stress tests', 'Whether releases pass stress tests.'),
    ],
    blocks: [], example: 'tests {\n  integration_on_real_sensor = true\n  per_field_non_wildcard     = true\n}',
  },
  {
    type: 'deployment', summary: 'how inputs reach hosts', topLevel: true, referenceable: true,
    doc: 'How releases of one or more inputs reach the fleet: at once or in rings, gated on health, reversible or not, and under whose control.',
    labels: [{ name: 'name', doc: 'The deployment name, referenced as `deployment.NAME`.' }],
    attributes: [
      attr('delivers', list(ref('input')), 'inputs it ships', 'The inputs whose releases this deployment ships.', { required: true }),
      attr('rollout', en(V.ROLLOUT), 'global or staged', 'Whether a release goes to every host at once or through rings.'),
      attr('rings', list(str), 'ordered rings', 'The rings in promotion order, for example ["internal", "canary", "early_adopter", "broad"].'),
      attr('bake_time', duration, 'wait before promotion', 'How long each ring runs before promotion, such as "4h". "0" means no wait.'),
      attr('health_gate', list(en(V.HEALTH_SIGNAL)), 'signals that halt promotion', 'The signals that pause promotion automatically. Crashed hosts cannot report, so heartbeat loss belongs here.'),
      attr('rollback', en(V.ROLLBACK), 'how a bad release is undone', 'How hosts get back to a good state.'),
      attr('last_known_good', bool, 'hosts keep the previous version', 'Whether hosts keep the previous version and can revert to it by themselves.'),
      attr('customer_control', en(V.CUSTOMER_CONTROL), 'what customers can control', 'Whether customers can pin, delay or ring releases.'),
      attr('release_notes', bool, 'changes are published', 'Whether each release is published to operators.'),
      attr('kill_switch', bool, 'release can be halted fleet-wide', 'Whether a release can be halted everywhere at once.'),
      attr('release_process', en(V.RELEASE_PROCESS), 'gates a release passes', 'Whether releases pass the same gates as code.'),
      attr('validated_by', en(V.VALIDATED_BY), 'what checks a release', 'What validates a release before it ships: the shipping interpreter, or a separate validator.'),
      attr('previous_versions_kept', int(0), 'earlier releases kept on hosts', 'How many earlier releases each host keeps and can fall back to without a download (1 = N-1) (RS047).'),
      attr('version_policy', en(V.VERSION_POLICY), 'oldest version customers may run', 'Whether customers may stay on N-1 or N-2 while a new code release proves itself (RS047).'),
      attr('host_removal', en(V.HOST_REMOVAL), 'how a bad release is removed from hosts', 'How a release that already reached hosts is taken off them; a `kill_switch` only stops it spreading (RS051).'),
      description,
    ],
    blocks: [],
    example: 'deployment "content_rings" {\n  delivers    = [input.channel_291]\n  rollout     = "staged"\n  rings       = ["internal", "canary", "broad"]\n  bake_time   = "4h"\n  health_gate = ["heartbeat_loss", "crash_dumps"]\n}',
  },
  {
    type: 'channel', summary: 'a data or control path between components', topLevel: true, referenceable: true,
    doc: 'A path between two components, in particular every crossing between kernel and user mode: its mechanism, what it carries, who may open it and how messages are checked.',
    labels: [{ name: 'name', doc: 'The channel name, referenced as `channel.NAME`.' }],
    attributes: [
      attr('from', ref('component'), 'sending component', 'The component that sends.', { required: true }),
      attr('to', ref('component'), 'receiving component', 'The component that receives.', { required: true }),
      attr('mechanism', en(V.MECHANISM), 'transport', 'How data crosses.'),
      attr('carries', list(ref('input')), 'inputs carried', 'The inputs (or their derivatives) that travel over this channel.'),
      attr('form', en(V.FORM), 'raw or compiled', 'Whether content crosses in its original format or compiled into a flat, bounded table.'),
      attr('acl', en(V.ACL), 'who may open it', 'The access control on the endpoint.'),
      attr('caller_verification', en(V.CALLER_VERIFICATION), 'how the caller is checked', 'How the endpoint verifies who connects.'),
      attr('validation', en(V.VALIDATION), 'how messages are validated', 'How the receiver validates each message.'),
      attr('transfer', en(V.TRANSFER), 'how buffers cross', 'How buffers move across the boundary.'),
      attr('double_fetch_possible', bool, 'user memory may be read twice', 'Whether the receiver may read the same user memory twice.'),
      attr('operations', list(en(V.CONTROL_OPERATION)), 'control operations exposed', 'Control operations callers can request over the channel (query_status only reads).'),
      attr('waits_for_verdict', bool, 'kernel waits for a user verdict', 'Whether the kernel side holds an operation until a user-mode component answers.'),
      attr('timeout_ms', int(1), 'verdict timeout', 'How long the kernel waits for a verdict.'),
      attr('default_verdict', en(V.VERDICT), 'verdict on timeout', 'The verdict applied when the timeout expires.'),
      attr('max_connections', int(1), 'connections allowed', 'How many clients may connect at once.'),
      description,
    ],
    blocks: [{ type: 'queue', max: 1 }],
    example: 'channel "updater_to_driver" {\n  from      = component.updater\n  to        = component.content_interpreter\n  mechanism = "filter_port"\n  carries   = [input.channel_291]\n  form      = "compiled"\n}',
  },
  {
    type: 'waiver', summary: 'an accepted risk for one rule and target', topLevel: true,
    doc: 'Accepts the risk a rule reports for one element. The finding is kept but reported as suppressed. A waiver needs a reason, an owner and an expiry date; an expired waiver is an error and a waiver that matches nothing is a warning.',
    labels: [{ name: 'rule', doc: 'The rule id, such as "RS003".' }],
    attributes: [
      attr('target', ref('agent', 'context', 'component', 'input', 'deployment', 'channel'), 'the element the waiver covers', 'The element whose finding is accepted.', { required: true }),
      attr('reason', str, 'why the risk is accepted', 'Why the risk is accepted; shown as the justification in SARIF.', { required: true }),
      attr('owner', str, 'who owns the decision', 'The person or team accountable for the decision.', { required: true }),
      attr('expires', date, 'when to look again', 'The date, "YYYY-MM-DD", after which the waiver stops suppressing and becomes an error.', { required: true }),
    ],
    blocks: [],
    example: 'waiver "RS003" {\n  target  = component.content_interpreter\n  reason  = "Patterns are compiled offline into size-capped tables."\n  owner   = "sensor platform"\n  expires = "2026-06-30"\n}',
  },
  {
    type: 'review', summary: 'rule configuration for this model', topLevel: true, maxPerModel: 1,
    doc: 'Per-model rule configuration so the editor and CI judge the model the same way: severity overrides, rules turned off, and the CI failure threshold.',
    labels: [],
    attributes: [
      attr('fail_on', en(V.FAIL_ON), 'severity that fails CI', 'The lowest severity that makes `ringside check` exit 1. The `--fail-on` flag overrides it.'),
      attr('policy_packs', list(str), 'policy packs to load', 'Policy packs whose `policy` blocks are checked on this model like the built-in rules. A value starting with `.` or `/` is a folder relative to this model\'s folder; any other value is an npm package name, looked up in `node_modules` from the model\'s folder upwards (the folder named by the package\'s `ringside.policies` field, else the package root).'),
    ],
    blocks: [{ type: 'rule' }],
    example: 'review {\n  fail_on = "error"\n\n  rule "RS045" {\n    severity = "off"\n  }\n}',
  },
  {
    type: 'rule', summary: 'severity override for one rule', topLevel: false,
    doc: 'Overrides one rule\'s severity for this model, or turns it off.',
    labels: [{ name: 'rule', doc: 'The rule id, such as "RS016".' }],
    attributes: [attr('severity', en(V.SEVERITY), 'new severity or off', 'The severity to report the rule at, or `off`.', { required: true })],
    blocks: [], example: 'rule "RS016" {\n  severity = "warning"\n}',
  },
  {
    type: 'policy', summary: 'an organisation rule written in CEL', topLevel: true,
    doc: 'A rule a team writes itself. For every element of the type named by `applies_to`, the CEL expression in `condition` is evaluated with the element as `self` (plus `agent` and `model`); when it is true, the policy reports a finding with its id, severity and message, exactly like a built-in rule: waivers, baselines, SARIF and the editor treat it the same. See docs/policies.md for the fields and functions a condition can use.',
    labels: [{ name: 'id', doc: 'The policy id, such as "ORG001": letters, digits, `-` and `_`, not starting with RS.' }],
    attributes: [
      attr('title', str, 'short title', 'A short title, shown first in the editor and in reports.', { required: true }),
      attr('severity', en(V.POLICY_SEVERITY), 'severity of its findings', 'The severity the policy reports at; the review block, editor settings and waivers apply as for built-in rules.', { required: true }),
      attr('applies_to', en(V.POLICY_TARGET), 'element type it checks', 'Which elements the condition is evaluated on; each one is `self`.', { required: true }),
      attr('condition', str, 'CEL expression; true reports a finding', 'A Common Expression Language (CEL) expression that is true when the element breaks the policy. It is checked for syntax and cost when the model is loaded; an error is reported at its exact position and never stops the built-in rules.', { required: true }),
      attr('message', str, 'message template', 'The finding\'s message. `{expr}` inserts the value of a CEL expression, for example `{self.name}`; `{{` and `}}` are literal braces.', { required: true }),
      attr('rationale', str, 'why the policy exists', 'A few sentences shown in the hover and on the pack\'s docs page.'),
      attr('links', list(str), 'sources and guidance', 'URLs of the guidance the policy expresses, shown with its findings.'),
      description,
    ],
    blocks: [{ type: 'fix' }],
    example: 'policy "ORG001" {\n  title      = "C in ring 0 needs fuzzing evidence"\n  severity   = "warning"\n  applies_to = "component"\n  condition  = "self.privileged && self.context.language in [\'c\', \'cpp\'] && !(\'fuzzing\' in self.evidence)"\n  message    = "{self.name} runs C or C++ in a privileged context without fuzzing evidence."\n}',
  },
  {
    type: 'fix', summary: 'a quick fix a policy offers', topLevel: false,
    doc: 'A quick fix offered with the policy\'s findings: one or more steps applied to the element the finding is about, in order. Like the built-in fixes, it should leave a valid model that clears the finding.',
    labels: [{ name: 'title', doc: 'The quick fix title shown in the editor.' }],
    attributes: [],
    blocks: [{ type: 'step' }],
    example: 'fix "Declare fuzzing evidence" {\n  step {\n    op        = "add_to_list"\n    attribute = "evidence"\n    value     = "fuzzing"\n  }\n}',
  },
  {
    type: 'step', summary: 'one step of a policy fix', topLevel: false,
    doc: 'One change to the element the finding is about. The value is written as the attribute\'s type needs it: quoted for strings and enumerated values, bare for numbers, booleans and references.',
    labels: [],
    attributes: [
      attr('op', en(V.FIX_OP), 'what the step does', 'Set an attribute, append to a list attribute, or remove an attribute.', { required: true }),
      attr('attribute', str, 'the attribute to change', 'The attribute of the element, such as `evidence`.', { required: true }),
      attr('value', str, 'the value, as text', 'The value to set or append (not needed for `remove`), such as `fuzzing`, `true` or `input.x`.'),
    ],
    blocks: [],
    example: 'step {\n  op        = "set"\n  attribute = "bounds_checks"\n  value     = "runtime"\n}',
  },
  {
    type: 'policy_pack', summary: 'names and versions a folder of policies', topLevel: true, maxPerModel: 1,
    doc: 'Marks a folder of `policy` blocks as a shareable pack with a name and version. Models load packs with `review { policy_packs = [...] }`; `ringside policy-docs` generates the pack\'s documentation page.',
    labels: [{ name: 'name', doc: 'The pack name, such as "acme-kernel-policy".' }],
    attributes: [
      attr('version', str, 'the pack version', 'The pack version, such as "1.2.0", shown with every finding of the pack.', { required: true }),
      description,
    ],
    blocks: [],
    example: 'policy_pack "acme-kernel-policy" {\n  version     = "1.0.0"\n  description = "Acme\'s rules for code that runs in the kernel."\n}',
  },
];

export const BLOCK_SCHEMAS: ReadonlyMap<string, BlockSchema> = new Map(BLOCKS.map((b) => [b.type, b]));

export function attributeSchema(blockType: string, name: string): AttributeSchema | undefined {
  return BLOCK_SCHEMAS.get(blockType)?.attributes.find((a) => a.name === name);
}

export const TOP_LEVEL_BLOCKS = BLOCKS.filter((b) => b.topLevel).map((b) => b.type);
export const REFERENCE_TARGETS: ReferenceTarget[] = ['agent', 'context', 'component', 'input', 'deployment', 'channel'];
