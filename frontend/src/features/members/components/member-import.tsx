import { useState } from 'react'
import { Alert, Button, Input, Modal, Space, Table, Typography, Upload } from 'antd'
import { UploadOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { ApiError, problemText } from '@/lib/problem'
import { lineNumber, useImportMembers } from '../api/import-members'

/** Imports a roster file from the national register; refused whole, every bad line is shown by number and reason. */
export function MemberImportButton() {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const [csv, setCsv] = useState('')
  const run = useImportMembers()
  const lineErrors = (run.error instanceof ApiError ? run.error.problem.errors : []).map((e, i) => ({
    ...e,
    key: i,
  }))
  const close = () => {
    setOpen(false)
    setCsv('')
    run.reset()
  }
  return (
    <>
      <Button type="primary" icon={<UploadOutlined />} onClick={() => setOpen(true)} data-testid="member-import">
        {t('members.import')}
      </Button>
      <Modal
        open={open}
        title={t('members.importTitle')}
        onCancel={close}
        width={720}
        footer={[
          <Button key="close" onClick={close}>
            {t('common.close')}
          </Button>,
          <Button
            key="run"
            type="primary"
            disabled={!csv.trim()}
            loading={run.isPending}
            onClick={() => run.mutate(csv)}
            data-testid="member-import-run"
          >
            {t('members.importRun')}
          </Button>,
        ]}
      >
        <Typography.Paragraph type="secondary">{t('members.importHint')}</Typography.Paragraph>
        <Space direction="vertical" style={{ width: '100%' }}>
          <Upload
            accept=".csv,text/csv"
            maxCount={1}
            showUploadList={false}
            beforeUpload={(file) => {
              void file.text().then((text) => {
                setCsv(text.replace(/^\uFEFF/, ''))
                run.reset()
              })
              return false
            }}
          >
            <Button icon={<UploadOutlined />}>{t('members.importChoose')}</Button>
          </Upload>
          <Input.TextArea
            aria-label={t('members.importPaste')}
            placeholder={'code,fullName,orgCode,status,exemptReason'}
            autoSize={{ minRows: 4, maxRows: 12 }}
            value={csv}
            onChange={(e) => {
              setCsv(e.target.value)
              run.reset()
            }}
            style={{ fontFamily: 'monospace' }}
            data-testid="member-import-text"
          />
          {run.data && (
            <Alert
              type="success"
              showIcon
              message={t('members.importDone', {
                created: run.data.created,
                updated: run.data.updated,
                unchanged: run.data.unchanged,
              })}
            />
          )}
          {run.error && (
            <Alert
              type="error"
              showIcon
              message={
                lineErrors.length ? t('members.importErrors', { count: lineErrors.length }) : problemText(run.error, t)
              }
              description={
                lineErrors.length > 0 && (
                  <Table
                    size="small"
                    rowKey="key"
                    pagination={lineErrors.length > 10 ? { pageSize: 10, size: 'small' } : false}
                    dataSource={lineErrors}
                    data-testid="member-import-errors"
                    columns={[
                      { title: t('members.line'), width: 80, render: (_, e) => lineNumber(e.field) },
                      { title: t('members.reasonColumn'), dataIndex: 'message' },
                    ]}
                  />
                )
              }
            />
          )}
        </Space>
      </Modal>
    </>
  )
}
