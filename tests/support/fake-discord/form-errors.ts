import { invalidFormBody, type FormErrorLeaf, type FormErrorTree, type ViolationKind } from './errors.ts';

export type FieldPath = readonly (string | number)[];

/** Collects field errors into Discord's nested `{ a: { 0: { b: { _errors: [...] } } } }` shape. */
export class FormErrors {
  private readonly tree: FormErrorTree = {};
  private count = 0;

  add(path: FieldPath, code: string, message: string): void {
    let node: FormErrorTree = this.tree;
    for (const key of path) {
      const k = String(key);
      const next = (node[k] as FormErrorTree | undefined) ?? {};
      node[k] = next;
      node = next;
    }
    const leaves: FormErrorLeaf[] = node._errors ?? [];
    leaves.push({ code, message });
    node._errors = leaves;
    this.count += 1;
  }

  maxLength(path: FieldPath, value: unknown, max: number): void {
    if (typeof value === 'string' && [...value].length > max) {
      this.add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
    }
  }

  lengthBetween(path: FieldPath, value: unknown, min: number, max: number): void {
    const length = typeof value === 'string' ? [...value].length : Array.isArray(value) ? value.length : undefined;
    if (length === undefined) {
      if (min > 0) this.add(path, 'BASE_TYPE_REQUIRED', 'This field is required');
      return;
    }
    if (length < min || length > max) {
      this.add(path, 'BASE_TYPE_BAD_LENGTH', `Must be between ${min} and ${max} in length.`);
    }
  }

  get isEmpty(): boolean {
    return this.count === 0;
  }

  toTree(): FormErrorTree {
    return this.tree;
  }

  /** Throws 400 50035 if anything was collected. */
  throwIfAny(kind: ViolationKind = 'limit'): void {
    if (!this.isEmpty) throw invalidFormBody(this.tree, kind);
  }
}

/** Characters as Discord counts them (code points), for strings only. */
export function charCount(value: unknown): number {
  return typeof value === 'string' ? [...value].length : 0;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
