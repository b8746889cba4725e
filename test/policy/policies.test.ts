// Organisation policies (server/src/policy): compile errors at exact positions, evaluation over the
// model's derived semantics, bounds, isolation from the built-in rules, waivers and review
// overrides, fixes that clear their finding, pack loading, SARIF, and the example packs' fixtures.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkTexts, parser, repoRoot, TEST_TODAY } from '../helpers/parser';
import { checkInput, checkSources } from '../../server/src/check';
import { parseSource } from '../../server/src/model/source';
import { diskPackLoader } from '../../server/src/model/pack-files';
import { applyEdits, fixEdits } from '../../server/src/fixes/apply';
import { testPolicies, fixtureModels } from '../../server/src/cli/policy-commands';
import { packDocMarkdown } from '../../server/src/policy/pack-docs';
import { formatSarif } from '../../server/src/cli/format-sarif';
import { assertValidSarif } from '../helpers/sarif-validate';
import { POLICY_ERROR_ID } from '../../server/src/policy/evaluate';
import type { Finding } from '../../server/src/analysis/types';

const AGENT = `agent "a" {
  platform = "windows"
  role     = "edr"
}

context "k" {
  kind     = "kernel_driver"
  start    = "demand"
  language = "c"

  component "matcher" {
    kinds    = ["content_interpreter"]
    consumes = [input.feed]
  }
}

context "svc" {
  kind = "protected_service"

  component "updater" {
    kinds = ["content_updater"]
  }
}

input "feed" {
  source = "cloud_rapid_content"
}
`;

function policy(id: string, condition: string, extra = '', appliesTo = 'component', message = '{self.name} breaks ' + id): string {
  return `policy "${id}" {
  title      = "t ${id}"
  severity   = "warning"
  applies_to = "${appliesTo}"
  condition  = ${JSON.stringify(condition)}
  message    = ${JSON.stringify(message)}
${extra}}
`;
}

const of = (fs_: Finding[], id: string) => fs_.filter((f) => f.ruleId === id);

test('a policy reports on the elements its condition holds for, with its rendered message', async () => {
  const r = await checkTexts({ 'm.ringside': AGENT, 'p.ringside': policy('ORG001', "self.privileged && self.context.language in ['c', 'cpp'] && !('fuzzing' in self.evidence_all)") });
  const hits = of(r.findings, 'ORG001');
  assert.deepEqual(hits.map((f) => [f.element, f.severity, f.message]), [['component.matcher', 'warning', 'matcher breaks ORG001']]);
  assert.equal(hits[0].meta?.title, 't ORG001', 'policy findings carry their metadata for hovers and SARIF');
  assert.ok(of(r.findings, 'RS001').length > 0, 'built-in rules still report beside policies');
});

test('conditions read flows, blast radius and deployments', async () => {
  const model = AGENT + `deployment "push" {\n  delivers = [input.feed]\n  rollout  = "global"\n}\n`;
  const cases: [string, string, string[]][] = [
    ['component', "self.flows.exists(f, f.source == 'cloud_rapid_content' && f.form == 'raw')", ['component.matcher']],
    ['component', "self.blast_radius.crash == 'host'", ['component.matcher']],
    ['component', "self.deployments.exists(d, d.rollout == 'global')", ['component.matcher']],
    ['deployment', 'self.reaches.exists(c, c.privileged)', ['deployment.push']],
    ['input', "size(self.flows) > 0 && self.unset.exists(u, u == 'trust')", ['input.feed']],
    ['context', "self.components.all(c, c.privileged == false)", ['context.svc']],
    ['component', "agent.platform == 'windows' && model.components.exists(c, c.name == 'updater') && self.name == 'updater'", ['component.updater']],
  ];
  for (const [type, cond, want] of cases) {
    const r = await checkTexts({ 'm.ringside': model, 'p.ringside': policy('ORG010', cond, '', type) });
    assert.deepEqual(of(r.findings, 'ORG010').map((f) => f.element), want, cond);
    assert.deepEqual(of(r.findings, POLICY_ERROR_ID), [], cond);
  }
});

// Compile errors: condition text, message pattern, and the 1-based column the error points at.
const COMPILE_ERRORS: [string, RegExp, number][] = [
  ["self.privileged && (self.name == 'x'", /CEL syntax error/, 0],
  ['self.privilegd', /no field `privilegd`; did you mean `privileged`\?$/, 5],
  ['selff.name == "x"', /unknown name `selff`/, 0],
  ["self.kinds.exists(k, k == 'x') && self.langauge == 'c'", /no field `langauge`/, 39],
];

