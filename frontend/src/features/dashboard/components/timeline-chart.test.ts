import { describe, expect, it } from 'vitest'
import { buildSeries, evenTicks } from './timeline-chart'
import type { Timeline } from '@/lib/api/types'

const day = (s: string) => Date.parse(`${s}T00:00:00Z`)

describe('timeline series', () => {
  it('sorts the cumulative points, drops broken ones and keeps each deadline once', () => {
    const { data, deadlines, domain } = buildSeries({
      assignments: 10,
      points: [
        { date: '2020-12-05', completed: 3, completedOnTime: 3 },
        { date: '2020-12-01', completed: 1, completedOnTime: 1 },
        { completed: 9 },
      ],
      deadlines: [
        { tierId: 1, tierName: 'Huyện', deadline: '2020-12-10' },
        { tierId: 2, tierName: 'Cơ sở', deadline: '2020-12-10' },
        { tierId: 3, tierName: 'Chi bộ' },
      ],
    } as Partial<Timeline> as Timeline) // broken rows on purpose: the chart must survive them
    expect(data.slice(0, 2).map((d) => d.completed)).toEqual([1, 3])
    expect(data[data.length - 1].completed).toBe(3) // carried on to today
    expect(deadlines.map((d) => d.deadline)).toEqual(['2020-12-10'])
    expect(domain![0]).toBe(day('2020-11-30'))
  })

  it('spaces ticks evenly over long spans', () => {
    const ticks = evenTicks([day('2020-01-01'), day('2030-01-01')], 6)
    expect(ticks.length).toBeGreaterThanOrEqual(5)
    expect(ticks.length).toBeLessThanOrEqual(7)
    expect(ticks[0]).toBe(day('2020-01-02'))
  })
})
