/**
 * The parser of Go's text/template (text/template/parse/parse.go, Go 1.22+). Errors read as Go's:
 * `template: :1: function "foo" not defined`, `template: :1: unexpected EOF`.
 */
import { goQuote, goUnquote } from '../strconv';
import { Lexer, itemString, type Item, type ItemType } from './lex';
import type { BranchNode, CommandNode, ListNode, Node, NumberValue, PipeNode } from './node';
import { nodeString } from './node';

export interface Tree {
  readonly name: string;
  readonly parseName: string;
  readonly text: string;
  root: ListNode;
}

export type TreeSet = Map<string, Tree>;

class ParseError extends Error {}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

function parseGoInteger(text: string, signed: boolean): bigint | undefined {
  let s = text;
  let neg = false;
  if (s[0] === '+' || s[0] === '-') {
    if (!signed) return undefined;
    neg = s[0] === '-';
    s = s.slice(1);
  }
  let base = 10;
  let body = s;
  if (/^0[xX]/.test(s)) [base, body] = [16, s.slice(2)];
  else if (/^0[oO]/.test(s)) [base, body] = [8, s.slice(2)];
  else if (/^0[bB]/.test(s)) [base, body] = [2, s.slice(2)];
  else if (/^0\d/.test(s)) [base, body] = [8, s.slice(1)];
  body = body.replace(/_/g, '');
  const digits = {
    2: /^[01]+$/,
    8: /^[0-7]+$/,
    10: /^\d+$/,
    16: /^[0-9a-fA-F]+$/,
  }[base];
  if (digits === undefined || !digits.test(body)) return undefined;
  const prefix = { 2: '0b', 8: '0o', 10: '', 16: '0x' }[base] ?? '';
  let n = BigInt(prefix + body);
  if (neg) n = -n;
  if (signed ? n < INT64_MIN || n > INT64_MAX : n > UINT64_MAX) return undefined;
  return n;
}

function goRuneLiteral(text: string): number | undefined {
  const s = goUnquote(text);
  if (s === undefined) return undefined;
  return s.codePointAt(0);
}

export function newNumber(text: string, typ: ItemType): NumberValue {
  if (typ === 'charConstant') {
    const r = goRuneLiteral(text);
    if (r === undefined) throw new ParseError(`malformed character constant: ${text}`);
    return {
      isInt: true,
      isUint: true,
      isFloat: true,
      int: BigInt(r),
      float: r,
      text,
    };
  }
  if (typ === 'complex' || text.endsWith('i')) {
    // Complex constants parse in Go but nothing docker formats can use them.
    return {
      isInt: false,
      isUint: false,
      isFloat: false,
      int: 0n,
      float: 0,
      text,
    };
  }
  const u = parseGoInteger(text, false);
  const i = parseGoInteger(text, true);
  let isInt = i !== undefined;
  let isUint = u !== undefined || i === 0n;
  let int = i ?? u ?? 0n;
  let float = Number(int);
  let isFloat = isInt || isUint;
  if (!isFloat) {
    const f = Number(text.replace(/_/g, ''));
    if (text.length > 0 && !Number.isNaN(f) && /^[+-]?(\d|\.\d)/.test(text)) {
      if (!/[.eEpP]/.test(text)) throw new ParseError(`integer overflow: ${text}`);
      isFloat = true;
      float = f;
      if (Number.isInteger(f) && Math.abs(f) < 2 ** 63) {
        isInt = true;
        int = BigInt(f);
        if (f >= 0) isUint = true;
      }
    }
  }
  if (!isInt && !isUint && !isFloat) throw new ParseError(`illegal number syntax: ${goQuote(text)}`);
  return { isInt, isUint, isFloat, int, float, text };
}

class Parser {
  private readonly lex: Lexer;
  private token: [Item, Item, Item];
  private peekCount = 0;
  private vars: string[] = ['$'];
  private actionLine = 0;
  private rangeDepth = 0;
  name: string;

  constructor(
    name: string,
    readonly parseName: string,
    readonly text: string,
    private readonly funcs: ReadonlySet<string>,
    private readonly treeSet: TreeSet,
    lex?: Lexer,
  ) {
    this.name = name;
    this.lex = lex ?? new Lexer(text);
    const eof: Item = { typ: 'EOF', pos: 0, val: '', line: 1 };
    this.token = [eof, eof, eof];
  }

