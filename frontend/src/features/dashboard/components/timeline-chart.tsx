import { useMemo } from 'react'
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import { useTranslation } from 'react-i18next'
import type { Timeline } from '@/lib/api/types'
import { formatDate, todayIso } from '@/lib/format'
import { Flex, Tag } from 'antd'
import { EmptyState } from '@/components/ui/states'

const dayMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`)
const shortDate = (ms: number) => formatDate(new Date(ms).toISOString().slice(0, 10)).slice(0, 5)
const monthYear = (ms: number) => formatDate(new Date(ms).toISOString().slice(0, 10)).slice(3)
const longDate = (ms: number) => formatDate(new Date(ms).toISOString().slice(0, 10))

/** Cumulative completed (and on-time) reports per day, with every tier deadline as a vertical line. */
export function buildSeries(timeline: Timeline) {
  const points = timeline.points.filter((p): p is typeof p & { date: string } => !!p.date)
  points.sort((a, b) => a.date.localeCompare(b.date))
  const data = points.map((p) => ({
    x: dayMs(p.date),
    completed: p.completed,
    completedOnTime: p.completedOnTime,
  }))
  // carry the last value to today so the line does not stop at the last report
  const today = todayIso()
  const last = data.at(-1)
  if (last && dayMs(today) > last.x) data.push({ ...last, x: dayMs(today) })
  const deadlines = [
    ...new Map(
      timeline.deadlines.filter((d): d is typeof d & { deadline: string } => !!d.deadline).map((d) => [d.deadline, d]),
    ).values(),
  ]
  const xs = [...data.map((d) => d.x), ...deadlines.map((d) => dayMs(d.deadline))]
  const domain: [number, number] | undefined = xs.length
    ? [Math.min(...xs) - 86_400_000, Math.max(...xs) + 86_400_000]
    : undefined
  const ticks = domain ? evenTicks(domain, 6) : undefined
  return { data, deadlines, domain, ticks }
}

/** n evenly spaced day ticks across the domain (recharts' own picks are poor for long spans). */
export function evenTicks([from, to]: [number, number], n: number): number[] {
  const step = Math.max(86_400_000, Math.round((to - from) / (n - 1) / 86_400_000) * 86_400_000)
  const out: number[] = []
  for (let x = from + 86_400_000; x <= to; x += step) out.push(x)
  return out
}

export function TimelineChart({ timeline }: { timeline: Timeline }) {
  const { t } = useTranslation()
  const { data, deadlines, domain, ticks } = useMemo(() => buildSeries(timeline), [timeline])
  const mid = domain ? (domain[0] + domain[1]) / 2 : 0
  if (data.length === 0 && deadlines.length === 0) return <EmptyState title={t('dashboard.timelineEmpty')} />
  return (
    <div style={{ width: '100%' }} data-testid="timeline-chart">
      <ResponsiveContainer width="100%" height={300}>
        <LineChart data={data} margin={{ top: 16, right: 24, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="x"
            type="number"
            scale="time"
            domain={domain}
            ticks={ticks}
            tickFormatter={domain && domain[1] - domain[0] > 300 * 86_400_000 ? monthYear : shortDate}
            minTickGap={24}
          />
          <YAxis allowDecimals={false} domain={[0, Math.max(timeline.assignments, 1)]} />
          <Tooltip labelFormatter={(v) => longDate(Number(v))} />
          <Legend />
          <ReferenceLine
            y={timeline.assignments}
            stroke="#8c8c8c"
            strokeDasharray="4 4"
            label={{
              value: `${t('dashboard.target')}: ${timeline.assignments}`,
              position: 'insideTopLeft',
              fontSize: 12,
            }}
          />
          {deadlines.map((d, i) => (
            <ReferenceLine
              key={d.deadline}
              x={dayMs(d.deadline)}
              stroke="#cf1322"
              strokeDasharray="6 3"
              // short labels, alternately high and low, so close deadlines stay readable
              label={{
                value: formatDate(d.deadline).slice(0, 5),
                position:
                  `inside${i % 2 ? 'Bottom' : 'Top'}${dayMs(d.deadline) > mid ? 'Right' : 'Left'}` as 'insideTopLeft',
                fontSize: 11,
                fill: '#cf1322',
              }}
            />
          ))}
          <Line
            type="stepAfter"
            dataKey="completed"
            name={t('dashboard.cumulative')}
            stroke="#389e0d"
            strokeWidth={2}
            dot={false}
          />
          <Line
            type="stepAfter"
            dataKey="completedOnTime"
            name={t('dashboard.cumulativeOnTime')}
            stroke="#1677ff"
            strokeWidth={2}
            dot={false}
          />
        </LineChart>
      </ResponsiveContainer>
      <Flex wrap gap={4} style={{ marginTop: 8 }} data-testid="timeline-deadlines">
        {deadlines.map((d) => (
          <Tag key={d.deadline} color="red" bordered={false}>
            {d.tierName}: {formatDate(d.deadline)}
          </Tag>
        ))}
      </Flex>
    </div>
  )
}
