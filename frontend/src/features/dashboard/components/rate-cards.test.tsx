import { describe, expect, it } from 'vitest'
import { screen } from '@testing-library/react'
import { RateCards } from './rate-cards'
import type { Totals } from '@/lib/api/types'
import { renderWithProviders } from '@/test/utils'

const totals = {
  assignments: 21,
  pending: 5,
  scheduled: 1,
  held: 0,
  reported: 4,
  accepted: 8,
  returned: 2,
  exempt: 1,
  overdue: 3,
  completed: 12,
  completedOnTime: 9,
  completionRate: 0.6,
  onTimeRate: 0.45,
  attendanceRate: null,
} as unknown as Totals

describe('RateCards', () => {
  it('shows every rate with its count, and a dash for a missing rate', async () => {
    renderWithProviders(<RateCards totals={totals} />)
    expect(await screen.findByTestId('card-completion-rate')).toHaveTextContent('60,0%')
    expect(screen.getByTestId('card-completion-count')).toHaveTextContent('12/20')
    expect(screen.getByTestId('card-on-time-rate')).toHaveTextContent('45,0%')
    expect(screen.getByTestId('card-on-time-count')).toHaveTextContent('9/20')
    expect(screen.getByTestId('card-attendance-rate')).toHaveTextContent('—')
    expect(screen.getByTestId('card-overdue-count')).toHaveTextContent('3/20')
    expect(screen.getByTestId('card-overdue-rate')).toHaveTextContent('15,0%')
    expect(document.body.textContent).not.toMatch(/undefined|NaN/)
  })

  it('shows attendance counts when the totals carry them', async () => {
    renderWithProviders(<RateCards totals={{ ...totals, attendanceRate: 0.9, attendees: 180, expected: 200 }} />)
    expect(await screen.findByTestId('card-attendance-count')).toHaveTextContent('180/200')
    expect(screen.getByTestId('card-attendance-rate')).toHaveTextContent('90,0%')
  })

  it('copes with a plan where everything is exempt', async () => {
    renderWithProviders(
      <RateCards
        totals={{
          ...totals,
          assignments: 2,
          exempt: 2,
          completed: 0,
          completedOnTime: 0,
          overdue: 0,
          completionRate: null,
          onTimeRate: null,
        }}
      />,
    )
    expect(await screen.findByTestId('card-completion-rate')).toHaveTextContent('—')
    expect(screen.getByTestId('card-completion-count')).toHaveTextContent('0/0')
    expect(screen.getByTestId('card-overdue-rate')).toHaveTextContent('—')
  })
})
