// Rule registry metadata: everything about each rule except its check. Hovers, SARIF rule
// descriptors and the generated docs/rules/*.md all read this table.
//
// Sources: /work/shared/design/domain.md — rule catalog (§3), series anchors (§0.1) and source
// register (§5). Rationales are written for Ringside; facts and figures come from the sources
// listed in each rule's `primary`. Pure data: no I/O.
import type { Link, RuleMeta, SourceKind } from '../analysis/types';

// ---------------------------------------------------------------------------------------------
// The series "EDR Design and the CrowdStrike Incident"
// ---------------------------------------------------------------------------------------------

/** Page URLs of the two published parts of the series (Part 1 is derived from Quartz slug rules). */
export const SERIES = {
  INTRO: 'https://opfuchs.gay/Tech/Evasion/EDR-Evasion/EDR-Design-and-the-CrowdStrike-Incident/Introduction',
  P1: 'https://opfuchs.gay/Tech/Evasion/EDR-Evasion/EDR-Design-and-the-CrowdStrike-Incident/Part-1---The-Why-and-How-of-EDR',
} as const;

export type SeriesPage = keyof typeof SERIES;

interface SeriesAnchorDef {
  page: SeriesPage;
  /** Heading id (`#edr-architecture`) or text fragment (`#:~:text=…`, hyphens as %2D). */
  fragment: string;
  title: string;
  /** Set when the anchor is the Introduction's announcement of a part that was never published. */
  plannedPart?: 2 | 3 | 4;
}

/**
 * The only deep links Ringside uses (domain.md §0.1). The Introduction has no headings, so it is
 * addressed with browser text fragments; browsers without support simply open the page at the top.
 * Keep every link in this one table so it can be upgraded if Parts 2–4 are ever published.
 */
export const SERIES_ANCHORS = {
  INTRO_CONTENT: { page: 'INTRO', fragment: '#:~:text=faulty%20content%20update', title: 'Introduction — "faulty content update"' },
  INTRO_ELAM: { page: 'INTRO', fragment: '#:~:text=early%2Dload%20anti%2Dmalware', title: 'Introduction — "early-load anti-malware"' },
  INTRO_QA: { page: 'INTRO', fragment: '#:~:text=micro%20and%20macro%20questions', title: 'Introduction — "micro and macro questions"' },
  INTRO_OBFUSC: { page: 'INTRO', fragment: '#:~:text=obfuscates%20their%20channel%20files', title: 'Introduction — "obfuscates their channel files"' },
  INTRO_KERNELQ: { page: 'INTRO', fragment: '#:~:text=so%20much%20in%20kernel%20mode', title: 'Introduction — "so much in kernel mode"' },
  INTRO_P2: { page: 'INTRO', fragment: '#:~:text=In%20part%202', title: 'Introduction — plan for Part 2, Windows EDR internals (planned, not published)', plannedPart: 2 },
  INTRO_P3: { page: 'INTRO', fragment: '#:~:text=In%20part%203', title: 'Introduction — plan for Part 3, Linux and macOS EDR (planned, not published)', plannedPart: 3 },
  INTRO_P4: { page: 'INTRO', fragment: '#:~:text=in%20part%204', title: 'Introduction — plan for Part 4, whether the kernel-heavy approach is worth the risk (planned, not published)', plannedPart: 4 },
  P1_AV: { page: 'P1', fragment: '#from-av-to-edr', title: 'Part 1 — From AV to EDR' },
  P1_ARCH: { page: 'P1', fragment: '#edr-architecture', title: 'Part 1 — EDR Architecture' },
  P1_SENSOR: { page: 'P1', fragment: '#:~:text=A%20sensor%20is%20simply', title: 'Part 1 — "A sensor is simply"' },
  P1_DETECT: { page: 'P1', fragment: '#:~:text=secret%20sauce', title: 'Part 1 — "secret sauce"' },
  P1_VIS: { page: 'P1', fragment: '#:~:text=Emphasis%20on%20visibility', title: 'Part 1 — "Emphasis on visibility"' },
  P1_ML: { page: 'P1', fragment: '#:~:text=only%20alert%20a%20human%20analyst', title: 'Part 1 — "only alert a human analyst"' },
  P1_AGENTLESS: { page: 'P1', fragment: '#:~:text=agent%2Dless%20approaches', title: 'Part 1 — "agent-less approaches"' },
} as const satisfies Record<string, SeriesAnchorDef>;

export type SeriesAnchor = keyof typeof SERIES_ANCHORS;

/** A link to a whole series page. */
export function seriesPageLink(page: SeriesPage): Link {
  return { title: page === 'INTRO' ? 'Introduction' : 'Part 1 — The Why and How of EDR', url: SERIES[page], kind: 'secondary' };
}

/** A deep link into the series, built only from the anchors of domain.md §0.1. */
export function seriesLink(anchor: SeriesAnchor): Link {
  const a: SeriesAnchorDef = SERIES_ANCHORS[anchor];
  // The series is commentary on the incident, not the record of it.
  return { title: a.title, url: SERIES[a.page] + a.fragment, kind: 'secondary' };
}

/** The unpublished part an anchor stands in for, if any. */
export function plannedPartOf(anchor: SeriesAnchor): 2 | 3 | 4 | undefined {
  const a: SeriesAnchorDef = SERIES_ANCHORS[anchor];
  return a.plannedPart;
}

// ---------------------------------------------------------------------------------------------
// Sources (domain.md §5, plus URLs the §3 catalog cites directly). `kind` is "primary" for the
// record of the party concerned (the vendor about its product or incident, the platform owner
// about its platform, a standard) and "secondary" for reports and commentary about it.
// "(cited only)" marks pages whose URL was seen quoted elsewhere but whose text was not read.
// Register entries with several URLs are split into one id per URL.
// ---------------------------------------------------------------------------------------------

