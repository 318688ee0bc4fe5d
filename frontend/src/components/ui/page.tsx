import type { ReactNode } from 'react'
import { Flex, Typography } from 'antd'

export function PageHeader({ title, extra, sub }: { title: ReactNode; extra?: ReactNode; sub?: ReactNode }) {
  return (
    <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
      <div style={{ minWidth: 0 }}>
        {/* every screen's title is its h1 (one per page), sized like the former h3 */}
        <Typography.Title level={1} style={{ margin: 0, fontSize: 24, lineHeight: 1.35 }}>
          {title}
        </Typography.Title>
        {sub && <Typography.Text type="secondary">{sub}</Typography.Text>}
      </div>
      {extra && (
        <Flex gap={8} wrap style={{ minWidth: 0, maxWidth: '100%' }}>
          {extra}
        </Flex>
      )}
    </Flex>
  )
}
