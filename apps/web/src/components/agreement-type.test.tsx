import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../test-utils.tsx';
import { AgreementType, agreementKey } from './agreement-type.tsx';

describe('AgreementType', () => {
  it('names each kind of agreement the data records in the interface’s words', () => {
    expect(agreementKey('memorandum of understanding')).toBe('agreement_memorandum_of_understanding');
    expect(agreementKey(' Letter of Intent ')).toBe('agreement_letter_of_intent');
    renderWithApp(
      <p data-testid="kinds">
        <AgreementType agreement="memorandum of understanding" />; <AgreementType agreement="letter of intent" />
      </p>,
      '/?lang=vi',
    );
    const kinds = screen.getByTestId('kinds');
    expect(kinds).toHaveTextContent('biên bản ghi nhớ; thư ý định');
    expect(kinds.querySelector('[lang]')).toBeNull();
  });

  it('shows a kind it has no words for as recorded, marked English, the language the curator writes it in', () => {
    expect(agreementKey('twinning charter')).toBeUndefined();
    const { container } = render(<AgreementType agreement="twinning charter" />);
    expect(screen.getByText('twinning charter')).toHaveAttribute('lang', 'en');
    expect(container).toHaveTextContent(/^twinning charter$/);
  });
});
