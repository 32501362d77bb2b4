'use client';

import { useSyncExternalStore } from 'react';
import { Monitor, Moon, Sun, type LucideIcon } from 'lucide-react';
import * as DropdownMenuPrimitive from '@radix-ui/react-dropdown-menu';
import { cn } from '@/lib/utils';
import { readThemeChoice, saveThemeChoice, THEME_EVENT, THEME_LABELS, THEME_STORAGE_KEY, themeChoiceSchema, type ThemeChoice } from '@/lib/theme';

const CHOICES: { value: ThemeChoice; icon: LucideIcon }[] = [
  { value: 'system', icon: Monitor },
  { value: 'light', icon: Sun },
  { value: 'dark', icon: Moon },
];

function subscribe(onChange: () => void): () => void {
  const onStorage = (e: StorageEvent) => e.key === THEME_STORAGE_KEY && onChange();
  window.addEventListener(THEME_EVENT, onChange);
  window.addEventListener('storage', onStorage);
  return () => {
    window.removeEventListener(THEME_EVENT, onChange);
    window.removeEventListener('storage', onStorage);
  };
}

/** The stored choice, kept current across this tab's switches and other tabs; "system" while rendering on the server. */
export function useThemeChoice(): [ThemeChoice, (choice: ThemeChoice) => void] {
  const choice = useSyncExternalStore(subscribe, () => readThemeChoice(window.localStorage), () => 'system' as const);
  return [choice, saveThemeChoice];
}

/** The theme as three radio items, for the user menu (inside a DropdownMenuContent). */
export function ThemeMenuItems() {
  const [choice, setChoice] = useThemeChoice();
  return (
    <DropdownMenuPrimitive.RadioGroup value={choice} onValueChange={(v) => setChoice(themeChoiceSchema.catch('system').parse(v))} aria-label="Theme">
      <DropdownMenuPrimitive.Label className="px-2 py-1.5 text-xs font-medium text-muted-foreground">Theme</DropdownMenuPrimitive.Label>
      {CHOICES.map(({ value, icon: Icon }) => (
        <DropdownMenuPrimitive.RadioItem
          key={value}
          value={value}
          className="relative flex cursor-default select-none items-center gap-2 rounded-sm px-2 py-1.5 text-sm outline-none focus:bg-accent focus:text-accent-foreground data-[state=checked]:font-medium"
        >
          <Icon className="size-4" aria-hidden />
          {THEME_LABELS[value]}
          <DropdownMenuPrimitive.ItemIndicator className="ml-auto text-xs">✓</DropdownMenuPrimitive.ItemIndicator>
        </DropdownMenuPrimitive.RadioItem>
      ))}
    </DropdownMenuPrimitive.RadioGroup>
  );
}

/** The theme as a radio group of its own, for a settings form. */
export function ThemeSelect({ className }: { className?: string }) {
  const [choice, setChoice] = useThemeChoice();
  return (
    <fieldset className={cn('flex flex-col gap-2', className)}>
      <legend className="mb-2 text-sm font-medium">Theme</legend>
      <div className="inline-flex w-fit gap-1 rounded-lg border p-1">
        {CHOICES.map(({ value, icon: Icon }) => (
          <label
            key={value}
            className="flex cursor-pointer items-center gap-2 rounded-md px-3 py-1.5 text-sm has-[:checked]:bg-accent has-[:checked]:font-medium has-[:focus-visible]:ring-[3px] has-[:focus-visible]:ring-ring/50"
          >
            <input type="radio" name="theme" value={value} checked={choice === value} onChange={() => setChoice(value)} className="sr-only" />
            <Icon className="size-4" aria-hidden />
            {THEME_LABELS[value]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