const SOURCE_TABLE = {
  // CrowdStrike
  'CS-PIR': { title: 'CrowdStrike — Falcon content update: preliminary post-incident review (PIR)', url: 'https://www.crowdstrike.com/en-us/blog/falcon-content-update-preliminary-post-incident-report/', kind: 'primary' },
  'CS-TECH': { title: 'CrowdStrike — Falcon update for Windows hosts: technical details', url: 'https://www.crowdstrike.com/en-us/blog/falcon-update-for-windows-hosts-technical-details/', kind: 'primary' },
  'CS-RCA': { title: 'CrowdStrike — Channel File 291 incident: root cause analysis (PDF, 6 Aug 2024)', url: 'https://www.crowdstrike.com/wp-content/uploads/2024/08/Channel-File-291-Incident-Root-Cause-Analysis-08.06.2024.pdf', kind: 'primary' },
  'CS-RCA-BLOG': { title: 'CrowdStrike — Channel File 291 root cause analysis available (cited only)', url: 'https://www.crowdstrike.com/en-us/blog/channel-file-291-rca-available/', kind: 'primary' },
  'CS-RCA-EXEC': { title: 'CrowdStrike — RCA executive summary, Channel File 291 (PDF) (cited only)', url: 'https://www.crowdstrike.com/wp-content/uploads/2024/08/Executive-Summary_Root-Cause-Analysis_Channel-File-291.pdf', kind: 'primary' },
  'CS-HUB': { title: 'CrowdStrike — Falcon content update remediation and guidance hub', url: 'https://www.crowdstrike.com/falcon-content-update-remediation-and-guidance-hub/', kind: 'primary' },
  'CS-KERNEL': { title: 'CrowdStrike — Tech analysis: kernel access and security architecture', url: 'https://www.crowdstrike.com/en-us/blog/tech-analysis-kernel-access-security-architecture/', kind: 'primary' },
  // Microsoft: incident response and the Windows Resiliency Initiative
  'MS-JUL20': { title: 'Microsoft — Helping our customers through the CrowdStrike outage, 20 Jul 2024 (cited only)', url: 'https://blogs.microsoft.com/blog/2024/07/20/helping-our-customers-through-the-crowdstrike-outage/', kind: 'primary' },
  'MS-JUL27': { title: 'Microsoft Security — Windows security best practices for integrating and managing security tools, 27 Jul 2024', url: 'https://www.microsoft.com/en-us/security/blog/2024/07/27/windows-security-best-practices-for-integrating-and-managing-security-tools/', kind: 'primary' },
  'MS-MDE-SDP-BLOG': { title: 'Microsoft Tech Community — Microsoft Defender for Endpoint\'s safe deployment practices', url: 'https://techcommunity.microsoft.com/t5/microsoft-defender-for-endpoint/microsoft-defender-for-endpoint-s-safe-deployment-practices/ba-p/4220342', kind: 'primary' },
  'MS-MDE-SDP-DOC': { title: 'Microsoft Learn — Defender for Endpoint safe deployment practices strategy', url: 'https://learn.microsoft.com/en-us/defender-endpoint/mde-sdp-strategy', kind: 'primary' },
  'MS-SEP12': { title: 'Windows Experience Blog — Taking steps that drive resiliency and security for Windows customers, 12 Sep 2024', url: 'https://blogs.windows.com/windowsexperience/2024/09/12/taking-steps-that-drive-resiliency-and-security-for-windows-customers/', kind: 'primary' },
  'MS-NOV19': { title: 'Windows Experience Blog — Windows security and resiliency: protecting your business, 19 Nov 2024 (cited only)', url: 'https://blogs.windows.com/windowsexperience/2024/11/19/windows-security-and-resiliency-protecting-your-business/', kind: 'primary' },
  'MS-JUN26-2025': { title: 'Windows Experience Blog — The Windows Resiliency Initiative: building resilience for a future-ready enterprise, 26 Jun 2025 (cited only)', url: 'https://blogs.windows.com/windowsexperience/2025/06/26/the-windows-resiliency-initiative-building-resilience-for-a-future-ready-enterprise/', kind: 'primary' },
  'QMR': { title: 'Microsoft Learn — Quick Machine Recovery (operated by Microsoft; Windows 11 24H2 and later)', url: 'https://learn.microsoft.com/en-us/windows/configuration/quick-machine-recovery/', kind: 'primary' },
  // Microsoft: platform documentation
  'WIN-ELAM': { title: 'Microsoft Learn — Early launch antimalware', url: 'https://learn.microsoft.com/en-us/windows-hardware/drivers/install/early-launch-antimalware', kind: 'primary' },
  'WIN-ELAM-REQ': { title: 'Microsoft Learn — ELAM driver requirements', url: 'https://learn.microsoft.com/en-us/windows-hardware/drivers/install/elam-driver-requirements', kind: 'primary' },
  'WIN-ELAM-SAMPLE': { title: 'Microsoft Learn — Early Launch Anti-Malware driver sample (Early Launch EKU)', url: 'https://learn.microsoft.com/en-us/samples/microsoft/windows-driver-samples/early-launch-anti-malware-driver', kind: 'primary' },
  // en-us path inferred from the localized copies that were read.
  'WIN-PPL': { title: 'Microsoft Learn — Protecting anti-malware services', url: 'https://learn.microsoft.com/en-us/windows/win32/services/protecting-anti-malware-services-', kind: 'primary' },
  'WIN-PPL-CERT': { title: 'Microsoft Learn — InstallELAMCertificateInfo function', url: 'https://learn.microsoft.com/en-us/windows/win32/api/sysinfoapi/nf-sysinfoapi-installelamcertificateinfo', kind: 'primary' },
  'WIN-PROC-NOTIFY': { title: 'Microsoft Learn — PsSetCreateProcessNotifyRoutineEx', url: 'https://learn.microsoft.com/en-us/windows-hardware/drivers/ddi/ntddk/nf-ntddk-pssetcreateprocessnotifyroutineex', kind: 'primary' },
  'WIN-PROC-NOTIFY-CB': { title: 'Microsoft Learn — PCREATE_PROCESS_NOTIFY_ROUTINE_EX callback', url: 'https://learn.microsoft.com/en-us/windows-hardware/drivers/ddi/ntddk/nc-ntddk-pcreate_process_notify_routine_ex', kind: 'primary' },
  'WIN-OB-REG': { title: 'Microsoft Learn — OB_OPERATION_REGISTRATION structure', url: 'https://learn.microsoft.com/en-us/windows-hardware/drivers/ddi/wdm/ns-wdm-_ob_operation_registration', kind: 'primary' },
  'WIN-OB-PRECB': { title: 'Microsoft Learn — POB_PRE_OPERATION_CALLBACK callback', url: 'https://learn.microsoft.com/en-us/windows-hardware/drivers/ddi/wdm/nc-wdm-pob_pre_operation_callback', kind: 'primary' },
  'WIN-FLTMGR': { title: 'Microsoft Learn — Filter Manager concepts', url: 'https://learn.microsoft.com/en-us/windows-hardware/drivers/ifs/filter-manager-concepts', kind: 'primary' },
  'WIN-FLT-CALLBACKS': { title: 'Microsoft Learn — Writing preoperation and postoperation callback routines', url: 'https://learn.microsoft.com/en-us/windows-hardware/drivers/ifs/writing-preoperation-and-postoperation-callback-routines', kind: 'primary' },
  'WIN-FLT-REGISTER': { title: 'Microsoft Learn — FltRegisterFilter function', url: 'https://learn.microsoft.com/en-us/windows-hardware/drivers/ddi/fltkernel/nf-fltkernel-fltregisterfilter', kind: 'primary' },
  'WIN-WFP-INTRO': { title: 'Microsoft Learn — Introduction to Windows Filtering Platform callout drivers', url: 'https://learn.microsoft.com/en-us/windows-hardware/drivers/network/introduction-to-windows-filtering-platform-callout-drivers', kind: 'primary' },
  'WIN-WFP-CALLOUT': { title: 'Microsoft Learn — Callout driver programming considerations', url: 'https://learn.microsoft.com/en-us/windows-hardware/drivers/network/callout-driver-programming-considerations', kind: 'primary' },
  'WIN-WFP-ARCH': { title: 'Microsoft Learn — Windows Filtering Platform architecture overview', url: 'https://learn.microsoft.com/en-us/windows/win32/fwp/windows-filtering-platform-architecture-overview', kind: 'primary' },
  'WIN-SIGN-OFFERINGS': { title: 'Microsoft Learn — Driver signing offerings', url: 'https://learn.microsoft.com/en-us/windows-hardware/drivers/dashboard/driver-signing-offerings', kind: 'primary' },
  'WIN-SIGN-RELEASE': { title: 'Microsoft Learn — Release certificates for driver signing', url: 'https://learn.microsoft.com/en-us/windows-hardware/drivers/install/release-certificates', kind: 'primary' },
  'WIN-SIGN-PNP': { title: 'Microsoft Learn — PnP device installation signing requirements', url: 'https://learn.microsoft.com/en-us/windows-hardware/drivers/install/pnp-device-installation-signing-requirements--windows-vista-and-later-', kind: 'primary' },
  'WIN-HVCI': { title: 'Microsoft Learn — Implement HVCI-compatible code', url: 'https://learn.microsoft.com/en-us/windows-hardware/drivers/driversecurity/implement-hvci-compatible-code', kind: 'primary' },
  'WIN-CI-CHECK': { title: 'Microsoft Learn — Driver Verifier code integrity checking', url: 'https://learn.microsoft.com/en-us/windows-hardware/drivers/devtest/code-integrity-checking', kind: 'primary' },
  'ETW-TI': { title: 'paragmali.com — ETW: how Windows 2000\'s performance hack became the EDR substrate', url: 'https://paragmali.com/blog/etw-how-windows-2000s-performance-hack-became-the-edr-substr/', kind: 'secondary' },
  'EBPF-ETW': { title: 'paragmali.com — eBPF vs ETW: two generations of kernel observability', url: 'https://paragmali.com/blog/ebpf-vs-etw-two-generations-of-kernel-observability/', kind: 'secondary' },
  // Apple
  'APPLE-ES': { title: 'Apple Developer — Endpoint Security', url: 'https://developer.apple.com/documentation/endpointsecurity', kind: 'primary' },
  'APPLE-ES-ENTITLEMENT': { title: 'Apple Developer — com.apple.developer.endpoint-security.client entitlement', url: 'https://developer.apple.com/documentation/bundleresources/entitlements/com.apple.developer.endpoint-security.client', kind: 'primary' },
  'APPLE-ES-FORUM': { title: 'Apple Developer Forums — Endpoint Security thread 651274', url: 'https://developer.apple.com/forums/thread/651274', kind: 'primary' },
  'APPLE-KEXT': { title: 'Apple Developer — Kernel extensions (cited only)', url: 'https://developer.apple.com/support/kernel-extensions/', kind: 'primary' },
  'APPLE-GUIDE': { title: 'MacRumors — Apple updates Platform Security Guide, 18 Feb 2021', url: 'https://www.macrumors.com/2021/02/18/apple-updates-platform-security-guide/', kind: 'secondary' },
  'APPLE-ES-9TO5': { title: '9to5Mac — Let\'s talk about Apple\'s Endpoint Security framework, 20 Jul 2024', url: 'https://9to5mac.com/2024/07/20/lets-talk-about-apples-endpoint-security-framework/', kind: 'secondary' },
  // Linux
  'EBPF': { title: 'eBPF Docs — The eBPF verifier', url: 'https://docs.ebpf.io/linux/concepts/verifier', kind: 'secondary' },
  'RH-7068083': { title: 'Red Hat — Solution 7068083: kernel panic with falcon-sensor on 5.14.0-427.13.1.el9_4 (cited only)', url: 'https://access.redhat.com/solutions/7068083', kind: 'primary' },
  'REG-EBPF': { title: 'The Register — Grafana Labs interview, 26 Sep 2024 ', url: 'https://www.theregister.com/2024/09/26/grafana_labs_interview/', kind: 'secondary' },
  'LINUX-2024-STACKDIARY': { title: 'Stack Diary — CrowdStrike took down Debian and Rocky Linux a few months ago', url: 'https://stackdiary.com/crowdstrike-took-down-debian-and-rocky-linux-a-few-months-ago-and-no-one-noticed', kind: 'secondary' },
  'LINUX-2024-ITSFOSS': { title: 'It\'s FOSS News — CrowdStrike on Windows and Linux', url: 'https://news.itsfoss.com/crowdstrike-windows-linux/', kind: 'secondary' },
  'HN-41005936': { title: 'Hacker News — Debian stable crash report thread, item 41005936 (cited only)', url: 'https://news.ycombinator.com/item?id=41005936', kind: 'secondary' },
  'ROCKY-FORUM': { title: 'Rocky Linux Forums — CrowdStrike freezing Rocky Linux after 9.4 upgrade (cited only)', url: 'https://forums.rockylinux.org/t/crowdstrike-freezing-rockylinux-after-9-4-upgrade/14041', kind: 'secondary' },
  // Research and commentary
  'OUTFLANK': { title: 'Outflank — EDR internals for macOS and Linux, 3 Jun 2024', url: 'https://www.outflank.nl/blog/2024/06/03/edr-internals-macos-linux/', kind: 'secondary' },
  'ANTIY': { title: 'Antiy — analysis of the CrowdStrike outage (4hou.com, 22 Jul 2024)', url: 'https://www.4hou.com/posts/VWmM', kind: 'secondary' },
  'ERNW': { title: 'ERNW Insinuator — CrowdStrike: what is the worldwide BSOD all about', url: 'https://insinuator.net/2024/08/crowdstrike-what-is-the-worldwide-bsod-all-about', kind: 'secondary' },
  'FIELD-EFFECT': { title: 'Field Effect — The brass tacks of Windows kernel access (vendor opinion)', url: 'https://fieldeffect.com/blog/the-brass-tacks-of-windows-kernel-access', kind: 'primary' },
  // McAfee DAT 5958, April 2010
  'MCAFEE-ZDNET': { title: 'ZDNet — McAfee issues fix and apology for hosed XP SP3 PCs', url: 'https://www.zdnet.com/article/mcafee-issues-fix-and-apology-for-hosed-xp-sp3-pcs/', kind: 'secondary' },
  // The only plain-http source: the page is not served over https.
  'MCAFEE-TECHNIBBLE': { title: 'Technibble — Buggy McAfee update is shutting down XP machines worldwide', url: 'http://www.technibble.com/buggy-mcafee-update-is-shutting-down-xp-machines-worldwide/', kind: 'secondary' },
  'MCAFEE-CISA': { title: 'US-CERT/CISA — McAfee DAT 5958 issues, 21 Apr 2010 (cited only)', url: 'https://www.cisa.gov/news-events/alerts/2010/04/21/mcafee-dat-5958-issues', kind: 'primary' },
  // Added for issue 8 (corrections checked against primary sources).
  'APPLE-ES-DEADLINE': { title: 'Apple Developer — es_message_t.deadline (AUTH response deadline)', url: 'https://developer.apple.com/documentation/endpointsecurity/es_message_t/deadline', kind: 'primary' },
  'APPLE-DEPLOY-EXT': { title: 'Apple Platform Deployment — System and kernel extensions in macOS', url: 'https://support.apple.com/guide/deployment/system-and-kernel-extensions-in-macos-depa5fb8376f/web', kind: 'primary' },
  'APPLE-KAUTH': { title: 'Apple Technical Note TN2127 — Kernel Authorization (KAuth listeners)', url: 'https://developer.apple.com/library/archive/technotes/tn2127/_index.html', kind: 'primary' },
  'QMR-HNS': { title: 'Help Net Security — Quick Machine Recovery: restoring Windows 11 devices with boot issues, 31 Mar 2025', url: 'https://helpnetsecurity.com/2025/03/31/quick-machine-recovery-restoring-windows-11-devices-with-boot-issues', kind: 'secondary' },
  'WDK-PANIC': { title: 'Microsoft windows-drivers-rs — wdk-panic crate source (the kernel panic handler)', url: 'https://docs.rs/wdk-panic/latest/src/wdk_panic/lib.rs.html', kind: 'primary' },
  'WIN-HLK-EMBEDDED': { title: 'Microsoft Learn — HLK test: embedded signature for boot-start drivers', url: 'https://learn.microsoft.com/en-us/windows-hardware/test/hlk/testref/1fd837c2-db8b-4e8c-a189-0ee8daff7173', kind: 'primary' },
  'WIN-OB-REGCB': { title: 'Microsoft Learn — ObRegisterCallbacks (available from Windows Vista SP1 and Server 2008)', url: 'https://learn.microsoft.com/en-us/windows-hardware/drivers/ddi/wdm/nf-wdm-obregistercallbacks', kind: 'primary' },
  'KPP-WIKI': { title: 'Wikipedia — Kernel Patch Protection (x64, 2005)', url: 'https://en.wikipedia.org/wiki/Kernel_Patch_Protection', kind: 'secondary' },
  'WIN-IRQL': { title: 'Microsoft Learn — Managing hardware priorities (IRQL and paged memory)', url: 'https://learn.microsoft.com/en-us/windows-hardware/drivers/kernel/managing-hardware-priorities', kind: 'primary' },
  'WIN-WFP-CLASSIFY': { title: 'Microsoft Learn — FWPS_CALLOUT_CLASSIFY_FN2 (called at IRQL up to DISPATCH_LEVEL)', url: 'https://learn.microsoft.com/en-us/windows-hardware/drivers/ddi/fwpsk/nc-fwpsk-fwps_callout_classify_fn2', kind: 'primary' },
  'WIN-LKG': { title: 'Microsoft Learn — NotifyBootConfigStatus (last-known-good is a whole-system configuration)', url: 'https://learn.microsoft.com/en-us/windows/win32/api/winsvc/nf-winsvc-notifybootconfigstatus', kind: 'primary' },
  'WIN-BITLOCKER-RECOVERY': { title: 'Microsoft Learn — BitLocker recovery overview (recovery key escrow)', url: 'https://learn.microsoft.com/en-us/windows/security/operating-system-security/data-protection/bitlocker/recovery-overview', kind: 'primary' },
  'MS-DEFENDER-SANDBOX': { title: 'Microsoft Security Blog — Windows Defender Antivirus can now run in a sandbox, 26 Oct 2018', url: 'https://www.microsoft.com/en-us/security/blog/2018/10/26/windows-defender-antivirus-can-now-run-in-a-sandbox/', kind: 'primary' },
  'MSRC-CVE-2017-0290': { title: 'Microsoft Security Response Center — CVE-2017-0290, Malware Protection Engine remote code execution', url: 'https://msrc.microsoft.com/update-guide/vulnerability/CVE-2017-0290', kind: 'primary' },
  'LINUX-FANOTIFY': { title: 'Linux man-pages — fanotify(7) (permission events)', url: 'https://man7.org/linux/man-pages/man7/fanotify.7.html', kind: 'primary' },
  'LINUX-BPF-LSM': { title: 'Linux kernel documentation — LSM BPF programs (needs bpf in the lsm= list)', url: 'https://docs.kernel.org/bpf/prog_lsm.html', kind: 'primary' },
  'LINUX-KASAN': { title: 'Linux kernel documentation — Kernel Address Sanitizer (KASAN)', url: 'https://docs.kernel.org/dev-tools/kasan.html', kind: 'primary' },
} as const satisfies Record<string, Link & { kind: SourceKind }>;

