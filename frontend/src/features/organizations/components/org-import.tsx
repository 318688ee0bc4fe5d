import { useState } from 'react'
import { Alert, Button, Input, Modal, Space, Table, Typography, Upload } from 'antd'
import { UploadOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { ApiError, problemText } from '@/lib/problem'
import { lineNumber, useImportOrganizations } from '../api/import-organizations'

/** Imports a CSV; when the server rejects it, every bad line is listed by number and reason. */
export function OrgImportButton() {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const [csv, setCsv] = useState('')
  const [fileName, setFileName] = useState<string>()
  const run = useImportOrganizations()
  const error = run.error
  const lineErrors = (error instanceof ApiError ? error.problem.errors : []).map((e, i) => ({ ...e, key: i }))

  const close = () => {
    setOpen(false)
    setCsv('')
    setFileName(undefined)
    run.reset()
  }

  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => setOpen(true)}>
        {t('orgs.import')}
      </Button>
      <Modal
        open={open}
        title={t('orgs.importTitle')}
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
          >
            {t('orgs.importRun')}
          </Button>,
        ]}
      >
        <Typography.Paragraph type="secondary">{t('orgs.importHint')}</Typography.Paragraph>
        <Space direction="vertical" style={{ width: '100%' }}>
          <Upload
            accept=".csv,text/csv"
            maxCount={1}
            showUploadList={false}
            beforeUpload={(file) => {
              void file.text().then((text) => {
                setCsv(text.replace(/^\uFEFF/, ''))
                setFileName(file.name)
                run.reset()
              })
              return false
            }}
          >
            <Button icon={<UploadOutlined />}>{t('orgs.importChoose')}</Button>
          </Upload>
          {fileName && <Typography.Text>{fileName}</Typography.Text>}
          <Input.TextArea
            aria-label={t('orgs.importPaste')}
            placeholder={`${t('orgs.importPaste')}\ncode,name,parentCode,levelCode,memberCount`}
            autoSize={{ minRows: 4, maxRows: 12 }}
            value={csv}
            onChange={(e) => {
              setCsv(e.target.value)
              run.reset()
            }}
            style={{ fontFamily: 'monospace' }}
          />
          {run.data && (
            <Alert
              type="success"
              showIcon
              message={t('orgs.importDone', {
                created: run.data.created,
                updated: run.data.updated,
                unchanged: run.data.unchanged,
              })}
            />
          )}
          {error && (
            <Alert
              type="error"
              showIcon
              message={lineErrors.length ? t('orgs.importErrors', { count: lineErrors.length }) : problemText(error, t)}
              description={
                lineErrors.length > 0 && (
                  <Table
                    size="small"
                    rowKey="key"
                    pagination={lineErrors.length > 10 ? { pageSize: 10, size: 'small' } : false}
                    dataSource={lineErrors}
                    data-testid="import-errors"
                    columns={[
                      { title: t('orgs.importLine'), width: 80, render: (_, e) => lineNumber(e.field) },
                      { title: t('orgs.importReason'), dataIndex: 'message' },
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
