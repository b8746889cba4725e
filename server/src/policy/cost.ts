// A static cost bound for a CEL expression, in the spirit of Kubernetes' CEL cost estimation
// (https://kubernetes.io/docs/reference/using-api/cel/#resource-constraints): every node costs
// one, and a comprehension (exists, all, map, filter) multiplies its body by the longest list the
// model can offer. The bound is computed before anything runs, so a quadratic policy is refused
// on a large model with a clear message instead of freezing the editor.
import type { Expr } from '@bufbuild/cel-spec/cel/expr/syntax_pb.js';

/** Evaluation budget of one policy over a whole model, in cost units (roughly CEL steps). */
export const POLICY_COST_BUDGET = 2_000_000;

/** Upper bound of the steps one evaluation of `e` takes when no list is longer than `n`. */
export function estimateCost(e: Expr | undefined, n: number): number {
  if (!e) return 0;
  const k = e.exprKind;
  switch (k.case) {
    case 'selectExpr': return 1 + estimateCost(k.value.operand, n);
    case 'callExpr': {
      let c = 1 + estimateCost(k.value.target, n);
      for (const a of k.value.args) c += estimateCost(a, n);
      // `in` on a list and size-proportional string functions walk their operand once.
      if (k.value.function === '@in' || k.value.function === 'matches' || k.value.function === 'contains') c += n;
      return c;
    }
    case 'listExpr': return 1 + k.value.elements.reduce((s, x) => s + estimateCost(x, n), 0);
    case 'structExpr': return 1 + k.value.entries.reduce((s, x) => s + estimateCost(x.value, n) + (x.keyKind.case === 'mapKey' ? estimateCost(x.keyKind.value, n) : 0), 0);
    case 'comprehensionExpr': {
      const c = k.value;
      const body = estimateCost(c.loopCondition, n) + estimateCost(c.loopStep, n);
      return 1 + estimateCost(c.iterRange, n) + estimateCost(c.accuInit, n) + n * body + estimateCost(c.result, n);
    }
    default: return 1;
  }
}
