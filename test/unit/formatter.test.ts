// The formatter: text in, expected text out; idempotence and comment preservation on every design
// file in the repository; refusal on broken input; line endings.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parser, repoRoot } from '../helpers/parser';
import { designFiles } from '../helpers/design-files';
import { formatText } from '../../server/src/format/formatter';
import type { HclParser } from '../../server/src/syntax/parser';

function lines(...ls: string[]): string {
  return ls.join('\n') + '\n';
}

async function fmt(text: string): Promise<string> {
  const r = formatText(await parser(), text);
  assert.ok(r.ok, r.ok ? '' : r.reason);
  return r.text;
}

function comments(p: HclParser, text: string): string[] {
  const tree = p.parse(text);
  try {
    return tree.rootNode.descendantsOfType('comment').map((c) => c!.text.trimEnd());
  } finally {
    tree.delete();
  }
}

interface Case { name: string; input: string; expect: string }

const cases: Case[] = [
  {
    name: 'indentation and = alignment',
    input: lines('agent   "a"   {', '\tplatform="windows"', '    role = "edr"', '  fleet_size       =    8500000', '}'),
    expect: lines('agent "a" {', '  platform   = "windows"', '  role       = "edr"', '  fleet_size = 8500000', '}'),
  },
  {
    name: 'alignment runs end at blank lines, comment lines, blocks and multi-line values',
    input: lines(
      'context "k" {',
      '  kind = "kernel_driver"',
      '  start = "boot"',
      '',
      '  language = "c"',
      '  # signer next',
      '  signer = "whql"',
      '  on_internal_error = "bugcheck"',
      '  targets = [',
      '    "win11",',
      '  ]',
      '  hvci_compatible = true',
      '  recovery {',
      '    winre = true',
      '  }',
      '  safe_mode_behavior = "load"',
      '  description = "x"',
      '}',
    ),
    expect: lines(
      'context "k" {',
      '  kind  = "kernel_driver"',
      '  start = "boot"',
      '',
      '  language = "c"',
      '  # signer next',
      '  signer            = "whql"',
      '  on_internal_error = "bugcheck"',
      '  targets = [',
      '    "win11",',
      '  ]',
      '  hvci_compatible = true',
      '  recovery {',
      '    winre = true',
      '  }',
      '  safe_mode_behavior = "load"',
      '  description        = "x"',
      '}',
    ),
  },
  {
    name: 'blank lines: none at the start, one between top-level blocks, at most one inside, none after { or before }',
    input: '\n\n# header\nagent "a" {\n\n  platform = "linux"\n\n\n\n  role = "edr"\n\n}\ncontext "c" {\n  kind = "ebpf"\n}\n\n\n\ninput "i" {\n  source = "signature_db"\n}\n\n\n',
    expect: lines('# header', 'agent "a" {', '  platform = "linux"', '', '  role = "edr"', '}', '', 'context "c" {', '  kind = "ebpf"', '}', '', 'input "i" {', '  source = "signature_db"', '}'),
  },
  {
    name: 'a comment between top-level blocks keeps its place; the blank line goes after the }',
    input: lines('agent "a" {', '  role = "edr"', '}', '# the kernel', 'context "c" {', '  kind = "ebpf"', '}'),
    expect: lines('agent "a" {', '  role = "edr"', '}', '', '# the kernel', 'context "c" {', '  kind = "ebpf"', '}'),
  },
  {
    name: 'comments of every kind stay, trailing ones on their line, aligned within a run',
    input: lines(
      '// top',
      'agent "a" { # after brace',
      '  platform = "windows"   # os',
      '  fleet_size = 10 // hosts',
      '  /* inline */ role = "edr"',
      '  /* multi',
      '     line   */',
      '  mode = "detect"',
      '} # end',
      '# tail   ',
    ),
    expect: lines(
      '// top',
      'agent "a" { # after brace',
      '  platform   = "windows" # os',
      '  fleet_size = 10        // hosts',
      '  /* inline */ role = "edr"',
      '  /* multi',
      '     line   */',
      '  mode = "detect"',
      '} # end',
      '',
      '# tail',
    ),
  },
  {
    name: 'lists: single spaces after commas, none inside brackets',
    input: lines('component "c" {', '  kinds = [ "a" ,"b",   "c" ]', '  consumes=[input.a,input.b]', '  empty = [ ]', '}'),
    expect: lines('component "c" {', '  kinds    = ["a", "b", "c"]', '  consumes = [input.a, input.b]', '  empty    = []', '}'),
  },
  {
    name: 'multi-line lists and objects get one item per line, re-indented',
    input: lines(
      'deployment "d" {',
      'rings = ["internal",',
      '        "canary", # small',
      '   "broad"]',
      'x = {a=1,',
      '  bbb = 2}',
      'v = [',
      '    {a = 1}, {b = 2}',
      '  ]',
      '}',
    ),
    expect: lines(
      'deployment "d" {',
      '  rings = [',
      '    "internal",',
      '    "canary", # small',
      '    "broad"',
      '  ]',
      '  x = {',
      '    a   = 1,',
      '    bbb = 2',
      '  }',
      '  v = [',
      '    { a = 1 },',
      '    { b = 2 }',
      '  ]',
      '}',
    ),
  },
  {
    name: '{ goes on the header line; single-line blocks and objects are kept',
    input: lines('context "k"', '{', '  kind = "kernel_driver"', '  callback {mode="synchronous"}', '  limits = {max=10,name="x"}', '  empty {}', '}'),
    expect: lines('context "k" {', '  kind = "kernel_driver"', '  callback { mode = "synchronous" }', '  limits = { max = 10, name = "x" }', '  empty {}', '}'),
  },
  {
    name: 'a multi-line block opened on one line is split',
    input: lines('component "c" { kinds = ["x"]', '  description = "d" }'),
    expect: lines('component "c" {', '  kinds       = ["x"]', '  description = "d"', '}'),
  },
  {
    name: 'three levels of nesting',
    input: lines(
      'context "k" {',
      'kind = "kernel_driver"',
      'component "c" {',
      'kinds = ["sensor.process_callback"]',
      'queue {',
      'bound = 65536',
      'overflow = "drop_oldest"',
      '}',
      '}',
      '}',
    ),
    expect: lines(
      'context "k" {',
      '  kind = "kernel_driver"',
      '  component "c" {',
      '    kinds = ["sensor.process_callback"]',
      '    queue {',
      '      bound    = 65536',
      '      overflow = "drop_oldest"',
      '    }',
      '  }',
      '}',
    ),
  },
  {
    name: 'strings and heredocs are copied as they are; trailing whitespace goes elsewhere',
    input: 'recovery {   \n  runbook = <<-EOT\n      keep   \n   this\n    EOT\n  note = "a  ${b}   c"   \n}',
    expect: 'recovery {\n  runbook = <<-EOT\n      keep   \n   this\n    EOT\n  note = "a  ${b}   c"\n}\n',
  },
  {
    name: 'general HCL expressions keep their tokens',
    input: lines('x {', '  e = f( 1 , [for x in y : x if x>0]... )', '  g = a.b[0].*.c', '  h = -1 + !true ? 1 : 2', '}'),
    expect: lines('x {', '  e = f(1, [for x in y : x if x > 0]...)', '  g = a.b[0].*.c', '  h = -1 + !true ? 1 : 2', '}'),
  },
  { name: 'an empty file stays empty', input: '', expect: '' },
  { name: 'a file of blank lines becomes empty', input: '\n\n  \n', expect: '' },
  { name: 'a comment-only file', input: '# just a note   \n\n\n// and another', expect: '# just a note\n\n// and another\n' },
];

