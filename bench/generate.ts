// Generates a realistic, well-specified model with N components for benchmarks: contexts of ten
// components each (alternating kernel drivers with sensors and protected services with
// interpreters), an input and a staged deployment per context, and channels between neighbours.
// It declares what the rules ask for, so the figures measure analysis rather than the cost of
// serialising thousands of "unspecified" findings.
export function generateModel(components: number): string {
  return generateChunks(components).join('\n');
}

/**
 * The same model split one context per file (the agent goes with the first context), as a team
 * would lay out a large design: `ctx_0.ringside`, `ctx_1.ringside`, …
 */
export function generateModelFiles(components: number): { name: string; text: string }[] {
  const chunks = generateChunks(components);
  const files = chunks.slice(1).map((c, i) => ({ name: `ctx_${i}.ringside`, text: c }));
  files[0].text = chunks[0] + '\n' + files[0].text;
  return files;
}

/** The agent block, then one chunk per context (the context, its input, deployment and channel). */
function generateChunks(components: number): string[] {
  const chunks: string[] = [];
  let out: string[] = ['agent "bench" {', '  platform   = "windows"', '  role       = "edr"', '  mode       = "prevent"', `  fleet_size = ${components * 100}`, '',
    '  heartbeat {', '    interval = "60s"', '  }', '}', ''];
  const contexts = Math.ceil(components / 10);
  for (let c = 0; c < contexts; c++) {
    chunks.push(out.join('\n'));
    out = [];
    const kernel = c % 2 === 0;
    out.push(`context "ctx_${c}" {`);
    if (kernel) {
      out.push('  kind                  = "kernel_driver"', '  start                 = "auto"', '  language              = "cpp"', '  signer                = "whql"',
        '  hvci_compatible       = true', '  on_internal_error     = "disable_rule"');
    } else {
      out.push('  kind                  = "protected_service"', '  language              = "rust"');
    }
    out.push('  crash_loop_protection = "reduced_functionality"', '  evidence              = ["fuzzing", "static_analysis"]', '');
    for (let k = 0; k < 10 && c * 10 + k < components; k++) {
      const id = c * 10 + k;
      out.push(`  component "comp_${id}" {`);
      if (kernel) {
        out.push('    kinds         = ["sensor.process_callback"]', '    bounds_checks = "runtime"', '    description   = "generated for the benchmark"', '',
          '    callback {', '      mode = "synchronous"', '      work = ["enqueue"]', '    }', '', '    queue {', '      bound    = 4096', '      overflow = "drop_oldest"', '    }');
      } else {
        out.push('    kinds            = ["content_interpreter"]', `    consumes         = [input.content_${c}]`, '    accepts_versions = [1]',
          '    description      = "generated for the benchmark"');
      }
      out.push('  }', '');
    }
    out.push('}', '');
    out.push(`input "content_${c}" {`, '  source          = "signature_db"', '  frequency       = "daily"', '  signed          = true', '  integrity_check = "user"', '',
      '  schema {', '    version = 1', '    fields  = 8', '  }', '', '  tests {', '    integration_on_real_sensor = true', '    per_field_non_wildcard     = true', '  }', '}', '');
    out.push(`deployment "deploy_${c}" {`, `  delivers         = [input.content_${c}]`, '  rollout          = "staged"', '  rings            = ["internal", "canary", "broad"]',
      '  bake_time        = "4h"', '  health_gate      = ["heartbeat_loss", "crash_dumps"]', '  rollback         = "automatic"', '  last_known_good  = true',
      '  customer_control = "rings"', '  release_notes    = true', '}', '');
    if (c > 0) {
      out.push(`channel "link_${c}" {`, `  from                = component.comp_${(c - 1) * 10}`, `  to                  = component.comp_${c * 10}`, '  mechanism           = "filter_port"',
        '  acl                 = "protected_service_only"', '  caller_verification = "ppl_signer"', '  validation          = "size_and_version"', '', '  queue {', '    bound = 4096', '  }', '}', '');
    }
  }
  chunks.push(out.join('\n'));
  return chunks;
}
