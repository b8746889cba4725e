// Generates a realistic model with N components for benchmarks: contexts of ten components each
// (alternating kernel drivers and protected services), an input per context, deployments and
// channels between neighbouring contexts.
export function generateModel(components: number): string {
  const out: string[] = ['agent "bench" {', '  platform   = "windows"', '  role       = "edr"', '  mode       = "prevent"', `  fleet_size = ${components * 100}`, '', '  heartbeat {', '    interval = "60s"', '  }', '}', ''];
  const contexts = Math.ceil(components / 10);
  for (let c = 0; c < contexts; c++) {
    const kernel = c % 2 === 0;
    out.push(`context "ctx_${c}" {`,
      `  kind                  = "${kernel ? 'kernel_driver' : 'protected_service'}"`,
      kernel ? '  start                 = "auto"' : '  safe_mode_behavior    = "not_loaded"',
      `  language              = "${kernel ? 'cpp' : 'rust'}"`,
      '  crash_loop_protection = "reduced_functionality"',
      '  evidence              = ["fuzzing", "static_analysis"]', '');
    for (let k = 0; k < 10 && c * 10 + k < components; k++) {
      const id = c * 10 + k;
      out.push(`  component "comp_${id}" {`,
        `    kinds         = ["${kernel ? 'sensor.process_callback' : 'content_interpreter'}"]`,
        kernel ? '    bounds_checks = "runtime"' : `    consumes      = [input.content_${c}]`,
        '    description   = "generated for the benchmark"',
        '  }', '');
    }
    out.push('}', '');
    out.push(`input "content_${c}" {`, '  source    = "signature_db"', '  frequency = "daily"', '  signed    = true', '', '  schema {', '    version = 1', '    fields  = 8', '  }', '}', '');
    out.push(`deployment "deploy_${c}" {`, `  delivers    = [input.content_${c}]`, '  rollout     = "staged"', '  rings       = ["internal", "canary", "broad"]',
      '  bake_time   = "4h"', '  health_gate = ["heartbeat_loss", "crash_dumps"]', '}', '');
    if (c > 0) {
      out.push(`channel "link_${c}" {`, `  from      = component.comp_${(c - 1) * 10}`, `  to        = component.comp_${c * 10}`, '  mechanism = "filter_port"',
        '  acl       = "protected_service_only"', '  validation = "size_and_version"', '}', '');
    }
  }
  return out.join('\n');
}
