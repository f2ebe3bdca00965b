// A labelled input with its inline error, wired for screen readers (aria-invalid, aria-describedby).
import type { ComponentChildren } from 'preact';

export interface FieldProps {
  id: string;
  label: string;
  value: string;
  onInput(value: string): void;
  onBlur?(): void;
  error?: string | undefined;
  hint?: string;
  type?: 'text' | 'url' | 'search';
  multiline?: boolean;
  rows?: number;
  dir?: 'auto' | 'rtl' | 'ltr';
  list?: string;
  required?: boolean;
  inputMode?: 'numeric' | 'decimal' | 'text' | 'url';
  placeholder?: string;
  class?: string;
  children?: ComponentChildren;
}

export function Field(p: FieldProps) {
  const describedBy = [p.hint ? `${p.id}-hint` : '', p.error ? `${p.id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id: p.id,
    name: p.id,
    value: p.value,
    dir: p.dir ?? 'auto',
    'aria-invalid': p.error ? 'true' : undefined,
    'aria-describedby': describedBy,
    'aria-required': p.required ? 'true' : undefined,
    placeholder: p.placeholder,
    onInput: (e: Event) => p.onInput((e.currentTarget as HTMLInputElement).value),
    onBlur: p.onBlur,
  } as const;
  return (
    <div class={`field ${p.error ? 'field--invalid' : ''} ${p.class ?? ''}`}>
      <label class="field__label" for={p.id}>
        {p.label}
        {p.required && <span aria-hidden="true"> *</span>}
      </label>
      {p.multiline ? (
        <textarea class="field__input field__input--multi" rows={p.rows ?? 4} {...common} />
      ) : (
        <input class="field__input" type={p.type ?? 'text'} list={p.list} inputMode={p.inputMode} autocomplete="off" {...common} />
      )}
      {p.hint && (
        <p id={`${p.id}-hint`} class="field__hint">
          {p.hint}
        </p>
      )}
      {p.error && (
        <p id={`${p.id}-error`} class="field__error">
          {p.error}
        </p>
      )}
      {p.children}
    </div>
  );
}
