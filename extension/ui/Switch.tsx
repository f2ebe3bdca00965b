// An on/off switch: a native checkbox with role="switch", so Space toggles it and screen readers
// announce its state. Presentational.
export interface SwitchProps {
  id: string;
  label: string;
  checked: boolean;
  disabled?: boolean;
  onChange(checked: boolean): void;
}

export function Switch({ id, label, checked, disabled = false, onChange }: SwitchProps) {
  return (
    <label class="switch" for={id}>
      <span class="switch__label">{label}</span>
      <input
        id={id}
        class="switch__input"
        type="checkbox"
        role="switch"
        checked={checked}
        disabled={disabled}
        aria-checked={checked}
        onChange={(event) => onChange((event.currentTarget as HTMLInputElement).checked)}
      />
      <span class="switch__track" aria-hidden="true" />
    </label>
  );
}
