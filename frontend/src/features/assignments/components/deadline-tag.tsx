import { Tag } from 'antd'
import type { Assignment } from '@/lib/api/types'
import { useFormat } from '@/lib/use-format'

/** Days left (or late) against the deadline, coloured by urgency. */
export function DaysLeftTag({ assignment }: { assignment: Pick<Assignment, 'daysLeft' | 'overdue' | 'status'> }) {
  const f = useFormat()
  const done = ['REPORTED', 'ACCEPTED', 'EXEMPT', 'MERGED'].includes(assignment.status)
  if (done || typeof assignment.daysLeft !== 'number') return null
  const d = assignment.daysLeft
  const color = d < 0 || assignment.overdue ? 'red' : d <= 3 ? 'orange' : 'blue'
  return <Tag color={color}>{f.daysLeft(d)}</Tag>
}
