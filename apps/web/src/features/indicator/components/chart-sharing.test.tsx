import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { indicators } from '../../../test-fixtures.ts';
import { mockFetch, renderWithApp } from '../../../test-utils.tsx';
import { embedCode } from './embed-snippet.tsx';
import { IndicatorPage } from './indicator-page.tsx';

describe('embedCode', () => {
  it('is an iframe of /embed/<indicator> in the interface language, its title escaped', () => {
    const indicator = { ...indicators[0]!, name: { en: 'Partners & "friends"', vi: 'Đối tác' } };
    expect(embedCode('https://bd.example', indicator, 'en')).toBe(
      '<iframe src="https://bd.example/embed/partner_localities?lang=en" title="Partners &amp; &quot;friends&quot;" width="640" height="480" style="border:0;max-width:100%" loading="lazy"></iframe>',
    );
    expect(embedCode('https://bd.example', indicator, 'vi', 'thu-dau-mot')).toContain(
      'src="https://bd.example/embed/partner_localities?lang=vi&amp;entity=thu-dau-mot" title="Đối tác"',
    );
  });
});

describe('sharing on the indicator view', () => {
  it('offers the chart as PNG and SVG and the embed code with a Copy button', async () => {
    mockFetch();
    const user = userEvent.setup();
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderWithApp(<IndicatorPage id="partner_localities" chartWidth={640} />, '/indicators/partner_localities');
    expect(await screen.findByRole('button', { name: 'Download PNG' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download SVG' })).toBeInTheDocument();
    const code = screen.getByRole('textbox', { name: 'Embed code' });
    expect(code).toHaveValue(
      '<iframe src="http://localhost:3000/embed/partner_localities?lang=en&amp;entity=binh-duong" title="Partner localities" width="640" height="480" style="border:0;max-width:100%" loading="lazy"></iframe>'.replace(
        'http://localhost:3000',
        window.location.origin,
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith((code as HTMLTextAreaElement).value);
    expect(await screen.findByText('Copied')).toBeInTheDocument();
  });
});