export type SourceId = keyof typeof SOURCE_TABLE;

export const SOURCES: Record<string, Link> = SOURCE_TABLE;

function source(id: SourceId): Link {
  const s: Link = SOURCE_TABLE[id];
  return { title: s.title, url: s.url, kind: s.kind };
}

// ---------------------------------------------------------------------------------------------
// Rule builder
// ---------------------------------------------------------------------------------------------

type RuleInput = Omit<RuleMeta, 'series' | 'seriesPlannedPart' | 'primary'> & {
  series: SeriesAnchor[];
  primary: SourceId[];
};

function rule(r: RuleInput): RuleMeta {
  const planned = r.series.map(plannedPartOf).find((p) => p !== undefined);
  const meta: RuleMeta = {
    ...r,
    series: r.series.map(seriesLink),
    primary: r.primary.map(source),
  };
  if (planned !== undefined) meta.seriesPlannedPart = planned;
  return meta;
}

// Phrases shared by several triggers, spelled with the language's own attribute names.
const PRIVILEGED = 'a privileged context (`kind` kernel_driver, boot_start_driver, elam_driver, linux_kernel_module, macos_kext, hypervisor or secure_kernel; ebpf_program is deliberately not in this set)';
const BOOT_CRITICAL = 'a boot-critical context (`kind` boot_start_driver or elam_driver, a kernel_driver with `start` "boot" or "system", or a linux_kernel_module with `start` "boot")';
const CONTENT = 'content (an input whose `source` is cloud_rapid_content, signature_db or ml_model)';
const READS_AN_INPUT = 'reads an input, either directly through `consumes` or over a `channel` whose `carries` lists it';

// ---------------------------------------------------------------------------------------------
// The catalog, RS001–RS045 (domain.md §3)
// ---------------------------------------------------------------------------------------------

