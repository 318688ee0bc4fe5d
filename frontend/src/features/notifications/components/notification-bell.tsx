import { useState } from 'react'
import { useNavigate } from 'react-router'
import { Badge, Button, Drawer, Flex, List, Tag, Typography } from 'antd'
import { BellOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { Notification, User } from '@/lib/api/types'
import { canView, isReporter, useSession } from '@/lib/auth'
import { useFormat } from '@/lib/use-format'
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states'
import { useNotifications, useUnreadCount } from '../api/get-notifications'
import { useMarkRead } from '../api/mark-read'

/**
 * Where a notification leads: a reporter to the assignment it names (their own work), anyone who
 * watches plans to the plan's chase list; nowhere when it names neither.
 */
export function notificationTarget(n: Notification, user: User | null | undefined): string | undefined {
  if (n.kind === 'REPORT_SUBMITTED' && n.planId) return `/review?plan=${n.planId}`
  if (n.kind === 'PLAN_PUBLISHED' && n.planId) return isReporter(user) ? '/my-work' : `/plans/${n.planId}`
  if ((n.kind === 'REPORT_RETURNED' || n.kind === 'REPORT_ACCEPTED') && n.assignmentId && isReporter(user))
    return `/my-work/${n.assignmentId}`
  if (n.assignmentId && isReporter(user) && !canView(user)) return `/my-work/${n.assignmentId}`
  if (n.planId && canView(user)) return `/dashboard/late?plan=${n.planId}`
  if (n.assignmentId) return `/my-work/${n.assignmentId}`
  if (n.planId) return `/plans/${n.planId}`
  return undefined
}

const STAGE_COLOR: Record<string, string> = {
  DUE_SOON: 'gold',
  OVERDUE: 'red',
  ESCALATION_PARENT: 'volcano',
  ESCALATION_GRANDPARENT: 'magenta',
  MANUAL: 'blue',
  REPORT_SUBMITTED: 'geekblue',
  REPORT_RETURNED: 'orange',
  REPORT_ACCEPTED: 'green',
  PLAN_PUBLISHED: 'cyan',
}

/** The bell in the header: unread count polled every minute, the latest notifications in a drawer. */
export function NotificationBell() {
  const { t } = useTranslation()
  const f = useFormat()
  const navigate = useNavigate()
  const user = useSession()?.user
  const [open, setOpen] = useState(false)
  const unread = useUnreadCount()
  const list = useNotifications(open)
  const mark = useMarkRead()
  const count = unread.data ?? 0

  const onOpen = (n: Notification) => {
    if (!n.readAt) mark.mutate(n.id)
    const to = notificationTarget(n, user)
    if (to) {
      setOpen(false)
      navigate(to)
    }
  }

  return (
    <>
      <Badge count={count} size="small" overflowCount={99} offset={[-4, 4]}>
        <Button
          type="text"
          icon={<BellOutlined style={{ fontSize: 18 }} />}
          aria-label={t('notifications.open', { count })}
          onClick={() => setOpen(true)}
          data-testid="notification-bell"
        />
      </Badge>
      <Drawer
        title={
          <Flex justify="space-between" align="center" gap={8}>
            <span>{t('notifications.title')}</span>
            {count > 0 && (
              <Typography.Text type="secondary" style={{ fontSize: 13, fontWeight: 400 }}>
                {t('notifications.unread', { count })}
              </Typography.Text>
            )}
          </Flex>
        }
        placement="right"
        width={420}
        open={open}
        onClose={() => setOpen(false)}
        styles={{ body: { padding: 0 }, wrapper: { maxWidth: '100vw' } }}
      >
        {list.isLoading ? (
          <div style={{ padding: 16 }}>
            <LoadingState rows={4} />
          </div>
        ) : list.isError ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : !list.data?.items.length ? (
          <EmptyState title={t('notifications.empty')} />
        ) : (
          <List<Notification>
            dataSource={list.data.items}
            rowKey={(n) => n.id}
            renderItem={(n) => (
              <List.Item
                onClick={() => onOpen(n)}
                data-testid="notification"
                data-unread={!n.readAt}
                style={{
                  cursor: 'pointer',
                  padding: '12px 16px',
                  background: n.readAt ? undefined : '#fff7e6',
                  alignItems: 'flex-start',
                }}
              >
                <Flex vertical gap={4} style={{ minWidth: 0, width: '100%' }}>
                  <Flex justify="space-between" gap={8} wrap>
                    <Typography.Text strong={!n.readAt} style={{ minWidth: 0 }}>
                      {n.title}
                    </Typography.Text>
                    <Tag color={STAGE_COLOR[n.kind]}>{t(`stage.${n.kind}`, { defaultValue: n.kind })}</Tag>
                  </Flex>
                  {n.body && (
                    <Typography.Paragraph type="secondary" style={{ margin: 0 }} ellipsis={{ rows: 3 }}>
                      {n.body}
                    </Typography.Paragraph>
                  )}
                  <Typography.Text type="secondary" className="num" style={{ fontSize: 12 }}>
                    {f.dateTime(n.createdAt)}
                  </Typography.Text>
                </Flex>
              </List.Item>
            )}
          />
        )}
      </Drawer>
    </>
  )
}
