import { describe, expect, it } from 'vitest';
import { readGeoNames } from './sources.js';

const line = (alternates: string) => `2974733\tSète\tSete\t${alternates}\t43.40\t3.69\tP\tPPL\tFR\t\t76\t34\t\t\t40736\t\t\tEurope/Paris\t2024-01-01\n`;

describe('reading GeoNames alternate names', () => {
  it('keeps names as English writes them and leaves out codes and lower-case romanisations ("st" would make every "St." a place)', () => {
    const [sete] = readGeoNames(line('Cette,Sète,XSY,Sēte,st,seteu,sai te gang,Сет'));
    expect(sete!.names).toEqual(['Sète', 'Sete', 'Cette', 'Sète', 'Sēte', 'Сет']);
  });
});
