import { Collapse, Descriptions, Empty, Grid, Timeline, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { PredecessorReport, Report } from '@/lib/api/types'
import { useFormat } from '@/lib/use-format'
import { ReportStateTag } from '@/components/ui/tags'
import { PROPAGANDA_FORMS } from './report-form'

export function useFormLabel() {
  const { t } = useTranslation()
  return (f: string) => ((PROPAGANDA_FORMS as readonly string[]).includes(f) ? t(`report.forms.${f}`) : f)
}

export function ReportSummary({ report }: { report: Report }) {
  const { t } = useTranslation()
  const f = useFormat()
  const formLabel = useFormLabel()
  const screens = Grid.useBreakpoint()
  return (
    <Descriptions size="small" column={{ xs: 1, sm: 2 }} layout={screens.sm ? 'horizontal' : 'vertical'}>
      <Descriptions.Item label={t('report.heldOn')}>{f.date(report.heldOn)}</Descriptions.Item>
      <Descriptions.Item label={t('report.attendance')}>
        <span className="num">
          {f.countRate(report.attendees, report.expected, report.expected ? report.attendees / report.expected : null)}
        </span>
      </Descriptions.Item>
      <Descriptions.Item label={t('report.absentWithReason')}>{report.absentWithReason}</Descriptions.Item>
      <Descriptions.Item label={t('report.writeUps')}>{report.writeUps}</Descriptions.Item>
      <Descriptions.Item label={t('report.actionProgrammeAdopted')}>
        {report.actionProgrammeAdopted
          ? `${t('common.yes')}${report.actionProgrammeRef ? ` — ${report.actionProgrammeRef}` : ''}`
          : t('common.no')}
      </Descriptions.Item>
      <Descriptions.Item label={t('report.propagandaForms')}>
        {report.propagandaForms.length ? report.propagandaForms.map(formLabel).join(', ') : '—'}
      </Descriptions.Item>
      {report.notes && (
        <Descriptions.Item label={t('report.notes')} span={2}>
          <Typography.Text style={{ whiteSpace: 'pre-line' }}>{report.notes}</Typography.Text>
        </Descriptions.Item>
      )}
    </Descriptions>
  )
}

/** Every submission, newest first, with the reviewer's comment. */
export function ReportHistory({ reports }: { reports: Report[] }) {
  const { t } = useTranslation()
  const f = useFormat()
  if (reports.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('work.historyEmpty')} />
  const sorted = [...reports].sort((a, b) => b.version - a.version)
  return (
    <Timeline
      items={sorted.map((r, i) => ({
        key: r.id,
        color: r.state === 'ACCEPTED' ? 'green' : r.state === 'RETURNED' ? 'red' : 'gold',
        children: (
          <>
            <Typography.Text strong>{t('report.version', { n: r.version })}</Typography.Text>{' '}
            <ReportStateTag state={r.state} />
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {t('report.submittedAt')}: {f.dateTime(r.submittedAt)}
            </Typography.Text>
            {r.reviewComment && (
              <Typography.Paragraph type={r.state === 'RETURNED' ? 'danger' : undefined} style={{ margin: '4px 0' }}>
                {t('report.reviewComment')}: {r.reviewComment}
              </Typography.Paragraph>
            )}
            {i === 0 ? (
              <ReportSummary report={r} />
            ) : (
              // older submissions fold away; the current one is what matters
              <Collapse
                ghost
                size="small"
                items={[{ key: 'd', label: t('common.details'), children: <ReportSummary report={r} /> }]}
              />
            )}
          </>
        ),
      }))}
    />
  )
}

/**
 * The reports of the organisations merged into this one while the plan ran: read-only, one history per source,
 * each titled with the organisation it was filed for.
 */
export function PredecessorReports({ items }: { items: PredecessorReport[] }) {
  const { t } = useTranslation()
  if (items.length === 0) return null
  const bySource = new Map<number, { name: string; code: string; reports: Report[] }>()
  for (const p of items) {
    const group = bySource.get(p.fromOrgId) ?? { name: p.fromOrgName, code: p.fromOrgCode, reports: [] }
    group.reports.push(p.report)
    bySource.set(p.fromOrgId, group)
  }
  return (
    <section aria-label={t('report.predecessors')}>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('report.predecessors')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('report.predecessorsHint')}
      </Typography.Paragraph>
      {[...bySource.entries()].map(([orgId, g]) => (
        <div key={orgId} style={{ marginBottom: 12 }}>
          <Typography.Text strong style={{ display: 'block', marginBottom: 8 }}>
            {t('report.predecessorOf', { name: g.name })}{' '}
            <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
              ({g.code})
            </Typography.Text>
          </Typography.Text>
          <ReportHistory reports={g.reports} />
        </div>
      ))}
    </section>
  )
}
