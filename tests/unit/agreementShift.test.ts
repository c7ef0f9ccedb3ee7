import { describe, expect, it } from 'vitest';
import { agreementShift } from '../../src/views/compare/agreementShift';

describe('agreementShift', () => {
  it('says which way a score moved, from what, and since when', () => {
    expect(agreementShift(1, 0.5, '2025-02-26')).toBe('up from 50% on 26 Feb 2025');
    expect(agreementShift(1 / 3, 2 / 3, '2025-04-10')).toBe('down from 67% on 10 Apr 2025');
  });

  it('calls a move smaller than a shown percent unchanged, and tells a new score from none', () => {
    expect(agreementShift(0.5001, 0.5, '2025-02-26')).toBe('unchanged since 26 Feb 2025');
    expect(agreementShift(0.5, null, '2025-02-26')).toBe('new: no shared topic on 26 Feb 2025');
    expect(agreementShift(null, 0.5, '2025-02-26')).toBeNull();
  });
});
