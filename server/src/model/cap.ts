// Bounded reports (issue 10): at most MAX_PER_RULE_AND_FILE findings of one rule, or model
// diagnostics of one code, in one file. The model builder stops making diagnostics of a code in
// a file once it has that many (model/build.ts), so a file of a million broken blocks does not
// build a million messages; the findings cap (analysis/finding-cap.ts) bounds the rules' findings.
// What is left out becomes one summary that says how many.

export const MAX_PER_RULE_AND_FILE = 100;

/** The message of the summary that stands for `count` findings of `ruleId` left out of one file. */
export function leftOutMessage(ruleId: string, count: number, max = MAX_PER_RULE_AND_FILE): string {
  return `${count} more ${ruleId} finding${count === 1 ? '' : 's'} in this file ${count === 1 ? 'is' : 'are'} not listed: `
    + `at most ${max} per rule and file are reported. Fix the ones listed and check again.`;
}
