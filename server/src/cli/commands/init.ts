// `ringside init [--platform windows|linux|macos] [FOLDER]`: a starter model that checks cleanly
// apart from the information findings that list what it leaves unspecified — the list of
// questions a reviewer would ask next. It never overwrites a file.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EXIT, ReportError, str, type Command } from '../command';
import { UsageError } from '../options';

export const PLATFORMS = ['windows', 'linux', 'macos'] as const;
type Platform = (typeof PLATFORMS)[number];

const HEADER = (platform: string) => `# A starter Ringside model for a ${platform} endpoint agent, written by \`ringside init\`. Rename the
# elements and set the values to your design's. \`ringside check\` reviews the folder; every
# "does not say" information finding is a property a rule still needs before it can judge.
# \`ringside rules\` lists the rules and \`ringside explain RS001\` prints one rule's page.
`;

/** What differs per platform: where sensors run, where the engine runs, how events cross. */
const PARTS: Record<Platform, { sensorContext: string; sensorKind: string; sensorExtra: string; serviceKind: string; mechanism: string; sensorNote: string; serviceNote: string }> = {
  windows: {
    sensorContext: 'kernel_driver', sensorKind: 'sensor.process_callback', sensorExtra: '    attach = ["documented_callback"]\n',
    serviceKind: 'protected_service', mechanism: 'filter_port',
    sensorNote: 'Kernel side: sensors only, attached through documented interfaces. No content is parsed here.',
    serviceNote: 'User mode: the engine that reads detection content, in a protected (PPL) service.',
  },
  linux: {
    sensorContext: 'ebpf_program', sensorKind: 'ebpf_probe', sensorExtra: '',
    serviceKind: 'user_service', mechanism: 'bpf_ringbuf',
    sensorNote: 'Kernel side: eBPF probes, bounded by the verifier. Claim only the evidence your CI produces.',
    serviceNote: 'User mode: the daemon whose engine reads detection content.',
  },
  macos: {
    sensorContext: 'macos_system_extension', sensorKind: 'es_client', sensorExtra: '',
    serviceKind: 'user_service', mechanism: 'xpc',
    sensorNote: 'A system extension with an Endpoint Security client: no kernel extension.',
    serviceNote: 'User mode: the service whose engine reads detection content.',
  },
};

export function starterModel(platform: Platform): string {
  const p = PARTS[platform];
  const ebpf = platform === 'linux'
    ? '\n  evidence                   = ["kernel_matrix"] # CI across the kernels you support; remove if you have none\n  reduced_functionality_mode = true              # falls back to reduced features on unknown kernels or faults\n'
    : '';
  return `${HEADER(platform === 'macos' ? 'macOS' : platform === 'linux' ? 'Linux' : 'Windows')}
agent "my_agent" {
  platform = "${platform}"
  role     = "edr"
  mode     = "detect"

  heartbeat {
    interval = "60s"
  }
}

# ${p.sensorNote}
context "sensors" {
  kind = "${p.sensorContext}"
${ebpf}
  component "process_sensor" {
    kinds${p.sensorExtra ? ' ' : ''} = ["${p.sensorKind}"]
${p.sensorExtra}  }
}

# ${p.serviceNote}
context "agent_service" {
  kind = "${p.serviceKind}"

  component "detection_engine" {
    kinds    = ["rule_engine"]
    consumes = [input.detection_rules]
  }
}

# Events from the sensors up to the engine.
channel "sensor_events" {
  from      = component.process_sensor
  to        = component.detection_engine
  mechanism = "${p.mechanism}"
  carries   = [input.os_events]
}

input "os_events" {
  source = "os_event_data"
}

# Detection content pushed from the cloud, and how it reaches hosts.
input "detection_rules" {
  source = "cloud_rapid_content"
}

deployment "rules_rollout" {
  delivers = [input.detection_rules]
  rollout  = "staged"
}
`;
}

export const initCommand: Command = {
  summary: 'write a starter model to fill in',
  usage: 'ringside init [--platform windows|linux|macos] [FOLDER]',
  description: 'Writes FOLDER/agent.ringside (FOLDER defaults to the current folder; it is created if missing). The model checks cleanly apart from information findings naming what it leaves unspecified. An existing file is never overwritten.',
  options: {
    platform: { type: 'string', choices: PLATFORMS, help: 'the agent\'s operating system (default: windows)' },
  },
  async run(ctx) {
    if (ctx.positionals.length > 1) throw new UsageError('takes at most one folder');
    const folder = ctx.positionals[0] ?? '.';
    const file = path.join(folder, 'agent.ringside');
    const abs = path.resolve(ctx.io.cwd, file);
    if (fs.existsSync(abs)) throw new ReportError(`${file} already exists; init never overwrites a file`, EXIT.usage);
    try {
      fs.mkdirSync(path.dirname(abs), { recursive: true });
      fs.writeFileSync(abs, starterModel((str(ctx.values.platform) ?? 'windows') as Platform), { flag: 'wx' });
    } catch (e) {
      throw new ReportError(`cannot write ${file}: ${(e as Error).message}`, EXIT.usage);
    }
    if (!ctx.quiet) ctx.io.stdout(`wrote ${file}; run \`ringside check ${folder}\` to review it\n`);
    return EXIT.ok;
  },
};
