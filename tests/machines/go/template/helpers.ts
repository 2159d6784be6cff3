/** Runs a template over a value, as docker would, for the gotemplate tests. */
import { executeTemplate, parseTemplate } from '../../../../machines/format/template';
import type { Val } from '../../../../machines/go/template/types';

export function run(format: string, data: Val, missingKeyError = false): { out: string; error?: string } {
  const p = parseTemplate(format);
  if (!p.ok) return { out: '', error: p.error };
  return executeTemplate(p.template, data, { missingKeyError });
}

export function parseError(format: string): string | undefined {
  const p = parseTemplate(format);
  return p.ok ? undefined : p.error;
}
