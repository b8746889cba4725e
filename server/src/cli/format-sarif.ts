// SARIF 2.1.0: rule metadata for every rule and code, results with related locations,
// codeFlows for flow paths, and suppressions for waived findings.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { rulePageUrl } from './rule-page';
import type { Finding } from '../analysis/types';
import type { Loc, Severity } from '../model/types';
import { RULE_META, META_UNSPECIFIED } from '../rules/meta';
import { MODEL_CODES } from '../model/codes';
import type { Report } from './report';
import { fingerprint, FINGERPRINT_KEY } from './fingerprint';
import { rulePrecision, ruleTags, securitySeverity } from './rule-properties';

/** How a result compares with a baseline run (SARIF §3.27.24), for `ringside diff`. */
export type BaselineState = 'new' | 'unchanged' | 'updated' | 'absent';
export interface SarifOptions {
  /** Set for diff output: the state of each reported finding. */
  baselineState?: (f: Finding) => BaselineState;
  /** Findings of the base that are gone (reported with baselineState `absent`). */
  absent?: Finding[];
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/**
 * A link as SARIF's `helpUri` must be: an absolute RFC 3986 URI. A policy's links come from its
 * pack and may hold anything; `new URL` is lenient (it takes spaces and percent-encodes them), so
 * its normal form is used, and kept only when every character is one RFC 3986 allows (brackets,
 * valid only around an IPv6 host, are not taken). Undefined when the link cannot be one.
 */
function asUri(s: string): string | undefined {
  if (!/^[a-z][a-z0-9+.-]*:/i.test(s)) return undefined;
  let href: string;
  try {
    href = new URL(s).href;
  } catch {
    return undefined;
  }
  return RFC3986_CHARS.test(href) ? href : undefined;
}
const RFC3986_CHARS = /^[a-z][a-z0-9+.-]*:(?:[A-Za-z0-9\-._~:/?#@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/i;

function pascal(slug: string): string {
  return slug.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join('');
}

export function formatSarif(report: Report, opts: SarifOptions = {}): string {
  return JSON.stringify(sarifLog(report, opts), null, 2) + '\n';
}

/** The SARIF log as an object; the CLI streams it (json-stream.ts), the editor's export stringifies it. */
export function sarifLog(report: Report, opts: SarifOptions = {}): object {
  const rules: object[] = [];
  const index = new Map<string, number>();
  // Organisation policies are rules too: each model's policies join the built-in ones.
  const policies = report.results.flatMap((r) => r.policies ?? []);
  for (const m of [...RULE_META, META_UNSPECIFIED, ...policies]) {
    if (index.has(m.id)) continue;
    index.set(m.id, rules.length);
    rules.push({
      id: m.id, name: pascal(m.slug),
      shortDescription: { text: m.title },
      fullDescription: { text: m.rationale },
      // A policy's links come from its pack: only an absolute URI may stand in helpUri.
      helpUri: [rulePageUrl(m.id), m.series[0]?.url, m.primary[0]?.url].map((u) => (u === undefined ? undefined : asUri(u))).find((u) => u !== undefined),
      help: {
        text: `${m.rationale}\n\nTrigger: ${m.trigger}\n\nFixes: ${m.fixes.join('; ')}${m.series[0] ? `\n\nSeries: ${m.series[0].url}` : ''}`,
        markdown: [`**${m.title}**`, '', m.rationale, '', `*Trigger:* ${m.trigger}`, '', '*Fixes:*', ...m.fixes.map((f) => `- ${f}`), '',
          '*Sources:*', ...[...m.series, ...m.primary].map((l) => `- [${l.title}](${l.url})${l.kind ? ` (${l.kind})` : ''}`)].join('\n'),
      },
      defaultConfiguration: { level: LEVEL[m.defaultSeverity] },
      properties: {
        category: m.category, tags: ruleTags(m), related: m.related, slug: m.slug,
        'security-severity': securitySeverity(m.defaultSeverity), precision: rulePrecision(m),
      },
    });
  }
  for (const c of MODEL_CODES) {
    if (index.has(c.code)) continue;
    index.set(c.code, rules.length);
    // Model diagnostics say the design cannot be reviewed as written: not security findings.
    rules.push({ id: c.code, name: pascal(c.title), shortDescription: { text: c.title }, fullDescription: { text: c.description }, defaultConfiguration: { level: LEVEL[c.severity] },
      properties: { tags: ['correctness'], precision: 'very-high' } });
  }

  const base = pathToFileURL(report.cwd.endsWith(path.sep) ? report.cwd : report.cwd + path.sep).href;
  // Files are named as given; SARIF wants them relative to the source root.
  const uri = (file: string) => encodeURI(path.relative(report.cwd, path.resolve(report.cwd, file)).split(path.sep).join('/') || '.');
  const physical = (l: Loc) => ({
    artifactLocation: { uri: uri(l.file), uriBaseId: 'SRCROOT' },
    region: { startLine: l.range.start.line + 1, startColumn: l.range.start.character + 1, endLine: l.range.end.line + 1, endColumn: l.range.end.character + 1 },
  });
  const result = (f: Finding, state?: BaselineState) => {
    const r: Record<string, unknown> = {
      ruleId: f.ruleId,
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [{ physicalLocation: physical(f.loc) }],
      partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(f) },
      ...(state ? { baselineState: state } : {}),
      properties: {
        severity: f.severity,
        ...(f.element ? { element: f.element } : {}),
        facts: f.facts.map((x) => x.text),
        ...(f.downgradedBy ? { downgradedBy: f.downgradedBy } : {}),
        ...(f.fixes?.length ? { fixes: f.fixes.map((x) => x.title) } : {}),
        ...(f.leftOut ? { leftOut: f.leftOut } : {}),
      },
    };
    const i = index.get(f.ruleId);
    if (i !== undefined) r.ruleIndex = i;
    const related = [...(f.related ?? []).map((x) => ({ loc: x.loc, message: x.message })), ...f.facts.filter((x) => x.loc).map((x) => ({ loc: x.loc!, message: x.text }))];
    if (related.length) r.relatedLocations = related.map((x, id) => ({ id, physicalLocation: physical(x.loc), message: { text: x.message } }));
    if (f.path?.length) {
      r.codeFlows = [{
        message: { text: `How ${f.path[0].message} reaches the finding` },
        threadFlows: [{ locations: f.path.map((h, k) => ({ location: { physicalLocation: physical(h.loc), message: { text: h.message } }, nestingLevel: 0, executionOrder: k + 1 })) }],
      }];
    }
    if (f.suppression) {
      r.suppressions = [{ kind: 'inSource', status: 'accepted', justification: f.suppression.reason, location: { physicalLocation: physical(f.suppression.loc) },
        properties: { owner: f.suppression.owner, expires: f.suppression.expires } }];
    }
    return r;
  };

  const artifacts = new Map<string, object>();
  for (const r of report.results) for (const f of r.model.files) {
    artifacts.set(f.file, { location: { uri: uri(f.file), uriBaseId: 'SRCROOT' }, sourceLanguage: 'ringside', length: Buffer.byteLength(f.text) });
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'Ringside', version: report.version, semanticVersion: report.version, rules } },
      originalUriBaseIds: { SRCROOT: { uri: base } },
      artifacts: [...artifacts.values()],
      results: [
        ...report.results.flatMap((r) => r.findings.map((f) => result(f, opts.baselineState?.(f)))),
        ...(opts.absent ?? []).map((f) => result(f, 'absent')),
      ],
      invocations: [{
        executionSuccessful: report.problems.length === 0,
        toolExecutionNotifications: report.problems.map((p) => ({
          level: 'error', message: { text: `${p.path}: ${p.message}` },
          locations: [{ physicalLocation: { artifactLocation: { uri: uri(p.path), uriBaseId: 'SRCROOT' } } }],
        })),
      }],
    }],
  };
  return log;
}
