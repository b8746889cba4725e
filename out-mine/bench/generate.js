const __ringsideImportMetaUrl = require('url').pathToFileURL(__filename).href;
"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// bench/generate.ts
var generate_exports = {};
__export(generate_exports, {
  generateModel: () => generateModel
});
module.exports = __toCommonJS(generate_exports);
function generateModel(components) {
  const out = [
    'agent "bench" {',
    '  platform   = "windows"',
    '  role       = "edr"',
    '  mode       = "prevent"',
    `  fleet_size = ${components * 100}`,
    "",
    "  heartbeat {",
    '    interval = "60s"',
    "  }",
    "}",
    ""
  ];
  const contexts = Math.ceil(components / 10);
  for (let c = 0; c < contexts; c++) {
    const kernel = c % 2 === 0;
    out.push(`context "ctx_${c}" {`);
    if (kernel) {
      out.push(
        '  kind                  = "kernel_driver"',
        '  start                 = "auto"',
        '  language              = "cpp"',
        '  signer                = "whql"',
        "  hvci_compatible       = true",
        '  on_internal_error     = "disable_rule"'
      );
    } else {
      out.push('  kind                  = "protected_service"', '  language              = "rust"');
    }
    out.push('  crash_loop_protection = "reduced_functionality"', '  evidence              = ["fuzzing", "static_analysis"]', "");
    for (let k = 0; k < 10 && c * 10 + k < components; k++) {
      const id = c * 10 + k;
      out.push(`  component "comp_${id}" {`);
      if (kernel) {
        out.push(
          '    kinds         = ["sensor.process_callback"]',
          '    bounds_checks = "runtime"',
          '    description   = "generated for the benchmark"',
          "",
          "    callback {",
          '      mode = "synchronous"',
          '      work = ["enqueue"]',
          "    }",
          "",
          "    queue {",
          "      bound    = 4096",
          '      overflow = "drop_oldest"',
          "    }"
        );
      } else {
        out.push(
          '    kinds            = ["content_interpreter"]',
          `    consumes         = [input.content_${c}]`,
          "    accepts_versions = [1]",
          '    description      = "generated for the benchmark"'
        );
      }
      out.push("  }", "");
    }
    out.push("}", "");
    out.push(
      `input "content_${c}" {`,
      '  source          = "signature_db"',
      '  frequency       = "daily"',
      "  signed          = true",
      '  integrity_check = "user"',
      "",
      "  schema {",
      "    version = 1",
      "    fields  = 8",
      "  }",
      "",
      "  tests {",
      "    integration_on_real_sensor = true",
      "    per_field_non_wildcard     = true",
      "  }",
      "}",
      ""
    );
    out.push(
      `deployment "deploy_${c}" {`,
      `  delivers         = [input.content_${c}]`,
      '  rollout          = "staged"',
      '  rings            = ["internal", "canary", "broad"]',
      '  bake_time        = "4h"',
      '  health_gate      = ["heartbeat_loss", "crash_dumps"]',
      '  rollback         = "automatic"',
      "  last_known_good  = true",
      '  customer_control = "rings"',
      "  release_notes    = true",
      "}",
      ""
    );
    if (c > 0) {
      out.push(
        `channel "link_${c}" {`,
        `  from                = component.comp_${(c - 1) * 10}`,
        `  to                  = component.comp_${c * 10}`,
        '  mechanism           = "filter_port"',
        '  acl                 = "protected_service_only"',
        '  caller_verification = "ppl_signer"',
        '  validation          = "size_and_version"',
        "",
        "  queue {",
        "    bound = 4096",
        "  }",
        "}",
        ""
      );
    }
  }
  return out.join("\n");
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  generateModel
});
//# sourceMappingURL=generate.js.map
