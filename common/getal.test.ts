import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { basispuntenNaarInvoer, euroInvoerNaarCenten, getalNaarInvoer, getalUitInvoer, percentageNaarBasispunten } from './getal';

describe('getallen zoals een mens ze typt', () => {
  // [typed, read]: "," is the decimal separator; dots in groups of three after 1–3 digits are thousands;
  // any other dot is a decimal point ("0.125" is a fraction, not 125); both minus signs; a trailing %.
  const gelezen: Array<[string, number]> = [
    ['12,5', 12.5],
    ['1.234,5', 1234.5],
    ['12.345', 12345],
    ['1.234.567', 1234567],
    ['1234,5', 1234.5],
    ['2100', 2100],
    ['0,125', 0.125],
    [' 1 234,5 ', 1234.5],
    ['0.125', 0.125],
    ['12.5', 12.5],
    ['1234.567', 1234.567],
    ['1.23', 1.23],
    ['012.345', 12.345],
    ['-3', -3],
    ['\u22123,5', -3.5],
    ['-1.234,5', -1234.5],
    ['-0.125', -0.125],
    ['12,5%', 12.5],
    ['12,5 %', 12.5],
  ];
  it.each(gelezen)('reads %j as %d', (tekst, getal) => {
    expect(getalUitInvoer(tekst)).toBe(getal);
  });

  it('reads "-0" as plain 0', () => {
    expect(Object.is(getalUitInvoer('-0'), 0)).toBe(true);
  });

  it('refuses what is no number', () => {
    for (const tekst of ['', ' ', 'abc', '1,2,3', '1.2,5', '0.125,5', '1.23.456', '12,5.3', '1e5', '--3', '+3', ',5', '.5', '3-', 'Infinity', '1.2.3']) {
      expect(getalUitInvoer(tekst), tekst).toBeNull();
    }
  });

  it('writes a number back so that it reads as the same number', () => {
    expect(getalNaarInvoer(12.5)).toBe('12,5');
    expect(getalNaarInvoer(1234.5)).toBe('1234,5');
    expect(getalNaarInvoer(0.125)).toBe('0,125');
    expect(getalNaarInvoer(-3)).toBe('-3');
    expect(getalNaarInvoer(1e-7)).toBe('0,0000001');
    expect(getalNaarInvoer(1.5e21)).toBe('1500000000000000000000');
    expect(getalNaarInvoer(null)).toBe('');
    expect(getalNaarInvoer(undefined)).toBe('');
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(getalUitInvoer(getalNaarInvoer(n))).toBe(n + 0);
      }),
    );
  });

  it('reads euro amounts into exact cents', () => {
    expect(euroInvoerNaarCenten('€ 500.000')).toBe(50_000_000);
    expect(euroInvoerNaarCenten('1.234,56')).toBe(123_456);
    expect(euroInvoerNaarCenten('17850,5')).toBe(1_785_050);
    expect(euroInvoerNaarCenten('12.50')).toBe(1250);
    expect(euroInvoerNaarCenten('0,05')).toBe(5);
    expect(euroInvoerNaarCenten('€\u00a04.747.850')).toBe(474_785_000);
    // More than two decimals is no amount: "0.125" was once read as € 125.
    expect(euroInvoerNaarCenten('0.125')).toBeNull();
    expect(euroInvoerNaarCenten('1,234')).toBeNull();
    for (const tekst of ['', '€', '-5', 'vijf', '1.2,5']) expect(euroInvoerNaarCenten(tekst), tekst).toBeNull();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e13 }), (centen) => {
        const euro = `${Math.trunc(centen / 100)},${String(centen % 100).padStart(2, '0')}`;
        expect(euroInvoerNaarCenten(euro)).toBe(centen);
      }),
    );
  });

  it('reads percentages into basis points and writes them back', () => {
    expect(percentageNaarBasispunten('12,5')).toBe(1250);
    expect(percentageNaarBasispunten('12.5')).toBe(1250);
    expect(percentageNaarBasispunten('50 %')).toBe(5000);
    expect(percentageNaarBasispunten('0.125')).toBe(13);
    expect(percentageNaarBasispunten('veel')).toBeNull();
    expect(basispuntenNaarInvoer(1250)).toBe('12,5');
    expect(basispuntenNaarInvoer(5000)).toBe('50');
  });
});
