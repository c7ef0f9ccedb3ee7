import { NavLink } from 'react-router';
import { DatasetSwitcher } from '../components/DatasetSwitcher';
import { viewRoutes } from './routes';
import { ThemeToggle } from './ThemeToggle';

/**
 * The site header: name, navigation, the theme toggle and the dataset switcher. It reads nothing but the workspace's ids
 * and titles, so it stands even when the dataset on show cannot be drawn (the root error screen uses it).
 */
export function AppHeader() {
  return (
    <header className="app-header">
      <NavLink to="/" className="brand" end>
        Stance Explorer
      </NavLink>
      <nav aria-label="Views">
        <ul className="app-nav">
          <li>
            <NavLink to="/" end>
              Overview
            </NavLink>
          </li>
          {viewRoutes
            .filter((route) => route.inNav)
            .map((route) => (
              <li key={route.path}>
                <NavLink to={`/${route.path}`}>{route.label}</NavLink>
              </li>
            ))}
        </ul>
      </nav>
      <ThemeToggle />
      <DatasetSwitcher />
    </header>
  );
}
