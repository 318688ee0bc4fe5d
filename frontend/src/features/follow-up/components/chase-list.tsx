import { useState } from 'react'
import { App, Button, Card, Flex, Grid, Popconfirm, Statistic, Table, Typography } from 'antd'
import { BellOutlined, DownloadOutlined, MailOutlined, PhoneOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { LateAssignment } from '@/lib/api/types'
import { useFormat } from '@/lib/use-format'
import { problemText } from '@/lib/problem'
import { canManage, useSession } from '@/lib/auth'
import { usePaging } from '@/lib/url-state'
import { EmptyState, ErrorState } from '@/components/ui/states'
import { AssignmentStatusTag } from '@/components/ui/tags'
import { useLate } from '../api/get-late'
import { useRemindLate } from '../api/remind'
import { useExportLate } from '../api/export-late'

/** Days late in red; days left (or due today) in amber. */
export function DaysLateText({ daysLate }: { daysLate?: number | null }) {
  const f = useFormat()
  if (typeof daysLate !== 'number' || !Number.isFinite(daysLate)) return <>—</>
  return (
    <Typography.Text
      strong
      className="num"
      type={daysLate > 0 ? 'danger' : 'warning'}
      data-testid="days-late"
      style={{ whiteSpace: 'nowrap' }}
    >
      {f.daysLeft(-daysLate)}
    </Typography.Text>
  )
}

/** The chase list ("danh sách đôn đốc") of a plan over an organisation's subtree. */
export function ChaseList({ planId, orgId }: { planId: number; orgId?: number }) {
  const { t } = useTranslation()
  const f = useFormat()
  const { message } = App.useApp()
  const paging = usePaging()
  const manage = canManage(useSession()?.user)
  const screens = Grid.useBreakpoint()
  const q = useLate(planId, orgId, paging.apiPage, paging.size)
  const remind = useRemindLate(planId, orgId)
  const exporter = useExportLate()
  const [selected, setSelected] = useState<number[]>([])

  const onRemind = () =>
    remind.mutate(selected, {
      onSuccess: (r) => {
        void message.success(
          t('chase.reminded', { count: r.reminded }) +
            (r.skipped ? ' · ' + t('chase.skipped', { count: r.skipped }) : ''),
        )
        setSelected([])
      },
      onError: (e) => void message.error(problemText(e, t)),
    })

  const onExport = () =>
    exporter.mutate(
      { planId, orgId },
      {
        onSuccess: (name) => void message.success(t('dashboard.exported', { name })),
        onError: (e) => void message.error(problemText(e, t)),
      },
    )

  const total = q.data?.total ?? 0
  const remindButton = (
    <Button
      type="primary"
      icon={<BellOutlined />}
      loading={remind.isPending}
      disabled={!selected.length && total === 0}
      onClick={selected.length ? onRemind : undefined}
      data-testid="remind"
    >
      {selected.length ? t('chase.remindSelected', { count: selected.length }) : t('chase.remind')}
    </Button>
  )

  return (
    <Card
      styles={{ body: { padding: 0 } }}
      title={
        <Flex gap={24} wrap style={{ padding: '8px 0' }}>
          <Statistic
            title={t('chase.overdue')}
            value={q.data?.overdue ?? 0}
            valueStyle={{ color: '#cf1322', fontSize: 20 }}
          />
          <Statistic
            title={t('chase.dueSoon', { count: q.data?.dueWithinDays ?? 3 })}
            value={q.data?.dueSoon ?? 0}
            valueStyle={{ color: '#ad6800', fontSize: 20 }}
          />
        </Flex>
      }
      extra={
        <Flex gap={8} wrap justify="flex-end" style={{ padding: '8px 0' }}>
          {manage &&
            (selected.length ? (
              remindButton
            ) : (
              <Popconfirm
                title={t('chase.remindAllTitle')}
                description={t('chase.remindAllBody', { count: total })}
                okText={t('chase.remind')}
                cancelText={t('common.cancel')}
                onConfirm={onRemind}
                disabled={total === 0}
              >
                {remindButton}
              </Popconfirm>
            ))}
          <Button icon={<DownloadOutlined />} onClick={onExport} loading={exporter.isPending} data-testid="export-late">
            {t('chase.export')}
          </Button>
        </Flex>
      }
    >
      {q.isError ? (
        <ErrorState error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <Table<LateAssignment>
          rowKey={(a) => a.assignmentId}
          size="small"
          loading={q.isFetching}
          dataSource={q.data?.items ?? []}
          scroll={{ x: 900 }}
          rowSelection={
            manage
              ? {
                  selectedRowKeys: selected,
                  preserveSelectedRowKeys: true,
                  onChange: (keys) => setSelected(keys.map(Number)),
                }
              : undefined
          }
          locale={{ emptyText: q.isLoading ? ' ' : <EmptyState title={t('chase.empty')} /> }}
          pagination={{ ...paging.table(total), simple: !screens.md }}
          columns={[
            {
              title: t('dashboard.org'),
              fixed: screens.md ? 'left' : undefined,
              width: 240,
              render: (_, a) => (
                <>
                  {a.orgName}{' '}
                  {a.orgCode && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {a.orgCode}
                    </Typography.Text>
                  )}
                  <br />
                  <AssignmentStatusTag status={a.status} />
                  {/* on a phone the contact column is scrolled away: the number to call comes with the name */}
                  {!screens.md && a.phone && (
                    <>
                      <br />
                      <a href={`tel:${a.phone.replace(/[^\d+]/g, '')}`} className="num" data-testid="late-phone">
                        <PhoneOutlined /> {a.phone}
                      </a>
                    </>
                  )}
                </>
              ),
            },
            { title: t('dashboard.tier'), width: 140, render: (_, a) => a.tierName },
            {
              title: t('dashboard.deadline'),
              width: 110,
              render: (_, a) => <span className="num">{f.date(a.deadline)}</span>,
            },
            {
              title: t('chase.daysLate'),
              width: 120,
              align: 'right',
              render: (_, a) => <DaysLateText daysLate={a.daysLate} />,
            },
            {
              title: t('chase.contact'),
              width: 220,
              render: (_, a) => (
                <Flex vertical gap={2}>
                  <span>{a.secretaryName ?? '—'}</span>
                  {a.phone && (
                    <a href={`tel:${a.phone.replace(/[^\d+]/g, '')}`} style={{ whiteSpace: 'nowrap' }}>
                      <PhoneOutlined /> {a.phone}
                    </a>
                  )}
                  {a.email && (
                    <a href={`mailto:${a.email}`} style={{ wordBreak: 'break-all' }}>
                      <MailOutlined /> {a.email}
                    </a>
                  )}
                </Flex>
              ),
            },
            {
              title: t('chase.lastReminder'),
              width: 160,
              render: (_, a) =>
                a.lastReminderAt ? (
                  <>
                    <span className="num">{f.dateTime(a.lastReminderAt)}</span>
                    {a.lastReminderKind && (
                      <>
                        <br />
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {t(`stage.${a.lastReminderKind}`, { defaultValue: a.lastReminderKind })}
                        </Typography.Text>
                      </>
                    )}
                  </>
                ) : (
                  <Typography.Text type="secondary">{t('chase.never')}</Typography.Text>
                ),
            },
          ]}
        />
      )}
    </Card>
  )
}
