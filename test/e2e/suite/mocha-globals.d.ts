// The mocha "tdd" interface that @vscode/test-cli's runner installs as globals in the extension
// host. Declared here (instead of adding @types/mocha to the project) so `npm run typecheck`
// covers the suites; mocha itself comes from the tools folder at run time.
interface E2eContext { timeout(ms: number): void; skip(): never }
type E2eFn = (this: E2eContext) => void | Promise<unknown>;
declare function suite(title: string, fn: () => void): void;
declare function test(title: string, fn: E2eFn): void;
declare function suiteSetup(fn: E2eFn): void;
declare function suiteTeardown(fn: E2eFn): void;
declare function setup(fn: E2eFn): void;
declare function teardown(fn: E2eFn): void;
