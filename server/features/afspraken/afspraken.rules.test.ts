import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { afspraakStatusSchema, afspraakStatussen } from '../../../common/contracts/afspraken';
import { dagenOverDeadline, deadlineVoorOndertekening, isVerlopen, verlopenTekst } from './afspraken.rules';

describe('verlopen (overdue)', () => {
  it('the deadline day itself is on time; the day after is one day overdue', () => {
    expect(isVerlopen('2025-01-01', 'in-uitvoering', '2025-01-01')).toBe(false);
    expect(isVerlopen('2025-01-01', 'in-uitvoering', '2024-12-31')).toBe(false);
    expect(dagenOverDeadline('2025-01-01', 'in-uitvoering', '2025-01-02')).toBe(1);
  });

  it('gerealiseerd and niet van toepassing are never overdue; the other statuses are', () => {
    for (const s of afspraakStatussen) {
      const verwacht = s !== 'gerealiseerd' && s !== 'niet-van-toepassing';
      expect(isVerlopen('2025-01-01', s, '2026-01-01'), s).toBe(verwacht);
    }
  });

  it('without a deadline nothing is overdue', () => {
    expect(dagenOverDeadline(null, 'vertraagd', '2099-01-01')).toBeNull();
  });

  it('counts whole days across daylight saving and leap years', () => {
    expect(dagenOverDeadline('2024-03-30', 'niet-gestart', '2024-04-01')).toBe(2);
    expect(dagenOverDeadline('2024-02-28', 'niet-gestart', '2024-03-01')).toBe(2);
    expect(dagenOverDeadline('2025-01-01', 'in-uitvoering', '2026-01-01')).toBe(365);
  });

  it('is overdue exactly when today is after the deadline and the status is open (property)', () => {
    const datum = fc.date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(datum, datum, fc.constantFrom(...afspraakStatussen), (deadline, vandaag, status) => {
        const open = status !== 'gerealiseerd' && status !== 'niet-van-toepassing';
        expect(isVerlopen(deadline, status, vandaag)).toBe(open && vandaag > deadline);
      }),
    );
  });
});

describe('verlopenTekst', () => {
  it('reads in days, weeks, months or years', () => {
    expect(verlopenTekst(1)).toBe('1 dag over de deadline');
    expect(verlopenTekst(13)).toBe('13 dagen over de deadline');
    expect(verlopenTekst(14)).toBe('2 weken over de deadline');
    expect(verlopenTekst(21)).toBe('3 weken over de deadline');
    expect(verlopenTekst(90)).toBe('12 weken over de deadline');
    expect(verlopenTekst(91)).toBe('2 maanden over de deadline');
    expect(verlopenTekst(365)).toBe('11 maanden over de deadline');
    expect(verlopenTekst(729)).toBe('23 maanden over de deadline');
    expect(verlopenTekst(730)).toBe('1 jaar over de deadline');
    expect(verlopenTekst(1100)).toBe('3 jaar over de deadline');
  });
});

describe('the status list', () => {
  it('accepts exactly the five statuses of UI.md and names them when refusing', () => {
    expect(afspraakStatussen).toEqual(['niet-gestart', 'in-uitvoering', 'gerealiseerd', 'vertraagd', 'niet-van-toepassing']);
    expect(afspraakStatusSchema.safeParse('vertraagd').success).toBe(true);
    const fout = afspraakStatusSchema.safeParse('klaar');
    expect(fout.success).toBe(false);
    expect(fout.error!.issues[0]!.message).toContain('niet-gestart, in-uitvoering, gerealiseerd, vertraagd, niet-van-toepassing');
  });
});

describe('deadline vóór ondertekening', () => {
  it('refuses a deadline before the signing date, not on it, and not without either', () => {
    expect(deadlineVoorOndertekening('2022-09-15', '2022-09-16')).toBe(true);
    expect(deadlineVoorOndertekening('2022-09-16', '2022-09-16')).toBe(false);
    expect(deadlineVoorOndertekening(null, '2022-09-16')).toBe(false);
    expect(deadlineVoorOndertekening('2022-01-01', null)).toBe(false);
  });
});
