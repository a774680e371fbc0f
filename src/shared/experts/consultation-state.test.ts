import { describe, expect, it } from 'vitest';
import {
  consultationState,
  daysBetween,
  isoDay,
  medianDays,
  type ConsultationDates,
} from './consultation-state';

const sent = (deadline: string | null, sentOn = '2026-02-01'): ConsultationDates => ({
  status: 'sent',
  deadline,
  sentOn,
  receivedOn: null,
});

describe('daysBetween and isoDay', () => {
  it('counts whole calendar days, negative backwards, across month and leap-year ends', () => {
    expect(daysBetween('2026-02-28', '2026-03-01')).toBe(1);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-03-01', '2026-02-28')).toBe(-1);
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
    expect(daysBetween('2026-03-01', '2026-03-01')).toBe(0);
  });

  it('takes the UTC calendar day of an instant', () => {
    expect(isoDay(new Date('2026-03-01T23:59:59Z'))).toBe('2026-03-01');
    expect(isoDay(new Date('2026-03-01T00:30:00+01:00'))).toBe('2026-02-28');
  });
});

describe('consultationState', () => {
  it('is not overdue on the deadline itself', () => {
    expect(consultationState(sent('2026-03-01'), '2026-03-01')).toEqual({
      state: 'sent',
      overdueDays: null,
      turnaroundDays: null,
    });
  });

  it('is overdue by one day the day after the deadline, and counts on', () => {
    expect(consultationState(sent('2026-02-28'), '2026-03-01')).toEqual({
      state: 'overdue',
      overdueDays: 1,
      turnaroundDays: null,
    });
    expect(consultationState(sent('2026-02-01'), '2026-03-01').overdueDays).toBe(28);
  });

  it('is never overdue without a deadline, as a draft, once received, or withdrawn', () => {
    expect(consultationState(sent(null), '2030-01-01').state).toBe('sent');
    const late = '2026-04-01';
    expect(
      consultationState(
        { status: 'drafted', deadline: '2026-02-01', sentOn: null, receivedOn: null },
        late,
      ).state,
    ).toBe('drafted');
    expect(
      consultationState(
        { status: 'withdrawn', deadline: '2026-02-01', sentOn: '2026-01-10', receivedOn: null },
        late,
      ).state,
    ).toBe('withdrawn');
    expect(
      consultationState(
        {
          status: 'received',
          deadline: '2026-02-01',
          sentOn: '2026-01-10',
          receivedOn: '2026-02-20',
        },
        late,
      ),
    ).toEqual({ state: 'received', overdueDays: null, turnaroundDays: 41 });
  });

  it('gives the turnaround of an answer received the day it was sent as 0 days', () => {
    expect(
      consultationState(
        { status: 'received', deadline: null, sentOn: '2026-01-10', receivedOn: '2026-01-10' },
        '2026-03-01',
      ).turnaroundDays,
    ).toBe(0);
  });
});

describe('medianDays', () => {
  it('is null for none, the middle for an odd count, the mean of the middle two for even', () => {
    expect(medianDays([])).toBeNull();
    expect(medianDays([30, 2, 9])).toBe(9);
    expect(medianDays([10, 2, 30, 4])).toBe(7);
  });
});
