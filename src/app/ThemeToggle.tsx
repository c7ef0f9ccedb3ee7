import { useTheme } from './theme';

/** Switches between the light and dark themes; the choice is remembered in this browser. */
export function ThemeToggle() {
  const [theme, choose] = useTheme();
  const dark = theme === 'dark';
  return (
    <button type="button" className="theme-toggle" aria-pressed={dark} onClick={() => choose(dark ? 'light' : 'dark')}>
      <span aria-hidden="true">{dark ? '☾' : '☀'}</span> Dark theme
    </button>
  );
}
