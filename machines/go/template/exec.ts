/**
 * The executor of Go's text/template (text/template/exec.go), over the value model in types.ts.
 * Error texts and locations follow Go:
 *   template: :1:2: executing "" at <.Foo>: can't evaluate field Foo in type *formatter.ContainerContext
 */
import { goQuote, utf8Length } from '../strconv';
import type { Node, PipeNode, CommandNode, BranchNode } from './node';
import { nodeString } from './node';
import type { Tree, TreeSet } from './parse';
import { formatV, printAction } from './print';
import {
  BOOL,
  FLOAT64,
  GoCallError,
  INT,
  INVALID,
  STRING,
  dynamic,
  fieldValue,
  methodsOf,
  sameType,
  sortedKeys,
  typeName,
  zeroOf,
  type GoMethod,
  type GoType,
  type GoValue,
  type Val,
} from './types';

/** reflect.Value parameters (Go's builtins take them): any value, even an invalid one. */
export const REFLECT_VALUE: { readonly kind: 'reflect' } = { kind: 'reflect' };
export type ParamType = GoType | { readonly kind: 'reflect' };

export interface GoFunc {
  readonly params: readonly ParamType[];
  /** Element type of a final `...T` parameter. */
  readonly variadic?: ParamType;
  /** Returns the result; throw GoCallError for a non-nil error result. */
  readonly call: (args: readonly Val[]) => Val;
}

export type FuncMap = Readonly<Record<string, GoFunc>>;

export class ExecError extends Error {}

const MISSING = Symbol('missing');
type Final = Val | typeof MISSING;

class BreakSignal {}
class ContinueSignal {}

function paramName(t: ParamType): string {
  return t.kind === 'reflect' ? 'reflect.Value' : typeName(t);
}

function canBeNil(t: ParamType): boolean {
  if (t.kind === 'reflect') return true;
  return t.kind === 'iface' || t.kind === 'ptr' || t.kind === 'slice' || t.kind === 'map';
}

function assignable(from: GoType, to: GoType): boolean {
  return to.kind === 'iface' || sameType(from, to);
}

/** indirect(): follow pointers and interfaces; stops at a nil one. */
function indirect(v: GoValue): { v: GoValue; isNil: boolean } {
  let cur = v;
  for (;;) {
    if (cur.t.kind === 'ptr') {
      if (cur.v === null) return { v: cur, isNil: true };
      cur = { t: cur.t.elem, v: cur.v };
    } else if (cur.t.kind === 'iface') {
      if (cur.v === null || cur.v === undefined) return { v: cur, isNil: true };
      cur = dynamic(cur.v) as GoValue;
    } else {
      return { v: cur, isNil: false };
    }
  }
}

/** indirectInterface(): the concrete value inside an interface, INVALID for a nil one. */
function indirectInterface(v: Val): Val {
  if (v === null || v.t.kind !== 'iface') return v;
  return dynamic(v.v);
}

/** isTrue: the truth of if/with/and/or/not. */
export function isTrue(v: Val): boolean {
  if (v === null) return false;
  switch (v.t.kind) {
    case 'string':
    case 'number':
      return String(v.v).length > 0;
    case 'slice':
      return v.v !== null && (v.v as unknown[]).length > 0;
    case 'map':
      return v.v !== null && Object.keys(v.v as object).length > 0;
    case 'bool':
      return v.v === true;
    case 'int':
    case 'float':
      return Number(v.v) !== 0;
    case 'ptr':
    case 'iface':
      return v.v !== null && v.v !== undefined;
    case 'struct':
      return true;
  }
}

function elemOf(t: GoType & { elem: GoType }, raw: unknown): GoValue {
  return t.elem.kind === 'iface' ? { t: t.elem, v: raw ?? null } : { t: t.elem, v: raw };
}

export interface ExecOptions {
  readonly missingKeyError?: boolean;
}