test('condition errors are positioned in the file and never stop the other rules', async () => {
  for (const [cond, pattern, col] of COMPILE_ERRORS) {
    const text = policy('ORG020', cond);
    const r = await checkTexts({ 'm.ringside': AGENT, 'p.ringside': text });
    const errs = of(r.findings, POLICY_ERROR_ID);
    assert.equal(errs.length, 1, cond);
    assert.match(errs[0].message, pattern);
    const line = text.split('\n').findIndex((l) => l.includes('condition'));
    assert.equal(errs[0].loc.file, 'p.ringside');
    assert.equal(errs[0].loc.range.start.line, line, cond);
    const literalStart = text.split('\n')[line].indexOf('"') + 1;
    // A syntax error's column is the parser's; the others point at the name itself.
    if (col > 0) assert.equal(errs[0].loc.range.start.character, literalStart + col, cond);
    assert.ok(of(r.findings, 'RS001').length > 0, 'built-in rules still report');
  }
});

test('escapes in the HCL string keep error positions exact', async () => {
  const text = `policy "ORG021" {\n  title      = "t"\n  severity   = "warning"\n  applies_to = "component"\n  condition  = "self.name == \\"a\\" && self.nme == \\"b\\""\n  message    = "m"\n}\n`;
  const r = await checkTexts({ 'm.ringside': AGENT, 'p.ringside': text });
  const [e] = of(r.findings, POLICY_ERROR_ID);
  const lineText = text.split('\n')[4];
  assert.equal(e.loc.range.start.character, lineText.indexOf('nme'));
});

test('message templates, ids and fix steps are checked', async () => {
  const cases: [string, RegExp][] = [
    [policy('ORG030', 'true', '', 'component', 'open {self.name'), /is not closed/],
    [policy('ORG031', 'true', '', 'component', 'x {self.nam}'), /no field `nam`/],
    [policy('RS999', 'true'), /not start with RS/],
    [policy('ORG032', 'true', '  fix "f" {\n    step {\n      op        = "set"\n      attribute = "languag"\n      value     = "c"\n    }\n  }\n'), /no attribute `languag`/],
    [policy('ORG033', 'true', '  fix "f" {\n    step {\n      op        = "add_to_list"\n      attribute = "matching"\n      value     = "regex"\n    }\n  }\n'), /is not a list/],
  ];
  for (const [text, pattern] of cases) {
    const r = await checkTexts({ 'm.ringside': AGENT, 'p.ringside': text });
    const errs = of(r.findings, POLICY_ERROR_ID);
    assert.equal(errs.length, 1, text);
    assert.match(errs[0].message, pattern);
  }
});

test('a policy that fails at run time becomes one positioned finding naming it', async () => {
  const r = await checkTexts({ 'm.ringside': AGENT, 'p.ringside': policy('ORG040', 'self.schema.fields > 3', '', 'input') + policy('ORG041', "self.name == 'matcher'") });
  const errs = of(r.findings, POLICY_ERROR_ID);
  assert.equal(errs.length, 1);
  assert.match(errs[0].message, /^Policy ORG040 failed on 1 input \(first: input.feed\)/);
  assert.deepEqual(of(r.findings, 'ORG041').map((f) => f.element), ['component.matcher'], 'the other policy still runs');
  const nonBool = await checkTexts({ 'm.ringside': AGENT, 'p.ringside': policy('ORG042', 'self.name') });
  assert.match(of(nonBool.findings, POLICY_ERROR_ID)[0].message, /gave a string, not a bool/);
});