for (const c of cases) {
  test(`format: ${c.name}`, async () => {
    const out = await fmt(c.input);
    assert.equal(out, c.expect);
    assert.equal(await fmt(out), out, 'idempotent');
    const p = await parser();
    assert.deepEqual(comments(p, out), comments(p, c.input).map((x) => x.replace(/[ \t]+$/gm, '')), 'comments preserved');
  });
}

test('format: CRLF input keeps CRLF', async () => {
  const out = await fmt('agent "a" {\r\n  platform="linux"  # os\r\n  role = "edr"\r\n}\r\ninput "i" {\r\n  source = "signature_db"\r\n}\r\n');
  assert.equal(out, 'agent "a" {\r\n  platform = "linux" # os\r\n  role     = "edr"\r\n}\r\n\r\ninput "i" {\r\n  source = "signature_db"\r\n}\r\n');
  assert.equal(await fmt(out), out);
});

test('format: mixed line endings are normalised to the dominant one', async () => {
  assert.equal(await fmt('a {\r\n  b = 1\r\n  c = 2\n}\r\n'), 'a {\r\n  b = 1\r\n  c = 2\r\n}\r\n');
  assert.equal(await fmt('a {\n  b = 1\r\n  c = 2\n}\n'), 'a {\n  b = 1\n  c = 2\n}\n');
});

test('format: a byte order mark is kept', async () => {
  assert.equal(await fmt('\uFEFFa {\n b = 1\n}'), '\uFEFFa {\n  b = 1\n}\n');
});

const broken: { name: string; text: string }[] = [
  { name: 'missing closing brace', text: 'agent "a" {\n  platform = "linux"\n' },
  { name: 'attribute without value', text: 'agent "a" {\n  platform =\n}\n' },
  { name: 'stray closing brace', text: 'agent "a" {\n}\n}\n' },
  { name: 'unterminated string', text: 'agent "a" {\n  platform = "linux\n}\n' },
];

for (const b of broken) {
  test(`format refuses broken input: ${b.name}`, async () => {
    const r = formatText(await parser(), b.text);
    assert.equal(r.ok, false);
    assert.match(r.ok ? '' : r.reason, /syntax error/);
  });
}

test('format: every design file in the repository is formatted idempotently, losing no comment', async () => {
  const p = await parser();
  const root = repoRoot();
  const problems: string[] = [];
  let formatted = 0;
  for (const f of designFiles()) {
    const rel = path.relative(root, f);
    const text = fs.readFileSync(f, 'utf8');
    const r = formatText(p, text);
    if (!r.ok) {
      const tree = p.parse(text.replace(/\r\n/g, '\n'));
      const hasError = tree.rootNode.hasError;
      tree.delete();
      if (!hasError) problems.push(`${rel}: refused without a syntax error: ${r.reason}`);
      continue;
    }
    formatted++;
    const again = formatText(p, r.text);
    if (!again.ok) problems.push(`${rel}: formatted text refused: ${again.reason}`);
    else if (again.text !== r.text) problems.push(`${rel}: not idempotent`);
    if (r.text.replace(/\s+/g, '') !== text.replace(/\s+/g, '').replace(/[ \t]+$/gm, '')) problems.push(`${rel}: tokens changed`);
    const before = comments(p, text.replace(/\r\n/g, '\n')).map((x) => x.replace(/[ \t]+$/gm, ''));
    const after = comments(p, r.text.replace(/\r\n/g, '\n'));
    if (before.length !== after.length || before.some((c, i) => c !== after[i])) problems.push(`${rel}: comments changed (${before.length} before, ${after.length} after)`);
  }
  assert.deepEqual(problems, [], problems.join('\n'));
  assert.ok(formatted > 0, 'no design file was formatted');
});