class State {
  out = '';
  node: Node | null = null;
  vars: Array<{ name: string; value: Val }>;

  constructor(
    private tree: Tree,
    private readonly trees: TreeSet,
    private readonly funcs: FuncMap,
    private readonly opts: ExecOptions,
    dot: Val,
    private readonly depth = 0,
  ) {
    this.vars = [{ name: '$', value: dot }];
  }

  // --- errors --------------------------------------------------------------------------------
  errorf(msg: string): never {
    const name = goQuote(this.tree.name);
    if (this.node === null) throw new ExecError(`template: ${this.tree.name}: ${msg}`);
    const pos = this.node.pos;
    const text = this.tree.text.slice(0, pos);
    const nl = text.lastIndexOf('\n');
    const byteNum = nl === -1 ? utf8Length(text) : utf8Length(text.slice(nl + 1));
    const line = 1 + (text.match(/\n/g)?.length ?? 0);
    const location = `${this.tree.parseName}:${line}:${byteNum}`;
    throw new ExecError(`template: ${location}: executing ${name} at <${nodeString(this.node)}>: ${msg}`);
  }

  private at(n: Node): void {
    this.node = n;
  }

  // --- variables -----------------------------------------------------------------------------
  private mark(): number {
    return this.vars.length;
  }
  private pop(mark: number): void {
    this.vars.length = mark;
  }
  private setVar(name: string, value: Val): void {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      const v = this.vars[i];
      if (v !== undefined && v.name === name) {
        v.value = value;
        return;
      }
    }
    this.errorf(`undefined variable: ${name}`);
  }
  private setTopVar(n: number, value: Val): void {
    const v = this.vars[this.vars.length - n];
    if (v !== undefined) v.value = value;
  }
  private varValue(name: string): Val {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      const v = this.vars[i];
      if (v !== undefined && v.name === name) return v.value;
    }
    return this.errorf(`undefined variable: ${name}`);
  }

  // --- walking -------------------------------------------------------------------------------
  walk(dot: Val, node: Node): void {
    this.at(node);
    switch (node.type) {
      case 'action': {
        const val = this.evalPipeline(dot, node.pipe);
        if (node.pipe.decl.length === 0) {
          this.at(node);
          this.out += printAction(val);
        }
        return;
      }
      case 'comment':
        return;
      case 'if':
      case 'with':
        return this.walkIfOrWith(node, dot);
      case 'list':
        for (const n of node.nodes) this.walk(dot, n);
        return;
      case 'range':
        return this.walkRange(dot, node);
      case 'template':
        return this.walkTemplate(dot, node);
      case 'text':
        this.out += node.text;
        return;
      case 'break':
        throw new BreakSignal();
      case 'continue':
        throw new ContinueSignal();
      default:
        this.errorf(`unknown node: ${nodeString(node)}`);
    }
  }

  private walkIfOrWith(node: BranchNode, dot: Val): void {
    const mark = this.mark();
    try {
      const val = this.evalPipeline(dot, node.pipe);
      if (isTrue(indirectInterface(val))) {
        this.walk(node.type === 'with' ? val : dot, node.list);
      } else if (node.elseList !== null) {
        this.walk(dot, node.elseList);
      }
    } finally {
      this.pop(mark);
    }
  }

  private walkRange(dot: Val, r: BranchNode): void {
    this.at(r);
    const outer = this.mark();
    try {
      const piped = this.evalPipeline(dot, r.pipe);
      const val = piped === null ? null : indirect(piped).v;
      const mark = this.mark();
      const decl = r.pipe.decl;
      const one = (index: Val, elem: Val): boolean => {
        if (decl.length > 0) {
          if (r.pipe.isAssign)
            this.setVar((decl[0] as { ident: string[] }).ident[0] as string, decl.length > 1 ? index : elem);
          else this.setTopVar(1, elem);
        }
        if (decl.length > 1) {
          if (r.pipe.isAssign) this.setVar((decl[1] as { ident: string[] }).ident[0] as string, elem);
          else this.setTopVar(2, index);
        }
        try {
          this.walk(elem, r.list);
        } catch (e) {
          if (e instanceof BreakSignal) return false;
          if (!(e instanceof ContinueSignal)) throw e;
        } finally {
          this.pop(mark);
        }
        return true;
      };
      let ran = false;
      if (val === null) {
        // An invalid value (nil map, missing key) acts like an empty map.
      } else if (val.t.kind === 'slice') {
        const items = (val.v as unknown[] | null) ?? [];
        for (let i = 0; i < items.length; i++) {
          ran = true;
          if (!one({ t: INT, v: i }, elemOf(val.t, items[i]))) break;
        }
      } else if (val.t.kind === 'map') {
        const o = (val.v as Record<string, unknown> | null) ?? {};
        for (const k of sortedKeys(o)) {
          ran = true;
          if (!one({ t: STRING, v: k }, elemOf(val.t, o[k]))) break;
        }
      } else if (val.t.kind === 'int') {
        if (decl.length > 1) this.errorf(`can't use ${formatV(val)} to iterate over more than one variable`);
        const n = Number(val.v);
        for (let i = 0; i < n; i++) {
          ran = true;
          if (!one({ t: val.t, v: i }, { t: val.t, v: i })) break;
        }
      } else {
        this.errorf(`range can't iterate over ${formatV(val)}`);
      }
      if (!ran && r.elseList !== null) this.walk(dot, r.elseList);
    } finally {
      this.pop(outer);
    }
  }

  private walkTemplate(dot: Val, t: Node & { type: 'template' }): void {
    this.at(t);
    const tmpl = this.trees.get(t.name);
    if (tmpl === undefined) this.errorf(`template ${goQuote(t.name)} not defined`);
    if (this.depth >= 1000) this.errorf('exceeded maximum template depth (1000)');
    const newDot = this.evalPipeline(dot, t.pipe);
    const sub = new State(tmpl, this.trees, this.funcs, this.opts, newDot, this.depth + 1);
    try {
      sub.walk(newDot, tmpl.root);
    } finally {
      this.out += sub.out;
    }
  }

  // --- evaluation ----------------------------------------------------------------------------
  evalPipeline(dot: Val, pipe: PipeNode | null): Val {
    if (pipe === null) return INVALID;
    this.at(pipe);
    let value: Final = MISSING;
    for (const cmd of pipe.cmds) {
      value = indirectInterface(this.evalCommand(dot, cmd, value));
    }
    const result = value === MISSING ? INVALID : value;
    for (const v of pipe.decl) {
      const name = v.ident[0] as string;
      if (pipe.isAssign) this.setVar(name, result);
      else this.vars.push({ name, value: result });
    }
    return result;
  }

  private notAFunction(args: readonly Node[], final: Final): void {
    if (args.length > 1 || final !== MISSING) {
      this.errorf(`can't give argument to non-function ${nodeString(args[0] as Node)}`);
    }
  }

  private evalCommand(dot: Val, cmd: CommandNode, final: Final): Val {
    const first = cmd.args[0] as Node;
    switch (first.type) {
      case 'field':
        return this.evalFieldNode(dot, first, cmd.args, final);
      case 'chain':
        return this.evalChainNode(dot, first, cmd.args, final);
      case 'identifier':
        return this.evalFunction(dot, first, cmd, cmd.args, final);
      case 'pipe':
        this.notAFunction(cmd.args, final);
        return this.evalPipeline(dot, first);
      case 'variable':
        return this.evalVariableNode(dot, first, cmd.args, final);
    }
    this.at(first);
    this.notAFunction(cmd.args, final);
    switch (first.type) {
      case 'bool':
        return { t: BOOL, v: first.value };
      case 'dot':
        return dot;
      case 'nil':
        return this.errorf('nil is not a command');
      case 'number':
        return this.idealConstant(first);
      case 'string':
        return { t: STRING, v: first.text };
    }
    return this.errorf(`can't evaluate command ${goQuote(nodeString(first))}`);
  }

  private idealConstant(c: Node & { type: 'number' }): Val {
    this.at(c);
    const n = c.value;
    const isHex = /^[+-]?0[xX]/.test(n.text) && !/[pP]/.test(n.text);
    if (n.isFloat && !isHex && !n.text.startsWith("'") && /[.eEpP]/.test(n.text)) return { t: FLOAT64, v: n.float };
    if (n.isInt) return { t: INT, v: Number(n.int) };
    if (n.isUint) this.errorf(`${n.text} overflows int`);
    return INVALID;
  }

  private evalFieldNode(dot: Val, field: Node & { type: 'field' }, args: readonly Node[] | null, final: Final): Val {
    this.at(field);
    return this.evalFieldChain(dot, dot, field, field.ident, args, final);
  }

  private evalChainNode(dot: Val, chain: Node & { type: 'chain' }, args: readonly Node[] | null, final: Final): Val {
    this.at(chain);
    if (chain.field.length === 0) this.errorf('internal error: no fields in evalChainNode');
    if (chain.node.type === 'nil') this.errorf(`indirection through explicit nil in ${nodeString(chain)}`);
    const pipe = this.evalArg(dot, null, chain.node);
    return this.evalFieldChain(dot, pipe, chain, chain.field, args, final);
  }

  private evalVariableNode(dot: Val, v: Node & { type: 'variable' }, args: readonly Node[] | null, final: Final): Val {
    this.at(v);
    const value = this.varValue(v.ident[0] as string);
    if (v.ident.length === 1) {
      this.notAFunction(args ?? [v], final);
      return value;
    }
    return this.evalFieldChain(dot, value, v, v.ident.slice(1), args, final);
  }

  private evalFieldChain(
    dot: Val,
    receiver: Val,
    node: Node,
    ident: readonly string[],
    args: readonly Node[] | null,
    final: Final,
  ): Val {
    let r = receiver;
    for (let i = 0; i < ident.length - 1; i++) r = this.evalField(dot, ident[i] as string, node, null, MISSING, r);
    return this.evalField(dot, ident[ident.length - 1] as string, node, args, final, r);
  }

  private evalFunction(
    dot: Val,
    node: Node & { type: 'identifier' },
    cmd: Node,
    args: readonly Node[] | null,
    final: Final,
  ): Val {
    this.at(node);
    const fn = this.funcs[node.ident];
    if (fn === undefined) this.errorf(`${goQuote(node.ident)} is not a defined function`);
    return this.evalCall(dot, fn, cmd, node.ident, args, final);
  }

  private evalField(
    dot: Val,
    fieldName: string,
    node: Node,
    args: readonly Node[] | null,
    final: Final,
    receiver: Val,
  ): Val {
    if (receiver === null) {
      if (this.opts.missingKeyError) this.errorf(`nil data; no entry for key ${goQuote(fieldName)}`);
      return INVALID;
    }
    const typ = receiver.t;
    const { v: recv, isNil } = indirect(receiver);
    if (recv.t.kind === 'iface' && isNil) this.errorf(`nil pointer evaluating ${typeName(typ)}.${fieldName}`);
    const base = recv.t.kind === 'ptr' ? recv.t.elem : recv.t;
    const method: GoMethod | undefined = methodsOf(base)?.[fieldName];
    if (method !== undefined) {
      if (isNil)
        this.errorf(`error calling ${fieldName}: runtime error: invalid memory address or nil pointer dereference`);
      const bound: GoFunc = {
        params: method.params,
        call: (a) => ({
          t: method.result,
          v: method.call(recv.v, a as GoValue[]),
        }),
      };
      return this.evalCall(dot, bound, node, fieldName, args, final);
    }
    const hasArgs = (args !== null && args.length > 1) || final !== MISSING;
    switch (recv.t.kind) {
      case 'struct': {
        const f = recv.t.fields.find((x) => x.name === fieldName);
        if (f !== undefined) {
          if (hasArgs) this.errorf(`${fieldName} has arguments but cannot be invoked as function`);
          return fieldValue(recv.v, f);
        }
        break;
      }
      case 'map': {
        if (hasArgs) this.errorf(`${fieldName} is not a method but has arguments`);
        const o = recv.v as Record<string, unknown> | null;
        if (o === null || !Object.prototype.hasOwnProperty.call(o, fieldName)) {
          if (this.opts.missingKeyError) this.errorf(`map has no entry for key ${goQuote(fieldName)}`);
          return INVALID;
        }
        return elemOf(recv.t, o[fieldName]);
      }
      case 'ptr':
        if (recv.t.elem.kind === 'struct' && recv.t.elem.fields.some((x) => x.name === fieldName)) {
          this.errorf(`nil pointer evaluating ${typeName(typ)}.${fieldName}`);
        }
        break;
    }
    return this.errorf(`can't evaluate field ${fieldName} in type ${typeName(typ)}`);
  }

  private evalCall(
    dot: Val,
    fn: GoFunc,
    node: Node,
    name: string,
    argNodes: readonly Node[] | null,
    final: Final,
  ): Val {
    const args = argNodes === null ? [] : argNodes.slice(1);
    const numIn = args.length + (final !== MISSING ? 1 : 0);
    let numFixed = args.length;
    if (fn.variadic !== undefined) {
      numFixed = fn.params.length;
      if (numIn < numFixed)
        this.errorf(`wrong number of args for ${name}: want at least ${numFixed} got ${args.length}`);
    } else if (numIn !== fn.params.length) {
      this.errorf(`wrong number of args for ${name}: want ${fn.params.length} got ${numIn}`);
    }
    if ((name === 'and' || name === 'or') && this.funcs[name] === fn) {
      // Builtin and/or short-circuit (Go 1.18+).
      let v: Val = INVALID;
      for (const a of args) {
        v = this.evalArg(dot, REFLECT_VALUE, a);
        if (isTrue(indirectInterface(v)) === (name === 'or')) return v;
      }
      if (final !== MISSING) v = this.validateType(final, REFLECT_VALUE);
      return v;
    }
    const argv: Val[] = [];
    let i = 0;
    for (; i < numFixed && i < args.length; i++)
      argv.push(this.evalArg(dot, fn.params[i] as ParamType, args[i] as Node));
    if (fn.variadic !== undefined)
      for (; i < args.length; i++) argv.push(this.evalArg(dot, fn.variadic, args[i] as Node));
    if (final !== MISSING) {
      let t: ParamType = fn.params[fn.params.length - 1] ?? REFLECT_VALUE;
      if (fn.variadic !== undefined) t = numIn - 1 < numFixed ? (fn.params[numIn - 1] as ParamType) : fn.variadic;
      argv.push(this.validateType(final, t));
    }
    try {
      return fn.call(argv);
    } catch (e) {
      if (e instanceof GoCallError) {
        this.at(node);
        this.errorf(`error calling ${name}: ${e.message}`);
      }
      throw e;
    }
  }

  private validateType(value: Val, typ: ParamType | null): Val {
    if (value === null) {
      if (typ === null) return INVALID;
      if (typ.kind === 'reflect') return INVALID;
      if (canBeNil(typ)) return zeroOf(typ);
      this.errorf(`invalid value; expected ${paramName(typ)}`);
    }
    if (typ === null || typ.kind === 'reflect') return value;
    if (!assignable(value.t, typ)) {
      if (value.t.kind === 'iface' && value.v !== null) {
        const inner = dynamic(value.v);
        if (inner !== null && assignable(inner.t, typ)) return inner;
      }
      if (value.t.kind === 'ptr' && assignable(value.t.elem, typ)) {
        if (value.v === null) this.errorf(`dereference of nil pointer of type ${typeName(typ)}`);
        return { t: value.t.elem, v: value.v };
      }
      this.errorf(`wrong type for value; expected ${typeName(typ)}; got ${typeName(value.t)}`);
    }
    return value;
  }

  private evalArg(dot: Val, typ: ParamType | null, n: Node): Val {
    this.at(n);
    switch (n.type) {
      case 'dot':
        return this.validateType(dot, typ);
      case 'nil':
        if (typ !== null && canBeNil(typ)) return typ.kind === 'reflect' ? INVALID : zeroOf(typ);
        return this.errorf(`cannot assign nil to ${typ === null ? '<nil>' : paramName(typ)}`);
      case 'field':
        return this.validateType(this.evalFieldNode(dot, n, [n], MISSING), typ);
      case 'variable':
        return this.validateType(this.evalVariableNode(dot, n, null, MISSING), typ);
      case 'pipe':
        return this.validateType(this.evalPipeline(dot, n), typ);
      case 'identifier':
        return this.validateType(this.evalFunction(dot, n, n, null, MISSING), typ);
      case 'chain':
        return this.validateType(this.evalChainNode(dot, n, null, MISSING), typ);
    }
    if (typ === null || typ.kind === 'reflect' || typ.kind === 'iface') return this.evalEmptyInterface(dot, n);
    switch (typ.kind) {
      case 'bool':
        if (n.type === 'bool') return { t: typ, v: n.value };
        return this.errorf(`expected bool; found ${nodeString(n)}`);
      case 'string':
        if (n.type === 'string') return { t: typ, v: n.text };
        return this.errorf(`expected string; found ${nodeString(n)}`);
      case 'int':
        if (n.type === 'number' && n.value.isInt) return { t: typ, v: Number(n.value.int) };
        return this.errorf(`expected integer; found ${nodeString(n)}`);
      case 'float':
        if (n.type === 'number' && n.value.isFloat) return { t: typ, v: n.value.float };
        return this.errorf(`expected float; found ${nodeString(n)}`);
    }
    return this.errorf(`can't handle ${nodeString(n)} for arg of type ${typeName(typ)}`);
  }

  private evalEmptyInterface(dot: Val, n: Node): Val {
    this.at(n);
    switch (n.type) {
      case 'bool':
        return { t: BOOL, v: n.value };
      case 'dot':
        return dot;
      case 'field':
        return this.evalFieldNode(dot, n, null, MISSING);
      case 'identifier':
        return this.evalFunction(dot, n, n, null, MISSING);
      case 'number':
        return this.idealConstant(n);
      case 'string':
        return { t: STRING, v: n.text };
      case 'variable':
        return this.evalVariableNode(dot, n, null, MISSING);
      case 'pipe':
        return this.evalPipeline(dot, n);
    }
    return this.errorf(`can't handle assignment of ${nodeString(n)} to empty interface argument`);
  }
}

export interface ExecResult {
  /** Everything written before execution stopped. */
  readonly out: string;
  /** The ExecError message, when execution failed. */
  readonly error?: string;
}

/** Executes the template `name` of a parsed set with `data` as dot. */
export function execute(trees: TreeSet, name: string, data: Val, funcs: FuncMap, opts: ExecOptions = {}): ExecResult {
  const tree = trees.get(name);
  if (tree === undefined)
    return {
      out: '',
      error: `template: no template ${goQuote(name)} associated with template ${goQuote(name)}`,
    };
  const state = new State(tree, trees, funcs, opts, data);
  try {
    state.walk(data, tree.root);
    return { out: state.out };
  } catch (e) {
    if (e instanceof ExecError) return { out: state.out, error: e.message };
    throw e;
  }
}
