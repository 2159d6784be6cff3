/**
 * Parse-tree nodes of Go's text/template (text/template/parse/node.go) and their String() forms,
 * which appear in error messages: `executing "" at <.State.Foo>`, `unexpected {{end}}`.
 */

export interface NumberValue {
  readonly isInt: boolean;
  readonly isUint: boolean;
  readonly isFloat: boolean;
  readonly int: bigint;
  readonly float: number;
  readonly text: string;
}

interface Base {
  readonly pos: number;
}

export type Node =
  | (Base & { readonly type: 'list'; readonly nodes: Node[] })
  | (Base & { readonly type: 'text'; readonly text: string })
  | (Base & { readonly type: 'comment'; readonly text: string })
  | (Base & {
      readonly type: 'action';
      readonly line: number;
      readonly pipe: PipeNode;
    })
  | PipeNode
  | CommandNode
  | (Base & { readonly type: 'identifier'; readonly ident: string })
  | (Base & { readonly type: 'variable'; readonly ident: string[] })
  | (Base & { readonly type: 'dot' })
  | (Base & { readonly type: 'nil' })
  | (Base & { readonly type: 'field'; readonly ident: string[] })
  | (Base & {
      readonly type: 'chain';
      readonly node: Node;
      readonly field: string[];
    })
  | (Base & { readonly type: 'bool'; readonly value: boolean })
  | (Base & { readonly type: 'number'; readonly value: NumberValue })
  | (Base & {
      readonly type: 'string';
      readonly quoted: string;
      readonly text: string;
    })
  | (Base & { readonly type: 'end' })
  | (Base & { readonly type: 'else'; readonly line: number })
  | BranchNode
  | (Base & {
      readonly type: 'template';
      readonly line: number;
      readonly name: string;
      readonly pipe: PipeNode | null;
    })
  | (Base & { readonly type: 'break'; readonly line: number })
  | (Base & { readonly type: 'continue'; readonly line: number });

export interface PipeNode extends Base {
  readonly type: 'pipe';
  readonly line: number;
  isAssign: boolean;
  readonly decl: Array<Node & { type: 'variable' }>;
  readonly cmds: CommandNode[];
}

export interface CommandNode extends Base {
  readonly type: 'command';
  readonly args: Node[];
}

export interface BranchNode extends Base {
  readonly type: 'if' | 'range' | 'with';
  readonly line: number;
  readonly pipe: PipeNode;
  readonly list: Node & { type: 'list' };
  readonly elseList: (Node & { type: 'list' }) | null;
}

export type ListNode = Node & { type: 'list' };

/** node.String() */
export function nodeString(n: Node): string {
  switch (n.type) {
    case 'list':
      return n.nodes.map(nodeString).join('');
    case 'text':
      return n.text;
    case 'comment':
      return `{{${n.text}}}`;
    case 'action':
      return `{{${nodeString(n.pipe)}}}`;
    case 'pipe': {
      let s = '';
      if (n.decl.length > 0) s = n.decl.map(nodeString).join(', ') + (n.isAssign ? ' = ' : ' := ');
      return s + n.cmds.map(nodeString).join(' | ');
    }
    case 'command':
      return n.args.map((a) => (a.type === 'pipe' ? `(${nodeString(a)})` : nodeString(a))).join(' ');
    case 'identifier':
      return n.ident;
    case 'variable':
      return n.ident.join('.');
    case 'dot':
      return '.';
    case 'nil':
      return 'nil';
    case 'field':
      return n.ident.map((i) => '.' + i).join('');
    case 'chain':
      return (
        (n.node.type === 'pipe' ? `(${nodeString(n.node)})` : nodeString(n.node)) + n.field.map((f) => '.' + f).join('')
      );
    case 'bool':
      return n.value ? 'true' : 'false';
    case 'number':
      return n.value.text;
    case 'string':
      return n.quoted;
    case 'end':
      return '{{end}}';
    case 'else':
      return '{{else}}';
    case 'if':
    case 'range':
    case 'with': {
      let s = `{{${n.type} ${nodeString(n.pipe)}}}${nodeString(n.list)}`;
      if (n.elseList !== null) s += `{{else}}${nodeString(n.elseList)}`;
      return s + '{{end}}';
    }
    case 'template':
      return n.pipe === null
        ? `{{template ${JSON.stringify(n.name)}}}`
        : `{{template ${JSON.stringify(n.name)} ${nodeString(n.pipe)}}}`;
    case 'break':
      return '{{break}}';
    case 'continue':
      return '{{continue}}';
  }
}
