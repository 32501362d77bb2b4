import { z } from 'zod';

/**
 * Dark mode: follows the system unless the person picked light or dark, kept in localStorage (per browser, like
 * the system setting it overrides). The class `dark` on <html> is set before first paint by THEME_SCRIPT (inline,
 * with the page's CSP nonce: app/layout.tsx), so there is no flash; the switch (components/layout/theme-switch)
 * calls applyTheme, which does the same.
 */
export const THEME_STORAGE_KEY = 'nest-theme';
export const THEME_EVENT = 'nest-theme-change';

export const themeChoiceSchema = z.enum(['system', 'light', 'dark']);
export type ThemeChoice = z.infer<typeof themeChoiceSchema>;

export const THEME_LABELS: Record<ThemeChoice, string> = { system: 'System', light: 'Light', dark: 'Dark' };

/** What is stored, as a choice; anything else (nothing, an old or tampered value) means "system". */
export function readThemeChoice(storage: Pick<Storage, 'getItem'> | undefined): ThemeChoice {
  try {
    return themeChoiceSchema.catch('system').parse(storage?.getItem(THEME_STORAGE_KEY));
  } catch {
    // Storage can throw (disabled cookies, sandboxed frames): the system setting it is.
    return 'system';
  }
}

export const isDark = (choice: ThemeChoice, systemDark: boolean): boolean => choice === 'dark' || (choice === 'system' && systemDark);

/** Sets <html>'s class and color-scheme (native controls, such as date pickers, follow it). */
export function applyTheme(root: HTMLElement, dark: boolean): void {
  root.classList.toggle('dark', dark);
  root.style.colorScheme = dark ? 'dark' : 'light';
}

/**
 * The same logic as readThemeChoice + isDark + applyTheme, as a script small enough to inline in <head>; it also
 * follows the system while the choice is "system" and another tab's change. lib/theme.test.ts runs it.
 */
export const THEME_SCRIPT = `try{(function(){var k=${JSON.stringify(THEME_STORAGE_KEY)},d=document.documentElement,m=window.matchMedia('(prefers-color-scheme: dark)');function a(){var c=null;try{c=localStorage.getItem(k)}catch(e){}var t=c==='dark'||(c!=='light'&&m.matches);d.classList.toggle('dark',t);d.style.colorScheme=t?'dark':'light'}a();m.addEventListener('change',a);window.addEventListener('storage',function(e){if(e.key===k)a()});window.addEventListener(${JSON.stringify(THEME_EVENT)},a)})()}catch(e){}`;

/** Stores the choice and applies it at once, in this tab (the inline script listens) and in others (storage event). */
export function saveThemeChoice(choice: ThemeChoice): void {
  try {
    if (choice === 'system') window.localStorage.removeItem(THEME_STORAGE_KEY);
    else window.localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Not stored: it still applies to this page.
  }
  applyTheme(document.documentElement, isDark(choice, window.matchMedia('(prefers-color-scheme: dark)').matches));
  window.dispatchEvent(new Event(THEME_EVENT));
}
