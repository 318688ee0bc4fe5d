import type { ReactNode } from 'react'
import { Typography } from 'antd'
import type { Assignment } from '@/lib/api/types'

/** The organisation column of the assignment lists: name and code, then the tier (and what a list adds after it). */
export function AssignmentOrgCell({ a, children }: { a: Assignment; children?: ReactNode }) {
  return (
    <>
      {a.orgName}{' '}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {a.orgCode}
      </Typography.Text>
      <br />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {a.tierName}
      </Typography.Text>
      {children && <> {children}</>}
    </>
  )
}
