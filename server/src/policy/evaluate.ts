// Compiled policies → rules the engine runs beside the built-in ones. Each policy checks every
// element of its `applies_to` type; a true condition is a finding with the rendered message and
// the policy's fixes. A policy that errors or exceeds its cost budget becomes one positioned
// `RS-POLICY` finding naming it, and every other rule still reports. Pure: no I/O.
import { isCelError, isCelList, isCelMap, type CelResult } from '@bufbuild/cel';
import type { Model, ModelBlock } from '../model/types';
import type { Rule, RuleContext } from '../analysis/engine';
import type { Finding } from '../analysis/types';
import type { Semantics } from '../analysis/semantics';
import { ViewBuilder } from './view';
import { fixesFor, type CompiledExpr, type CompiledPolicy, type PolicyProblem } from './compile';
import { estimateCost, POLICY_COST_BUDGET } from './cost';

export const POLICY_ERROR_ID = 'RS-POLICY';

/** Longest rendered message; a template over a huge list must not make a huge finding. */
const MAX_MESSAGE_CHARS = 500;

export interface PolicyRun {
  rules: Rule[];
  /** Problems found while the rules ran (runtime errors, budgets); read after analysis. */
  problems(): PolicyProblem[];
}

export function policyRules(policies: CompiledPolicy[]): PolicyRun {
  const problems: PolicyProblem[] = [];
  // One view cache per analysis, shared by every policy: views are keyed by the Semantics object.
  const views = new WeakMap<Semantics, ViewBuilder>();
  const viewsFor = (ctx: RuleContext) => {
    let v = views.get(ctx.sem);
    if (!v) views.set(ctx.sem, (v = new ViewBuilder(ctx.model, ctx.sem, ctx.flows)));
    return v;
  };
  const rules = policies.map((p): Rule => ({
    meta: p.meta,
    check(ctx) {
      const views = viewsFor(ctx);
      const targets = elementsOf(ctx.model, p.appliesTo);
      if (targets.length === 0) return;
      const bounds = views.listBounds();
      const perElement = [p.condition, ...p.message.filter(isExpr)].reduce((s, e) => s + estimateCost(e.expr, bounds), 0);
      const total = perElement * targets.length;
      if (total > POLICY_COST_BUDGET) {
        problems.push({ policy: p.id, loc: p.condition.locAt(0),
          message: `Policy ${p.id} would cost about ${total.toLocaleString('en-US')} steps on this model (${targets.length} ${p.appliesTo}s; model lists up to ${bounds.model} long, element lists up to ${bounds.local}); the budget is ${POLICY_COST_BUDGET.toLocaleString('en-US')}, so it did not run. Nested loops over model lists grow with the square of the model.` });
        return;
      }
      const base = { agent: views.agentVariable, model: views.modelVariable };
      let failed = 0;
      let first: { e: CompiledExpr; error: string; el: ModelBlock; offset: number } | undefined;
      for (const el of targets) {
        const bindings = { ...base, self: views.view(el) };
        const r = safeRun(p.condition, bindings);
        if (isCelError(r) || typeof r !== 'boolean') {
          failed++;
          first ??= { e: p.condition, el, error: isCelError(r) ? r.message : `the condition gave ${typeName(r)}, not a bool`, offset: errorOffset(p.condition, r) };
          continue;
        }
        if (!r) continue;
        ctx.report({ element: el, message: render(p, bindings), fixes: fixesFor(p, el) });
      }
      if (first) {
        problems.push({ policy: p.id, loc: first.e.locAt(first.offset),
          message: `Policy ${p.id} failed on ${failed} ${p.appliesTo}${failed === 1 ? '' : 's'} (first: ${first.el.key}): ${first.error}. Guard optional fields with has(...) or a null check.` });
      }
    },
  }));
  return { rules, problems: () => problems.splice(0) };
}

export function problemFindings(problems: PolicyProblem[]): Finding[] {
  return problems.map((p) => ({
    ruleId: POLICY_ERROR_ID, severity: 'error', defaultSeverity: 'error', message: p.message, loc: p.loc,
    facts: p.policy ? [{ text: `policy ${p.policy}` }] : [],
  }));
}

function isExpr(p: string | CompiledExpr): p is CompiledExpr { return typeof p !== 'string'; }

/** CEL's run never throws by contract; deep recursion in a hostile expression still could. */
function safeRun(e: CompiledExpr, bindings: Record<string, unknown>): CelResult {
  try {
    return e.run(bindings);
  } catch (err) {
    return { message: (err as Error)?.message ?? String(err) } as unknown as CelResult;
  }
}

function errorOffset(e: CompiledExpr, r: unknown): number {
  const id = isCelError(r) ? r.exprId : undefined;
  return id !== undefined ? e.positions.get(id) ?? 0 : 0;
}

function elementsOf(model: Model, type: string): ModelBlock[] {
  switch (type) {
    case 'agent': return model.agent ? [model.agent] : [];
    case 'context': return model.contexts;
    case 'component': return model.components;
    case 'input': return model.inputs;
    case 'deployment': return model.deployments;
    case 'channel': return model.channels;
    default: return [];
  }
}

function render(p: CompiledPolicy, bindings: Record<string, unknown>): string {
  let out = '';
  for (const part of p.message) {
    if (typeof part === 'string') out += part;
    else {
      const v = safeRun(part, bindings);
      out += isCelError(v) ? '?' : text(v, 0);
    }
    if (out.length > MAX_MESSAGE_CHARS) return out.slice(0, MAX_MESSAGE_CHARS - 1) + '…';
  }
  return out;
}

/** A CEL value as message text. */
function text(v: unknown, depth: number): string {
  if (v === null || v === undefined) return 'unset';
  if (typeof v === 'bigint' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'string') return v;
  if (depth > 2) return '…';
  if (isCelList(v)) {
    const items: string[] = [];
    for (let i = 0; i < Math.min(v.size, 20); i++) items.push(text(v.get(i), depth + 1));
    return `[${items.join(', ')}${v.size > 20 ? ', …' : ''}]`;
  }
  if (isCelMap(v)) return '{…}';
  if (typeof v === 'object' && 'key' in (v as object)) return String((v as { key: unknown }).key);
  return String(v);
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (typeof v === 'bigint') return 'an int';
  if (isCelList(v)) return 'a list';
  return `a ${typeof v}`;
}