  // --- token stream ------------------------------------------------------------------------
  private next(): Item {
    if (this.peekCount > 0) this.peekCount--;
    else this.token[0] = this.lex.nextItem();
    return this.token[this.peekCount] as Item;
  }
  private backup(): void {
    this.peekCount++;
  }
  private backup2(t1: Item): void {
    this.token[1] = t1;
    this.peekCount = 2;
  }
  private backup3(t2: Item, t1: Item): void {
    this.token[1] = t1;
    this.token[2] = t2;
    this.peekCount = 3;
  }
  private peek(): Item {
    if (this.peekCount > 0) return this.token[this.peekCount - 1] as Item;
    this.peekCount = 1;
    this.token[0] = this.lex.nextItem();
    return this.token[0];
  }
  private nextNonSpace(): Item {
    let t: Item;
    do t = this.next();
    while (t.typ === 'space');
    return t;
  }
  private peekNonSpace(): Item {
    const t = this.nextNonSpace();
    this.backup();
    return t;
  }

  // --- errors ------------------------------------------------------------------------------
  errorf(msg: string): never {
    throw new ParseError(`template: ${this.parseName}:${this.token[0].line}: ${msg}`);
  }
  private expect(expected: ItemType, context: string): Item {
    const t = this.nextNonSpace();
    if (t.typ !== expected) this.unexpected(t, context);
    return t;
  }
  private expectOneOf(a: ItemType, b: ItemType, context: string): Item {
    const t = this.nextNonSpace();
    if (t.typ !== a && t.typ !== b) this.unexpected(t, context);
    return t;
  }
  private unexpected(token: Item, context: string): never {
    if (token.typ === 'error') {
      let extra = '';
      if (this.actionLine !== 0 && this.actionLine !== token.line) {
        extra = ` in action started at ${this.parseName}:${this.actionLine}`;
        if (token.val.endsWith(' action')) extra = extra.slice(' in action'.length);
      }
      this.errorf(`${itemString(token)}${extra}`);
    }
    this.errorf(`unexpected ${itemString(token)} in ${context}`);
  }

  // --- grammar -----------------------------------------------------------------------------
  parse(): ListNode {
    const root: ListNode = { type: 'list', pos: this.peek().pos, nodes: [] };
    while (this.peek().typ !== 'EOF') {
      if (this.peek().typ === 'leftDelim') {
        const delim = this.next();
        if (this.nextNonSpace().typ === 'define') {
          const def = new Parser('definition', this.parseName, this.text, this.funcs, this.treeSet, this.lex);
          def.parseDefinition();
          continue;
        }
        this.backup2(delim);
      }
      const n = this.textOrAction();
      if (n.type === 'end' || n.type === 'else') this.errorf(`unexpected ${nodeString(n)}`);
      root.nodes.push(n);
    }
    return root;
  }

  add(root: ListNode): void {
    const existing = this.treeSet.get(this.name);
    if (existing === undefined || isEmptyTree(existing.root)) {
      this.treeSet.set(this.name, {
        name: this.name,
        parseName: this.parseName,
        text: this.text,
        root,
      });
      return;
    }
    if (!isEmptyTree(root)) this.errorf(`template: multiple definition of template ${goQuote(this.name)}`);
  }

  private parseDefinition(): void {
    const context = 'define clause';
    const name = this.expectOneOf('string', 'rawString', context);
    const unq = goUnquote(name.val);
    if (unq === undefined) this.errorf('invalid syntax');
    this.name = unq;
    this.expect('rightDelim', context);
    const { list, next } = this.itemList();
    if (next.type !== 'end') this.errorf(`unexpected ${nodeString(next)} in ${context}`);
    this.add(list);
  }

  private itemList(): { list: ListNode; next: Node } {
    const list: ListNode = {
      type: 'list',
      pos: this.peekNonSpace().pos,
      nodes: [],
    };
    while (this.peekNonSpace().typ !== 'EOF') {
      const n = this.textOrAction();
      if (n.type === 'end' || n.type === 'else') return { list, next: n };
      list.nodes.push(n);
    }
    this.errorf('unexpected EOF');
  }

  private textOrAction(): Node {
    const token = this.nextNonSpace();
    switch (token.typ) {
      case 'text':
        return { type: 'text', pos: token.pos, text: token.val };
      case 'leftDelim': {
        this.actionLine = token.line;
        try {
          return this.action();
        } finally {
          this.actionLine = 0;
        }
      }
      case 'comment':
        return { type: 'comment', pos: token.pos, text: token.val };
      default:
        this.unexpected(token, 'input');
    }
  }

  private action(): Node {
    const token = this.nextNonSpace();
    switch (token.typ) {
      case 'block':
        return this.blockControl();
      case 'break':
        return this.loopControl('break', token);
      case 'continue':
        return this.loopControl('continue', token);
      case 'else':
        return this.elseControl();
      case 'end':
        return { type: 'end', pos: this.expect('rightDelim', 'end').pos };
      case 'if':
        return this.branch('if');
      case 'range':
        return this.branch('range');
      case 'template':
        return this.templateControl();
      case 'with':
        return this.branch('with');
    }
    this.backup();
    const t = this.peek();
    return {
      type: 'action',
      pos: t.pos,
      line: t.line,
      pipe: this.pipeline('command', 'rightDelim'),
    };
  }