export const RULE_META: RuleMeta[] = [
  // ── A. Untrusted or complex input in kernel context ─────────────────────────────────────
  rule({
    id: 'RS001', slug: 'kernel-interpreter-cloud-content',
    title: 'Kernel-resident interpreter consumes cloud-delivered content',
    category: 'untrusted-input-in-kernel', defaultSeverity: 'error',
    severityNote: 'Error because this is the exact shape of the July 2024 failure; the mitigations listed under downgrade lower it to a warning.',
    rationale:
      'Putting content interpretation in the kernel means every content release alters what ring-0 code does, yet the release bypasses the testing and signing path that kernel code itself goes through. ' +
      'A record that is malformed, or merely shaped in a way the code never anticipated, then takes down the whole host instead of failing one detection. ' +
      'In July 2024 Falcon\'s Content Interpreter, running inside the Windows sensor driver, read beyond an input array of 20 entries once a new template instance referenced a 21st field. ' +
      'Microsoft describes the reverse arrangement for Defender for Endpoint: kernel sensors for data collection and enforcement, with content loaded and evaluated by user-mode components. ' +
      'The rule targets this specific combination, not kernel sensors in general.',
    trigger: `A component in ${PRIVILEGED} whose \`kinds\` include content_interpreter, rule_engine, content_parser, signature_scanner or ml_inference, and which ${READS_AN_INPUT}, where that input is ${CONTENT} and arrives in its original form (directly, or over channels none of which has \`form = "compiled"\`; a channel without \`form\` is reported as unspecified).`,
    downgrade: 'Drops to warning when all of these are declared: the input\'s `schema` has `bounded = true`, the component\'s `bounds_checks` is "runtime" or "runtime_and_compile_time", its `evidence` includes "fuzzing", and the `deployment` that delivers the input has `rollout = "staged"`.',
    series: ['INTRO_CONTENT', 'INTRO_KERNELQ', 'P1_DETECT'],
    primary: ['CS-PIR', 'CS-RCA', 'MS-MDE-SDP-BLOG'],
    related: ['RS003', 'RS004', 'RS008', 'RS033'],
    fixes: [
      'Move the interpreter into a user-mode protected service',
      'Compile content in user mode into a fixed-size table for the kernel',
    ],
  }),
  rule({
    id: 'RS002', slug: 'kernel-parses-attacker-bytes',
    title: 'Kernel, or an unsandboxed SYSTEM/root service, parses attacker-controlled bytes with a complex format',
    category: 'untrusted-input-in-kernel', defaultSeverity: 'error',
    severityNote: 'Error in privileged (kernel or hypervisor) contexts, because the adversary chooses the input, so a parser bug becomes a kernel crash or kernel code execution; warning for an unsandboxed user-mode engine running as SYSTEM, PPL or root, where the same bug gives the attacker that account but crashes only one restartable process.',
    rationale:
      'File contents, packets and the memory of other processes are all under the control of the party the product defends against. ' +
      'Decoders for rich formats have a long history of memory-safety flaws, and at ring 0 each such flaw is a bugcheck or an elevation of privilege. ' +
      'On Windows the usual arrangement is a minifilter that observes the file operation while a user-mode scanner inspects the content. ' +
      'Microsoft\'s WFP guidance points the same way, reserving kernel callout drivers for work the built-in filters cannot do. ' +
      'Moving the decoder to user mode is not the end of it: an engine running as SYSTEM is still a prize, and PPL protects the process from tampering without confining what its code may do. Microsoft sandboxed Defender\'s scanning engine in 2018, after remote code execution flaws in its parsers had been reported in 2017.',
    trigger: `A component in ${PRIVILEGED} that reads an input whose \`source\` is file_content, network_packets, process_memory or ipc_from_user, and whose \`parser_complexity\` is archive, document, script, decompression, regex or full_protocol (unset is reported as unspecified). Inputs arriving compiled, or whose declared \`trust\` is authenticated_peer or higher, are not counted. The same reading by a component in a protected_service, user_service or macos_system_extension context whose \`sandboxed\` is false is reported as a warning (unset \`sandboxed\` is reported as unspecified).`,
    series: ['P1_ARCH', 'P1_SENSOR'],
    primary: ['WIN-FLTMGR', 'WIN-WFP-CALLOUT', 'MS-DEFENDER-SANDBOX', 'MSRC-CVE-2017-0290', 'WIN-PPL'],
    related: ['RS007', 'RS023', 'RS045'],
    fixes: [
      'Capture metadata in the kernel and scan content in a sandboxed user-mode service',
      'Cap the bytes that cross the kernel boundary',
      'Run the scanner with least privilege, in a sandbox',
    ],
  }),
  rule({
    id: 'RS003', slug: 'kernel-pattern-engine',
    title: 'Pattern-matching engine executes in kernel',
    category: 'untrusted-input-in-kernel', defaultSeverity: 'warning',
    severityNote: 'Warning because a pattern engine is not a defect in itself, but its cost and code-path complexity are hard to bound; it co-fires with RS001 in the July 2024 model.',
    rationale:
      'According to the RCA, Rapid Response Content consisted of regex-based matching criteria that the sensor evaluated against strings it had collected; for Channel File 291 those strings described named pipes. ' +
      'Such strings are shaped by attackers, regular-expression evaluation can take super-linear time, and a matching engine\'s state machine adds a large amount of ring-0 code. ' +
      'Most of that exposure disappears if patterns are compiled outside the kernel into size-capped automata, or if matching happens in user mode.',
    trigger: `A component in ${PRIVILEGED} whose \`kinds\` include rule_engine or content_interpreter and whose \`matching\` is "regex", "wildcard" or "glob".`,
    series: ['P1_DETECT'],
    primary: ['CS-RCA', 'CS-TECH'],
    related: ['RS001', 'RS022'],
    fixes: [
      'Evaluate patterns in user mode',
      'Ship patterns precompiled into size-capped DFA tables',
      'Add a per-event CPU budget and disable rules that fail',
    ],
  }),
  rule({
    id: 'RS004', slug: 'kernel-unbounded-schema',
    title: 'Privileged consumer lacks a bounded schema and runtime bounds checks',
    category: 'untrusted-input-in-kernel', defaultSeverity: 'error',
    severityNote: 'Error because the RCA names both a missing compile-time field-count check and a missing runtime array bounds check as root-cause findings.',
    rationale:
      'The Channel File 291 defect was a count mismatch: the IPC Template Type declared 21 input fields, the sensor-side code that fed the interpreter provided only 20, and neither the build nor the running driver compared the numbers. ' +
      'Kernel code should handle every count and length it receives as a claim to check where it is used, never as a guarantee made by tooling further upstream. ' +
      'The RCA lists six mitigations, and two of them are exactly these checks: validating the number of input fields at build time and bounds-checking the input array at run time. ' +
      'Declaring the schema in the model also lets Ringside compare the declared and supplied field counts before anything ships.',
    trigger: `A component in ${PRIVILEGED} that reads structured input, where the input has no \`schema\` block, its \`schema\` leaves \`fields\` unset, or the component's \`bounds_checks\` is neither "runtime" nor "runtime_and_compile_time" (unset is reported as unspecified). An unset \`fields\` on a schema with \`bounded = true\` whose every privileged reader checks bounds at run time is only reported as unspecified, since a field count makes sense for some formats only. A \`schema\` whose \`fields\` and \`consumer_fields\` are both set and differ is reported as the July 2024 mismatch.`,
    series: ['INTRO_QA'],
    primary: ['CS-RCA', 'CS-RCA-BLOG'],
    related: ['RS001', 'RS005', 'RS006', 'RS013', 'RS015', 'RS030'],
    fixes: [
      'Declare the content schema with field counts and size limits',
      'Bounds-check every indexed access at run time',
      'Assert at build time that producer and consumer field counts match',
    ],
  }),
  rule({
    id: 'RS005', slug: 'validator-separate-from-interpreter',
    title: 'Content validator is a separate implementation from the interpreter',
    category: 'untrusted-input-in-kernel', defaultSeverity: 'warning',
    severityNote: 'Warning because two implementations of one format drift apart over time, which is how the faulty instance passed validation.',
    rationale:
      'The PIR blames the faulty release on a Content Validator bug, which the RCA classes as a logic error: it expected 21 inputs where the production sensor provided 20. ' +
      'A contract implemented twice, independently, can diverge without any signal until production hosts expose it. ' +
      'If every release is instead executed by the very interpreter build that hosts run, inside a test harness, that divergence cannot arise. ' +
      'The RCA reached the same conclusion and recommended that validation move into the Content Interpreter.',
    trigger: 'An input that a cloud component of kind content_validator checks and an endpoint interpreter reads, where the `deployment` delivering it has `validated_by = "separate_validator"`. Reported at the validator when the cloud pipeline is modelled, else at `validated_by`.',
    series: ['INTRO_QA'],
    primary: ['CS-PIR', 'CS-RCA'],
    related: ['RS004', 'RS006', 'RS014'],
    fixes: [
      'Validate each release by running the shipping interpreter',
      'Derive validator and interpreter from one schema',
      'Add differential tests between validator and interpreter',
    ],
    limitations: 'The validator is only seen if the cloud pipeline is modelled, as a component of kind content_validator in a cloud_service context.',
  }),
  rule({
    id: 'RS006', slug: 'fields-never-exercised',
    title: 'Declared fields never exercised with concrete values',
    category: 'untrusted-input-in-kernel', defaultSeverity: 'warning',
    severityNote: 'Warning because untested fields hide latent defects until the first release that uses them.',
    rationale:
      'The 21st field stayed dormant for months: every template instance shipped in March and April 2024 used a wildcard for it, and a wildcard never caused the interpreter to touch that position. ' +
      'Only on 19 July 2024 did an instance supply a concrete value there, and it went to every host at once. ' +
      'Coverage therefore has to be tracked for each declared field and each matching mode, not per release. ' +
      'A release that uses a field for the first time is a higher-risk release and merits an additional ring.',
    trigger: 'An input whose `schema` declares `fields` while its `tests` block has `per_field_non_wildcard = false` or a `field_coverage` below 100.',
    series: ['INTRO_QA'],
    primary: ['CS-RCA'],
    related: ['RS004', 'RS005', 'RS014'],
    fixes: [
      'Require a non-wildcard test for every declared field',
      'Fuzz each declared field',
      'Send releases that first exercise a field through an extra ring',
    ],
  }),
  rule({
    id: 'RS007', slug: 'kernel-content-handling',
    title: 'Kernel component fetches, unpacks, decrypts or verifies content',
    category: 'untrusted-input-in-kernel', defaultSeverity: 'warning',
    severityNote: 'Warning because the work is risky at ring 0 yet can be moved to user mode at little cost.',
    rationale:
      'Network code, decompression, de-obfuscation and certificate parsing each bring a large attack and failure surface, and none of them needs ring-0 privilege. ' +
      'A fault in a user-mode updater ends one process that the service manager can restart. ' +
      'What the kernel receives should be a finished, verified artifact in a fixed format, delivered by a peer it has authenticated. ' +
      'Because the Introduction reports that channel files are obfuscated, the product must decode them somewhere, and this rule asks that the decoding happen outside the kernel.',
    trigger: `A component in ${PRIVILEGED} whose \`kinds\` include content_updater or telemetry_uploader, or whose \`performs\` includes network_fetch, decompress, decrypt, deobfuscate or signature_verify.`,
    series: ['P1_ARCH', 'INTRO_OBFUSC'],
    primary: ['MS-MDE-SDP-BLOG'],
    related: ['RS002', 'RS013', 'RS033'],
    fixes: [
      'Move fetching, decoding and verification into the updater service',
      'Accept only a compiled, hashed blob over an authenticated channel',
    ],
  }),

  // ── B. Content vs code updates and their deployment ──────────────────────────────────────
  rule({
    id: 'RS008', slug: 'content-bypasses-code-gates',
    title: 'Behaviour-changing content bypasses code release gates',
    category: 'content-deployment', defaultSeverity: 'warning',
    severityNote: 'Warning when content reaches privileged code raw (or in an unstated form), since it is then parsed and interpreted there; hint when it arrives only as a compiled table (form = "compiled"), which still selects kernel code paths but bounds what one release can change. Together with RS009 and RS017 it forms part of the error chain of July 2024.',
    rationale:
      'The series stresses that July 2024 involved a content update rather than a new build of the agent. ' +
      'The PIR contrasts two paths: Sensor Content received full QA and a staged release from internal users to early adopters to general availability, with customers able to pin N, N-1 or N-2, while Rapid Response Content relied on a validator. ' +
      'Driver signing and certification apply to the binary that was signed, not to the data that binary reads afterwards. ' +
      'Content that decides which kernel code paths run is code in effect, so it needs the gates code gets, or its consumer needs to leave the kernel.',
    trigger: `An input that is ${CONTENT}, read by a component in ${PRIVILEGED}, where the \`deployment\` delivering it has \`release_process\` other than "code_equivalent". Reported as a hint when every privileged reader gets it over channels with \`form = "compiled"\`, as RS001 treats that form.`,
    series: ['INTRO_CONTENT'],
    primary: ['CS-PIR', 'WIN-SIGN-OFFERINGS'],
    related: ['RS001', 'RS009', 'RS017', 'RS025'],
    fixes: [
      'Release kernel-consumed content through the driver release rings and tests',
      'Move the content consumer out of the kernel',
      'Document the content contract in the model',
    ],
  }),
  rule({
    id: 'RS009', slug: 'global-rollout-privileged-consumer',
    title: 'Global, simultaneous rollout to privileged or destructive consumers',
    category: 'content-deployment', defaultSeverity: 'error',
    severityNote: 'Error because a global rollout let one faulty file, live for only 78 minutes, affect about 8.5 million Windows hosts.',
    rationale:
      'Channel File 291 went to the whole fleet at once: it was released at 04:09 UTC on 19 July 2024 and reverted at 05:27 UTC, and Microsoft estimated that about 8.5 million Windows devices were affected. ' +
      'A staged rollout is itself a test, because a canary ring would have failed within minutes and stopped promotion. ' +
      'The RCA lists the missing staged deployment of template instances among its findings, the PIR commits to canary-first staggered releases, and Microsoft\'s follow-up with security vendors centres on safe deployment practices. ' +
      'The rule also covers destructive consumers in user mode, since McAfee DAT 5958 sent Windows XP SP3 machines into reboot loops in April 2010 without any kernel component.',
    trigger: `A \`deployment\` with \`rollout = "global"\` that delivers an input read by a component in ${PRIVILEGED}, by a component in ${BOOT_CRITICAL}, or by a component that drives a response_actuator with destructive \`actions\` (kill, quarantine or delete); or that delivers code whose \`binary_of\` names such a context (code releases are releases).`,
    series: ['INTRO_CONTENT', 'INTRO_QA'],
    primary: ['CS-PIR', 'CS-RCA', 'MS-JUL20', 'MS-SEP12', 'MS-MDE-SDP-DOC'],
    related: ['RS008', 'RS010', 'RS012', 'RS017', 'RS039'],
    fixes: [
      'Stage the rollout through rings with bake times',
      'Ramp by percentage within each ring',
      'Halt automatically on crash or heartbeat-loss signals',
    ],
  }),
  rule({
    id: 'RS010', slug: 'promotion-without-health-gate',
    title: 'Promotion is not gated on health signals',
    category: 'content-deployment', defaultSeverity: 'warning',
    severityNote: 'Warning because rings without automatic halting delay an outage rather than contain it.',
    rationale:
      'Rings without an automatic stop merely stretch an outage over a longer period. ' +
      'The PIR commits to monitoring sensor and system performance while content is deployed in stages. ' +
      'A crashed host reports nothing, so missing heartbeats must be treated as failure evidence in their own right, together with crash dumps and regressions in CPU or memory. ' +
      'A bake time per ring is what gives those signals time to arrive before the next promotion.',
    trigger: 'A staged `deployment` (or one that declares `rings`) with `health_gate = []` or `bake_time = "0"`; a missing `health_gate` or `bake_time` is reported as unspecified.',
    series: ['INTRO_QA'],
    primary: ['CS-PIR', 'MS-MDE-SDP-BLOG'],
    related: ['RS009', 'RS036'],
    fixes: [
      'Gate promotion on heartbeat loss, crash telemetry and resource metrics',
      'Set an explicit bake time for each ring',
    ],
  }),
  rule({
    id: 'RS011', slug: 'no-last-known-good',
    title: 'No last-known-good or automatic rollback for content or privileged code',
    category: 'content-deployment', defaultSeverity: 'warning',
    severityNote: 'Warning for any content consumer; RS018 adds an error where the consumer is boot-critical.',
    rationale:
      'Reverting the file centrally at 05:27 UTC helped a crashed host only if it could fetch the correction before crashing again. ' +
      'CrowdStrike put the faulty channel file on its cloud known-bad list, so hosts with good network connectivity could recover automatically after one or more reboots; the others needed someone to remove the C-00000291*.sys files by hand from Safe Mode or WinRE. ' +
      'Had the agent kept the prior content and switched back to it after repeated faults, every host could have healed itself whatever its network. ' +
      'The PIR adds testing of content updates and rollbacks to its list of new test types.',
    trigger: `A \`deployment\` delivering ${CONTENT}, or code whose \`binary_of\` names a privileged context, whose \`rollback\` is "none" or "manual", or which has \`last_known_good = false\` (both unset is reported as unspecified).`,
    series: ['INTRO_ELAM'],
    primary: ['CS-PIR', 'CS-HUB', 'CS-TECH'],
    related: ['RS015', 'RS017', 'RS018'],
    fixes: [
      'Keep the previous content version on disk',
      'Revert automatically after repeated faults',
      'Test the rollback path itself',
    ],
  }),
  rule({
    id: 'RS012', slug: 'no-customer-content-control',
    title: 'Customers cannot stage, delay or pin content or privileged code',
    category: 'content-deployment', defaultSeverity: 'warning',
    severityNote: 'Warning because trading slower protection for lower outage risk should be the customer\'s explicit choice.',
    rationale:
      'Falcon customers could pin sensor code to a version, but Rapid Response Content reached every online host whatever the customer had configured. ' +
      'The PIR promises finer customer control over the timing and placement of content updates, and Microsoft\'s Defender for Endpoint documentation describes gradual rollout rings that customers manage themselves. ' +
      'Putting critical systems on a later ring is a legitimate choice, provided the console shows the exposure window it creates. ' +
      'Slower protection is a real cost, which is why the rule asks that the customer, rather than the pipeline, makes that call.',
    trigger: `A \`deployment\` delivering ${CONTENT}, or code whose \`binary_of\` names a privileged context, with \`customer_control = "none"\`.`,
    series: ['INTRO_QA'],
    primary: ['CS-PIR', 'MS-MDE-SDP-DOC'],
    related: ['RS009', 'RS016'],
    fixes: [
      'Let customers pin or ring content per device group',
      'Keep an emergency-override path for urgent content',
      'Show the exposure window in the console',
    ],
  }),
  rule({
    id: 'RS013', slug: 'content-integrity-unverified',
    title: 'Content unsigned or integrity not verified before use',
    category: 'content-deployment', defaultSeverity: 'error',
    severityNote: 'Error because unverified content lets anyone who can write it steer privileged code.',
    rationale:
      'If content is not signed and checked, an attacker with write access to its directory, or a foothold on the delivery path, can steer privileged code, and a crafted malformed file turns into a way to crash hosts at will. ' +
      'A signature check would not have stopped the July 2024 release, since the faulty file was the vendor\'s own, and CrowdStrike stated that null bytes in the channel file were not the cause. ' +
      'This rule therefore complements RS004 rather than replacing it. ' +
      'Verification belongs in user mode, and obfuscation is not a substitute for integrity.',
    trigger: 'A vendor-delivered input (content or sensor_code) with `signed = false`, or `integrity_check` "none" or "cloud" (verified only before release); unset values are reported as unspecified.',
    series: ['INTRO_OBFUSC'],
    primary: ['CS-TECH', 'ERNW'],
    related: ['RS004', 'RS007'],
    fixes: [
      'Sign content releases',
      'Verify signature and hash in the user-mode updater',
      'Restrict write access to the content directory',
    ],
  }),
  rule({
    id: 'RS014', slug: 'content-untested-on-real-sensor',
    title: 'Content released without running on real sensor builds',
    category: 'content-deployment', defaultSeverity: 'warning',
    severityNote: 'Warning because validator-only testing misses what a real sensor does with the content.',
    rationale:
      'According to the RCA, confidence in the July instances came from tests of the template type done earlier, from validator checks and from the track record of previous instances, not from running that content on an actual host. ' +
      'The PIR commits to new kinds of testing, in its own words local developer testing, content update and rollback testing, stress testing, fuzzing and fault injection, stability testing and content interface testing, which close exactly that gap. ' +
      'Any internal ring running genuine sensor builds on genuine OS builds would have failed at once.',
    trigger: 'A vendor-delivered input (content or sensor_code) whose `tests` set `integration_on_real_sensor = false` (testing rests on the validator alone); unset is reported as unspecified.',
    series: ['INTRO_QA'],
    primary: ['CS-PIR', 'CS-RCA'],
    related: ['RS005', 'RS006'],
    fixes: [
      'Run every release on real sensor builds (N, N-1, N-2) before shipping',
      'Inject faults on the content path',
    ],
  }),
  rule({
    id: 'RS015', slug: 'no-content-version-handshake',
    title: 'No schema/version handshake between content and consumer',
    category: 'content-deployment', defaultSeverity: 'warning',
    severityNote: 'Warning because without a handshake a shape mismatch surfaces as a crash instead of a rejected update.',
    rationale:
      'A single content release is read by several sensor versions at the same time. ' +
      'The fatal disagreement was between the template type definitions the content tools worked from and the code built into the sensor that supplies the values. ' +
      'When every release carries a manifest with its schema version and field counts, and the consumer refuses shapes it does not know, a mismatch becomes a rejected update instead of a crash.',
    trigger: 'Content whose `schema` has no `version`, or a component that reads it raw without `accepts_versions`; content without any `schema` is reported as unspecified.',
    series: ['INTRO_QA'],
    primary: ['CS-RCA', 'CS-PIR'],
    related: ['RS004', 'RS011'],
    fixes: [
      'Ship a versioned manifest with every release',
      'Reject unknown schema versions and keep the last known good content',
      'Test content against every supported sensor version',
    ],
    limitations: 'The catalog also flags several supported sensor versions without a compatibility matrix; the language has no attribute for that matrix, so that clause is not checked.',
  }),
  rule({
    id: 'RS016', slug: 'no-content-release-notes',
    title: 'High-frequency content changes are invisible to operators',
    category: 'content-deployment', defaultSeverity: 'hint',
    severityNote: 'Hint because release notes are cheap to add and speed up triage, but their absence does not cause failures.',
    rationale:
      'People correlating an incident need to know what changed on their hosts and when. ' +
      'The PIR commits to content release notes that customers can subscribe to. ' +
      'A change feed costs little to produce and shortens triage whenever a release is suspected.',
    trigger: 'An input whose `frequency` is "daily" or "multiple_per_day", delivered by a `deployment` with `release_notes = false` (unset stays silent: a request for it would be louder than this hint).',
    series: ['INTRO_OBFUSC'],
    primary: ['CS-PIR'],
    related: ['RS012'],
    fixes: [
      'Publish a content change feed',
      'Show the active content version in the console',
    ],
  }),

  // ── C. Boot-start / ELAM blast radius and recovery ────────────────────────────────────────
  rule({
    id: 'RS017', slug: 'boot-critical-loads-fresh-content',
    title: 'Boot-critical component loads updatable content during boot',
    category: 'boot-and-recovery', defaultSeverity: 'error',
    severityNote: 'Error because a faulty file read during boot crashes the host on every restart, before any remote fix can arrive.',
    rationale:
      'A file that crashes the machine while being read during boot will crash it again on every restart, long before any remote fix can be delivered; the Introduction ties the July 2024 boot loops to exactly this early-loading behaviour. ' +
      'Protection during boot should rest on a frozen, tested baseline, with newly delivered content switched on only once the system has booted successfully and the user-mode service is up. ' +
      'For precision, independent analysis places Falcon\'s ELAM role in CSBoot.sys while the crash occurred in CSAgent.sys, a separate driver that also starts early. ' +
      'Both load before logon, which is why the rule keys on boot-critical contexts rather than on ELAM alone.',
    trigger: `${BOOT_CRITICAL.replace(/^a /, 'A ')} containing a component that reads ${CONTENT}, where the context has \`content_activation = "at_boot"\`.`,
    series: ['INTRO_ELAM'],
    primary: ['CS-TECH', 'ANTIY', 'MS-JUL27'],
    related: ['RS008', 'RS009', 'RS011', 'RS018', 'RS019'],
    fixes: [
      'Activate new content only after a successful boot',
      'Load the last known good content at boot',
      'Let the user-mode service activate new content',
    ],
  }),
  rule({
    id: 'RS018', slug: 'no-crash-loop-protection',
    title: 'No crash-loop / boot-loop protection',
    category: 'boot-and-recovery', defaultSeverity: 'error',
    severityNote: 'Error for a boot-critical context that reads updatable content (or is otherwise known to fail on new input), where one bad release crashes every boot; warning for other boot-critical contexts, such as a classify-only ELAM driver whose input changes only with code releases, and for other privileged contexts.',
    rationale:
      'If nothing on the host remembers across reboots that the last boots failed, one bad input turns into an outage that never ends. ' +
      'In July 2024 the faulty file was added to CrowdStrike\'s cloud known-bad list, and hosts with good network connectivity could recover automatically after reboots; hosts without it stayed in the loop until someone repaired them by hand. ' +
      'Falling back on purpose, by skipping content or running in a reduced mode that still reports heartbeats, gives up some coverage to keep the host available. ' +
      'Better resilience and recoverability are among the commitments in the PIR.',
    trigger: `${PRIVILEGED.replace(/^a /, 'A ')} whose \`crash_loop_protection\` is "none" (missing is reported as unspecified); reported as an error when the context is also ${BOOT_CRITICAL} and one of its components reads updatable ${CONTENT} or decodes attacker-chosen input in a complex format, else as a warning.`,
    series: ['INTRO_ELAM'],
    primary: ['CS-PIR', 'CS-HUB'],
    related: ['RS011', 'RS017', 'RS020', 'RS036'],
    fixes: [
      'Count unclean boots persistently',
      'Disable content or features after repeated failures',
      'Report the degraded state in heartbeats',
    ],
  }),
  rule({
    id: 'RS019', slug: 'elam-beyond-classification',
    title: 'ELAM driver carries logic beyond boot-driver classification',
    category: 'boot-and-recovery', defaultSeverity: 'warning',
    severityNote: 'Warning because every extra feature in the ELAM driver inherits the worst blast radius on the system.',
    rationale:
      'The ELAM mechanism has two purposes: letting an anti-malware driver judge the other boot-start drivers before they start, and allowing the vendor\'s user-mode service to run as a protected process. ' +
      'Because it loads ahead of almost everything else, anything added to it inherits the largest blast radius and the hardest recovery on the machine. ' +
      'Keeping it small and unchanged between code releases, with the main sensor in a driver that starts later, limits what can go wrong at that stage.',
    trigger: 'A context with `kind = "elam_driver"` containing a component whose `kinds` include anything other than boot_driver_classifier and self_protection.',
    series: ['INTRO_ELAM'],
    primary: ['WIN-ELAM', 'WIN-ELAM-REQ'],
    related: ['RS017', 'RS025', 'RS034'],
    fixes: [
      'Split ELAM classification from the main sensor driver',
      'Keep the ELAM signature set static per code release',
    ],
  }),
  rule({
    id: 'RS020', slug: 'boot-critical-no-recovery-path',
    title: 'Boot-critical component without a declared recovery path',
    category: 'boot-and-recovery', defaultSeverity: 'warning',
    severityNote: 'Warning because an undeclared recovery path is usually discovered during the outage.',
    rationale:
      'Microsoft requires ELAM installers to store a spare copy of the driver, so that the recovery environment can put back a damaged one. ' +
      'Safe Mode only helps an administrator if the failing component stays out of it. ' +
      'Quick Machine Recovery is operated by Microsoft, works on a best-effort basis and covers only Windows 11 24H2 and later clients, so it is not a recovery path a vendor can provide or rely on. ' +
      'What a vendor can provide is self-recovery (a cloud known-bad list or last-known-good content the agent falls back to), a documented runbook, and guidance for out-of-band management and BitLocker key escrow. ' +
      'Declaring these properties in the model makes recovery something a reviewer can check rather than assume.',
    trigger: `${BOOT_CRITICAL.replace(/^a /, 'A ')} whose \`recovery\` block has \`backup_copy = false\`, or \`remote = "none"\` without a \`runbook\`, or which leaves \`safe_mode_behavior\` unspecified. Any \`remote\` path other than none (self-heal, known-bad list, out-of-band management, network boot, QMR) or a declared \`runbook\` counts as a recovery path.`,
    series: ['INTRO_ELAM'],
    primary: ['WIN-ELAM-REQ', 'QMR', 'QMR-HNS', 'CS-PIR'],
    related: ['RS017', 'RS018', 'RS021'],
    fixes: [
      'Register a backup copy for WinRE',
      'Keep content-driven parts out of Safe Mode',
      'Let the agent heal itself after a failed boot (known-bad list or last-known-good content)',
    ],
  }),
  rule({
    id: 'RS021', slug: 'recovery-needs-hands-on',
    title: 'Recovery requires per-host hands-on action',
    category: 'boot-and-recovery', defaultSeverity: 'information',
    severityNote: 'Information because this is a fleet-readiness concern, not a defect in the design\'s code.',
    rationale:
      'In July 2024 each machine that did not recover on its own had to be started in Safe Mode or WinRE so that a file could be removed, frequently after someone located its BitLocker recovery key, and cloud VMs had their disks attached to another machine for the same edit. ' +
      'Microsoft later announced Quick Machine Recovery, but it is Microsoft\'s own best-effort service for Windows 11 24H2 and later, not something a vendor can offer. ' +
      'What a vendor and its customers can prepare is escrowed recovery keys, a documented and rehearsed runbook, out-of-band management, and agents that heal themselves; knowing the per-host cost in advance is what gets that work done before it is needed.',
    trigger: 'A `recovery` block with `requires_physical_access = true`, or with `bitlocker = true` and `bitlocker_key_escrow = false`.',
    series: ['INTRO_ELAM'],
    primary: ['CS-TECH', 'CS-PIR', 'MS-JUL20', 'MS-NOV19', 'QMR', 'WIN-BITLOCKER-RECOVERY'],
    related: ['RS018', 'RS020'],
    fixes: [
      'Escrow BitLocker recovery keys',
      'Let the agent heal itself after a failed boot',
      'Rehearse a fleet recovery drill with a documented runbook',
    ],
  }),
  rule({
    id: 'RS022', slug: 'kernel-fails-closed-on-own-errors',
    title: 'Kernel component fails closed on its own internal errors',
    category: 'boot-and-recovery', defaultSeverity: 'warning',
    severityNote: 'Warning because narrowly scoped fail-closed enforcement can be justified, but it must be argued rather than assumed.',
    rationale:
      'Fail-closed semantics make sense for security verdicts, but applied to the product\'s own faults, whether an unhandled exception or a blanket denial, they turn a bug into an outage. ' +
      'When an interpreter hits content it cannot handle, the safer response is to switch off that one rule, log the fault and continue; the PIR commits to better error handling in the Content Interpreter. ' +
      'Part 1 observes that behavioural detection is uncertain enough for EDR to favour visibility over automatic action. ' +
      'Narrow, well-tested enforcement can still justify failing closed, provided the justification is written down. ' +
      'The rule is about errors the code detects: an invalid memory access in the kernel cannot be caught and always stops the host, which is why the missing bounds checks behind such faults are RS004\'s finding, not this one.',
    trigger: `${PRIVILEGED.replace(/^a /, 'A ')}, or a component in one, whose \`on_internal_error\` is "fail_closed" or "bugcheck". A scoped justification is recorded with a \`waiver\` for this rule.`,
    series: ['P1_AV', 'P1_VIS'],
    primary: ['CS-PIR'],
    related: ['RS001', 'RS003', 'RS037'],
    fixes: [
      'Disable the failing rule and keep running',
      'Fail open and raise a health alert',
      'Justify any remaining fail-closed scope in a waiver',
    ],
  }),

  // ── D. Memory safety and quality of kernel code ──────────────────────────────────────────
  rule({
    id: 'RS023', slug: 'unsafe-kernel-code-no-assurance',
    title: 'Kernel code in a memory-unsafe language without assurance evidence',
    category: 'kernel-code-quality', defaultSeverity: 'warning',
    severityNote: 'Warning because memory-unsafe kernel code is common and acceptable with assurance work, but not without it.',
    rationale:
      'Microsoft\'s review of the crash dumps found an out-of-bounds read in the sensor driver, a memory-safety bug. ' +
      'A memory-safe language removes memory corruption and its exploitability, not the outage: an out-of-bounds index in kernel Rust panics, and the panic handler of Microsoft\'s Windows driver crate ends in a bugcheck or a loop, so runtime bounds handling that fails one item rather than the host (RS004) is still what prevents the crash. ' +
      'Code that stays in C or C++ needs recorded assurance instead: parsers fuzzed continuously as user-mode targets, static analysis, and the platform\'s kernel checkers (Driver Verifier on Windows, KASAN on Linux). ' +
      'CrowdStrike\'s PIR likewise adds fuzzing and fault injection to its own testing.',
    trigger: `${PRIVILEGED.replace(/^a /, 'A ')} with \`language\` "c", "cpp" or "objc" whose \`evidence\` (on the context, or on every component) lists none of fuzzing, static_analysis or driver_verifier.`,
    series: ['INTRO_QA'],
    primary: ['MS-JUL27', 'WDK-PANIC', 'LINUX-KASAN', 'CS-PIR'],
    related: ['RS002', 'RS004'],
    fixes: [
      'Write new kernel components in a memory-safe language',
      'Build parsers as user-mode fuzz targets',
      'Run static analysis and the platform kernel checker in CI',
    ],
  }),
  rule({
    id: 'RS024', slug: 'driver-not-hvci-compatible',
    title: 'Kernel component not memory-integrity (HVCI) compatible',
    category: 'kernel-code-quality', defaultSeverity: 'error',
    severityNote: 'Error because HVCI compatibility is a documented platform requirement: an incompatible driver is blocked from loading where memory integrity is on, or keeps memory integrity from being turned on.',
    rationale:
      'With memory integrity enabled, kernel pages become executable only after code-integrity checks, and executable pages can never be written. ' +
      'Native code therefore cannot arrive disguised as data: whatever behaviour a driver takes from content, it has to interpret, and that interpreter has to be robust (RS001, RS004). ' +
      'A driver that is not compatible is blocked from loading where memory integrity is on, or keeps memory integrity from being turned on while it is installed. ' +
      'CrowdStrike states that its own driver is compatible.',
    trigger: 'A Windows context with `kind = "kernel_driver"` whose `hvci_compatible` is not `true` (writable-and-executable sections, dynamic code, or data loaded as code).',
    series: ['INTRO_KERNELQ'],
    primary: ['WIN-HVCI', 'WIN-CI-CHECK', 'CS-KERNEL'],
    related: ['RS001', 'RS004'],
    fixes: [
      'Use non-executable pool allocations',
      'Remove writable-and-executable sections',
      'Run the Driver Verifier code-integrity checks and HLK HVCI test',
    ],
  }),
  rule({
    id: 'RS025', slug: 'inadequate-driver-signing',
    title: 'Inadequate kernel signing / certification',
    category: 'kernel-code-quality', defaultSeverity: 'error',
    severityNote: 'Error because the platform refuses to load, or to distribute, kernel code signed this way.',
    rationale:
      'On 64-bit Windows, unsigned kernel code does not load. ' +
      'Microsoft recommends HLK-tested dashboard signing, which covers every Windows version including Server, whereas attestation signing only covers client editions from Windows 10 onward and cannot be published to retail Windows Update. ' +
      'Boot-start drivers (start type 0) additionally need an embedded signature; other drivers may rely on a catalog signature. ' +
      'A valid signature certifies the driver binary only, not the content that binary reads later (see RS008).',
    trigger: `A context whose \`signer\` is "test", "self" or "none"; or whose \`signer\` is "attestation" while its \`targets\` include windows_server or windows_pre_10; or a Windows driver the boot loader loads (boot_start_driver, elam_driver, or kernel_driver with \`start = "boot"\`) with \`embedded_signature = false\`.`,
    limitations: 'Whether an ELAM driver carries the Early Launch EKU is not modelled. Drivers with `start = "system"` are not required to embed their signature, since a catalog signature is accepted for them.',
    series: ['INTRO_CONTENT'],
    primary: ['WIN-SIGN-OFFERINGS', 'WIN-SIGN-RELEASE', 'WIN-HLK-EMBEDDED', 'WIN-ELAM-SAMPLE'],
    related: ['RS008', 'RS019'],
    fixes: [
      'Use HLK (WHQL) dashboard signing',
      'Embed the signature in boot-start drivers',
      'Obtain ELAM signing through MVI',
    ],
  }),
  rule({
    id: 'RS026', slug: 'undocumented-kernel-hooking',
    title: 'Undocumented kernel patching or hooking',
    category: 'kernel-code-quality', defaultSeverity: 'error',
    severityNote: 'Error because undocumented patching of a kernel conflicts with its integrity protection (Kernel Patch Protection on x64 Windows) and breaks across OS updates.',
    rationale:
      'Process, thread and image notify routines, registry callbacks and file-system filters existed well before Windows Vista, yet security products also rewrote system-call tables and patched kernel code directly. ' +
      'The turning points were Kernel Patch Protection on x64 Windows (2005), which made such patching unsupported, and ObRegisterCallbacks (Windows Vista SP1 and Server 2008), a documented way to filter handle operations. ' +
      'CrowdStrike\'s architecture write-up gives its own account of that history and states that it relies on documented interfaces today. ' +
      'Today the supported equivalents are the documented callbacks for processes, threads, image loads, the registry and object handles, together with minifilters and the Windows Filtering Platform. ' +
      'The series plans to cover Windows EDR internals in Part 2, which has not been published.',
    trigger: 'A component whose `attach` includes ssdt_hook, inline_kernel_patch, idt_hook or callback_array_edit.',
    series: ['INTRO_P2'],
    primary: ['KPP-WIKI', 'WIN-OB-REGCB', 'WIN-PROC-NOTIFY', 'WIN-OB-REG', 'CS-KERNEL'],
    related: ['RS038'],
    fixes: [
      'Replace each hook with its documented callback',
      'Record any coverage gap as an accepted gap',
    ],
  }),
  rule({
    id: 'RS027', slug: 'heavy-work-in-sync-callback',
    title: 'Heavy or blocking work inside synchronous kernel callbacks',
    category: 'kernel-code-quality', defaultSeverity: 'warning',
    severityNote: 'Warning because slow synchronous callbacks degrade performance for the whole host and risk hangs; error when a Windows callback waits or touches pageable memory at DISPATCH_LEVEL, which stops the host.',
    rationale:
      'Every hook the operating system waits for holds the operation that triggered it: Windows process-notify callbacks run with normal kernel APCs disabled, object pre-operation callbacks in whatever thread asked for the handle, minifilter pre-operation callbacks in the I/O path, and WFP classify functions at up to DISPATCH_LEVEL; KAuth listeners, Endpoint Security AUTH handlers and fanotify permission events hold the caller on macOS and Linux. ' +
      'Anything slow in those routines delays each such operation on the host and creates room for deadlocks; a fanotify handler whose own work (or its agent\'s) touches the watched files triggers further permission events and risks deadlocking itself. ' +
      'At DISPATCH_LEVEL the cost is not delay but a crash: code there may not wait or touch pageable memory. ' +
      'Vendors give performance as one reason to be in the kernel, an argument that only holds while the kernel part stays thin.',
    trigger: 'A component on a synchronous path: a `callback` block with `mode = "synchronous"`, or a kind whose hook is synchronous by nature (fs_minifilter, a network_filter attached as wfp_callout, an es_client or fanotify_monitor with `event_mode` authorize, a bpf_lsm attachment), whose `callback.work` includes parse, scan or network, or wait_user without a channel that bounds the wait with `timeout_ms` and `default_verdict`. On Windows, `callback.irql = "dispatch_level"` with `paged_memory = true` or a wait is an error. A sensor.* kind without `callback.mode`, or a synchronous path without `work`, is reported as unspecified; an ES client without a callback block is left to RS041.',
    series: ['P1_SENSOR'],
    primary: ['WIN-PROC-NOTIFY-CB', 'WIN-OB-PRECB', 'WIN-FLT-CALLBACKS', 'WIN-WFP-CLASSIFY', 'WIN-IRQL', 'APPLE-KAUTH', 'APPLE-ES-DEADLINE', 'LINUX-FANOTIFY', 'MS-MDE-SDP-BLOG'],
    related: ['RS028', 'RS031'],
    fixes: [
      'Enqueue a minimal record and return',
      'Evaluate events asynchronously in user mode',
      'Put a timeout on any synchronous enforcement path',
    ],
  }),
  rule({
    id: 'RS028', slug: 'unbounded-kernel-buffering',
    title: 'Unbounded kernel buffering of telemetry',
    category: 'kernel-code-quality', defaultSeverity: 'warning',
    severityNote: 'Warning because an event storm can exhaust kernel memory, though bounding the queue is straightforward.',
    rationale:
      'A flood of events, from a busy build server or from an attacker deliberately creating processes, can use up kernel memory until the host crashes or stops seeing anything. ' +
      'A fixed-size ring buffer that counts what it drops keeps the failure local and makes it visible. ' +
      'ETW and eBPF ring buffers follow the same design.',
    trigger: `A sensing component (sensor.*, fs_minifilter, network_filter and the like) in ${PRIVILEGED}, or a kernel-side \`channel\`, whose \`queue\` has \`overflow = "grow"\` or \`per_event_allocation = "unbounded"\`; a missing \`queue\` or \`bound\` is reported as unspecified.`,
    series: ['P1_ARCH'],
    primary: ['EBPF-ETW'],
    related: ['RS027'],
    fixes: [
      'Use a fixed-size ring buffer with drop counters',
      'Rate-limit events per process',
      'Signal backpressure to user mode',
    ],
  }),

  // ── E. Interface between kernel and user components ──────────────────────────────────────
  rule({
    id: 'RS029', slug: 'open-kernel-ipc-endpoint',
    title: 'Kernel IPC endpoint reachable by arbitrary callers',
    category: 'kernel-user-interface', defaultSeverity: 'error',
    severityNote: 'Error because an open endpoint is both an attack surface into ring 0 and a way to switch protection off.',
    rationale:
      'A device object or filter communication port open to every process gives attackers a path into ring 0 and a lever for tampering, such as a request to disable protection. ' +
      'Protecting it means a restrictive security descriptor, a cap on connections and a check that whoever connects is the vendor\'s own protected service. ' +
      'Part 1\'s separation of sensors from the agent implies a channel of exactly this kind.',
    trigger: 'A `channel` whose receiver runs in a privileged context, or whose privileged sender talks to user mode, with `acl = "none"` or `caller_verification` "none" or "pid". Channels inside one context are not endpoints and are skipped; unset values are reported as unspecified.',
    series: ['P1_ARCH'],
    primary: ['WIN-PPL', 'WIN-FLTMGR'],
    related: ['RS030', 'RS032', 'RS034'],
    fixes: [
      'Restrict the endpoint to administrators',
      'Verify the caller is the PPL service with the vendor signer',
      'Allow a single connection to the communication port',
    ],
  }),
  rule({
    id: 'RS030', slug: 'kernel-trusts-user-buffers',
    title: 'Kernel IPC handler trusts user-supplied buffers',
    category: 'kernel-user-interface', defaultSeverity: 'error',
    severityNote: 'Error because length confusion and double fetches are the classic exploitable driver bugs.',
    rationale:
      'Confusion over lengths and types, and double-fetch races on user memory, are the classic bug classes in drivers. ' +
      'The vendor\'s own service may itself be compromised, so its messages count as untrusted until the kernel has validated them. ' +
      'Copying a message once, checking its size and version, and never reading user memory a second time closes these classes; it is the same bounds-checking lesson the RCA draws for content.',
    trigger: 'A `channel` with a kernel-side end (either direction) whose `validation` is "none" (unset is reported as unspecified), whose `transfer` is "method_neither" or "shared_memory_unlocked", or which has `double_fetch_possible = true`.',
    series: ['P1_ARCH'],
    primary: ['CS-RCA'],
    related: ['RS004', 'RS029'],
    fixes: [
      'Use buffered or copy-once transfer',
      'Validate a size and version header on every message',
      'Fuzz the IOCTL interface',
    ],
  }),
  rule({
    id: 'RS031', slug: 'kernel-waits-without-timeout',
    title: 'Kernel waits on a user-mode verdict without a timeout',
    category: 'kernel-user-interface', defaultSeverity: 'warning',
    severityNote: 'Warning because a hung decision maker stalls the operating system, but a timeout with a declared default fixes it.',
    rationale:
      'A kernel thread that waits without a deadline for a user-mode verdict stalls the operating system as soon as that user-mode component hangs or dies. ' +
      'Apple\'s Endpoint Security enforces such a limit itself: each AUTH message comes with a deadline, and the system may kill a client that lets it pass. ' +
      'Designs on Windows have to impose their own timeout and state which verdict applies when it expires.',
    trigger: 'A `channel` with `waits_for_verdict = true` that lacks `timeout_ms` or `default_verdict`.',
    series: ['P1_ARCH'],
    primary: ['APPLE-ES', 'APPLE-ES-DEADLINE'],
    related: ['RS027', 'RS041'],
    fixes: [
      'Set a timeout with a declared default verdict',
      'Cache recent verdicts',
      'Log timeouts as health events',
    ],
  }),
  rule({
    id: 'RS032', slug: 'unauthorized-control-operations',
    title: 'Privileged control operations exposed without authorization',
    category: 'kernel-user-interface', defaultSeverity: 'error',
    severityNote: 'Error because an unauthenticated control plane lets an attacker switch the agent off.',
    rationale:
      'Attackers go after an agent\'s own control plane so they can switch it off. ' +
      'Every state-changing operation therefore needs an authenticated, authorized and audited caller, which on the host means the protected service and from outside means a command signed by the console. ' +
      'The same tamper concern runs through RS029 and RS034.',
    trigger: 'A `channel`, or an input with `source = "cloud_commands"`, whose `operations` include unload, disable_protection, add_exclusion, kill_process or isolate_host, where the caller is trusted below authenticated_peer (a channel without strong `caller_verification` — token, signer, ppl_signer or code_requirement — and without `acl = "protected_service_only"`, or a command input whose `trust` is lower than authenticated_peer or that has `signed = false`).',
    series: ['P1_AV'],
    primary: ['WIN-PPL'],
    related: ['RS029', 'RS034'],
    fixes: [
      'Authorize every control operation',
      'Require a maintenance token to disable or uninstall',
      'Sign cloud commands and keep an audit trail',
    ],
  }),
  rule({
    id: 'RS033', slug: 'raw-content-to-kernel',
    title: 'Raw content forwarded to the kernel',
    category: 'kernel-user-interface', defaultSeverity: 'warning',
    severityNote: 'Warning because the kernel still parses the hard format even though the parser appears to have moved to user mode.',
    rationale:
      'Relocating the parser to user mode pays off only when the kernel then receives something trivial to check: fixed-size records, validated counts, a version and a hash. ' +
      'If the kernel still receives the original format, it still has to parse the difficult part. ' +
      'A compiled form is the safe version of RS001\'s second fix.',
    trigger: `A \`channel\` from a user-mode component to a component in ${PRIVILEGED} that \`carries\` ${CONTENT} with \`form = "raw"\`.`,
    series: ['INTRO_KERNELQ'],
    primary: ['MS-MDE-SDP-BLOG', 'CS-RCA'],
    related: ['RS001', 'RS004', 'RS007'],
    fixes: [
      'Compile content into a flat, versioned, size-prefixed table',
      'Validate header, size and hash in the kernel',
    ],
  }),

  // ── F. Tamper resistance and the opposite risk ───────────────────────────────────────────
  rule({
    id: 'RS034', slug: 'unprotected-user-mode-agent',
    title: 'Tamper-sensitive agent runs as an ordinary user-mode service',
    category: 'tamper-and-opposite-risk', defaultSeverity: 'warning',
    severityNote: 'Warning because leaving the kernel without platform self-protection trades one risk for another.',
    rationale:
      'According to Microsoft, the user-mode anti-malware service is a single point of failure and a favourite target of malware, and an ordinary service can be killed or injected into by any administrator-level process. ' +
      'Moving out of the kernel should not cost the agent its self-protection: Windows offers PPL through an ELAM driver, and macOS protects system extensions. ' +
      'CrowdStrike argues that its kernel presence keeps the sensor working when the user-mode service is attacked, while Field Effect argues that pushing vendors out of the kernel mainly benefits Microsoft; Ringside takes neither side but expects tamper resistance to be designed in. ' +
      'The series plans to weigh this tradeoff in Part 4, which has not been published.',
    trigger: 'An agent with `role` "edr", "av" or "epp" whose sensing and enforcement components all run in contexts of `kind` user_service, user_process or injected_module, with no protected_service or macos_system_extension context and no kernel component of kind self_protection.',
    series: ['INTRO_P4', 'P1_AV'],
    primary: ['WIN-PPL', 'WIN-PPL-CERT', 'CS-KERNEL', 'FIELD-EFFECT'],
    related: ['RS029', 'RS032', 'RS035', 'RS036', 'RS038'],
    fixes: [
      'Run the service as a PPL anti-malware service',
      'Add a minimal kernel self-protection callback',
      'Add an authenticated heartbeat',
    ],
  }),
  rule({
    id: 'RS035', slug: 'hooks-only-telemetry',
    title: 'Telemetry depends only on in-process user-mode hooks',
    category: 'tamper-and-opposite-risk', defaultSeverity: 'warning',
    severityNote: 'Warning because the monitored process can remove or bypass its own hooks.',
    rationale:
      'Part 1 names hooking DLLs as an example of a vendor-supplied sensor, and such hooks run inside the process they observe. ' +
      'Code in that process can strip the hooks, make system calls without going through them, or tamper with the ETW events it emits itself. ' +
      'Kernel-side sources, such as callbacks, minifilters or the ETW Threat-Intelligence provider read by a PPL service, are out of that code\'s reach. ' +
      'Hook data is still useful, but as low-confidence corroboration.',
    trigger: 'An EDR, AV or EPP agent whose behaviour sensors are all components of kind user_hook, amsi_provider or etw_consumer (an ETW consumer attached to `etw_ti` counts as kernel-sourced).',
    series: ['P1_SENSOR'],
    primary: ['ETW-TI', 'WIN-PROC-NOTIFY', 'OUTFLANK'],
    related: ['RS034', 'RS037'],
    fixes: [
      'Add kernel-sourced sensors or ETW Threat-Intelligence via a PPL consumer',
      'Use Endpoint Security on macOS or eBPF on Linux',
    ],
    limitations: 'The catalog scopes the rule to techniques such as injection or credential access; the language does not model techniques, so all behaviour sensors are considered.',
  }),
  rule({
    id: 'RS036', slug: 'no-heartbeat',
    title: 'No heartbeat / tamper-health signal',
    category: 'tamper-and-opposite-risk', defaultSeverity: 'warning',
    severityNote: 'Warning because without heartbeats neither tampering nor a bad rollout can be noticed from the back end.',
    rationale:
      'A sensor that has been blinded and one that has crashed both present as silence. ' +
      'Heartbeats let the back end notice tampering and let a rollout stop when hosts go quiet (RS010). ' +
      'A sensor that degrades on purpose, for example into a reduced mode after repeated crashes, should keep heartbeating and say so, so that the degradation itself is visible.',
    trigger: 'An agent without a `heartbeat` block and without a component of kind health_monitor or watchdog. Here absence is the finding: a heartbeat is a part of the design, not a property of one.',
    series: ['P1_ARCH'],
    primary: ['CS-PIR'],
    related: ['RS010', 'RS018', 'RS034'],
    fixes: [
      'Add an authenticated heartbeat carrying sensor state and content version',
      'Alert on heartbeat gaps',
    ],
  }),
  rule({
    id: 'RS037', slug: 'prevention-on-async-sources',
    title: 'Prevention requirement placed on an asynchronous-only source',
    category: 'tamper-and-opposite-risk', defaultSeverity: 'warning',
    severityNote: 'Warning because the design cannot meet its own prevention requirement.',
    rationale:
      'ETW events and Endpoint Security NOTIFY events arrive after the operation has already happened, and only pre-operation mechanisms can refuse it: Windows callbacks and minifilters, ES AUTH, BPF-LSM or fanotify permission events. ' +
      'A design that drops its kernel components must either adopt the platform\'s authorization hooks or state plainly that it only detects. ' +
      'The rule makes Part 1\'s tradeoff between visibility and enforcement explicit in the model.',
    trigger: 'An agent with `mode = "prevent"` none of whose sensors can refuse an operation before it completes. Blocking sources are pre-operation kernel callbacks (process, object, registry), minifilters, network filters, ES clients and fanotify monitors with `event_mode` authorize, and eBPF probes attached to bpf_lsm (or xdp/tc for network). In-process hooks and AMSI do not count, nor do callbacks declared asynchronous; response actuators are not sources.',
    series: ['P1_AV', 'P1_VIS'],
    primary: ['APPLE-ES', 'WIN-PROC-NOTIFY', 'EBPF'],
    related: ['RS022', 'RS035', 'RS041'],
    fixes: [
      'Use a pre-operation source such as ES AUTH, pre-operation callbacks or BPF-LSM',
      'Set the agent mode to detect',
    ],
  }),
  rule({
    id: 'RS038', slug: 'kernel-exit-unrecorded-gap',
    title: 'Kernel exit drops a capability without recording the gap',
    category: 'tamper-and-opposite-risk', defaultSeverity: 'information',
    severityNote: 'Information because leaving the kernel is a legitimate tradeoff that only needs to be recorded.',
    rationale:
      'The series aims to weigh the costs of each placement rather than declare a winner. ' +
      'Vendors defend kernel presence with arguments about visibility, performance, tamper resistance and loading early, while Microsoft, through its Windows Resiliency Initiative, is developing with MVI partners an endpoint security platform that runs in user mode, and how far it can match kernel capabilities is not yet settled. ' +
      'Recording each accepted gap, with its reason and compensating control, lets reviewers accept the loss knowingly. ' +
      'The series plans to ask whether the kernel-heavy approach is worth its risk in Part 4, which has not been published.',
    trigger: 'A component with `migrated_from` a kernel context (or moved into a user-mode context) whose lost `capabilities` include early_boot_visibility, paging_io_visibility, synchronous_block or tamper_resistance, without a matching `accepted_gap` block.',
    series: ['INTRO_P4', 'INTRO_KERNELQ'],
    primary: ['CS-KERNEL', 'MS-JUN26-2025', 'FIELD-EFFECT'],
    related: ['RS026', 'RS034', 'RS037'],
    fixes: [
      'Record an accepted gap with rationale and compensating control',
      'Keep a minimal kernel sensor for the capability',
    ],
  }),
  rule({
    id: 'RS039', slug: 'destructive-response-os-critical',
    title: 'Destructive automated response on OS-critical objects',
    category: 'tamper-and-opposite-risk', defaultSeverity: 'warning',
    severityNote: 'Warning because automated destruction of OS-critical files can disable hosts even from user mode.',
    rationale:
      'On 21 April 2010 a McAfee signature update, DAT 5958, flagged the Windows system process svchost.exe as malicious on XP SP3 machines and quarantined it; the machines lost networking and fell into reboot loops, with no kernel code involved. ' +
      'How much damage a component can do depends on what it is allowed to do, not only on where it runs. ' +
      'Part 1 points out that behavioural verdicts carry uncertainty, one reason EDR products prefer alerting a person to acting alone.',
    trigger: 'A component of kind response_actuator whose `actions` include delete, quarantine or kill and whose verdicts come from content (it receives content, directly or over channels, or a scanner or engine in its context does), with `os_critical_allowlist = false` (unset is reported as unspecified).',
    series: ['P1_VIS', 'P1_ML'],
    primary: ['MCAFEE-ZDNET', 'MCAFEE-CISA'],
    related: ['RS009'],
    fixes: [
      'Exclude OS-critical binaries from automatic remediation',
      'Require human approval for destructive actions on OS-critical objects',
      'Stage signature releases',
    ],
  }),

  // ── G. Platform-specific rules ───────────────────────────────────────────────────────────
  rule({
    id: 'RS040', slug: 'macos-kext',
    title: 'macOS kernel extension used for EDR',
    category: 'platform', defaultSeverity: 'error',
    severityNote: 'Error because kernel extensions are a deprecated platform mechanism with supported replacements.',
    rationale:
      'Apple announced the deprecation of kernel extensions at WWDC 2019 and, with macOS Catalina, provided system extensions and the Endpoint Security API as replacements. ' +
      'Starting with Big Sur, kexts relying on deprecated KPIs are not loaded by default (KAuth gives way to Endpoint Security, network KPIs to NetworkExtension), and on Apple silicon a third-party kext requires lowering the boot policy to Reduced Security. ' +
      'No Macs were affected in July 2024, and CrowdStrike states that its macOS sensor is built on Endpoint Security. ' +
      'The series plans to cover Linux and macOS in Part 3, which has not been published.',
    trigger: 'A context with `kind = "macos_kext"` on `platform = "macos"`.',
    series: ['INTRO_P3'],
    primary: ['APPLE-KEXT', 'APPLE-DEPLOY-EXT', 'APPLE-ES', 'APPLE-GUIDE', 'APPLE-ES-9TO5'],
    related: ['RS041'],
    fixes: [
      'Reimplement as an Endpoint Security system extension',
      'Use NetworkExtension for network filtering',
      'Approve the extension through MDM',
    ],
  }),
  rule({
    id: 'RS041', slug: 'es-auth-without-deadline-budget',
    title: 'macOS ES AUTH handler without a deadline budget',
    category: 'platform', defaultSeverity: 'warning',
    severityNote: 'Warning because a missed AUTH deadline can get the client killed and leave the user\'s operation hanging.',
    rationale:
      'macOS gives each AUTH event a deadline and may kill an Endpoint Security client that fails to respond in time, to protect system responsiveness. ' +
      'Network lookups inside the handler make that outcome likely, and while an event waits for an answer, the user\'s operation waits with it. ' +
      'Deciding from local state and escalating asynchronously keeps the handler inside its budget. ' +
      'The series plans to cover macOS in Part 3, which has not been published.',
    trigger: 'A component of kind es_client with `event_mode` "authorize" or "both" whose `performs` includes network_lookup or blocking_io, or which declares neither `deadline_budget_ms` nor `deadline_budget_percent`, or lacks `default_verdict`.',
    series: ['INTRO_P3'],
    primary: ['APPLE-ES', 'APPLE-ES-DEADLINE', 'APPLE-ES-FORUM'],
    related: ['RS031', 'RS037', 'RS040'],
    fixes: [
      'Answer from a local policy cache',
      'Escalate to remote lookups asynchronously',
      'Declare a deadline budget and a default verdict',
    ],
  }),
  rule({
    id: 'RS042', slug: 'linux-kmod-where-ebpf-suffices',
    title: 'Linux loadable kernel module where eBPF would do',
    category: 'platform', defaultSeverity: 'warning',
    severityNote: 'Warning because a module adds unconstrained kernel code where a verified alternative covers the same needs.',
    rationale:
      'A loadable module runs without constraints, tends to break when the kernel is updated, and must be signed to load under Secure Boot. ' +
      'By contrast, eBPF programs pass the kernel verifier before they load, and CO-RE lets a single build work on many kernel versions. ' +
      'CrowdStrike reports that its Linux sensor now uses BPF, and several other Linux sensors default to eBPF as well. ' +
      'A module remains justified for kernels that lack the eBPF features the design needs: denying an operation from eBPF needs BPF-LSM, which only runs when the kernel is built with it and bpf is in the lsm= list. The series plans to cover Linux in Part 3, which has not been published.',
    trigger: 'A context with `kind = "linux_kernel_module"` on `platform = "linux"` whose components that declare `capabilities` need only exec_events, file_events or network_events, or also blocking (lsm_block or synchronous_block, treated alike) when `kernel_features` on the context or agent includes bpf_lsm. Components without `capabilities` are asked about but do not hold the finding back; blocking with `kernel_features` unset is reported as unspecified.',
    series: ['INTRO_P3'],
    primary: ['EBPF', 'LINUX-BPF-LSM', 'CS-KERNEL', 'OUTFLANK'],
    related: ['RS043', 'RS044'],
    fixes: [
      'Implement the sensor in eBPF with tracepoints and BPF-LSM',
      'Keep the module only as a fallback for old kernels',
    ],
    limitations: 'Kernel features are declared per agent or context (`kernel_features`), not per kernel build; tracepoint and BTF availability for observation-only modules is assumed.',
  }),
  rule({
    id: 'RS043', slug: 'ebpf-assumed-crash-proof',
    title: 'eBPF sensor treated as crash-proof',
    category: 'platform', defaultSeverity: 'information',
    severityNote: 'Information because eBPF is the better-bounded choice, but it still needs staged rollout and kernel testing; warning when its code or content ships with a global rollout, which meets every kernel at once.',
    rationale:
      'The verifier constrains what an eBPF program can do, but it is no proof against bugs in the kernel itself. ' +
      'In mid-2024, machines running RHEL 9.4 with kernel 5.14.0-427.13.1.el9_4 kernel-panicked while Falcon\'s user-land eBPF sensor was active; Red Hat tracked it as a kernel issue, and in an interview with The Register, Grafana\'s CTO described it as a bug in the kernel\'s eBPF implementation that the sensor happened to trigger. ' +
      'Staged rollouts and test matrices covering each distribution\'s kernels remain necessary for eBPF sensors. ' +
      'The series plans to cover Linux in Part 3, which has not been published.',
    trigger: 'A context with `kind = "ebpf_program"` whose content (what reaches its components) or code (an input whose `binary_of` names it) ships with `rollout = "global"` (then a warning), whose `evidence` lacks kernel_matrix, or which does not declare `reduced_functionality_mode`.',
    series: ['INTRO_P3'],
    primary: ['RH-7068083', 'REG-EBPF', 'EBPF'],
    related: ['RS009', 'RS042', 'RS044'],
    fixes: [
      'Run CI across a per-distribution kernel matrix',
      'Stage the rollout',
      'Disable programs automatically after a panic on boot',
    ],
  }),
  rule({
    id: 'RS044', slug: 'no-kernel-compat-gate',
    title: 'No OS/kernel-version compatibility gate',
    category: 'platform', defaultSeverity: 'warning',
    severityNote: 'Warning because code that depends on kernel internals will eventually meet a kernel it was never tested on.',
    rationale:
      'Code that depends on kernel internals meets kernels it was never tested on: in April 2024, Debian stable servers set up in a way the vendor had not tested crashed after a Falcon update. ' +
      'The RHEL and Rocky Linux 9.4 freezes of 2024 were a different case, a kernel eBPF bug hit by the user-land eBPF sensor; they say nothing about kernel modules or kprobes, but they show that even eBPF programs need to know which kernel builds they were tested on. ' +
      'Checking the running kernel against a tested list, and entering reduced functionality when it is unknown, sacrifices some visibility rather than the host. ' +
      'Stable attachment points such as tracepoints and BTF make the gate trip less often. ' +
      'The series plans to cover Linux in Part 3, which has not been published.',
    trigger: 'A context of `kind` linux_kernel_module, or one with a component whose `attach` includes kprobe, fentry or hardcoded_offsets (eBPF programs included), with no `compat_gate` block (or a `compat_gate` with `on_unknown = "load_anyway"`, which gates nothing). One finding per missing gate, on the context, listing the dependent components.',
    series: ['INTRO_P3'],
    primary: ['LINUX-2024-STACKDIARY', 'HN-41005936', 'RH-7068083', 'REG-EBPF', 'ROCKY-FORUM'],
    related: ['RS042', 'RS043'],
    fixes: [
      'Allowlist tested kernel builds',
      'Fall back to reduced functionality on unknown kernels',
      'Prefer tracepoints and BTF over kprobes, fentry and hard-coded offsets',
    ],
  }),
  rule({
    id: 'RS045', slug: 'wfp-callout-where-builtin-suffices',
    title: 'WFP kernel callout where built-in filtering suffices',
    category: 'platform', defaultSeverity: 'hint',
    severityNote: 'Hint because the callout works, but the same needs can be met with less kernel code.',
    rationale:
      'Microsoft\'s guidance for callout drivers prefers built-in WFP filters configured by a user-mode management application whenever they suffice, and keeps kernel callouts for traffic that must be inspected deeply or modified, filtered at the highest layer possible. ' +
      'Allowing or blocking by application or 5-tuple and logging connections do not need a callout. ' +
      'Less kernel code means a smaller blast radius when something goes wrong. ' +
      'The series plans to cover Windows EDR internals in Part 2, which has not been published.',
    trigger: 'A Windows component of kind network_filter in a `kind = "kernel_driver"` context whose `needs` are limited to allow_block_by_app_or_5tuple and connection_logging.',
    series: ['INTRO_P2'],
    primary: ['WIN-WFP-CALLOUT', 'WIN-WFP-INTRO'],
    related: ['RS002'],
    fixes: [
      'Manage built-in WFP filters from user mode',
      'Move the callout to the highest workable layer',
    ],
  }),
];

