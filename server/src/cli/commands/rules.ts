// `ringside rules [ID]` and `ringside explain ID`: the rule list, and a rule's page (the same
// text as docs/rules/ID.md, generated from the rule registry) or a model code's description.
import { RULE_META, META_UNSPECIFIED } from '../../rules/meta';
import { MODEL_CODES } from '../../model/codes';
import { ruleDoc } from '../../docs/generate';
import { didYouMean, suggest } from '../../model/suggest';
import { EXIT, type Command, type CommandContext } from '../command';
import { UsageError } from '../options';

const ALL_RULES = [...RULE_META, META_UNSPECIFIED];

/** The page of a rule or model code, or a usage error with the nearest ids. */
export function rulePage(id: string): string {
  const wanted = id.toUpperCase();
  const m = ALL_RULES.find((r) => r.id === wanted || r.slug === id);
  if (m) return ruleDoc(m).replace(/^<!--[\s\S]*?-->\n+/, '');
  const c = MODEL_CODES.find((x) => x.code === wanted);
  if (c) return `# ${c.code} — ${c.title}\n\n- Severity: **${c.severity}**\n\n${c.description}\n\nSee docs/language.md for the language these codes check.\n`;
  const ids = [...ALL_RULES.map((r) => r.id), ...MODEL_CODES.map((x) => x.code)];
  throw new UsageError(`no rule or code \`${id}\`.${didYouMean(suggest(wanted, ids))} \`ringside rules\` lists them.`);
}

function printPage(ctx: CommandContext, id: string): number {
  ctx.io.stdout(rulePage(id));
  return EXIT.ok;
}

export const rulesCommand: Command = {
  summary: 'list the rules, or print one rule\'s page',
  usage: 'ringside rules [ID]',
  description: 'Without ID, lists every rule with its default severity and title. With ID (RS001, a rule slug or a model code such as RS-SYNTAX), prints the rule\'s page: why, when it fires, quick fixes and sources.',
  options: {},
  async run(ctx) {
    if (ctx.positionals.length > 1) throw new UsageError('takes at most one rule id');
    if (ctx.positionals[0]) return printPage(ctx, ctx.positionals[0]);
    const sev = { error: 'red', warning: 'yellow', information: 'cyan', hint: 'dim' } as const;
    for (const r of ALL_RULES) ctx.io.stdout(`${ctx.paint('bold', r.id.padEnd(20))}${ctx.paint(sev[r.defaultSeverity], r.defaultSeverity.padEnd(12))}${r.title}\n`);
    return EXIT.ok;
  },
};

export const explainCommand: Command = {
  summary: 'print a rule\'s page: why it matters, when it fires, fixes and sources',
  usage: 'ringside explain ID',
  description: 'Prints the page of rule ID (RS001, a rule slug, or a model code such as RS-SYNTAX).',
  options: {},
  async run(ctx) {
    if (ctx.positionals.length !== 1) throw new UsageError('needs exactly one rule id, e.g. `ringside explain RS001`');
    return printPage(ctx, ctx.positionals[0]);
  },
};