  private loopControl(kind: 'break' | 'continue', token: Item): Node {
    const t = this.nextNonSpace();
    if (t.typ !== 'rightDelim') this.unexpected(t, `{{${kind}}}`);
    if (this.rangeDepth === 0) this.errorf(`{{${kind}}} outside {{range}}`);
    return { type: kind, pos: token.pos, line: token.line };
  }

  private pipeline(context: string, end: ItemType): PipeNode {
    const token = this.peekNonSpace();
    const pipe: PipeNode = {
      type: 'pipe',
      pos: token.pos,
      line: token.line,
      isAssign: false,
      decl: [],
      cmds: [],
    };
    for (;;) {
      const v = this.peekNonSpace();
      if (v.typ !== 'variable') break;
      this.next();
      const tokenAfterVariable = this.peek();
      const next = this.peekNonSpace();
      if (next.typ === 'assign' || next.typ === 'declare') {
        pipe.isAssign = next.typ === 'assign';
        this.nextNonSpace();
        pipe.decl.push({
          type: 'variable',
          pos: v.pos,
          ident: v.val.split('.'),
        });
        this.vars.push(v.val);
      } else if (next.typ === 'char' && next.val === ',') {
        this.nextNonSpace();
        pipe.decl.push({
          type: 'variable',
          pos: v.pos,
          ident: v.val.split('.'),
        });
        this.vars.push(v.val);
        if (context === 'range' && pipe.decl.length < 2) {
          const p = this.peekNonSpace().typ;
          if (p === 'variable' || p === 'rightDelim' || p === 'rightParen') continue;
          this.errorf('range can only initialize variables');
        }
        this.errorf(`too many declarations in ${context}`);
      } else if (tokenAfterVariable.typ === 'space') {
        this.backup3(v, tokenAfterVariable);
      } else {
        this.backup2(v);
      }
      break;
    }
    for (;;) {
      const token = this.nextNonSpace();
      switch (token.typ) {
        case end:
          this.checkPipeline(pipe, context);
          return pipe;
        case 'bool':
        case 'charConstant':
        case 'complex':
        case 'dot':
        case 'field':
        case 'identifier':
        case 'number':
        case 'nil':
        case 'rawString':
        case 'string':
        case 'variable':
        case 'leftParen':
          this.backup();
          pipe.cmds.push(this.command());
          break;
        default:
          this.unexpected(token, context);
      }
    }
  }

  private checkPipeline(pipe: PipeNode, context: string): void {
    if (pipe.cmds.length === 0) this.errorf(`missing value for ${context}`);
    pipe.cmds.slice(1).forEach((c, i) => {
      const t = c.args[0]?.type;
      if (t === 'bool' || t === 'dot' || t === 'nil' || t === 'number' || t === 'string') {
        this.errorf(`non executable command in pipeline stage ${i + 2}`);
      }
    });
  }

  private branch(context: 'if' | 'range' | 'with'): BranchNode {
    const mark = this.vars.length;
    try {
      const pipe = this.pipeline(context, 'rightDelim');
      if (context === 'range') this.rangeDepth++;
      const first = this.itemList();
      const list = first.list;
      let next = first.next;
      if (context === 'range') this.rangeDepth--;
      let elseList: ListNode | null = null;
      if (next.type === 'else') {
        if (context === 'if' && this.peek().typ === 'if') {
          this.next();
          elseList = {
            type: 'list',
            pos: next.pos,
            nodes: [this.branch('if')],
          };
        } else if (context === 'with' && this.peek().typ === 'with') {
          this.next();
          elseList = {
            type: 'list',
            pos: next.pos,
            nodes: [this.branch('with')],
          };
        } else {
          ({ list: elseList, next } = this.itemList());
          if (next.type !== 'end') this.errorf(`expected end; found ${nodeString(next)}`);
        }
      }
      return {
        type: context,
        pos: pipe.pos,
        line: pipe.line,
        pipe,
        list,
        elseList,
      };
    } finally {
      this.vars.length = mark;
    }
  }

  private elseControl(): Node {
    const peek = this.peekNonSpace();
    if (peek.typ === 'if' || peek.typ === 'with') return { type: 'else', pos: peek.pos, line: peek.line };
    const token = this.expect('rightDelim', 'else');
    return { type: 'else', pos: token.pos, line: token.line };
  }