// Rules RS046 onward keep their metadata in their own files (rules/extended.ts lists them). The
// import sits here, beside its one use, so the registry's header stays untouched.
import { EXTENDED_RULES } from './extended';
for (const r of EXTENDED_RULES) RULE_META.push(r.meta);

export const RULE_META_BY_ID: ReadonlyMap<string, RuleMeta> = new Map(RULE_META.map((m) => [m.id, m]));

// ---------------------------------------------------------------------------------------------
// Tool-level diagnostics: findings about the review itself rather than about the design.
// ---------------------------------------------------------------------------------------------

export const META_UNSPECIFIED: RuleMeta = rule({
  id: 'RS-META-UNSPECIFIED', slug: 'unspecified-property',
  title: 'A rule needs a property the model leaves unspecified',
  category: 'meta', defaultSeverity: 'information',
  severityNote: 'Information because the model is incomplete rather than unsafe, and the finding goes away once the property is declared.',
  rationale:
    'A rule needed a property that this model does not declare, so Ringside reports the gap instead of guessing. ' +
    'Treating a missing property as safe would hide exactly the risk the rule exists to find, and treating it as unsafe would flood the review with findings the design may not deserve. ' +
    'Declaring the property, with whatever value is true, lets the rule run and turns this notice into either a real finding or silence. ' +
    'Where a vendor has only promised an improvement without detail, leaving the property unspecified is the honest model until the detail is known.',
  trigger: 'A rule whose trigger depends on a property that the element does not declare. The finding names the element, the missing property and the rules that needed it.',
  series: ['INTRO_QA'],
  primary: [],
  related: [],
  fixes: ['Declare the property'],
});

export const RULE_INTERNAL_ERROR: RuleMeta = rule({
  id: 'RS-INTERNAL', slug: 'internal-error',
  title: 'A rule failed while analysing this model',
  category: 'meta', defaultSeverity: 'error',
  severityNote: 'Error because the model was not fully checked, and a silent gap in a review is worse than a visible one.',
  rationale:
    'A Ringside rule raised an exception while analysing this model. ' +
    'The other rules still ran and their findings stand, but this rule\'s result is unknown, so the model may contain problems it would have reported. ' +
    'This is a defect in Ringside, not in the design, and should be reported together with the model (or a reduced copy of it) and the Ringside version.',
  trigger: 'A rule\'s check threw an exception on this model.',
  series: [],
  primary: [],
  related: [],
  fixes: [],
});

/** The registry entry of a rule id, including the tool-level ids RS-META-UNSPECIFIED and RS-INTERNAL. */
export function ruleMeta(id: string): RuleMeta | undefined {
  if (id === META_UNSPECIFIED.id) return META_UNSPECIFIED;
  if (id === RULE_INTERNAL_ERROR.id) return RULE_INTERNAL_ERROR;
  return RULE_META_BY_ID.get(id);
}
