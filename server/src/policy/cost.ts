// A static cost bound for a CEL expression, in the spirit of Kubernetes' CEL cost estimation
// (https://kubernetes.io/docs/reference/using-api/cel/#resource-constraints): every node costs
// one, and a macro over a list (exists, all, map, filter) multiplies its body by the longest list
// it can meet. Lists reached from `model` are as long as the model's element lists; lists reached
// from an element (its attributes, flows, components) are bounded by the longest such list in the
// model. The bound is computed before anything runs, so a quadratic policy is refused on a large
// model with a clear message instead of freezing the editor.
import type { Expr } from '@bufbuild/cel-spec/cel/expr/syntax_pb.js';

/** Evaluation budget of one policy over a whole model, in cost units (roughly CEL steps). */
export const POLICY_COST_BUDGET = 2_000_000;

export interface ListBounds {
  /** The longest list under `model` (every component, every input, …). */
  model: number;
  /** The longest list an element holds (an attribute list, its flows, a context's components). */
  local: number;
}

/** Upper bound of the steps one evaluation of `e` takes. */
export function estimateCost(e: Expr | undefined, b: ListBounds): number {
  if (!e) return 0;
  const k = e.exprKind;
  switch (k.case) {
    case 'selectExpr': return 1 + estimateCost(k.value.operand, b);
    case 'callExpr': {
      let c = 1 + estimateCost(k.value.target, b);
      for (const a of k.value.args) c += estimateCost(a, b);
      // `x in list` walks the list once.
      if (k.value.function === '@in') c += lengthOf(k.value.args[1], b);
      return c;
    }
    case 'listExpr': return 1 + k.value.elements.reduce((s, x) => s + estimateCost(x, b), 0);
    case 'structExpr': return 1 + k.value.entries.reduce((s, x) => s + estimateCost(x.value, b) + (x.keyKind.case === 'mapKey' ? estimateCost(x.keyKind.value, b) : 0), 0);
    case 'comprehensionExpr': {
      const c = k.value;
      const body = estimateCost(c.loopCondition, b) + estimateCost(c.loopStep, b);
      return 1 + estimateCost(c.iterRange, b) + estimateCost(c.accuInit, b) + lengthOf(c.iterRange, b) * body + estimateCost(c.result, b);
    }
    default: return 1;
  }
}

/** How long the list an expression yields can be. */
function lengthOf(e: Expr | undefined, b: ListBounds): number {
  if (!e) return 1;
  if (e.exprKind.case === 'listExpr') return Math.max(1, e.exprKind.value.elements.length);
  return rootedAtModel(e) ? b.model : b.local;
}

/** Whether the expression reads from the `model` variable (directly, or through a macro over it). */
function rootedAtModel(e: Expr | undefined): boolean {
  if (!e) return false;
  const k = e.exprKind;
  switch (k.case) {
    case 'identExpr': return k.value.name === 'model';
    case 'selectExpr': return rootedAtModel(k.value.operand);
    case 'callExpr': return rootedAtModel(k.value.target) || k.value.args.some(rootedAtModel);
    case 'comprehensionExpr': return rootedAtModel(k.value.iterRange);
    default: return false;
  }
}