  private blockControl(): Node {
    const context = 'block clause';
    const token = this.nextNonSpace();
    const name = this.parseTemplateName(token, context);
    const pipe = this.pipeline(context, 'rightDelim');
    const block = new Parser(name, this.parseName, this.text, this.funcs, this.treeSet, this.lex);
    const { list, next } = block.itemList();
    if (next.type !== 'end') this.errorf(`unexpected ${nodeString(next)} in ${context}`);
    block.add(list);
    return { type: 'template', pos: token.pos, line: token.line, name, pipe };
  }

  private templateControl(): Node {
    const context = 'template clause';
    const token = this.nextNonSpace();
    const name = this.parseTemplateName(token, context);
    let pipe: PipeNode | null = null;
    if (this.nextNonSpace().typ !== 'rightDelim') {
      this.backup();
      pipe = this.pipeline(context, 'rightDelim');
    }
    return { type: 'template', pos: token.pos, line: token.line, name, pipe };
  }

  private parseTemplateName(token: Item, context: string): string {
    if (token.typ === 'string' || token.typ === 'rawString') {
      const s = goUnquote(token.val);
      if (s === undefined) this.errorf('invalid syntax');
      return s;
    }
    this.unexpected(token, context);
  }

  private command(): CommandNode {
    const cmd: CommandNode = {
      type: 'command',
      pos: this.peekNonSpace().pos,
      args: [],
    };
    for (;;) {
      this.peekNonSpace();
      const operand = this.operand();
      if (operand !== null) cmd.args.push(operand);
      const token = this.next();
      if (token.typ === 'space') continue;
      if (token.typ === 'rightDelim' || token.typ === 'rightParen') this.backup();
      else if (token.typ !== 'pipe') this.unexpected(token, 'operand');
      break;
    }
    if (cmd.args.length === 0) this.errorf('empty command');
    return cmd;
  }

  private operand(): Node | null {
    let node = this.term();
    if (node === null) return null;
    if (this.peek().typ === 'field') {
      const pos = this.peek().pos;
      const fields: string[] = [];
      while (this.peek().typ === 'field') fields.push(this.next().val.slice(1));
      switch (node.type) {
        case 'field':
          node = { type: 'field', pos, ident: [...node.ident, ...fields] };
          break;
        case 'variable':
          node = { type: 'variable', pos, ident: [...node.ident, ...fields] };
          break;
        case 'bool':
        case 'string':
        case 'number':
        case 'nil':
        case 'dot':
          this.errorf(`unexpected . after term ${goQuote(nodeString(node))}`);
          break;
        default:
          node = { type: 'chain', pos, node, field: fields };
      }
    }
    return node;
  }

  private term(): Node | null {
    const token = this.nextNonSpace();
    switch (token.typ) {
      case 'identifier':
        if (!this.funcs.has(token.val)) this.errorf(`function ${goQuote(token.val)} not defined`);
        return { type: 'identifier', pos: token.pos, ident: token.val };
      case 'dot':
        return { type: 'dot', pos: token.pos };
      case 'nil':
        return { type: 'nil', pos: token.pos };
      case 'variable':
        return this.useVar(token.pos, token.val);
      case 'field':
        return { type: 'field', pos: token.pos, ident: [token.val.slice(1)] };
      case 'bool':
        return { type: 'bool', pos: token.pos, value: token.val === 'true' };
      case 'charConstant':
      case 'complex':
      case 'number':
        try {
          return {
            type: 'number',
            pos: token.pos,
            value: newNumber(token.val, token.typ),
          };
        } catch (e) {
          return this.errorf((e as Error).message);
        }
      case 'leftParen':
        return this.pipeline('parenthesized pipeline', 'rightParen');
      case 'string':
      case 'rawString': {
        const s = goUnquote(token.val);
        if (s === undefined) this.errorf('invalid syntax');
        return { type: 'string', pos: token.pos, quoted: token.val, text: s };
      }
    }
    this.backup();
    return null;
  }

  private useVar(pos: number, name: string): Node {
    const ident = name.split('.');
    if (!this.vars.includes(ident[0] as string)) this.errorf(`undefined variable ${goQuote(ident[0] as string)}`);
    return { type: 'variable', pos, ident };
  }
}

function isEmptyTree(n: Node): boolean {
  switch (n.type) {
    case 'comment':
      return true;
    case 'list':
      return n.nodes.every(isEmptyTree);
    case 'text':
      return n.text.trim() === '';
    default:
      return false;
  }
}

/** Parses a template named `name`; `funcs` are the names of the functions it may call. */
export function parseTemplateText(
  name: string,
  text: string,
  funcs: ReadonlySet<string>,
): { ok: true; trees: TreeSet } | { ok: false; error: string } {
  const trees: TreeSet = new Map();
  const p = new Parser(name, name, text, funcs, trees);
  try {
    const root = p.parse();
    p.add(root);
    return { ok: true, trees };
  } catch (e) {
    if (e instanceof ParseError) return { ok: false, error: e.message };
    throw e;
  }
}
