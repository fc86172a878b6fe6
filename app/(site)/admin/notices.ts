// The notices /admin shows after a redirect: looked up by id, never echoed from the URL.
export const NOTICES: Record<string, { text: string; kind: 'ok' | 'error' }> = {
  welcome: { text: '已登录。', kind: 'ok' },
  bye: { text: '已退出登录。', kind: 'ok' },
  wrong: { text: '令牌或密码不正确。', kind: 'error' },
  locked: { text: '失败次数过多：该地址已被锁定 15 分钟。', kind: 'error' },
  expired: { text: '登录表单已过期，请重新输入。', kind: 'error' },
};

export const OUTCOME_LABELS: Record<string, string> = {
  new: '新报告',
  newVersion: '已有报告的新版本',
  unchanged: '未变化（已收录过）',
  skipped: '跳过（不是年度报告）',
  failed: '失败',
};
