// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import ActorPage from '../../src/views/actors/ActorPage';
import TopicPage from '../../src/views/topics/TopicPage';

beforeAll(() => {
  Element.prototype.scrollIntoView = function scrollIntoView() {};
});

const renderAt = (url: string) =>
  render(
    <MemoryRouter initialEntries={[url]}>
      <Routes>
        <Route path="/actors/:id" element={<ActorPage />} />
        <Route path="/topics/:id" element={<TopicPage />} />
      </Routes>
    </MemoryRouter>,
  );

describe('actor page', () => {
  it('says who they are and lists their positions, figures, events, relations and own words', () => {
    renderAt('/actors/keir-starmer');
    expect(screen.getByRole('heading', { level: 1, name: 'Keir Starmer' })).toBeTruthy();
    expect(screen.getByText('Prime Minister of the United Kingdom · United Kingdom')).toBeTruthy();
    for (const name of ['Positions', 'Figures', 'Events', 'Relations', 'In their own words'])
      expect(screen.getByRole('heading', { level: 2, name: new RegExp(`^${name}`) })).toBeTruthy();
    const positions = screen.getByRole('region', { name: /^Positions/ });
    expect(within(positions).getAllByRole('link', { name: 'Show in article' }).length).toBeGreaterThan(5);
  });

  it('reports an unknown actor instead of showing an empty page', () => {
    renderAt('/actors/nobody');
    expect(screen.getByRole('heading', { name: 'No such actor' })).toBeTruthy();
  });
});

describe('topic page', () => {
  it('groups every actor’s stance on the topic by stance', () => {
    renderAt('/topics/us-security-guarantees');
    const supports = screen.getByRole('region', { name: /^Supports/ });
    const opposes = screen.getByRole('region', { name: /^Opposes/ });
    expect(within(supports).getByRole('link', { name: 'Keir Starmer' })).toBeTruthy();
    expect(within(opposes).getByRole('link', { name: 'Donald Trump' })).toBeTruthy();
  });
});
