// Mocha reporter for the extension-host suites. It runs inside the extension host, where mocha
// itself lives in @vscode/test-cli's folder, so it uses only the runner's events (no require of
// mocha). It prints a spec-style report and, when RINGSIDE_E2E_RESULTS names a file, writes the
// counts there as JSON so the driver can print its closing line even if the host dies later.
'use strict';
const fs = require('fs');

function E2eReporter(runner) {
  const counts = { passed: 0, failed: 0, pending: 0, failures: [] };
  let depth = 0;
  const out = (s) => console.log(s);
  const pad = () => '  '.repeat(depth);
  const titleOf = (t) => (typeof t.fullTitle === 'function' ? t.fullTitle() : t.title);
  runner.on('suite', (s) => { if (s.title) { out(pad() + s.title); depth++; } });
  runner.on('suite end', (s) => { if (s.title) depth--; });
  runner.on('pass', (t) => { counts.passed++; out(`${pad()}✔ ${t.title} (${t.duration} ms)`); });
  runner.on('pending', (t) => { counts.pending++; out(`${pad()}- ${t.title} (pending)`); });
  runner.on('fail', (t, err) => {
    counts.failed++;
    const message = err && err.message ? err.message : String(err);
    counts.failures.push({ title: titleOf(t), message });
    out(`${pad()}✘ ${t.title}\n${pad()}  ${message.split('\n').join('\n' + pad() + '  ')}`);
    if (err && err.stack) out(err.stack.split('\n').slice(1, 6).map((l) => pad() + '  ' + l.trim()).join('\n'));
  });
  runner.on('end', () => {
    out(`\n  ${counts.passed} passing, ${counts.failed} failing${counts.pending ? `, ${counts.pending} pending` : ''}`);
    const file = process.env.RINGSIDE_E2E_RESULTS;
    if (file) {
      try { fs.writeFileSync(file, JSON.stringify(counts, null, 2)); } catch (e) { console.error('reporter: cannot write ' + file + ': ' + e.message); }
    }
  });
}
module.exports = E2eReporter;
