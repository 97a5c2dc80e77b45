import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aandeelInBasispunten, berekenDekking, type GemeenteTelling } from './dekking.rules';

const g = (code: string, inwoners: number, steunpunten = 0, openVoorIedereen = 0): GemeenteTelling => ({ gemeentecode: code, naam: code, inwoners, steunpunten, openVoorIedereen });

describe('dekking', () => {
  it('geen steunpunten: niets gedekt', () => {
    const d = berekenDekking([g('GM0001', 1000), g('GM0002', 3000)]);
    expect(d.totaal).toEqual({ gemeenten: 2, gedekteGemeenten: 0, inwoners: 4000, gedekteInwoners: 0, inwonersBasispunten: 0, gemeentenBasispunten: 0 });
    expect(d.gemeenten.every((x) => !x.gedekt)).toBe(true);
  });

  it('overal een steunpunt voor iedereen: alles gedekt', () => {
    const d = berekenDekking([g('GM0001', 1000, 1, 1), g('GM0002', 3000, 2, 1)]);
    expect(d.totaal).toMatchObject({ gedekteGemeenten: 2, gedekteInwoners: 4000, inwonersBasispunten: 10000, gemeentenBasispunten: 10000 });
  });

  it('gedeeltelijk: in gemeenten en in inwoners', () => {
    const d = berekenDekking([g('GM0001', 1000, 1, 1), g('GM0002', 3000), g('GM0003', 4000, 1, 1)]);
    expect(d.totaal).toMatchObject({ gemeenten: 3, gedekteGemeenten: 2, gedekteInwoners: 5000, inwoners: 8000, inwonersBasispunten: 6250, gemeentenBasispunten: 6667 });
  });

  it('een steunpunt dat niet voor iedereen open is telt niet', () => {
    const d = berekenDekking([g('GM0001', 1000, 3, 0)]);
    expect(d.gemeenten[0]).toMatchObject({ steunpunten: 3, openVoorIedereen: 0, gedekt: false });
    expect(d.totaal.gedekteGemeenten).toBe(0);
  });

  it('geen gemeenten of geen inwoners: 0, geen deling door nul', () => {
    expect(berekenDekking([]).totaal).toMatchObject({ gemeenten: 0, inwonersBasispunten: 0, gemeentenBasispunten: 0 });
    expect(aandeelInBasispunten(0, 0)).toBe(0);
  });

  it('rondt half naar boven af, met gehele getallen', () => {
    expect(aandeelInBasispunten(1, 3)).toBe(3333);
    expect(aandeelInBasispunten(2, 3)).toBe(6667);
    expect(aandeelInBasispunten(1, 8)).toBe(1250);
    expect(aandeelInBasispunten(1, 20000)).toBe(1); // 0.5 basis point rounds up
    expect(aandeelInBasispunten(1, 20001)).toBe(0);
    expect(aandeelInBasispunten(9, 14)).toBe(6429);
  });

  it('ligt altijd tussen 0 en 10000 en binnen een halve basispunt van de exacte waarde', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20_000_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (geheel, f) => {
        const deel = Math.floor(geheel * f);
        const bp = aandeelInBasispunten(deel, geheel);
        expect(bp).toBeGreaterThanOrEqual(0);
        expect(bp).toBeLessThanOrEqual(10000);
        expect(Math.abs(bp - (deel * 10000) / geheel)).toBeLessThanOrEqual(0.5);
      }),
    );
  });
});
