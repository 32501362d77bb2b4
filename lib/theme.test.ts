/** @jest-environment jsdom */
import { isDark, readThemeChoice, saveThemeChoice, THEME_SCRIPT, THEME_STORAGE_KEY } from './theme';

// The inline script and the switch must agree: both are run here against a stubbed system preference.

type Listener = () => void;
let systemDark = false;
let mediaListeners: Listener[] = [];

beforeEach(() => {
  systemDark = false;
  mediaListeners = [];
  localStorage.clear();
  document.documentElement.className = '';
  document.documentElement.style.colorScheme = '';
  window.matchMedia = ((query: string) => ({
    get matches() {
      return query.includes('dark') && systemDark;
    },
    addEventListener: (_: string, l: Listener) => mediaListeners.push(l),
  })) as unknown as typeof window.matchMedia;
});

const runScript = () => new Function(THEME_SCRIPT)();
const html = document.documentElement;

test('with nothing stored the script follows the system, also when the system changes', () => {
  systemDark = true;
  runScript();
  expect(html.classList.contains('dark')).toBe(true);
  expect(html.style.colorScheme).toBe('dark');
  systemDark = false;
  mediaListeners.forEach((l) => l());
  expect(html.classList.contains('dark')).toBe(false);
  expect(html.style.colorScheme).toBe('light');
});

test('a stored choice wins over the system, in the script and in the switch', () => {
  systemDark = true;
  localStorage.setItem(THEME_STORAGE_KEY, 'light');
  runScript();
  expect(html.classList.contains('dark')).toBe(false);

  saveThemeChoice('dark');
  expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
  expect(html.classList.contains('dark')).toBe(true);
  systemDark = false;
  mediaListeners.forEach((l) => l());
  expect(html.classList.contains('dark')).toBe(true);
});

test('choosing "system" forgets the choice and goes back to the system', () => {
  runScript();
  saveThemeChoice('dark');
  saveThemeChoice('system');
  expect(localStorage.getItem(THEME_STORAGE_KEY)).toBeNull();
  expect(html.classList.contains('dark')).toBe(false);
});

test('a stored value that is not a choice reads as "system"', () => {
  localStorage.setItem(THEME_STORAGE_KEY, 'purple');
  expect(readThemeChoice(localStorage)).toBe('system');
  systemDark = true;
  runScript();
  expect(html.classList.contains('dark')).toBe(true);
  expect(readThemeChoice({ getItem: () => { throw new Error('denied'); } })).toBe('system');
});

test('isDark', () => {
  expect([isDark('system', true), isDark('system', false), isDark('dark', false), isDark('light', true)]).toEqual([true, false, true, false]);
});
