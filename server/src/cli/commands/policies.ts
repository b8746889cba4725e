// `ringside test-policies PACK...` and `ringside policy-docs PACK`: the commands for writing and
// sharing organisation policies (the work lives in ../policy-commands.ts).
import { EXIT, str, type Command } from '../command';
import { cliParser } from '../analyze';
import { policyDocs, testPolicies } from '../policy-commands';
import { UsageError } from '../options';
import { readDate } from './check';

export const testPoliciesCommand: Command = {
  summary: 'run each policy pack\'s fixtures (PACK/tests/**) against their # expect: comments',
  usage: 'ringside test-policies PACK...',
  description: 'Checks every fixture model under PACK/tests with the pack loaded and compares the pack\'s findings with the `# expect: ID@col` comments in the fixtures. A folder named *.model is one multi-file model.',
  options: {
    today: { type: 'string', value: 'YYYY-MM-DD', help: 'date used for waiver expiry (default: today, UTC)' },
  },
  async run(ctx) {
    if (ctx.positionals.length === 0) throw new UsageError('needs the folder of a policy pack');
    return testPolicies(await cliParser(), ctx.positionals, readDate(str(ctx.values.today)), ctx.io);
  },
};

export const policyDocsCommand: Command = {
  summary: 'write a policy pack\'s documentation page (Markdown)',
  usage: 'ringside policy-docs PACK [--output FILE]',
  description: 'Prints (or writes to FILE) the Markdown page of the policy pack in folder PACK: one section per policy.',
  options: {
    output: { type: 'string', short: 'o', value: 'FILE', help: 'write the page to FILE instead of standard output' },
  },
  async run(ctx) {
    if (ctx.positionals.length !== 1) throw new UsageError('needs exactly one policy pack folder');
    return policyDocs(await cliParser(), ctx.positionals[0], str(ctx.values.output), ctx.io) === 0 ? EXIT.ok : EXIT.usage;
  },
};
