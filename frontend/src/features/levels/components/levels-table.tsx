import { useState } from 'react'
import {
  App,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Table,
  Tag,
  Typography,
} from 'antd'
import { EditOutlined, PlusOutlined, StopOutlined } from '@ant-design/icons'
import dayjs from 'dayjs'
import { useTranslation } from 'react-i18next'
import type { Level, LevelInput } from '@/lib/api/types'
import { useLevels } from '@/lib/api/reference'
import { isSystemAdmin, useSession } from '@/lib/auth'
import { problemText } from '@/lib/problem'
import { useFormat } from '@/lib/use-format'
import { useFormProblem } from '@/lib/use-form-problem'
import { FormProblem } from '@/components/ui/form-problem'
import { ErrorState } from '@/components/ui/states'
import { useRetireLevel, useSaveLevel } from '../api/save-level'

interface Values {
  code: string
  name: string
  rank: number
  usedUntil?: dayjs.Dayjs | null
}

function LevelModal({ level, open, onClose }: { level?: Level; open: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const save = useSaveLevel(level)
  const problem = useFormProblem(form)
  return (
    <Modal
      open={open}
      title={level ? t('tree.editLevel', { name: level.name }) : t('tree.addLevel')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <FormProblem error={problem.error} unmatched={problem.unmatched} />
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={
          level
            ? {
                code: level.code,
                name: level.name,
                rank: level.rank,
                usedUntil: level.usedUntil ? dayjs(level.usedUntil) : null,
              }
            : { rank: 3 }
        }
        onFinish={(v) => {
          const body: LevelInput = {
            code: v.code.trim(),
            name: v.name.trim(),
            rank: v.rank,
            usedUntil: v.usedUntil ? v.usedUntil.format('YYYY-MM-DD') : undefined,
          }
          save.mutate(body, {
            onSuccess: (l) => {
              void message.success(t('tree.levelSaved', { name: l.name }))
              onClose()
            },
            onError: problem.handle,
          })
        }}
      >
        <Form.Item label={t('tree.levelCode')} name="code" rules={[{ required: true, whitespace: true }]}>
          <Input disabled={!!level} />
        </Form.Item>
        <Form.Item label={t('tree.levelName')} name="name" rules={[{ required: true, whitespace: true }]}>
          <Input />
        </Form.Item>
        <Form.Item label={t('tree.rank')} name="rank" rules={[{ required: true }]}>
          <InputNumber min={0} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label={t('tree.usedUntil')} name="usedUntil">
          <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  )
}

/** The levels of the tree; the system administrator adds, renames, re-ranks and retires them. */
export function LevelsTable() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const fmt = useFormat()
  const levels = useLevels()
  const retire = useRetireLevel()
  const admin = isSystemAdmin(useSession()?.user)
  const [editing, setEditing] = useState<Level | 'new' | null>(null)
  if (levels.isError) return <ErrorState error={levels.error} onRetry={() => void levels.refetch()} />
  return (
    <Card
      extra={
        admin && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('tree.addLevel')}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">{t('tree.levelsHint')}</Typography.Paragraph>
      <Table<Level>
        rowKey={(l) => l.code}
        size="small"
        loading={levels.isLoading}
        dataSource={levels.data ?? []}
        pagination={false}
        scroll={{ x: 560 }}
        columns={[
          { title: t('tree.rank'), dataIndex: 'rank', width: 90 },
          { title: t('tree.levelCode'), dataIndex: 'code' },
          {
            title: t('tree.levelName'),
            render: (_, l) => (
              <span>
                {l.name}{' '}
                {l.usedUntil && (
                  <Tag>
                    {t('tree.levelBefore', { date: fmt.date(dayjs(l.usedUntil).add(1, 'day').format('YYYY-MM-DD')) })}
                  </Tag>
                )}
              </span>
            ),
          },
          {
            title: t('tree.levelActive'),
            render: (_, l) =>
              l.active ? <Tag color="green">{t('tree.levelActive')}</Tag> : <Tag>{t('tree.levelRetired')}</Tag>,
          },
          ...(admin
            ? [
                {
                  title: t('common.actions'),
                  render: (_: unknown, l: Level) => (
                    <span style={{ whiteSpace: 'nowrap' }}>
                      <Button
                        size="small"
                        icon={<EditOutlined />}
                        onClick={() => setEditing(l)}
                        aria-label={t('tree.editLevel', { name: l.name })}
                      >
                        {t('common.edit')}
                      </Button>{' '}
                      {l.active && (
                        <Popconfirm
                          title={t('tree.retireConfirm', { name: l.name })}
                          okText={t('tree.retireLevel')}
                          cancelText={t('common.cancel')}
                          okButtonProps={{ danger: true }}
                          onConfirm={() =>
                            retire.mutateAsync(l.code).then(
                              () => void message.success(t('tree.levelSaved', { name: l.name })),
                              (e) => void message.error(problemText(e, t)),
                            )
                          }
                        >
                          <Button size="small" danger icon={<StopOutlined />}>
                            {t('tree.retireLevel')}
                          </Button>
                        </Popconfirm>
                      )}
                    </span>
                  ),
                },
              ]
            : []),
        ]}
      />
      <LevelModal
        key={editing === null ? 'none' : editing === 'new' ? 'new' : editing.code}
        open={editing !== null}
        level={editing === null || editing === 'new' ? undefined : editing}
        onClose={() => setEditing(null)}
      />
    </Card>
  )
}
