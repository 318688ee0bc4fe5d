import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { App, Breadcrumb, Button, Card, Col, Flex, Grid, Row, Select, Typography } from 'antd'
import { AlertOutlined, DownloadOutlined, HomeOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { useUrlState } from '@/lib/url-state'
import { problemText } from '@/lib/problem'
import { PageHeader } from '@/components/ui/page'
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states'
import { useWatchablePlans } from '../api/get-plans-to-watch'
import { useProgress } from '../api/get-progress'
import { useTimeline } from '../api/get-timeline'
import { useAncestors } from '@/lib/api/ancestors'
import { useExportProgress } from '../api/export-progress'
import { RateCards } from './rate-cards'
import { StatusGrid, TierTable } from './status-grid'
import { CoverageCards } from './coverage-cards'
import { OverdueList } from './overdue-list'
import { SubtreeAssignments } from './subtree-assignments'
import { TimelineChart } from './timeline-chart'

/**
 * Plan and organisation come from the URL (`?plan=1&org=5`), so a drill-down survives reload.
 * `actions` lets the route add buttons for the chosen plan and organisation (the summary report).
 */
export function Dashboard({
  actions,
  below,
}: {
  actions?: (planId: number, orgId: number | undefined) => ReactNode
  /** Cards the route adds under the grid for the chosen plan and organisation (the make-up list). */
  below?: (planId: number, orgId: number | undefined) => ReactNode
} = {}) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const url = useUrlState()
  const plans = useWatchablePlans()
  const chosen = url.getNumber('plan')
  const planId = chosen ?? plans.data?.[0]?.id
  const orgId = url.getNumber('org')
  const progress = useProgress(planId, orgId)
  const timeline = useTimeline(planId, orgId)
  const shownOrgId = progress.data?.org.id
  const ancestors = useAncestors(shownOrgId)
  const exporter = useExportProgress()
  const screens = Grid.useBreakpoint()

  const drill = (id: number | undefined) => url.set({ org: id, odpage: undefined, aspage: undefined })

  if (plans.isLoading) return <LoadingState rows={10} />
  if (plans.isError) return <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />

  const planPicker = (
    <Select
      aria-label={t('dashboard.choosePlan')}
      placeholder={t('dashboard.choosePlan')}
      style={{ width: screens.lg ? 560 : screens.md ? 380 : '100%' }}
      value={planId}
      onChange={(v) => url.set({ plan: v, org: undefined, odpage: undefined, aspage: undefined })}
      options={(plans.data ?? []).map((p) => ({ value: p.id, label: `${p.number} — ${p.title}` }))}
      popupMatchSelectWidth={false}
      showSearch
      optionFilterProp="label"
      data-testid="plan-picker"
    />
  )

  if (!planId)
    return (
      <>
        <PageHeader title={t('dashboard.title')} />
        <Card>
          <EmptyState title={t('dashboard.noPlans')} hint={t('dashboard.noPlansHint')} />
        </Card>
      </>
    )

  const onExport = () =>
    exporter.mutate(
      { planId, orgId },
      {
        onSuccess: (name) => void message.success(t('dashboard.exported', { name })),
        onError: (e) => void message.error(problemText(e, t)),
      },
    )

  const crumbs = (ancestors.data ?? []).map((o, i, all) => ({
    key: o.id,
    title:
      i === all.length - 1 ? (
        <Typography.Text strong>{o.name}</Typography.Text>
      ) : (
        <a
          href={`?plan=${planId}&org=${o.id}`}
          onClick={(e) => {
            e.preventDefault()
            drill(i === 0 ? undefined : o.id)
          }}
        >
          {i === 0 ? <HomeOutlined style={{ marginRight: 4 }} /> : null}
          {o.name}
        </a>
      ),
  }))

  return (
    <>
      <PageHeader
        title={t('dashboard.title')}
        extra={
          <>
            {planPicker}
            <Button
              icon={<DownloadOutlined />}
              onClick={onExport}
              loading={exporter.isPending}
              data-testid="export-xlsx"
            >
              {t('dashboard.export')}
            </Button>
            <Link
              to={`/dashboard/late?${new URLSearchParams({ plan: String(planId), ...(orgId !== undefined ? { org: String(orgId) } : {}) })}`}
            >
              <Button icon={<AlertOutlined />} danger data-testid="open-chase">
                {t('chase.open')}
              </Button>
            </Link>
            {actions?.(planId, orgId)}
          </>
        }
      />
      {progress.isError ? (
        <ErrorState error={progress.error} onRetry={() => void progress.refetch()} />
      ) : !progress.data ? (
        <LoadingState rows={10} />
      ) : (
        <>
          <Breadcrumb
            style={{ marginBottom: 12 }}
            items={
              crumbs.length
                ? crumbs
                : [{ key: 'self', title: <Typography.Text strong>{progress.data.org.name}</Typography.Text> }]
            }
            data-testid="org-breadcrumb"
          />
          <RateCards totals={progress.data.totals} />
          <CoverageCards totals={progress.data.totals} />
          <Card
            title={t('dashboard.grid')}
            extra={screens.md && <Typography.Text type="secondary">{t('dashboard.gridHint')}</Typography.Text>}
            style={{ marginBottom: 16 }}
            styles={{ body: { padding: 0 } }}
          >
            <StatusGrid
              rows={progress.data.children}
              loading={progress.isFetching}
              onOpen={(id) => drill(id)}
              leafName={progress.data.org.name}
            />
          </Card>
          {below?.(planId, orgId)}
          {orgId !== undefined && (
            <Card
              title={t('dashboard.orgAssignments', { name: progress.data.org.name })}
              style={{ marginBottom: 16 }}
              styles={{ body: { padding: 0 } }}
            >
              <SubtreeAssignments planId={planId} orgId={orgId} />
            </Card>
          )}
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <Card title={t('dashboard.timeline')} style={{ height: '100%' }}>
                {timeline.isLoading ? (
                  <LoadingState />
                ) : timeline.isError ? (
                  <ErrorState error={timeline.error} onRetry={() => void timeline.refetch()} />
                ) : timeline.data ? (
                  <TimelineChart timeline={timeline.data} />
                ) : null}
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card title={t('dashboard.overdueList')} style={{ height: '100%' }} styles={{ body: { padding: 0 } }}>
                <OverdueList planId={planId} orgId={orgId} />
              </Card>
            </Col>
            <Col span={24}>
              <Card title={t('dashboard.byTier')} styles={{ body: { padding: 0 } }}>
                <TierTable rows={progress.data.byTier} />
              </Card>
            </Col>
          </Row>
          <Flex style={{ height: 24 }} />
        </>
      )}
    </>
  )
}
