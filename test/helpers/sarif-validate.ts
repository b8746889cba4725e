// Offline SARIF 2.1.0 validation for node:test suites.
//
// The schema is a verbatim copy of the SARIF 2.1.0 schema shipped in the npm
// package @microsoft/sarif-multitool-linux@5.7.0 (see
// sarif-schema-2.1.0.PROVENANCE.md). That copy declares JSON Schema draft
// 2020-12, so it is compiled with Ajv2020 (plain `Ajv` is draft-07 and would
// reject its "$schema"). esbuild bundles the JSON import, so the bundled test
// needs no file next to it at run time.
import Ajv2020 from 'ajv/dist/2020';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import schema from './sarif-schema-2.1.0.json';

export interface SarifValidation {
  valid: boolean;
  errors: string[];
}

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (!compiled) {
    // allErrors: report every problem, not just the first one. Ajv's default
    // strict mode compiles this schema without a warning.
    const ajv = new Ajv2020({ allErrors: true });
    addFormats(ajv); // date-time, uri, uri-reference, uuid are used by the schema
    compiled = ajv.compile(schema);
  }
  return compiled;
}

function describe(e: ErrorObject): string {
  const where = e.instancePath === '' ? '/' : e.instancePath;
  const p = e.params as Record<string, unknown>;
  let detail = '';
  if (e.keyword === 'enum' && Array.isArray(p.allowedValues)) {
    detail = ` (${p.allowedValues.map((v) => JSON.stringify(v)).join(', ')})`;
  } else if (e.keyword === 'additionalProperties' && typeof p.additionalProperty === 'string') {
    detail = ` ('${p.additionalProperty}')`;
  }
  return `${where} ${e.message ?? e.keyword}${detail}`;
}

/** Validates `log` against the SARIF 2.1.0 JSON schema. */
export function validateSarif(log: unknown): SarifValidation {
  const validate = validator();
  const valid = validate(log) as boolean;
  return { valid, errors: valid ? [] : (validate.errors ?? []).map(describe) };
}

/** Throws with all schema errors listed if `log` is not valid SARIF 2.1.0. */
export function assertValidSarif(log: unknown): void {
  const { valid, errors } = validateSarif(log);
  if (!valid) throw new Error(`invalid SARIF 2.1.0 log:\n  ${errors.join('\n  ')}`);
}
