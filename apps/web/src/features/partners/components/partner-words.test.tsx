import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { events, sources } from '../../../test-fixtures.ts';
import { PartnerNames, SlottedMessage } from './partner-words.tsx';

describe('SlottedMessage', () => {
  it('puts elements in the message’s slots and leaves a slot it has no element for as written', () => {
    const { container } = render(
      <SlottedMessage message="Shown at their country: {names}. {other}" slots={{ names: <b lang="nl">Gelderland</b> }} />,
    );
    expect(container).toHaveTextContent('Shown at their country: Gelderland. {other}');
    expect(screen.getByText('Gelderland')).toHaveAttribute('lang', 'nl');
  });
});

describe('PartnerNames', () => {
  it('marks each partner’s name with its article’s language, and its country in the interface’s', () => {
    const partners = events
      .filter((e) => e.type === 'partner_locality')
      .map((event) => ({ event, source: sources.find((s) => s.id === event.source) }));
    expect(partners.length).toBeGreaterThan(0);
    const { container } = render(<PartnerNames entries={partners} countryName={(code) => `country ${code}`} />);
    for (const { event, source } of partners) {
      expect(screen.getByText(event.name)).toHaveAttribute('lang', source?.language);
      if (event.country) expect(container).toHaveTextContent(`${event.name} (country ${event.country})`);
    }
  });
});
