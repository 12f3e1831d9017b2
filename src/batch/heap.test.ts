import { describe, expect, it } from 'vitest';
import { limitHeapGrowth } from './heap.js';

describe('limitHeapGrowth', () => {
  it('refuses a growth that is not a whole number of per cent above 0', () => {
    expect(() => limitHeapGrowth(0)).toThrow(RangeError);
    expect(() => limitHeapGrowth(12.5)).toThrow(/whole number of per cent/);
  });
});