test('the cost bound refuses a quadratic policy on a large model before it runs', async () => {
  const many = Array.from({ length: 1500 }, (_, i) => `  component "c${i}" {\n    kinds = ["telemetry_uploader"]\n  }\n`).join('');
  const model = `agent "a" {\n  platform = "windows"\n  role     = "edr"\n}\n\ncontext "svc" {\n  kind = "user_service"\n${many}}\n`;
  const quadratic = policy('ORG050', "model.components.exists(c, c.name == self.name + 'x')");
  const r = await checkTexts({ 'm.ringside': model, 'p.ringside': quadratic + policy('ORG051', "self.name == 'c7'") });
  const errs = of(r.findings, POLICY_ERROR_ID);
  assert.equal(errs.length, 1);
  assert.match(errs[0].message, /Policy ORG050 would cost about [\d,]+ steps on this model \(1500 components/);
  assert.deepEqual(of(r.findings, 'ORG050'), []);
  assert.deepEqual(of(r.findings, 'ORG051').map((f) => f.element), ['component.c7']);
  // The same policy on a small model runs.
  const small = await checkTexts({ 'm.ringside': AGENT, 'p.ringside': quadratic });
  assert.deepEqual(of(small.findings, POLICY_ERROR_ID), []);
});

test('waivers, review overrides and unknown ids treat policies like built-in rules', async () => {
  const p = policy('ORG060', "self.name == 'matcher'");
  const waived = await checkTexts({ 'm.ringside': AGENT, 'p.ringside': p, 'w.ringside': `waiver "ORG060" {\n  target  = component.matcher\n  reason  = "accepted for the pilot"\n  owner   = "sensor team"\n  expires = "2026-12-31"\n}\n` });
  assert.equal(of(waived.findings, 'ORG060')[0].suppression?.owner, 'sensor team');
  const off = await checkTexts({ 'm.ringside': AGENT + `review {\n  rule "ORG060" {\n    severity = "off"\n  }\n}\n`, 'p.ringside': p });
  assert.deepEqual(of(off.findings, 'ORG060'), []);
  const raised = await checkTexts({ 'm.ringside': AGENT + `review {\n  rule "ORG060" {\n    severity = "error"\n  }\n}\n`, 'p.ringside': p });
  assert.equal(of(raised.findings, 'ORG060')[0].severity, 'error');
  const dup = await checkTexts({ 'm.ringside': AGENT, 'p.ringside': p + p.replace('t ORG060', 'again') });
  assert.ok(dup.findings.some((f) => f.ruleId === 'RS-DUPLICATE' && /Policy `ORG060`/.test(f.message)));
});

test('every fix of the example packs produces a valid model that clears its finding', async () => {
  const p = await parser();
  const root = repoRoot();
  let applied = 0;
  for (const pack of ['microsoft-windows-drivers', 'apple-endpoint-security']) {
    const dir = path.join(root, 'examples', 'policies', pack);
    const loadPack = diskPackLoader(p);
    for (const files of fixtureModels(path.join(dir, 'tests'))) {
      const input = { root: path.dirname(files[0]), files: files.map((f) => ({ file: f, text: fs.readFileSync(f, 'utf8') })) };
      const opts = { today: TEST_TODAY, loadPack, extraPacks: [dir] };
      const before = checkInput(p, input, opts);
      for (const f of before.findings.filter((x) => x.meta?.category === 'policy')) {
        for (const fix of f.fixes ?? []) {
          const edits = fixEdits(p, before.model, fix);
          const next = { root: input.root, files: input.files.map((x) => ({ file: x.file, text: applyEdits(x.text, edits.filter((e) => e.file === x.file)) })) };
          const after = checkInput(p, next, opts);
          assert.ok(!after.findings.some((x) => x.ruleId === f.ruleId && x.element === f.element), `${fix.title} clears ${f.ruleId} on ${f.element}`);
          assert.deepEqual(after.findings.filter((x) => /^RS-/.test(x.ruleId) && x.severity === 'error' && x.ruleId !== 'RS-META-UNSPECIFIED').map((x) => x.message), [], fix.title);
          applied++;
        }
      }
    }
  }
  assert.ok(applied >= 6, `applied ${applied} fixes`);
});

function tempDir(): string { return fs.mkdtempSync(path.join(os.tmpdir(), 'ringside-policy-')); }

test('packs load from a folder and from an installed npm package; problems are positioned', async () => {
  const p = await parser();
  const dir = tempDir();
  const packDir = path.join(dir, 'packs', 'mine');
  fs.mkdirSync(packDir, { recursive: true });
  fs.writeFileSync(path.join(packDir, 'p.ringside'), `policy_pack "mine" {\n  version = "2.1.0"\n}\n\n` + policy('ORG070', "self.name == 'matcher'"));
  const npmPack = path.join(dir, 'node_modules', '@acme', 'ringside-policies');
  fs.mkdirSync(path.join(npmPack, 'rules'), { recursive: true });
  fs.writeFileSync(path.join(npmPack, 'package.json'), JSON.stringify({ name: '@acme/ringside-policies', version: '1.0.0', ringside: { policies: 'rules' } }));
  fs.writeFileSync(path.join(npmPack, 'rules', 'p.ringside'), policy('ACME001', "self.name == 'updater'"));
  const modelDir = path.join(dir, 'design');
  fs.mkdirSync(modelDir);
  const review = `review {\n  policy_packs = ["../packs/mine", "@acme/ringside-policies", "./missing"]\n}\n`;
  const r = checkSources(modelDir, [parseSource(p, path.join(modelDir, 'm.ringside'), AGENT + review)], { today: TEST_TODAY, loadPack: diskPackLoader(p) });
  assert.deepEqual(of(r.findings, 'ORG070').map((f) => f.element), ['component.matcher']);
  assert.match(of(r.findings, 'ORG070')[0].meta!.severityNote, /mine 2\.1\.0/);
  assert.deepEqual(of(r.findings, 'ACME001').map((f) => f.element), ['component.updater']);
  const missing = of(r.findings, POLICY_ERROR_ID);
  assert.equal(missing.length, 1);
  assert.match(missing[0].message, /"\.\/missing" could not be loaded: no such folder/);
  assert.equal(missing[0].loc.range.start.line, AGENT.split('\n').length, 'at the policy_packs attribute');
  assert.deepEqual(r.policies.map((m) => m.id).sort(), ['ACME001', 'ORG070']);

  // A pack with a syntax error reports it in the pack's file; the model's own rules still run.
  fs.writeFileSync(path.join(packDir, 'broken.ringside'), 'policy "X" {\n  title = \n');
  const broken = checkSources(modelDir, [parseSource(p, path.join(modelDir, 'm.ringside'), AGENT + review)], { today: TEST_TODAY, loadPack: diskPackLoader(p) });
  assert.ok(broken.findings.some((f) => f.ruleId === 'RS-SYNTAX' && f.loc.file.endsWith('broken.ringside')));
  assert.ok(of(broken.findings, 'RS001').length > 0);
});

test('SARIF lists policies as rules and validates', async () => {
  const r = await checkTexts({ 'm.ringside': AGENT, 'p.ringside': policy('ORG080', "self.name == 'matcher'", '  links = ["https://example.org/guidance"]\n') });
  const log = JSON.parse(formatSarif({ results: [r], problems: [], cwd: '/virtual', version: 'test' }));
  assertValidSarif(log);
  const rule = log.runs[0].tool.driver.rules.find((x: { id: string }) => x.id === 'ORG080');
  assert.equal(rule.shortDescription.text, 't ORG080');
  assert.equal(rule.helpUri, 'https://example.org/guidance');
  assert.ok(log.runs[0].results.some((x: { ruleId: string }) => x.ruleId === 'ORG080'));
});

function capture() {
  const out: string[] = [];
  return { out, io: { stdout: (s: string) => out.push(s), stderr: (s: string) => out.push(s), cwd: repoRoot() } };
}

test('the example packs pass their own fixtures, and a wrong expectation fails', async () => {
  const p = await parser();
  for (const pack of ['microsoft-windows-drivers', 'apple-endpoint-security']) {
    const { out, io } = capture();
    assert.equal(testPolicies(p, [path.join('examples', 'policies', pack)], TEST_TODAY, io), 0, out.join(''));
    assert.match(out.join(''), / [1-9]\d* passed, 0 failed/);
  }
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, 'tests'));
  fs.writeFileSync(path.join(dir, 'p.ringside'), policy('ORG090', "self.name == 'matcher'"));
  fs.writeFileSync(path.join(dir, 'tests', 'wrong.ringside'), AGENT.replace('component "updater"', '# expect: ORG090\n  component "updater"'));
  const { out, io } = capture();
  assert.equal(testPolicies(p, [dir], TEST_TODAY, io), 1);
  const text = out.join('');
  assert.match(text, /FAIL .*wrong\.ringside/);
  assert.match(text, /missing ORG090/);
  assert.match(text, /unexpected ORG090/);
});

test('the example packs\' docs pages are up to date', async () => {
  const p = await parser();
  for (const pack of ['microsoft-windows-drivers', 'apple-endpoint-security']) {
    const dir = path.join(repoRoot(), 'examples', 'policies', pack);
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.ringside')).map((f) => parseSource(p, path.join(dir, f), fs.readFileSync(path.join(dir, f), 'utf8')));
    const md = packDocMarkdown(dir, files);
    assert.ok(md.ok);
    assert.equal(fs.readFileSync(path.join(dir, 'POLICIES.md'), 'utf8'), md.text, `regenerate with: node server/dist/cli.js policy-docs examples/policies/${pack} --output examples/policies/${pack}/POLICIES.md`);
  }
});
